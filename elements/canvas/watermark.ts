/**
 * The canvas's watermark follows the engine's license: while the license service attached to the
 * engine says `needsWatermark`, the renderer draws the watermark into the canvas.
 */
import type { Engine } from '../../core/engine/index.js';

/** The part of the license service the canvas reads. */
export interface WatermarkSource {
  readonly needsWatermark: boolean;
  onChange(listener: () => void): () => void;
}

const sources = new WeakMap<Engine, WatermarkSource>();

/**
 * Tells canvases which license service decides the watermark for an engine (the licensing layer's
 * attach step calls this). Canvases already showing the engine pick it up on their next connection.
 */
export function setWatermarkSource(engine: Engine, source: WatermarkSource | undefined): void {
  if (source === undefined) sources.delete(engine);
  else sources.set(engine, source);
}

/**
 * Calls `apply` with the watermark decision now and on every license change; returns the
 * unsubscribe function. Without a license service the canvas shows no watermark (exports decide
 * for themselves).
 */
export function watchWatermark(engine: Engine, apply: (enabled: boolean) => void): () => void {
  const source = sources.get(engine);
  if (source === undefined) return () => undefined;
  apply(source.needsWatermark);
  return source.onChange(() => apply(source.needsWatermark));
}
