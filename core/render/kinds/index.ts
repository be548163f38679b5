/**
 * The kind registry with the built-in shape and fill kinds registered. Everything that reads or draws
 * kinds imports the registry from here.
 */
import { BUILT_IN_FILLS } from './fills.js';
import { kinds } from './registry.js';
import { BUILT_IN_SHAPES } from './shapes.js';

kinds.add(...BUILT_IN_SHAPES, ...BUILT_IN_FILLS);

export { kinds, paintStops, KindRegistry } from './registry.js';
export type { FillKind, FillTarget, KindExtension, Paint, PaintStop, PathSink, Rgba, ShapeKind, ToRgba } from './registry.js';
export { BUILT_IN_SHAPES } from './shapes.js';
export { BUILT_IN_FILLS } from './fills.js';
