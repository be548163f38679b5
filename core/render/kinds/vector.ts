/**
 * The built-in kinds' vector halves, registered beside their drawing (./shapes.ts, ./fills.ts): each
 * shape's outline as path commands and each fill's vector paint, for PDF, SVG and the raster
 * exporter. They load with the exporters only. Import the registry from here to have both halves.
 */
import type { GradientColorStop } from '../../engine/index.js';
import type { FillSpec, ShapeSpec } from '../block-snapshot.js';
import { ellipsePath, polygonPath, roundedRectPath, scaling, starPath, transformPath } from '../path-geometry.js';
import { parseSvgPath } from '../svg-path-commands.js';
import { kinds } from './index.js';
import { polylineCommands, type FillVector, type PaintStop, type ShapeOutline, type ToRgba } from './registry.js';

type Shape<T extends ShapeSpec['type']> = Extract<ShapeSpec, { type: T }>;
type Fill<T extends FillSpec['type']> = Extract<FillSpec, { type: T }>;

/** Gradient stops with colours resolved, for vector paints. */
export function paintStops(stops: readonly GradientColorStop[], toRgba: ToRgba): PaintStop[] {
  return stops.map((stop) => ({ offset: stop.stop, color: toRgba(stop.color) }));
}

export const RectOutline: ShapeOutline<Shape<'rect'>> = {
  extension: { type: 'cesdk-shape-outline', name: 'rect' },
  outline: (spec, width, height) => roundedRectPath(width, height, spec.radii),
};

export const LineOutline: ShapeOutline<Shape<'line'>> = {
  extension: { type: 'cesdk-shape-outline', name: 'line' },
  outline: (_spec, width, height) => roundedRectPath(width, height, [0, 0, 0, 0]),
};

export const EllipseOutline: ShapeOutline<Shape<'ellipse'>> = {
  extension: { type: 'cesdk-shape-outline', name: 'ellipse' },
  outline: (_spec, width, height) => ellipsePath(width, height),
};

/** Rounded corners follow the renderer's rounding (the kind's polylines), so PDF and SVG match the canvas. */
export const PolygonOutline: ShapeOutline<Shape<'polygon'>> = {
  extension: { type: 'cesdk-shape-outline', name: 'polygon' },
  outline: (spec, width, height) =>
    spec.cornerRadius > 0 ? polylineCommands(kinds.shapeOf(spec).polylines(spec, width, height)) : polygonPath(width, height, spec.sides),
};

export const StarOutline: ShapeOutline<Shape<'star'>> = {
  extension: { type: 'cesdk-shape-outline', name: 'star' },
  outline: (spec, width, height) => starPath(width, height, spec.points, spec.innerDiameter),
};

/** Curves stay curves: the path's own commands, scaled from its box into the frame. */
export const VectorPathOutline: ShapeOutline<Shape<'vector_path'>> = {
  extension: { type: 'cesdk-shape-outline', name: 'vector_path' },
  outline: (spec, width, height) =>
    transformPath(parseSvgPath(spec.path), scaling(spec.width > 0 ? width / spec.width : 1, spec.height > 0 ? height / spec.height : 1)),
};

export const ColorVector: FillVector<Fill<'color'>> = {
  extension: { type: 'cesdk-fill-vector', name: 'color' },
  paint: (fill, _frame, toRgba) => ({ kind: 'color', color: toRgba(fill.color) }),
};

export const LinearGradientVector: FillVector<Fill<'linear'>> = {
  extension: { type: 'cesdk-fill-vector', name: 'gradient/linear' },
  paint(fill, frame, toRgba) {
    const [x1, y1] = frame.point(fill.start[0], fill.start[1]);
    const [x2, y2] = frame.point(fill.end[0], fill.end[1]);
    return { kind: 'linear', stops: paintStops(fill.stops, toRgba), x1, y1, x2, y2 };
  },
};

/** Radial radii are relative to the frame's shorter side, as in CE.SDK. */
export const RadialGradientVector: FillVector<Fill<'radial'>> = {
  extension: { type: 'cesdk-fill-vector', name: 'gradient/radial' },
  paint(fill, frame, toRgba) {
    const [cx, cy] = frame.point(fill.center[0], fill.center[1]);
    return { kind: 'radial', stops: paintStops(fill.stops, toRgba), cx, cy, radius: fill.radius * Math.min(frame.width, frame.height) * frame.scale };
  },
};

/** An image is placed as itself (its original bytes where PDF keeps them). */
export const ImageVector: FillVector<Fill<'image'>> = {
  extension: { type: 'cesdk-fill-vector', name: 'image' },
  image: (fill) => fill.uri,
};

/** Every built-in vector half. Conical gradients and video frames have none: they come from pixels. */
export const BUILT_IN_VECTORS = [
  RectOutline, LineOutline, EllipseOutline, PolygonOutline, StarOutline, VectorPathOutline,
  ColorVector, LinearGradientVector, RadialGradientVector, ImageVector,
] as const;

kinds.add(...BUILT_IN_VECTORS);

export { kinds };
