/**
 * The direct painter of raster exports: paints the export's display list (`buildDisplayList`, the
 * list the PDF and SVG writers translate) straight onto a Canvas 2D, tile by tile, culled to the
 * tile. No PixiJS display object is built for the blocks it paints: shapes, colour and linear/radial
 * gradient fills, strokes (inner/center/outer, dashes, joins, caps), images with their crop, and
 * text (plain and with styled runs) laid out with PixiJS's own text metrics, as the renderer does.
 *
 * Everything else (effects, blurs, drop shadows, conical gradients, video fills, text with a
 * background or an outline, flipped groups, broken images) is a `raster` item:
 * its pixels come from the renderer (`renderBlockToCanvas` with `onlyBlocks`, the same transform and
 * tile as a full render), composited in z-order with the block's blend mode. Drawing matches the
 * renderer's Canvas 2D backend (PixiJS's blend-mode table, its polygon outlines and dash cutting).
 */
import { TextStyle } from 'pixi.js';
import { CesdkError, type DesignBlockId, type Engine } from '../engine/index.js';
import type { AssetLoader, DecodedImage } from '../io/index.js';
import { renderBlockToCanvas } from '../render/index.js';
import { readBlockSnapshot, type BlockSnapshot, type ShapeSpec, type StrokeSpec, type TextSpec } from '../render/block-snapshot.js';
import { imageRectFor } from '../render/block-drawing.js';
import { loadChunk, styledTextChunk } from '../render/asset-textures.js';
import { toPixiBlendMode } from '../render/paint.js';
import { layoutPages } from '../render/page-layout.js';
import { imagePattern, planStroke, strokeShape, traceShape, type StrokePlan } from '../render/shape-paint.js';
import { kinds } from '../render/kinds/vector.js';
import { cssFontWeight, designUnitsPerPoint, fontFamilyAlias, hasStyledRuns } from '../render/text-style.js';
import type { RunStyle } from '../render/text-run-layout.js';
import { toCssColor, toScreenColor } from '../render/color.js';
import { paintWatermark } from '../render/watermark.js';
import { fillGlyphRuns, plainTextLayout, type GlyphRun } from '../render/glyph-runs.js';
import { buildDisplayList, type DisplayItem, type ImageItem, type Paint, type Rgba, type ShapeItem, type TextItem } from './display-list.js';
import type { ExportJob } from './export-job.js';
import type { PixelPlan } from './export-size.js';
import { frameBoxInPage, multiply, scaling, translation, type Matrix, type PathCommand } from './geometry.js';

/** What the painter needs (the raster export's context). */
export interface DirectPaintContext {
  readonly engine: Engine;
  readonly block: DesignBlockId;
  readonly plan: PixelPlan;
  readonly job: ExportJob;
  readonly watermark: boolean;
  readonly assets: AssetLoader;
}

/** A part of the render, in render pixels (the block's box at the plan's render size). */
export interface PaintRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

type Context2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;
/** Render-pixel box [left, top, right, bottom]. */
type Box = [number, number, number, number];

/** One thing to paint, in z-order. */
type Drawable =
  | { kind: 'paint'; box: Box; draw: (context: Context2D) => void }
  | { kind: 'raster'; box: Box; block: DesignBlockId; blendMode: string };

/** The image decode size the renderer's offscreen views ask for (so the loader's cache is shared). */
const OFFSCREEN_IMAGE_SIZE = 16384;

/** PixiJS's Canvas 2D blend table (`mapCanvasBlendModesToPixi`), from its blend-mode names. */
const CANVAS_BLEND: Readonly<Record<string, GlobalCompositeOperation>> = {
  normal: 'source-over', multiply: 'multiply', screen: 'screen', overlay: 'overlay', darken: 'darken', lighten: 'lighten',
  'color-dodge': 'color-dodge', 'color-burn': 'color-burn', 'hard-light': 'hard-light', 'soft-light': 'soft-light',
  difference: 'difference', exclusion: 'exclusion', saturation: 'saturation', color: 'color', luminosity: 'luminosity',
  'linear-burn': 'color-burn', 'linear-dodge': 'color-dodge', 'linear-light': 'hard-light', 'pin-light': 'hard-light',
  'vivid-light': 'hard-light',
};

