/**
 * The Canvas 2D tile painter's direct path (part of the `canvas-paint` chunk): paints static views
 * that are only shape paints and glyph runs straight onto a tile's canvas, in draw order, without a
 * PixiJS render pass. `TileCache.paintArea` calls it for tiles and coarse tiles.
 */
import { DOMAdapter, Matrix, type RenderTexture } from 'pixi.js';
import type { BlockView } from './block-view.js';
import { GlyphRunText, paintGlyphRuns } from './glyph-runs.js';
import type { SceneGraph } from './scene-graph.js';
import { paintShape, ShapePaint } from './shape-paint.js';

/** A rectangle in a texture's pixels: x, y, width, height. */
export type Clip = readonly [number, number, number, number];

const scratch = new Matrix();

/** The 2D context of `texture`'s canvas, made as PixiJS's Canvas 2D render target makes it on first use (CanvasRenderTargetAdaptor). */
function contextOf(texture: RenderTexture): CanvasRenderingContext2D | null {
  const source = texture.source;
  let canvas = source.resource as HTMLCanvasElement | undefined;
  if (!canvas || typeof canvas.getContext !== 'function') {
    canvas = DOMAdapter.get().createCanvas(source.pixelWidth, source.pixelHeight) as HTMLCanvasElement;
    source.resource = canvas;
  }
  return canvas.getContext('2d');
}

/** Clears `clip` (or all) of `context`'s canvas and clips drawing to it, with the identity transform. */
function clearTo(context: CanvasRenderingContext2D, clip: Clip | undefined): void {
  context.save();
  context.setTransform(1, 0, 0, 1, 0, 0);
  const [x, y, width, height] = clip ?? [0, 0, context.canvas.width, context.canvas.height];
  context.beginPath();
  context.rect(x, y, width, height);
  context.clip();
  context.clearRect(x, y, width, height);
}

/** Runs `draw` (a PixiJS render into `texture` that does not clear) with only `clip` cleared and drawn. */
export function clipped(texture: RenderTexture, clip: Clip, draw: () => void): void {
  const context = contextOf(texture);
  if (!context) return draw();
  clearTo(context, clip);
  draw();
  context.restore();
}

/**
 * Whether the direct path can paint `view`: its drawing is flat (its root's own) or its visible
 * children are only its shape paint and/or glyph runs, untransformed and opaque. Not when the view needs a PixiJS render pass (a drawing not
 * built yet, a filter, mask or blend mode, a body or flip container, a shadow sprite or PixiJS text).
 */
function directlyPaintable(view: BlockView): boolean {
  // A view without a root (lazy roots) has a flat drawing or none at all.
  if (!view.hasRoot) return !view.drawingDeferred;
  const root = view.root;
  if (view.drawingDeferred || root.filters?.length || root.mask || root.blendMode !== 'normal') return false;
  return root.children.every((child) => !child.visible
    || ((child instanceof ShapePaint || child instanceof GlyphRunText) && child.localTransform.isIdentity() && child.alpha === 1));
}

/**
 * Paints the `candidates` that `include` accepts into `texture` (whole, or only `clip` in its pixels,
 * cleared first), in `graph`'s draw order: each root's own transform after `transform` (world units
 * to the texture's pixels) and its alpha, source-over, as PixiJS's Canvas 2D renderer draws the same
 * renderables (the static layer's transform is the identity). Returns how many views it painted, or
 * -1, painting nothing, when one of them needs PixiJS or the texture has no 2D canvas.
 */
export function paintViews(
  texture: RenderTexture,
  candidates: Iterable<BlockView>,
  include: (view: BlockView) => boolean,
  graph: SceneGraph,
  transform: Matrix,
  clip?: Clip,
): number {
  const views: [number, BlockView][] = [];
  for (const view of candidates) {
    if (!include(view)) continue;
    if (!directlyPaintable(view)) return -1;
    views.push([graph.drawIndexOf(view), view]);
  }
  views.sort((a, b) => a[0] - b[0]);
  const context = contextOf(texture);
  if (!context) return -1;
  clearTo(context, clip);
  context.globalCompositeOperation = 'source-over';
  for (const [, view] of views) {
    const alpha = view.alpha;
    if (!view.shown || alpha <= 0) continue;
    // The root's transform is set from the view's world matrix (the static layer's is the identity).
    const m = scratch.copyFrom(transform).append(view.worldMatrix);
    context.setTransform(m.a, m.b, m.c, m.d, m.tx, m.ty);
    // A flat drawing is the view's own (and its root's, paint-root.ts); otherwise its root's children are the drawing.
    const shape = view.flatShape;
    const glyphs = view.flatGlyphs;
    if (shape) paintShape(context, shape, alpha);
    if (glyphs) paintGlyphRuns(context, glyphs.runs, alpha);
    if (!view.hasRoot) continue;
    for (const child of view.root.children) if (child.visible) (child as ShapePaint | GlyphRunText).paintTo(context, alpha);
  }
  context.restore();
  return views.length;
}

/**
 * Puts the roots `graph`'s views made since the last call into their layers, in draw order (with
 * lazy roots only, Canvas 2D). Called before PixiJS draws the static layer (the tiles' fallback, a
 * small scene drawn directly).
 */
export function placeRoots(graph: SceneGraph): void {
  const statics: BlockView[] = [];
  for (const view of graph.takeUnplaced()) {
    if (!view.hasRoot || view.drawIndex < 0) continue;
    const root = view.root;
    if (view.live) {
      if (root.parent !== graph.liveLayer) graph.liveLayer.addChild(root);
    } else if (root.parent !== graph.staticLayer) {
      statics.push(view);
    }
  }
  if (statics.length <= 4) {
    for (const view of statics) graph.placeStatic(view);
    return;
  }
  graph.staticLayer.removeChildren();
  const roots = [];
  for (const view of graph.order) if (!view.live && view.hasRoot) roots.push(view.root);
  if (roots.length > 0) graph.staticLayer.addChild(...roots);
}

/**
 * Makes the roots of static `views` that have none yet and puts every made root in its layer:
 * PixiJS draws only views with a root (see ViewContext.lazyRoots).
 */
export function ensureStaticRoots(graph: SceneGraph, views: Iterable<BlockView>): void {
  for (const view of views) if (!view.hasRoot && !view.live) void view.root;
  placeRoots(graph);
}
