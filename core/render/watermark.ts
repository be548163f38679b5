/**
 * The unlicensed-use watermark, painted into a 2D context: onto the renderer's top layer and into
 * offscreen renders for export.
 */

/** Any 2D context the watermark can be painted on. */
export type Watermark2DContext = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Paints the watermark over a `width`×`height` area of `context`. */
export function paintWatermark(context: Watermark2DContext, width: number, height: number): void {
  if (width <= 0 || height <= 0) return;
  context.save();
  const fontSize = Math.max(12, Math.min(width, height) / 14);
  context.font = `600 ${fontSize}px system-ui, sans-serif`;
  context.textAlign = 'center';
  context.textBaseline = 'middle';
  context.translate(width / 2, height / 2);
  context.rotate(-Math.PI / 8);
  const label = 'UNLICENSED · CE.SDK Web Components';
  const stepY = fontSize * 4;
  const stepX = context.measureText(label).width + fontSize * 3;
  const reach = Math.hypot(width, height) / 2 + stepX;
  context.lineWidth = Math.max(1, fontSize / 10);
  context.strokeStyle = 'rgba(0, 0, 0, 0.35)';
  context.fillStyle = 'rgba(255, 255, 255, 0.55)';
  for (let y = -reach, line = 0; y <= reach; y += stepY, line += 1) {
    for (let x = -reach + (line % 2) * (stepX / 2); x <= reach; x += stepX) {
      context.strokeText(label, x, y);
      context.fillText(label, x, y);
    }
  }
  context.restore();
}