/** The Canvas 2D composite operation of a CE.SDK blend mode, as the renderer's Canvas 2D backend draws it. */
export function compositeOperation(blendMode: string): GlobalCompositeOperation {
  return CANVAS_BLEND[toPixiBlendMode(blendMode)] ?? 'source-over';
}

/**
 * Blocks the painter leaves to the renderer although the display list could list them. A flipped
 * group: the display list flips its children with it, the renderer does not (a group's flip stays
 * in its own view). A group's blend mode needs nothing: the renderer's group view draws nothing
 * itself and its children keep their own modes, as in the list.
 */
function needsRenderer(snapshot: BlockSnapshot): boolean {
  if (snapshot.kind === 'group') return snapshot.flipHorizontal || snapshot.flipVertical;
  if (snapshot.text && (snapshot.text.background || (snapshot.stroke && snapshot.stroke.width > 0))) return true;
  if (snapshot.kind === 'graphic' && snapshot.fill?.type === 'image' && !snapshot.fill.uri) return true;
  return false;
}

/**
 * A page the display list cannot draw itself (only its colour or gradient fill is listed): an image or
 * video fill, a stroke, effects, a blur or a shadow on the page. Such exports go through the renderer.
 */
function pageNeedsRenderer(snapshot: BlockSnapshot): boolean {
  return (snapshot.fill !== undefined && !kinds.vectorOf(snapshot.fill)?.paint)
    || (snapshot.stroke !== undefined && snapshot.stroke.width > 0) || snapshot.effects.length > 0 || snapshot.blur !== undefined || snapshot.shadow !== undefined;
}

/** Whether the direct painter can take this export (else the caller uses the renderer for the whole output). */
export function canPaintDirectly(engine: Engine, block?: DesignBlockId): boolean {
  // Video scenes draw blocks at the playhead (time ranges, animation poses): the renderer's own path.
  try {
    if (engine.scene.get() != null && engine.scene.getMode() === 'Video') return false;
    // A root that is left out of exports, or sits in a hidden or left-out parent: the renderer's own
    // rules for those (it culls left-out subtrees and hides what a hidden parent holds).
    for (let current: DesignBlockId | null = block ?? null; current !== null; current = engine.block.getParent(current)) {
      if (engine.block.getType(current) === '//ly.img.ubq/scene') break;
      if (!engine.block.isIncludedInExport(current) || (current !== block && !engine.block.isVisible(current))) return false;
    }
  } catch {
    return false;
  }
  return typeof OffscreenCanvas === 'function';
}

const css = (color: Rgba, alpha = color.a): string => `rgba(${color.r},${color.g},${color.b},${alpha})`;

function pathBox(path: readonly PathCommand[]): Box {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const command of path) {
    if (command.op === 'Z') continue;
    const xs = command.op === 'C' ? [command.x1, command.x2, command.x] : [command.x];
    const ys = command.op === 'C' ? [command.y1, command.y2, command.y] : [command.y];
    for (const x of xs) { left = Math.min(left, x); right = Math.max(right, x); }
    for (const y of ys) { top = Math.min(top, y); bottom = Math.max(bottom, y); }
  }
  return [left, top, right, bottom];
}

function grow(box: Box, margin: number): Box {
  return [box[0] - margin, box[1] - margin, box[2] + margin, box[3] + margin];
}

