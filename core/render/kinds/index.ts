/**
 * The kind registry with the built-in shape and fill kinds registered. Everything that reads or draws
 * kinds imports the registry from here; vector output (PDF, SVG, the raster exporter) imports it from
 * ./vector.ts, which adds the kinds' outlines and vector paints.
 */
import { BUILT_IN_FILLS } from './fills.js';
import { kinds } from './registry.js';
import { BUILT_IN_SHAPES } from './shapes.js';

kinds.add(...BUILT_IN_SHAPES, ...BUILT_IN_FILLS);

export { kinds, polylineCommands, KindRegistry } from './registry.js';
export type { FillKind, FillTarget, FillVector, KindExtension, Paint, PaintStop, PathSink, Rgba, ShapeKind, ShapeOutline, ToRgba, VectorFrame } from './registry.js';
export { BUILT_IN_SHAPES } from './shapes.js';
export { BUILT_IN_FILLS } from './fills.js';
