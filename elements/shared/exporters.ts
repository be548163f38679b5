/**
 * Makes `engine.block.export` work for an engine that the elements show: registers the exporters of
 * `core/export` once, unless the integrator registered their own. The watermark decision is read at
 * each export from the engine's licensing, so licensing attached later (or a license that changes)
 * is honoured; an engine without licensing exports watermarked.
 */
import type { Engine } from '../../core/engine/index.js';
import { registerExporters } from '../../core/export/index.js';
import { getLicensing } from '../../licensing/attach.js';

/** Registers the default exporters on `engine` if none is registered. Returns whether it did. */
export function ensureExporters(engine: Engine): boolean {
  if (engine.isDisposed || engine.hasExporter) return false;
  registerExporters(engine, {
    license: {
      get needsWatermark() {
        return getLicensing(engine)?.service.needsWatermark ?? true;
      },
    },
  });
  return true;
}