/** The render-pixel box of a local rectangle under `matrix`. */
function localBox(matrix: Matrix, x: number, y: number, width: number, height: number): Box {
  // The four corners, unrolled (one call per block of an export: no arrays per call).
  const [a, b, c, d, tx, ty] = matrix;
  const right = x + width;
  const bottom = y + height;
  const x1 = a * x + c * y + tx, y1 = b * x + d * y + ty;
  const x2 = a * right + c * y + tx, y2 = b * right + d * y + ty;
  const x3 = a * x + c * bottom + tx, y3 = b * x + d * bottom + ty;
  const x4 = a * right + c * bottom + tx, y4 = b * right + d * bottom + ty;
  return [Math.min(x1, x2, x3, x4), Math.min(y1, y2, y3, y4), Math.max(x1, x2, x3, x4), Math.max(y1, y2, y3, y4)];
}

function setMatrix(context: Context2D, tile: PaintRect, matrix: Matrix): void {
  context.setTransform(matrix[0], matrix[1], matrix[2], matrix[3], matrix[4] - tile.x, matrix[5] - tile.y);
}

function tracePath(context: Context2D, path: readonly PathCommand[]): void {
  for (const command of path) {
    switch (command.op) {
      case 'M': context.moveTo(command.x, command.y); break;
      case 'L': context.lineTo(command.x, command.y); break;
      case 'C': context.bezierCurveTo(command.x1, command.y1, command.x2, command.y2, command.x, command.y); break;
      case 'Z': context.closePath(); break;
    }
  }
}

function fillStyleOf(context: Context2D, paint: Paint): string | CanvasGradient {
  if (paint.kind === 'color') return css(paint.color);
  const gradient = paint.kind === 'linear'
    ? context.createLinearGradient(paint.x1, paint.y1, paint.x2, paint.y2)
    : context.createRadialGradient(paint.cx, paint.cy, 0, paint.cx, paint.cy, Math.max(1e-6, paint.radius));
  const stops = [...paint.stops].sort((a, b) => a.offset - b.offset);
  if (stops.length === 0) {
    gradient.addColorStop(0, 'rgba(0,0,0,1)');
    gradient.addColorStop(1, 'rgba(255,255,255,1)');
  }
  for (const stop of stops) gradient.addColorStop(Math.min(1, Math.max(0, Number.isFinite(stop.offset) ? stop.offset : 0)), css(stop.color));
  return gradient;
}

function drawStroke(context: Context2D, tile: PaintRect, matrix: Matrix, plan: StrokePlan, shape: ShapeSpec | undefined, width: number, height: number, opacity: number, placed = false): void {
  // `placed`: the context's transform is already `matrix` (the fill before set it).
  if (!placed) setMatrix(context, tile, matrix);
  strokeShape(context, plan, shape, width, height, opacity);
}

/** Whether a shape's outline lies within its frame, so the frame's box bounds it (no outline to make). */
function withinFrame(shape: ShapeSpec | undefined): boolean {
  return shape === undefined || shape.type === 'rect' || shape.type === 'ellipse' || shape.type === 'line';
}

function shapeDrawable(item: ShapeItem): Drawable {
  const local = item.local;
  const stroke = item.stroke && local?.stroke ? planStroke(local.stroke, local.shape, local.width, local.height) : undefined;
  const margin = item.stroke ? item.stroke.width * 6 + 2 : 2;
  const operation = compositeOperation(item.blendMode);
  const solid = item.fill?.kind === 'color' ? css(item.fill.color) : undefined;
  return {
    kind: 'paint',
    box: grow(local && withinFrame(local.shape) ? localBox(local.matrix, 0, 0, local.width, local.height) : pathBox(item.path), margin),
    draw: (context) => {
      const tile = tileOf(context);
      context.globalCompositeOperation = operation;
      if (item.fill) {
        context.beginPath();
        if (local) {
          setMatrix(context, tile, local.matrix);
          traceShape(context, local.shape, local.width, local.height);
        } else {
          context.setTransform(1, 0, 0, 1, -tile.x, -tile.y);
          tracePath(context, item.path);
        }
        // Gradient geometry is in render pixels: the path is already placed.
        if (!solid) context.setTransform(1, 0, 0, 1, -tile.x, -tile.y);
        context.globalAlpha = item.opacity;
        context.fillStyle = solid ?? fillStyleOf(context, item.fill);
        context.fill();
      }
      if (stroke && local) drawStroke(context, tile, local.matrix, stroke, local.shape, local.width, local.height, item.opacity, item.fill !== undefined && solid !== undefined);
    },
  };
}

