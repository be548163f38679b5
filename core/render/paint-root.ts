/**
 * A block view's root on the Canvas 2D backend (part of the `canvas-paint` chunk). When the block's
 * whole drawing is its shape paint (fill and stroke) and/or a plain text's glyph runs, with nothing
 * else (no shadow, filter, flip, mask, text background or PixiJS text), the drawing is "flat": the
 * root holds it and paints it itself, in the block's own transform, opacity and blend mode. So such a
 * block is one display object, not a root plus a `ShapePaint` or `GlyphRunText` child (about 700
 * bytes of PixiJS container, matrices and points each, 7 MB at 10,000 blocks).
 *
 * Otherwise the root holds nothing of its own and the drawing is its children, as on GPU backends.
 */
import { RenderContainer, type Bounds, type BoundsData, type Renderer } from 'pixi.js';
import type { BlockSnapshot, TextSpec } from './block-snapshot.js';
import { addGlyphBounds, paintGlyphRuns, type GlyphLayout } from './glyph-runs.js';
import { addShapePaintBounds, paintOnCanvasRenderer, paintShape, paintsDirectly, shapePaintSpec, type Context2D, type ShapePaintSpec } from './shape-paint.js';
import { hasStyledRuns } from './text-style.js';

/**
 * A block's flat drawing (see PaintRoot): its shape paint (undefined when it paints nothing) and its
 * plain text's layout, or undefined when its drawing is not flat (a flip, shadow, effect or blur, a
 * text with an outline, background or styled runs, a fill only PixiJS draws). `image` starts an
 * image fill's load; `layout` lays out a plain text.
 */
export function flatDrawingOf(
  snapshot: BlockSnapshot,
  image: Parameters<typeof shapePaintSpec>[1],
  layout: (spec: TextSpec) => GlyphLayout,
): [ShapePaintSpec | undefined, GlyphLayout | undefined] | undefined {
  if (snapshot.flipHorizontal || snapshot.flipVertical || snapshot.shadow || snapshot.effects.length > 0 || snapshot.blur) return undefined;
  const { kind, text } = snapshot;
  if (kind === 'text' ? !text || snapshot.stroke || text.background || hasStyledRuns(text) : kind !== 'group' && !paintsDirectly(snapshot)) return undefined;
  let shape: ShapePaintSpec | undefined;
  if (kind !== 'text' && kind !== 'group') {
    shape = shapePaintSpec(snapshot, image);
    if (!shape.fill && !shape.stroke) shape = undefined;
  }
  return [shape, text && layout(text)];
}

/** RenderContainer's hit test, shared (its default is a new closure per instance): roots are never hit by PixiJS. */
function containsNothing(): boolean {
  return false;
}

/** RenderContainer's bounds callback, shared by every root (called with the root as `this`). */
function addFlatBounds(this: PaintRoot, bounds: Bounds): void {
  this.addFlatBoundsTo(bounds);
}

export class PaintRoot extends RenderContainer {
  private shape: ShapePaintSpec | undefined;
  private glyphs: GlyphLayout | undefined;

  constructor() {
    // PixiJS calls addBounds with the root's own Bounds (RenderContainer.updateBounds), typed as BoundsData.
    super({ containsPoint: containsNothing, addBounds: addFlatBounds as unknown as (bounds: BoundsData) => void });
    // A root holds the drawing's parts when it is not flat (RenderContainer is a leaf by default).
    this.allowChildren = true;
  }

  /** Shows a flat drawing (either part may be absent), or with both undefined, none. */
  setFlat(shape: ShapePaintSpec | undefined, glyphs: GlyphLayout | undefined): void {
    if (shape === this.shape && glyphs === this.glyphs) return;
    this.shape = shape;
    this.glyphs = glyphs;
    this.onViewUpdate();
  }

  /** Whether the root paints a drawing of its own. */
  get flat(): boolean {
    return this.shape !== undefined || this.glyphs !== undefined;
  }

  /** Whether its flat drawing has a shape paint. */
  get hasShape(): boolean {
    return this.shape !== undefined;
  }

  /** Whether its flat drawing has glyph runs. */
  get hasGlyphs(): boolean {
    return (this.glyphs?.runs.length ?? 0) > 0;
  }

  /** Adds what the flat drawing covers to `bounds` (the root's own bounds, see addFlatBounds). */
  addFlatBoundsTo(bounds: Bounds): void {
    if (this.shape) addShapePaintBounds(bounds, this.shape);
    if (this.glyphs) addGlyphBounds(bounds, this.glyphs.box);
  }

  /** Paints the flat drawing onto `context`, whose transform is already the block's: the shape, then the text. */
  paintTo(context: Context2D, alpha: number): void {
    if (this.shape) paintShape(context, this.shape, alpha);
    if (this.glyphs) paintGlyphRuns(context, this.glyphs.runs, alpha);
  }

  override render(renderer: Renderer): void {
    if (this.flat) paintOnCanvasRenderer(renderer, this, (context, alpha) => this.paintTo(context, alpha));
  }
}
