/**
 * Makes `engine.block.export` work for an engine that the elements show: registers the exporters of
 * `core/export` once, unless the integrator registered their own. The watermark decision is read at
 * each export from the engine's licensing, so licensing attached later (or a license that changes)
 * is honoured; an engine without licensing exports watermarked.
 */
import type { Engine } from '../../core/engine/index.js';
import { registerExporters, type RegisterExportersOptions } from '../../core/export/index.js';
import { attachLicensing, getLicensing } from '../../licensing/attach.js';

/**
 * The exporters' watermark decision: only a yes/no, read from the engine's licensing at each export
 * (the exporters never see the license service); an engine without licensing exports watermarked.
 */
function licenseOf(engine: Engine): { readonly needsWatermark: boolean } {
  return {
    get needsWatermark() {
      return getLicensing(engine)?.service.needsWatermark ?? true;
    },
  };
}

/** Registers the default exporters on `engine` if none is registered. Returns whether it did. */
export function ensureExporters(engine: Engine): boolean {
  if (engine.isDisposed || engine.hasExporter) return false;
  registerExporters(engine, { license: licenseOf(engine) });
  return true;
}

/**
 * `registerExporters` of the browser entry (`cesdk-web-components`): registers the exporters on
 * `engine` so `engine.block.export` works without any element. Without `options.license`, the engine's
 * own licensing decides the watermark: it is attached here (the key or license file given to
 * `Engine.create`, validated as the elements do, with its two telemetry events), so a licensed headless
 * engine exports without a watermark and an unlicensed one with it. Returns the unregister function.
 */
export function registerEngineExporters(engine: Engine, options: RegisterExportersOptions = {}): () => void {
  if (options.license) return registerExporters(engine, options);
  attachLicensing(engine);
  return registerExporters(engine, { ...options, license: licenseOf(engine) });
}