function imageDrawable(item: ImageItem, image: DecodedImage): Drawable {
  const { width, height, local } = item;
  const naturalWidth = image.naturalWidth || image.width;
  const naturalHeight = image.naturalHeight || image.height;
  const rect = imageRectFor(item.contentFillMode, item.crop, width, height, naturalWidth, naturalHeight);
  const crop = item.crop;
  // A repeating pattern mapped onto the frame, as PixiJS's Canvas 2D texture fill (a crop smaller than the frame repeats).
  const pattern = imagePattern(image.bitmap, rect, crop);
  const containRect = item.contentFillMode === 'Contain' && !crop.rotation;
  const stroke = item.stroke && local.stroke ? planStroke(local.stroke, local.shape, width, height) : undefined;
  const operation = compositeOperation(item.blendMode);
  return {
    kind: 'paint',
    box: grow(pathBox(item.clip), item.stroke ? item.stroke.width * 6 + 2 : 2),
    draw: (context) => {
      const tile = tileOf(context);
      context.globalCompositeOperation = operation;
      if (pattern) {
        setMatrix(context, tile, item.matrix);
        context.beginPath();
        if (containRect) context.rect(rect.x, rect.y, rect.width, rect.height);
        else traceShape(context, local.shape, width, height);
        context.globalAlpha = item.opacity;
        context.fillStyle = pattern;
        context.fill();
      }
      if (stroke) drawStroke(context, tile, item.matrix, stroke, local.shape, width, height, item.opacity);
    },
  };
}

function textDrawable(item: TextItem, runs: readonly GlyphRun[], extent: Box): Drawable {
  const operation = compositeOperation(item.blendMode);
  return {
    kind: 'paint',
    box: grow(localBox(item.matrix, extent[0], extent[1], extent[2] - extent[0], extent[3] - extent[1]), 2),
    draw: (context) => {
      const tile = tileOf(context);
      context.globalCompositeOperation = operation;
      setMatrix(context, tile, item.matrix);
      context.globalAlpha = item.opacity;
      fillGlyphRuns(context, runs);
    },
  };
}

/** The tile a tile context paints (set on the context by {@link DirectPainter.paint}). */
const tiles = new WeakMap<Context2D, PaintRect>();
function tileOf(context: Context2D): PaintRect {
  return tiles.get(context) ?? { x: 0, y: 0, width: 0, height: 0 };
}

/** The text-runs module (the renderer's lazy styled-text chunk). */
type RunsModule = typeof import('../render/text-runs-style.js');

/** Loads fonts the way the renderer's `AssetTextures.font` does: same loader, same alias, same cache. */
class FontLoads {
  private readonly loads = new Map<string, Promise<boolean>>();
  constructor(private readonly assets: AssetLoader, private readonly signal: AbortSignal | undefined) {}

  /** Resolves with the loaded alias of a font file for a weight and style, or undefined (the renderer's fallback). */
  async alias(uri: string, fontWeight: string, fontStyle: string): Promise<string | undefined> {
    if (!uri) return undefined;
    const weight = String(cssFontWeight(fontWeight));
    const style = fontStyle === 'Italic' ? 'italic' : 'normal';
    const alias = fontFamilyAlias(`${uri}|${weight}|${style}`);
    let load = this.loads.get(alias);
    if (!load) {
      load = this.assets.loadFont({ uri, family: alias, weight, style, signal: this.signal }).then(() => true, () => false);
      this.loads.set(alias, load);
    }
    return (await load) ? alias : undefined;
  }
}

