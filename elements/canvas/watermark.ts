/**
 * The canvas's watermark follows the engine's license: while the license service attached to the
 * engine (`attachLicensing`, see `licensing/attach.ts`) says `needsWatermark`, the renderer draws the
 * watermark into the canvas pixels (not a DOM overlay, so it cannot be hidden with CSS).
 */
import type { Engine } from '../../core/engine/index.js';
import { getLicensing } from '../../licensing/attach.js';

/** A subscription to the watermark decision of one engine. */
export interface WatermarkWatch {
  /** Looks for the engine's license service again (licensing may be attached after the canvas started). */
  recheck(): void;
  /** Stops listening. */
  dispose(): void;
}

/**
 * Calls `apply` with the watermark decision now and on every license change. Without a license
 * service (yet) the canvas shows no watermark; {@link WatermarkWatch.recheck} picks one up later.
 */
export function watchWatermark(engine: Engine, apply: (enabled: boolean) => void): WatermarkWatch {
  let unsubscribe: (() => void) | undefined;
  let disposed = false;
  const recheck = (): void => {
    if (disposed || unsubscribe !== undefined) return;
    const service = getLicensing(engine)?.service;
    if (service === undefined) return;
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
