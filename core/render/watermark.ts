/**
 * The watermark of unlicensed use, one more thing the renderer paints: into the top layer of the
 * editor canvas (`SceneRenderer.setWatermark`), over offscreen renders (`renderBlockToCanvas` with
 * `watermark: true`, video frames) and, through `core/export/watermark.ts`, over PDF and SVG pages.
 * Whether to paint it is not decided here: the renderer and the exporters are handed a yes/no
 * decision (licensing's `needsWatermark`) and never import `licensing/`.
 */

/** A 2D context the watermark can be drawn on: a page canvas or an OffscreenCanvas (also in workers). */
export type WatermarkContext = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** The text repeated across an unlicensed canvas or export. */
export const WATERMARK_TEXT = 'CE.SDK · unlicensed';

/** Options of {@link paintWatermark}. */
export interface WatermarkOptions {
  /** The text to repeat; defaults to {@link WATERMARK_TEXT}. */
  readonly text?: string;
  /** Opacity of the marks, 0–1; defaults to 0.35, visible on light and dark content alike. */
  readonly opacity?: number;
}

/**
 * Draws the evaluation watermark over the whole `width` × `height` pixel area of `context`:
 * the text repeated on diagonal rows, white with a dark outline so it shows on any content.
 * Used for the top of the canvas and by every exporter (into the pixels, not a DOM overlay).
 * Saves and restores the context state and resets its transform while drawing, so `width` and
 * `height` are device pixels. Draws nothing for an empty area; never throws.
 */
export function paintWatermark(context: WatermarkContext, width: number, height: number, options: WatermarkOptions = {}): void {
  if (!(width > 0) || !(height > 0) || !Number.isFinite(width) || !Number.isFinite(height)) return;
  const text = options.text ?? WATERMARK_TEXT;
  const opacity = Math.min(1, Math.max(0, options.opacity ?? 0.35));
  const fontSize = Math.round(Math.min(96, Math.max(12, Math.min(width, height) / 10)));
  context.save();
  try {
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.globalAlpha = opacity;
    context.globalCompositeOperation = 'source-over';
    context.font = `bold ${fontSize}px system-ui, sans-serif`;
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.lineJoin = 'round';
    context.lineWidth = Math.max(2, fontSize / 8);
    context.strokeStyle = 'rgba(0, 0, 0, 0.9)';
    context.fillStyle = 'rgba(255, 255, 255, 1)';
    const diagonal = Math.hypot(width, height);
    const columnStep = Math.max(context.measureText(text).width, fontSize) + fontSize * 2;
    const rowStep = fontSize * 4;
    context.translate(width / 2, height / 2);
    context.rotate(-Math.PI / 6);
    for (let row = -diagonal / 2; row <= diagonal / 2; row += rowStep) {
      // Alternate rows are shifted by half a step so no column of content is left untouched.
      const shift = Math.round(row / rowStep) % 2 === 0 ? 0 : columnStep / 2;
      for (let column = -diagonal / 2 - shift; column <= diagonal / 2; column += columnStep) {
        context.strokeText(text, column, row);
        context.fillText(text, column, row);
      }
    }
  } finally {
    context.restore();
  }
}
