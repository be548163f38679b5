/**
 * The watermark of unlicensed exports, painted by the renderer's own painter so exports and the
 * canvas carry the same mark. Raster exports get it from the renderer (`watermark: true`); the PDF
 * and SVG writers place these pixels over each page.
 */
import { CesdkError } from '../engine/index.js';
import { paintWatermark } from '../render/watermark.js';
import type { Pixels } from './vector-assets.js';

/** Longest edge of the watermark image embedded in PDF/SVG pages; larger pages scale it up. */
const MAX_WATERMARK_EDGE = 2048;

/** The watermark alone on a transparent `width`×`height` canvas (capped in resolution), as pixels. */
export function watermarkPixels(width: number, height: number): Pixels {
  const factor = Math.min(1, MAX_WATERMARK_EDGE / Math.max(width, height));
  const pixelWidth = Math.max(1, Math.round(width * factor));
  const pixelHeight = Math.max(1, Math.round(height * factor));
  const canvas = new OffscreenCanvas(pixelWidth, pixelHeight);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new CesdkError('INVALID_STATE', 'export: no 2D canvas context is available for the watermark');
  paintWatermark(context, pixelWidth, pixelHeight);
  const data = context.getImageData(0, 0, pixelWidth, pixelHeight).data;
  canvas.width = 0;
  canvas.height = 0;
  return { data, width: pixelWidth, height: pixelHeight };
}
