/**
 * Drawing one block's shape, fill, stroke and shadow into reusable PixiJS Graphics.
 */
import { Graphics, Matrix, type Texture } from 'pixi.js';
import type { BlockSnapshot, CropSpec, ShapeSpec, StrokeSpec } from './block-snapshot.js';
import { toScreenColor } from './color.js';
import { blurRadiusOf } from './effects.js';
import { kinds, type PathSink } from './kinds/index.js';
import { dashPatternFor, dashPolyline, shapeOutlines, type Polyline } from './shape-geometry.js';

/** A rectangle in the block's frame. */
export interface FrameRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A PixiJS `Graphics` as a path sink. */
function graphicsSink(graphics: Graphics): PathSink {
  return {
    rect: (x, y, width, height) => graphics.rect(x, y, width, height),
    ellipse: (cx, cy, rx, ry) => graphics.ellipse(cx, cy, rx, ry),
    poly: (points, closed) => graphics.poly(points as number[], closed),
  };
}

/** Adds the shape's outline to `graphics` as its kind traces it (native rect/ellipse where possible). */
export function addShapePath(graphics: Graphics, shape: ShapeSpec | undefined, width: number, height: number, outlines?: Polyline[]): void {
  if (outlines) {
    for (const line of outlines) graphics.poly(line.points, line.closed);
    return;
  }
  const kind = kinds.shapeOf(shape);
  kind.trace(graphicsSink(graphics), shape ?? { type: 'rect', radii: [0, 0, 0, 0] }, width, height);
}

/**
 * Where an image of `imageWidth`×`imageHeight` lands in a `width`×`height` frame. Cover and Crop
 * cover the frame (Crop keeps the user's crop on top); Contain fits inside. The crop scales the
 * image around the frame centre and translates it by a fraction of the frame size.
 */
export function imageRectFor(mode: string, crop: CropSpec, width: number, height: number, imageWidth: number, imageHeight: number): FrameRect {
  const safeWidth = Math.max(imageWidth, 1);
  const safeHeight = Math.max(imageHeight, 1);
  const cover = Math.max(width / safeWidth, height / safeHeight);
  const contain = Math.min(width / safeWidth, height / safeHeight);
  const base = mode === 'Contain' ? contain : cover;
  const useCrop = mode !== 'Contain';
  const drawnWidth = safeWidth * base * (useCrop ? crop.scaleX : 1);
  const drawnHeight = safeHeight * base * (useCrop ? crop.scaleY : 1);
  return {
    x: (width - drawnWidth) / 2 + (useCrop ? crop.translationX * width : 0),
    y: (height - drawnHeight) / 2 + (useCrop ? crop.translationY * height : 0),
    width: drawnWidth,
    height: drawnHeight,
  };
}

/** Fills the block's shape with a solid colour, or with a texture mapped onto `textureRect`. */
export function drawFill(graphics: Graphics, snapshot: BlockSnapshot, paint: { color?: number; alpha?: number; texture?: Texture; textureRect?: FrameRect; crop?: CropSpec }): void {
  const { width, height } = snapshot;
  if (paint.texture && paint.textureRect) {
    const rect = paint.textureRect;
    const texture = paint.texture;
    const crop = paint.crop;
    // Texture pixels → frame: flip about the texture centre, scale to the drawn size, rotate about its centre, place.
    const matrix = new Matrix()
      .translate(-texture.width / 2, -texture.height / 2)
      .scale((crop?.flipHorizontal ? -1 : 1) * (rect.width / texture.width), (crop?.flipVertical ? -1 : 1) * (rect.height / texture.height))
      .rotate(crop?.rotation ?? 0)
      .translate(rect.x + rect.width / 2, rect.y + rect.height / 2);
    if (snapshot.contentFillMode === 'Contain' && !crop?.rotation) graphics.rect(rect.x, rect.y, rect.width, rect.height);
    else addShapePath(graphics, snapshot.shape, width, height);
    graphics.fill({ texture: paint.texture, matrix, alpha: paint.alpha ?? 1, textureSpace: 'global' });
    return;
  }
  addShapePath(graphics, snapshot.shape, width, height);
  graphics.fill({ color: paint.color ?? 0, alpha: paint.alpha ?? 1 });
}

const ALIGNMENT: Record<string, number> = { Inner: 1, Center: 0.5, Outer: 0 };

/** Draws the stroke: solid through PixiJS's aligned strokes, dashed styles as cut segments. */
export function drawStroke(graphics: Graphics, snapshot: BlockSnapshot, stroke: StrokeSpec): void {
  const color = toScreenColor(stroke.color);
  if (stroke.width <= 0 || color.alpha <= 0) return;
  const { width, height } = snapshot;
  const join = stroke.cornerGeometry === 'Round' ? 'round' : stroke.cornerGeometry === 'Bevel' ? 'bevel' : 'miter';
  const dash = dashPatternFor(stroke.style, stroke.width);
  if (!dash) {
    const alignment = ALIGNMENT[stroke.position] ?? 0.5;
    addShapePath(graphics, snapshot.shape, width, height);
    graphics.stroke({ width: stroke.width, color: color.hex, alpha: color.alpha, alignment, join });
    return;
  }
  // Dashes follow the stroke's centre line: inset (Inner) or outset (Outer) by half the width.
  const shift = stroke.position === 'Inner' ? stroke.width / 2 : stroke.position === 'Outer' ? -stroke.width / 2 : 0;
  const outlines = shapeOutlines(snapshot.shape, Math.max(0, width - 2 * shift), Math.max(0, height - 2 * shift))
    .map((line) => ({ closed: line.closed, points: line.points.map((value) => value + shift) }));
  for (const line of outlines) {
    for (const segment of dashPolyline(line, dash.pattern)) {
      graphics.moveTo(segment[0], segment[1]);
      for (let index = 2; index < segment.length; index += 2) graphics.lineTo(segment[index], segment[index + 1]);
    }
  }
  graphics.stroke({ width: stroke.width, color: color.hex, alpha: color.alpha, cap: dash.round ? 'round' : 'butt', join });
}

/** How far a block's drawing reaches outside its frame (stroke, shadow, blur), in design units. */
export function overhangOf(snapshot: BlockSnapshot, blurRadius: number): number {
  let overhang = 1;
  if (snapshot.stroke) overhang += snapshot.stroke.position === 'Inner' ? 0 : snapshot.stroke.width;
  if (snapshot.shadow) {
    const shadow = snapshot.shadow;
    overhang = Math.max(overhang, Math.max(Math.abs(shadow['offset/x']), Math.abs(shadow['offset/y'])) + Math.max(0, shadow.spread) + 2 * Math.max(shadow['blurRadius/x'], shadow['blurRadius/y']) + 1);
  }
  if (snapshot.text) overhang += snapshot.text.fontSize;
  return overhang + blurRadius * 3;
}

/** How far a block's drawing reaches outside its frame with its own uniform blur, in design units. */
export function blockOverhang(snapshot: BlockSnapshot): number {
  return overhangOf(snapshot, snapshot.blur?.type === 'uniform' ? blurRadiusOf(snapshot.blur.intensity) : 0);
}
