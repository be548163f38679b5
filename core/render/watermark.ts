/**
 * The unlicensed-use watermark, painted with licensing's `drawWatermark` into a 2D context: onto the
 * renderer's top layer and into offscreen renders for export.
 */
import { drawWatermark, type WatermarkContext } from '../../licensing/watermark.js';

/** Paints the watermark over `width`×`height` device pixels of `context` (its transform is ignored). */
export function paintWatermark(context: WatermarkContext, width: number, height: number): void {
  drawWatermark(context, width, height);
}
