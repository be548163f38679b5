/**
 * The canvas's watermark follows the engine's license: while the license service attached to the
 * engine (`attachLicensing`, see `licensing/attach.ts`) says `needsWatermark`, the renderer draws the
 * watermark into the canvas pixels (not a DOM overlay, so it cannot be hidden with CSS). The renderer
 * is only told yes or no (`setWatermark`); it paints the mark itself (`core/render/watermark.ts`).
 */
import type { Engine } from '../../core/engine/index.js';
import { attachLicensing } from '../../licensing/attach.js';

/** A subscription to the watermark decision of one engine. */
export interface WatermarkWatch {
  /** Looks for the engine's license service again (licensing may be attached after the canvas started). */
  recheck(): void;
  /** Stops listening. */
  dispose(): void;
}

/**
 * Calls `apply` with the watermark decision now and on every license change. Any engine the canvas
 * shows gets licensing (`attachLicensing` is idempotent: an editor's engine already has it, with the
 * editor's credentials; an integrator's engine gets it with the key given to `Engine.create`),
 * so an engine created without a key cannot show a canvas without the watermark.
 */
export function watchWatermark(engine: Engine, apply: (enabled: boolean) => void): WatermarkWatch {
  let unsubscribe: (() => void) | undefined;
  let disposed = false;
  const recheck = (): void => {
    if (disposed || unsubscribe !== undefined) return;
    const service = attachLicensing(engine).service;
    apply(service.needsWatermark);
    unsubscribe = service.onChange(() => apply(service.needsWatermark));
  };
  recheck();
  return {
    recheck,
    dispose() {
      disposed = true;
      unsubscribe?.();
      unsubscribe = undefined;
    },
  };
}