/** A plain text's glyph runs, laid out as the renderer lays them out (`plainTextLayout`). */
function plainTextRuns(spec: TextSpec, snapshot: { width: number; height: number }, unitsPerPoint: number, alias: string | undefined): { runs: readonly GlyphRun[]; extent: Box } {
  const { runs, box } = plainTextLayout(spec, snapshot.width, snapshot.height, unitsPerPoint, alias);
  const pad = spec.fontSize * unitsPerPoint;
  return { runs, extent: [Math.min(0, box.x) - pad, Math.min(0, box.y) - pad, Math.max(snapshot.width, box.x + box.width) + pad, Math.max(snapshot.height, box.y + box.height) + pad] };
}

/** A styled text's glyph runs from the renderer's run layout (`layoutTextSpec`), one per segment. */
async function styledTextRuns(spec: TextSpec, snapshot: { width: number; height: number }, unitsPerPoint: number, fonts: FontLoads, module: RunsModule): Promise<{ runs: readonly GlyphRun[]; extent: Box }> {
  const wanted = new Map<string, RunStyle>();
  module.layoutTextSpec(spec, unitsPerPoint, snapshot.width, snapshot.height, (style) => {
    wanted.set(module.runFontAlias(style) ?? '', style);
    return undefined;
  });
  const aliases = new Map<string, string | undefined>();
  await Promise.all([...wanted].map(async ([key, style]) => aliases.set(key, await fonts.alias(style.fontFileUri, style.fontWeight, style.fontStyle))));
  const aliasOf = (style: RunStyle): string | undefined => aliases.get(module.runFontAlias(style) ?? '');
  const lines = module.layoutTextSpec(spec, unitsPerPoint, snapshot.width, snapshot.height, aliasOf);
  const runs: GlyphRun[] = [];
  let extent: Box = [0, 0, snapshot.width, snapshot.height];
  for (const line of lines) {
    extent = [Math.min(extent[0], line.x), Math.min(extent[1], line.top), Math.max(extent[2], line.x + line.width), Math.max(extent[3], line.top + line.height)];
    for (const segment of line.segments) {
      if (segment.text.trim() === '') continue;
      const style = new TextStyle(module.segmentTextStyle(spec, segment.style, aliasOf(segment.style)));
      runs.push({
        font: style._fontString, color: toCssColor(toScreenColor(segment.style.color)), letterSpacing: `${style.letterSpacing}px`,
        text: segment.text, x: line.x + segment.x, y: line.baseline,
      });
    }
  }
  const pad = spec.fontSize * unitsPerPoint;
  return { runs, extent: grow(extent, pad) };
}

/** The opacity the renderer gives `root` from above: a page's own, else the product of its ancestors' (pages and groups). */
function inheritedOpacity(engine: Engine, root: DesignBlockId): number {
  const opacityOf = (block: DesignBlockId): number => readBlockSnapshot(engine, block).opacity;
  if (engine.block.getType(root).endsWith('/page')) return opacityOf(root);
  let opacity = 1;
  for (let parent = engine.block.getParent(root); parent != null; parent = engine.block.getParent(parent)) {
    if (engine.block.getType(parent).endsWith('/scene')) break;
    opacity *= opacityOf(parent);
  }
  return opacity;
}

/** The export's roots with the matrix from each root's page space to render pixels. */
function rootsOf(engine: Engine, block: DesignBlockId, plan: PixelPlan, bounds: { x: number; y: number; width: number; height: number }): Array<{ root: DesignBlockId; origin: Matrix }> {
  const scale = scaling(plan.renderWidth / bounds.width, plan.renderHeight / bounds.height);
  const type = engine.block.getType(block);
  if (type.endsWith('/scene')) {
    return layoutPages(engine).map((placement) => ({ root: placement.page, origin: multiply(scale, translation(placement.x - bounds.x, placement.y - bounds.y)) }));
  }
  if (type.endsWith('/page')) return [{ root: block, origin: multiply(scale, translation(-bounds.x, -bounds.y)) }];
  const box = frameBoxInPage(engine, block);
  return [{ root: block, origin: multiply(scale, translation(-box.x, -box.y)) }];
}

