/**
 * The built-in shape kinds: rect, line, ellipse, polygon, star and vector path. Each maps the engine's
 * read-model (`SHAPE_KINDS` in the engine's kind tables) to its spec and draws it; their outlines as
 * path commands (PDF, SVG) are in ./vector.ts.
 */
import { SHAPE_KINDS } from '../../engine/index.js';
import type { ShapeSpec } from '../block-snapshot.js';
import { ellipseOutline, polygonOutline, roundedRectOutline, roundPolygonCorners, starOutline } from '../shape-geometry.js';
import { flattenSvgPath, type Polyline } from '../svg-path.js';
import type { ShapeKind } from './registry.js';

type Spec<T extends ShapeSpec['type']> = Extract<ShapeSpec, { type: T }>;
const num = (value: unknown, fallback: number): number => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);
const box = (width: number, height: number): Polyline[] => [{ points: [0, 0, width, 0, width, height, 0, height], closed: true }];

/** Traces polylines into a sink. */
function tracePolylines(sink: { poly(points: readonly number[], closed: boolean): void }, lines: readonly Polyline[]): void {
  for (const line of lines) sink.poly(line.points, line.closed);
}

const SHARP_RECT = Object.freeze({ type: 'rect', radii: Object.freeze([0, 0, 0, 0]) }) as Spec<'rect'>;

export const RectShape: ShapeKind<Spec<'rect'>> = {
  extension: { type: 'cesdk-shape', name: 'rect' },
  declaration: SHAPE_KINDS.rect,
  spec(model) {
    const radii: Spec<'rect'>['radii'] = [num(model.cornerRadiusTL, 0), num(model.cornerRadiusTR, 0), num(model.cornerRadiusBR, 0), num(model.cornerRadiusBL, 0)];
    // Most rectangles have sharp corners: they share one frozen spec (every view keeps its snapshot's).
    return radii.some((radius) => radius !== 0) ? { type: 'rect', radii } : SHARP_RECT;
  },
  polylines: (spec, width, height) => (spec.radii.some((radius) => radius > 0) ? [{ points: roundedRectOutline(width, height, spec.radii), closed: true }] : box(width, height)),
  trace(sink, spec, width, height) {
    if (spec.radii.every((radius) => radius <= 0)) sink.rect(0, 0, width, height);
    else tracePolylines(sink, this.polylines(spec, width, height));
  },
  // As CSS box-shadow's spread: rounded corners grow with the box, sharp ones stay sharp.
  grow: (spec, delta) => ({ type: 'rect', radii: spec.radii.map((radius) => (radius > 0 ? Math.max(0, radius + delta) : 0)) as Spec<'rect'>['radii'] }),
};

/** A line is its filled frame (its height is the line's thickness, as in CE.SDK). */
export const LineShape: ShapeKind<Spec<'line'>> = {
  extension: { type: 'cesdk-shape', name: 'line' },
  declaration: SHAPE_KINDS.line,
  spec: () => ({ type: 'line' }),
  polylines: (_spec, width, height) => box(width, height),
  trace: (sink, _spec, width, height) => sink.rect(0, 0, width, height),
  grow: (spec) => spec,
};

export const EllipseShape: ShapeKind<Spec<'ellipse'>> = {
  extension: { type: 'cesdk-shape', name: 'ellipse' },
  declaration: SHAPE_KINDS.ellipse,
  spec: () => ({ type: 'ellipse' }),
  polylines: (_spec, width, height) => [{ points: ellipseOutline(width, height), closed: true }],
  trace: (sink, _spec, width, height) => sink.ellipse(width / 2, height / 2, width / 2, height / 2),
  grow: (spec) => spec,
};

export const PolygonShape: ShapeKind<Spec<'polygon'>> = {
  extension: { type: 'cesdk-shape', name: 'polygon' },
  declaration: SHAPE_KINDS.polygon,
  spec: (model) => ({ type: 'polygon', sides: num(model.sides, 5), cornerRadius: num(model.cornerRadius, 0) }),
  polylines: (spec, width, height) => [{ points: roundPolygonCorners(polygonOutline(width, height, spec.sides), spec.cornerRadius), closed: true }],
  trace(sink, spec, width, height) {
    tracePolylines(sink, this.polylines(spec, width, height));
  },
  grow: (spec) => spec,
};

export const StarShape: ShapeKind<Spec<'star'>> = {
  extension: { type: 'cesdk-shape', name: 'star' },
  declaration: SHAPE_KINDS.star,
  spec: (model) => ({ type: 'star', points: num(model.points, 5), innerDiameter: num(model.innerDiameter, 0.5) }),
  polylines: (spec, width, height) => [{ points: starOutline(width, height, spec.points, spec.innerDiameter), closed: true }],
  trace(sink, spec, width, height) {
    tracePolylines(sink, this.polylines(spec, width, height));
  },
  grow: (spec) => spec,
};

/** A vector path is scaled from its own `shape/vector_path/{width,height}` box into the frame. */
export const VectorPathShape: ShapeKind<Spec<'vector_path'>> = {
  extension: { type: 'cesdk-shape', name: 'vector_path' },
  declaration: SHAPE_KINDS.vector_path,
  spec: (model) => ({ type: 'vector_path', path: typeof model.path === 'string' ? model.path : '', width: num(model.width, 100), height: num(model.height, 100) }),
  polylines(spec, width, height) {
    const scaleX = spec.width > 0 ? width / spec.width : 1;
    const scaleY = spec.height > 0 ? height / spec.height : 1;
    return flattenSvgPath(spec.path).map((line) => ({
      closed: line.closed,
      points: line.points.map((value, index) => (index % 2 === 0 ? value * scaleX : value * scaleY)),
    }));
  },
  trace(sink, spec, width, height) {
    tracePolylines(sink, this.polylines(spec, width, height));
  },
  grow: (spec) => spec,
};

/** Every built-in shape kind. */
export const BUILT_IN_SHAPES = [RectShape, LineShape, EllipseShape, PolygonShape, StarShape, VectorPathShape] as const;
