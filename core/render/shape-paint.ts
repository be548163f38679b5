/**
 * Shapes painted straight onto Canvas 2D: a block's outline traced by its shape kind, filled with a
 * colour, a gradient or an image pattern, and stroked (inner/center/outer, dashes, joins, caps) as
 * PixiJS's Canvas 2D backend draws a `Graphics` (the same outline, its aligned strokes, our dash
 * cutting). The export's direct painter uses the same functions.
 *
 * On the Canvas 2D backend the renderer draws graphic blocks and pages this way ({@link ShapePaint},
 * a PixiJS `RenderContainer`): no `Graphics`, no `GraphicsContext` and no gradient texture per
 * block, and nothing built again when the scale changes. Video fills and the GPU backends keep
 * PixiJS's `Graphics`.
 */
import { RenderContainer, type Bounds, type Renderer } from 'pixi.js';
import type { ImageEntry } from './asset-textures.js';
import type { BlockSnapshot, ShapeSpec, StrokeSpec } from './block-snapshot.js';
import { imageRectFor } from './block-drawing.js';
import { toCssColor, toScreenColor } from './color.js';
import { kinds } from './kinds/index.js';
import { dashPatternFor, dashPolyline, shapeOutlines } from './shape-geometry.js';

export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** The block's outline in its local box, traced by its shape kind as the renderer's `addShapePath` adds it. */
export function traceShape(context: Context2D, shape: ShapeSpec | undefined, width: number, height: number): void {
  kinds.shapeOf(shape).trace({
    rect: (x, y, w, h) => context.rect(x, y, w, h),
    ellipse: (cx, cy, rx, ry) => context.ellipse(cx, cy, Math.abs(rx), Math.abs(ry), 0, 0, Math.PI * 2),
    poly(points, closed) {
      if (points.length < 2) return;
      context.moveTo(points[0]!, points[1]!);
      for (let index = 2; index < points.length; index += 2) context.lineTo(points[index]!, points[index + 1]!);
      if (closed) context.closePath();
    },
  }, shape ?? { type: 'rect', radii: [0, 0, 0, 0] }, width, height);
}

/**
 * A block's stroke, prepared once: solid strokes on the outline, inner and outer ones as a
 * double-width stroke clipped to the inside or the outside (PixiJS's aligned strokes); dashed styles
 * cut along the outline inset (Inner) or outset (Outer) by half the width, centred.
 */
export interface StrokePlan {
  /** CSS colour, opaque (the alpha is {@link alpha}). */
  color: string;
  alpha: number;
  width: number;
  join: CanvasLineJoin;
  cap: CanvasLineCap;
  /** Dash segments (local polylines), or undefined for a solid stroke. */
  dashes: number[][] | undefined;
  clip: 'inner' | 'outer' | undefined;
  /** How far the stroke reaches outside the frame, in local units. */
  reach: number;
}

/** The stroke plan of a block's stroke in a `width`×`height` frame, or undefined when it draws nothing. */
export function planStroke(stroke: StrokeSpec, shape: ShapeSpec | undefined, width: number, height: number): StrokePlan | undefined {
  const color = toScreenColor(stroke.color);
  if (!(stroke.width > 0) || color.alpha <= 0) return undefined;
  const join = stroke.cornerGeometry === 'Round' ? 'round' : stroke.cornerGeometry === 'Bevel' ? 'bevel' : 'miter';
  const dash = dashPatternFor(stroke.style, stroke.width);
  const css = toCssColor({ ...color, alpha: 1 });
  const reach = stroke.position === 'Inner' ? 0 : stroke.position === 'Outer' ? stroke.width : stroke.width / 2;
  if (dash) {
    const shift = stroke.position === 'Inner' ? stroke.width / 2 : stroke.position === 'Outer' ? -stroke.width / 2 : 0;
    const outlines = shapeOutlines(shape, Math.max(0, width - 2 * shift), Math.max(0, height - 2 * shift))
      .map((line) => ({ closed: line.closed, points: line.points.map((value) => value + shift) }));
    const dashes = outlines.flatMap((line) => dashPolyline(line, dash.pattern));
    return { color: css, alpha: color.alpha, width: stroke.width, join, cap: dash.round ? 'round' : 'butt', dashes, clip: undefined, reach: reach + stroke.width / 2 };
  }
  const clip = stroke.position === 'Inner' ? 'inner' : stroke.position === 'Outer' ? 'outer' : undefined;
  return { color: css, alpha: color.alpha, width: clip ? stroke.width * 2 : stroke.width, join, cap: 'butt', dashes: undefined, clip, reach };
}

