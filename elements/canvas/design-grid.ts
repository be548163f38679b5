/**
 * Dragging and resizing land on round values: whole design units in pixel scenes, 0.1 mm in
 * millimetre scenes and 0.01 in in inch scenes, so a designer reads 415 × 450, not 414.6 × 450.38.
 * Holding Alt (Option) places freely.
 */
import type { Engine } from '../../core/engine/index.js';

/** The step positions and sizes are rounded to for a design unit. */
export function designGridStep(engine: Engine): number {
  let unit = 'Pixel';
  try {
    unit = String(engine.scene.getDesignUnit());
  } catch {
    // No scene: pixels.
  }
  if (unit === 'Millimeter') return 0.1;
  if (unit === 'Inch') return 0.01;
  return 1;
}

/** Rounds `value` to the grid (fixing the float noise of decimal steps: 0.1 × 3 is 0.3). */
export function roundToGrid(value: number, step: number): number {
  const decimals = Math.max(0, Math.round(-Math.log10(step)));
  return Number((Math.round(value / step) * step).toFixed(decimals));
}

/** A frame whose edges lie on the grid: the left/top and right/bottom edges are rounded, so an edge that did not move stays put. */
export function roundFrame<T extends { x: number; y: number; width: number; height: number }>(frame: T, step: number): T {
  const left = roundToGrid(frame.x, step);
  const top = roundToGrid(frame.y, step);
  const right = roundToGrid(frame.x + frame.width, step);
  const bottom = roundToGrid(frame.y + frame.height, step);
  return { ...frame, x: left, y: top, width: Math.max(step, roundToGrid(right - left, step)), height: Math.max(step, roundToGrid(bottom - top, step)) };
}