/** Paints raster exports from the display list; see the file comment. */
export class DirectPainter {
  /** How many items are painted directly and how many come from the renderer (for tests and reports). */
  readonly counts = { painted: 0, rendered: 0 };

  private constructor(private readonly context: DirectPaintContext, private readonly drawables: Drawable[]) {
    for (const drawable of drawables) {
      if (drawable.kind === 'raster') this.counts.rendered += 1;
      else this.counts.painted += 1;
    }
  }

  /**
   * Builds the display list of the export, loads its images and fonts through the export's asset
   * loader (the renderer's cache) and lays its texts out. `bounds` is the export's box in world units.
   * Undefined when a page of the export has what only the renderer draws (an image fill, effects…).
   */
  static async prepare(context: DirectPaintContext, bounds: { x: number; y: number; width: number; height: number }): Promise<DirectPainter | undefined> {
    const { engine, job, assets, plan } = context;
    const signal = job.options.abortSignal;
    const unitsPerPoint = designUnitsPerPoint(engine);
    const items: DisplayItem[] = [];
    const roots = rootsOf(engine, context.block, plan, bounds);
    for (const { root } of roots) {
      if (engine.block.getType(root).endsWith('/page') && pageNeedsRenderer(readBlockSnapshot(engine, root))) return undefined;
    }
    for (const { root, origin } of roots) {
      items.push(...buildDisplayList(engine, root, {
        origin, rasterizeImages: false, fontSizeToDesignUnits: (points) => points * unitsPerPoint, rasterize: needsRenderer,
        rootOpacity: inheritedOpacity(engine, root),
      }));
    }
    const fonts = new FontLoads(assets, signal);
    const needsRuns = items.some((item) => item.kind === 'text' && (item.runs.length > 0 || item.textCase !== 'Normal'));
    // The renderer's styled-text chunk, loaded through its chunk record so the text measurer sees it too.
    const runsModule: RunsModule | undefined = needsRuns ? await loadChunk(styledTextChunk).then(() => import('../render/text-runs-style.js')) : undefined;
    // The fonts of plain texts are loaded first, once each; then shapes and plain texts are made at
    // once, and only images and styled texts wait (no async call per block: 10,000 of them cost ~40 ms).
    // Images and styled texts start loading at once, alongside those fonts.
    const fontKey = (spec: TextSpec) => `${spec.fontFileUri}\n${spec.fontWeight}\n${spec.fontStyle}`;
    const plainSpec = (item: DisplayItem): TextSpec | undefined =>
      item.kind === 'text' && item.text !== '' && item.local.text && !hasStyledRuns(item.local.text) ? item.local.text : undefined;
    const specs = items.map(plainSpec);
    const plainFonts = new Map<string, Promise<string | undefined>>();
    const loading = items.map((item, index) => {
      const spec = specs[index];
      if (spec && !plainFonts.has(fontKey(spec))) plainFonts.set(fontKey(spec), fonts.alias(spec.fontFileUri, spec.fontWeight, spec.fontStyle));
      if (item.kind === 'shape' || spec) return undefined;
      const drawable = drawableOf(item);
      // Awaited below; until then a failure must not count as unhandled.
      drawable.catch(() => undefined);
      return drawable;
    });
    const aliases = new Map(await Promise.all([...plainFonts].map(async ([key, alias]) => [key, await alias] as const)));
    const drawables = await Promise.all(items.map((item, index) => {
      if (item.kind === 'shape') return shapeDrawable(item);
      const spec = specs[index];
      if (!spec) return loading[index];
      const text = item as TextItem;
      const laid = plainTextRuns(spec, text.local, unitsPerPoint, aliases.get(fontKey(spec)));
      return textDrawable(text, laid.runs, laid.extent);
    }));
    async function drawableOf(item: DisplayItem): Promise<Drawable | undefined> {
      switch (item.kind) {
        case 'shape':
          return shapeDrawable(item);
        case 'image': {
          let image: DecodedImage;
          try {
            image = await assets.loadImage(item.uri, { maxSize: OFFSCREEN_IMAGE_SIZE, signal });
          } catch {
            // A broken image: the renderer draws the io placeholder (the failure was reported before).
            job.throwIfAborted();
            return rasterDrawable(item.block, item.blendMode, grow(pathBox(item.clip), 4));
          }
          return imageDrawable(item, image);
        }
        case 'text': {
          if (item.text === '') return undefined;
          const spec = item.local.text!;
          const laid = hasStyledRuns(spec)
            ? await styledTextRuns(spec, item.local, unitsPerPoint, fonts, runsModule!)
            : plainTextRuns(spec, item.local, unitsPerPoint, await fonts.alias(spec.fontFileUri, spec.fontWeight, spec.fontStyle));
          return textDrawable(item, laid.runs, laid.extent);
        }
        case 'raster': {
          const { x, y, width, height } = item.bounds;
          // A group's own blend mode blends nothing in the renderer (its children are drawn with theirs).
          const blendMode = engine.block.getType(item.block).endsWith('/group') ? 'Normal' : item.blendMode;
          // Shadows, blurs and glows reach beyond the frame: the renderer's pixels are taken over a wider box.
          return rasterDrawable(item.block, blendMode, grow([x, y, x + width, y + height], Math.max(width, height) + 64));
        }
      }
    }
    job.throwIfAborted();
    return new DirectPainter(context, drawables.filter((drawable): drawable is Drawable => drawable !== undefined));
  }

