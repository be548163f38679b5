/**
 * Outlines of the engine's shapes in the block's frame (0..width, 0..height) as polylines, and
 * dash patterns for stroke styles. PixiJS has no dashes, so dashed strokes are cut into segments here.
 */
import type { ShapeSpec } from './block-snapshot.js';
import { kinds } from './kinds/index.js';
import type { Polyline } from './svg-path.js';

export type { Polyline } from './svg-path.js';

function arcPoints(out: number[], centerX: number, centerY: number, radius: number, fromAngle: number, toAngle: number): void {
  const steps = Math.max(2, Math.min(24, Math.ceil(radius / 2)));
  for (let step = 0; step <= steps; step += 1) {
    const angle = fromAngle + ((toAngle - fromAngle) * step) / steps;
    out.push(centerX + Math.cos(angle) * radius, centerY + Math.sin(angle) * radius);
  }
}

/** A rectangle with four corner radii (TL, TR, BR, BL), each clamped so neighbours never overlap. */
export function roundedRectOutline(width: number, height: number, radii: readonly number[]): number[] {
  const limit = Math.min(width, height) / 2;
  const [tl, tr, br, bl] = radii.map((radius) => Math.max(0, Math.min(limit, radius || 0)));
  const points: number[] = [];
  const half = Math.PI / 2;
  if (tl > 0) arcPoints(points, tl, tl, tl, Math.PI, Math.PI + half); else points.push(0, 0);
  if (tr > 0) arcPoints(points, width - tr, tr, tr, -half, 0); else points.push(width, 0);
  if (br > 0) arcPoints(points, width - br, height - br, br, 0, half); else points.push(width, height);
  if (bl > 0) arcPoints(points, bl, height - bl, bl, half, Math.PI); else points.push(0, height);
  return points;
}

/** An ellipse inscribed in the frame, sampled finely enough for its size. */
export function ellipseOutline(width: number, height: number): number[] {
  const steps = Math.max(16, Math.min(128, Math.ceil((width + height) / 6)));
  const points: number[] = [];
  for (let step = 0; step < steps; step += 1) {
    const angle = (step / steps) * Math.PI * 2;
    points.push(width / 2 + (Math.cos(angle) * width) / 2, height / 2 + (Math.sin(angle) * height) / 2);
  }
  return points;
}

/** A regular polygon (first vertex at the top) inscribed in the frame's ellipse. */
export function polygonOutline(width: number, height: number, sides: number): number[] {
  const count = Math.max(3, Math.min(100, Math.round(sides)));
  const points: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const angle = -Math.PI / 2 + (index / count) * Math.PI * 2;
    points.push(width / 2 + (Math.cos(angle) * width) / 2, height / 2 + (Math.sin(angle) * height) / 2);
  }
  return points;
}

/**
 * Rounds every corner of a closed polygon by `radius` (clamped to half of each adjacent edge), each
 * corner becoming a sampled quadratic curve with the vertex as control point.
 */
export function roundPolygonCorners(points: readonly number[], radius: number): number[] {
  const count = points.length / 2;
  if (radius <= 0 || count < 3) return [...points];
  const rounded: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const previous = (index + count - 1) % count;
    const next = (index + 1) % count;
    const x = points[index * 2];
    const y = points[index * 2 + 1];
    const toPreviousX = points[previous * 2] - x;
    const toPreviousY = points[previous * 2 + 1] - y;
    const toNextX = points[next * 2] - x;
    const toNextY = points[next * 2 + 1] - y;
    const previousLength = Math.hypot(toPreviousX, toPreviousY) || 1;
    const nextLength = Math.hypot(toNextX, toNextY) || 1;
    const cut = Math.min(radius, previousLength / 2, nextLength / 2);
    const startX = x + (toPreviousX / previousLength) * cut;
    const startY = y + (toPreviousY / previousLength) * cut;
    const endX = x + (toNextX / nextLength) * cut;
    const endY = y + (toNextY / nextLength) * cut;
    const steps = 6;
    for (let step = 0; step <= steps; step += 1) {
      const t = step / steps;
      const u = 1 - t;
      rounded.push(u * u * startX + 2 * u * t * x + t * t * endX, u * u * startY + 2 * u * t * y + t * t * endY);
    }
  }
  return rounded;
}

/** A star with `points` tips; inner vertices sit at `innerDiameter` of the outer radius. */
export function starOutline(width: number, height: number, tips: number, innerDiameter: number): number[] {
  const count = Math.max(3, Math.min(100, Math.round(tips)));
  const inner = Math.max(0, Math.min(1, innerDiameter));
  const points: number[] = [];
  for (let index = 0; index < count * 2; index += 1) {
    const angle = -Math.PI / 2 + (index / (count * 2)) * Math.PI * 2;
    const scale = index % 2 === 0 ? 1 : inner;
    points.push(width / 2 + (Math.cos(angle) * width * scale) / 2, height / 2 + (Math.sin(angle) * height * scale) / 2);
  }
  return points;
}

/**
 * The outline polylines of a shape in a `width`×`height` frame, as its kind draws them
 * (`core/render/kinds/shapes.ts`); no shape is the frame's rectangle.
 */
export function shapeOutlines(shape: ShapeSpec | undefined, width: number, height: number): Polyline[] {
  return kinds.shapeOf(shape).polylines(shape ?? { type: 'rect', radii: [0, 0, 0, 0] }, width, height);
}

/** Dash and gap lengths (multiples of the stroke width) and cap per stroke style; undefined = solid. */
export function dashPatternFor(style: string, strokeWidth: number): { pattern: number[]; round: boolean } | undefined {
  const w = Math.max(strokeWidth, 0.5);
  switch (style) {
    case 'Dashed': return { pattern: [3 * w, 2 * w], round: false };
    case 'DashedRound': return { pattern: [2 * w, 3 * w], round: true };
    case 'LongDashed': return { pattern: [6 * w, 3 * w], round: false };
    case 'LongDashedRound': return { pattern: [5 * w, 4 * w], round: true };
    case 'Dotted': return { pattern: [0.001, 2 * w], round: true };
    default: return undefined;
  }
}

/** Cuts a polyline into dash segments (open polylines) following `pattern` [on, off, on, off…]. */
export function dashPolyline(line: Polyline, pattern: readonly number[], maxSegments = 20_000): number[][] {
  const points = line.closed ? [...line.points, line.points[0], line.points[1]] : line.points;
  const segments: number[][] = [];
  let patternIndex = 0;
  let remaining = pattern[0];
  let on = true;
  let current: number[] | undefined = [points[0], points[1]];
  for (let index = 2; index < points.length && segments.length < maxSegments; index += 2) {
    let x0 = points[index - 2];
    let y0 = points[index - 1];
    const x1 = points[index];
    const y1 = points[index + 1];
    let length = Math.hypot(x1 - x0, y1 - y0);
    while (length > 0 && segments.length < maxSegments) {
      const step = Math.min(remaining, length);
      const t = step / length;
      const x = x0 + (x1 - x0) * t;
      const y = y0 + (y1 - y0) * t;
      if (on) current!.push(x, y);
      remaining -= step;
      length -= step;
      x0 = x;
      y0 = y;
      if (remaining <= 1e-9) {
        if (on && current) segments.push(current);
        on = !on;
        patternIndex = (patternIndex + 1) % pattern.length;
        remaining = pattern[patternIndex];
        current = on ? [x, y] : undefined;
      }
    }
  }
  if (on && current && current.length >= 4) segments.push(current);
  return segments;
}