/** Strokes the outline as planned, in the context's current transform, at `opacity`. */
export function strokeShape(context: Context2D, plan: StrokePlan, shape: ShapeSpec | undefined, width: number, height: number, opacity: number): void {
  context.globalAlpha = opacity * plan.alpha;
  context.strokeStyle = plan.color;
  context.lineJoin = plan.join;
  context.lineCap = plan.cap;
  context.miterLimit = 10;
  context.lineWidth = plan.width;
  context.beginPath();
  if (plan.dashes) {
    for (const segment of plan.dashes) {
      context.moveTo(segment[0]!, segment[1]!);
      for (let index = 2; index < segment.length; index += 2) context.lineTo(segment[index]!, segment[index + 1]!);
    }
    context.stroke();
    return;
  }
  if (!plan.clip) {
    traceShape(context, shape, width, height);
    context.stroke();
    return;
  }
  context.save();
  if (plan.clip === 'outer') {
    const reach = 4 * (Math.abs(width) + Math.abs(height) + plan.width) + 1;
    context.rect(-reach, -reach, width + 2 * reach, height + 2 * reach);
  }
  traceShape(context, shape, width, height);
  context.clip(plan.clip === 'outer' ? 'evenodd' : 'nonzero');
  context.beginPath();
  traceShape(context, shape, width, height);
  context.stroke();
  context.restore();
}

/** A rectangle in the block's frame. */
export interface FrameBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How a {@link ShapePaint} fills: a style in the frame's space, and where (the shape, or a box: a contained image). */
export interface ShapeFill {
  style: string | CanvasGradient | CanvasPattern;
  alpha: number;
  box?: FrameBox;
}

/** Everything a {@link ShapePaint} draws, in the block's frame. */
export interface ShapePaintSpec {
  shape: ShapeSpec | undefined;
  width: number;
  height: number;
  fill?: ShapeFill;
  stroke?: StrokePlan;
}

/** Paints a shape's fill and stroke in the context's current transform, at `opacity`. */
export function paintShape(context: Context2D, spec: ShapePaintSpec, opacity: number): void {
  const { fill, stroke, shape, width, height } = spec;
  if (fill && fill.alpha > 0) {
    context.globalAlpha = opacity * fill.alpha;
    context.fillStyle = fill.style;
    context.beginPath();
    if (fill.box) context.rect(fill.box.x, fill.box.y, fill.box.width, fill.box.height);
    else traceShape(context, shape, width, height);
    context.fill();
  }
  if (stroke) strokeShape(context, stroke, shape, width, height, opacity);
}

let scratch: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null | undefined;
/**
 * A context to make gradients and patterns with. They belong to no context: the one made here is
 * used on every tile, the screen and offscreen renders.
 */
export function styleContext(): Context2D {
  if (scratch === undefined) {
    scratch = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : document.createElement('canvas').getContext('2d');
  }
  if (!scratch) throw new Error('no 2D canvas context is available');
  return scratch;
}

/**
 * A repeating pattern of `image` mapped onto a box of the frame: pixels → frame by flipping about
 * the image centre, scaling to the drawn size, rotating about its centre and placing it (as the
 * renderer's `drawFill` maps a texture; a crop smaller than the frame repeats, as PixiJS's Canvas 2D
 * texture fill does).
 */
export function imagePattern(image: CanvasImageSource & { width: number; height: number }, rect: FrameBox, crop?: { rotation?: number; flipHorizontal?: boolean; flipVertical?: boolean }): CanvasPattern | undefined {
  const pattern = styleContext().createPattern(image, 'repeat');
  if (!pattern || !(image.width > 0 && image.height > 0)) return undefined;
  const cos = Math.cos(crop?.rotation ?? 0);
  const sin = Math.sin(crop?.rotation ?? 0);
  const sx = (crop?.flipHorizontal ? -1 : 1) * (rect.width / image.width);
  const sy = (crop?.flipVertical ? -1 : 1) * (rect.height / image.height);
  const cx = rect.x + rect.width / 2;
  const cy = rect.y + rect.height / 2;
  const [a, b, c, d] = [cos * sx, sin * sx, -sin * sy, cos * sy];
  const hx = -image.width / 2;
  const hy = -image.height / 2;
  pattern.setTransform(new DOMMatrix([a, b, c, d, a * hx + c * hy + cx, b * hx + d * hy + cy]));
  return pattern;
}

/** Whether the renderer paints this block's fill and stroke as a {@link ShapePaint}: graphic blocks and pages, except video fills (a frame that changes). */
export function paintsDirectly(snapshot: BlockSnapshot): boolean {
  return (snapshot.kind === 'graphic' || snapshot.kind === 'page') && snapshot.fill?.type !== 'video';
}

/**
 * What a {@link ShapePaint} draws for a block: its fill through the fill's kind (a colour, the kind's
 * Canvas 2D gradient in the frame's space, an image pattern once `image(uri)` has it, or the
 * placeholder when it failed) and its stroke plan.
 */