  /** Paints `rect` of the render (render pixels) onto a new canvas, with the watermark when due. */
  async paint(rect: PaintRect): Promise<OffscreenCanvas> {
    const { context: paintContext } = this;
    const canvas = new OffscreenCanvas(rect.width, rect.height);
    const context = canvas.getContext('2d');
    if (!context) throw new CesdkError('INVALID_STATE', 'export: no 2D canvas context is available');
    tiles.set(context, rect);
    context.textBaseline = 'alphabetic';
    const touches = (box: Box): boolean => box[2] > rect.x && box[0] < rect.x + rect.width && box[3] > rect.y && box[1] < rect.y + rect.height;
    const visible = this.drawables.filter((drawable) => touches(drawable.box));
    for (let index = 0; index < visible.length; index += 1) {
      const drawable = visible[index]!;
      if (drawable.kind === 'paint') {
        // Every draw sets the state it uses (transform, alpha, composite, styles): no save/restore per item.
        drawable.draw(context);
        continue;
      }
      // Consecutive Normal-blended renderer blocks come from one render.
      const batch = [drawable.block];
      const operation = compositeOperation(drawable.blendMode);
      while (operation === 'source-over' && index + 1 < visible.length) {
        const next = visible[index + 1]!;
        if (next.kind !== 'raster' || compositeOperation(next.blendMode) !== 'source-over') break;
        batch.push(next.block);
        index += 1;
      }
      paintContext.job.throwIfAborted();
      const pixels = await renderBlockToCanvas(paintContext.engine, paintContext.block, {
        width: paintContext.plan.renderWidth, height: paintContext.plan.renderHeight, assets: paintContext.assets,
        watermark: false, signal: paintContext.job.options.abortSignal, clip: rect, onlyBlocks: batch,
      });
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.globalAlpha = 1;
      context.globalCompositeOperation = operation;
      context.drawImage(pixels, 0, 0);
      pixels.width = 0;
      pixels.height = 0;
    }
    tiles.delete(context);
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.globalAlpha = 1;
    context.globalCompositeOperation = 'source-over';
    context.letterSpacing = '0px';
    context.lineCap = 'butt';
    context.miterLimit = 10;
    // With tiles, each carries its own watermark pattern, as the renderer's tiles do.
    if (paintContext.watermark) paintWatermark(context, rect.width, rect.height);
    return canvas;
  }
}

function rasterDrawable(block: DesignBlockId, blendMode: string, box: Box): Drawable {
  return { kind: 'raster', block, blendMode, box };
}