export function shapePaintSpec(snapshot: BlockSnapshot, image: (uri: string) => ImageEntry): ShapePaintSpec {
  const { width, height, shape } = snapshot;
  let fill: ShapeFill | undefined;
  if (snapshot.fill) {
    kinds.fillOf(snapshot.fill)?.draw({
      solid: (value) => {
        const color = toScreenColor(value);
        fill = { style: toCssColor({ ...color, alpha: 1 }), alpha: color.alpha };
      },
      gradient: (gradient) => {
        const style = kinds.fillOf(gradient)?.canvasGradient?.(styleContext(), gradient, width, height);
        if (style) fill = { style, alpha: 1 };
      },
      media: (_source, uri) => {
        const entry = image(uri);
        const source = entry.texture?.source.resource as (CanvasImageSource & { width: number; height: number }) | undefined;
        if (!source) return;
        const failed = entry.state === 'error';
        const rect = failed ? { x: 0, y: 0, width, height } : imageRectFor(snapshot.contentFillMode, snapshot.crop, width, height, entry.width, entry.height);
        const style = imagePattern(source, rect, failed ? undefined : snapshot.crop);
        if (style) fill = { style, alpha: 1, box: !failed && snapshot.contentFillMode === 'Contain' && !snapshot.crop.rotation ? rect : undefined };
      },
    }, snapshot.fill);
  }
  const stroke = snapshot.stroke ? planStroke(snapshot.stroke, shape, width, height) : undefined;
  return { shape, width, height, fill, stroke };
}

/** The parts of PixiJS's Canvas 2D renderer a custom renderable draws with (8.x). */
interface CanvasRendererParts {
  canvasContext?: {
    activeContext: Context2D;
    setContextTransform(transform: unknown, roundPixels: boolean): void;
    setBlendMode(blendMode: string): void;
  };
  globalUniforms?: { globalUniformData?: { worldColor?: number } };
  filter?: { alphaMultiplier?: number };
}

/** The opacity PixiJS's Canvas 2D renderer gives a renderable now (world colour, group alpha, filter). */
function canvasAlphaOf(parts: CanvasRendererParts, groupColorAlpha: number): number {
  const worldColor = parts.globalUniforms?.globalUniformData?.worldColor ?? 0xffffffff;
  return (((worldColor >>> 24) & 255) / 255) * (((groupColorAlpha >>> 24) & 255) / 255) * (parts.filter?.alphaMultiplier ?? 1);
}

/**
 * Runs `paint` on the Canvas 2D renderer's active context with `view`'s world transform and blend
 * mode set, passing the opacity it is drawn with; does nothing on a GPU renderer or when the view is
 * fully transparent. The one place the directly painted renderables (shapes, glyph runs) meet
 * PixiJS's Canvas 2D internals.
 */
export function paintOnCanvasRenderer(
  renderer: Renderer,
  view: Pick<RenderContainer, 'groupTransform' | 'groupBlendMode' | 'groupColorAlpha'>,
  paint: (context: Context2D, alpha: number) => void,
): void {
  const parts = renderer as unknown as CanvasRendererParts;
  const system = parts.canvasContext;
  if (!system) return;
  const alpha = canvasAlphaOf(parts, view.groupColorAlpha);
  if (alpha <= 0) return;
  const context = system.activeContext;
  context.save();
  system.setContextTransform(view.groupTransform, false);
  system.setBlendMode(view.groupBlendMode);
  paint(context, alpha);
  context.restore();
}

/** Adds what a shape paint covers (the frame, an image's box, grown by the stroke's reach) to `bounds`. */
export function addShapePaintBounds(bounds: Bounds, spec: ShapePaintSpec): void {
  const reach = spec.stroke?.reach ?? 0;
  const box = spec.fill?.box;
  const left = Math.min(0, box?.x ?? 0);
  const top = Math.min(0, box?.y ?? 0);
  const right = Math.max(spec.width, box ? box.x + box.width : 0);
  const bottom = Math.max(spec.height, box ? box.y + box.height : 0);
  bounds.addFrame(left - reach, top - reach, right + reach, bottom + reach);
}

/**
 * A block's shape painted on PixiJS's Canvas 2D renderer: its fill and stroke with the view's
 * transform, opacity and blend mode, into whatever the renderer draws to (tile, coarse tile, screen,
 * offscreen render, a filter's or the pixel pass's canvas). Its bounds are the frame grown by the
 * stroke. On a GPU renderer it draws nothing: views there use PixiJS's `Graphics`.
 */
export class ShapePaint extends RenderContainer {
  private spec: ShapePaintSpec | undefined;

  constructor() {
    super({});
    this.label = 'shape-paint';
  }

  /** Shows a new shape, fill and stroke. */
  setSpec(spec: ShapePaintSpec | undefined): void {
    this.spec = spec;
    this.onViewUpdate();
  }

  override addBounds = (bounds: Bounds): void => {
    if (this.spec) addShapePaintBounds(bounds, this.spec);
  };

  /** Paints onto `context`, whose transform is already the block's (the tile painter's direct path). */
  paintTo(context: Context2D, alpha: number): void {
    const spec = this.spec;
    if (spec && (spec.fill || spec.stroke)) paintShape(context, spec, alpha);
  }

  override render(renderer: Renderer): void {
    const spec = this.spec;
    if (!spec || (!spec.fill && !spec.stroke)) return;
    paintOnCanvasRenderer(renderer, this, (context, alpha) => this.paintTo(context, alpha));
  }
}
