/** Checker square size of the placeholder, in pixels. */
const checkerSize = 16;

/**
 * Draws the placeholder shown on a block whose asset failed: a neutral grey checkerboard with a
 * "broken image" mark (a picture frame split by a jagged crack) in the middle. The renderer uses it
 * instead of the missing texture, so a failed asset never breaks the scene.
 *
 * @param width - bitmap width in pixels (clamped to 1–4096).
 * @param height - bitmap height in pixels (clamped to 1–4096).
 */
export function createPlaceholderBitmap(width: number, height: number): ImageBitmap {
  const clampedWidth = Math.min(4096, Math.max(1, Math.round(Number.isFinite(width) ? width : 1)));
  const clampedHeight = Math.min(4096, Math.max(1, Math.round(Number.isFinite(height) ? height : 1)));
  const canvas = new OffscreenCanvas(clampedWidth, clampedHeight);
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#d9d9d9';
  context.fillRect(0, 0, clampedWidth, clampedHeight);
  context.fillStyle = '#bfbfbf';
  for (let y = 0; y < clampedHeight; y += checkerSize) {
    for (let x = (y / checkerSize) % 2 === 0 ? 0 : checkerSize; x < clampedWidth; x += checkerSize * 2) {
      context.fillRect(x, y, checkerSize, checkerSize);
    }
  }
  drawBrokenImageMark(context, clampedWidth / 2, clampedHeight / 2, Math.min(clampedWidth, clampedHeight) * 0.4);
  return canvas.transferToImageBitmap();
}

/** A picture frame with a mountain and a sun, split by a jagged crack, centred on (x, y). */
function drawBrokenImageMark(context: OffscreenCanvasRenderingContext2D, centerX: number, centerY: number, size: number): void {
  if (size < 8) return;
  const half = size / 2;
  const left = centerX - half;
  const top = centerY - half * 0.8;
  const frameHeight = size * 0.8;
  context.save();
  context.lineWidth = Math.max(1.5, size / 20);
  context.lineJoin = 'round';
  context.strokeStyle = '#6b6b6b';
  context.fillStyle = '#f2f2f2';
  context.fillRect(left, top, size, frameHeight);
  context.strokeRect(left, top, size, frameHeight);
  context.fillStyle = '#8c8c8c';
  context.beginPath();
  context.moveTo(left + size * 0.1, top + frameHeight * 0.85);
  context.lineTo(left + size * 0.4, top + frameHeight * 0.45);
  context.lineTo(left + size * 0.6, top + frameHeight * 0.7);
  context.lineTo(left + size * 0.75, top + frameHeight * 0.55);
  context.lineTo(left + size * 0.9, top + frameHeight * 0.85);
  context.closePath();
  context.fill();
  context.beginPath();
  context.arc(left + size * 0.75, top + frameHeight * 0.25, size * 0.08, 0, Math.PI * 2);
  context.fill();
  // The crack: a jagged line in the background colour across the frame.
  context.strokeStyle = '#d9d9d9';
  context.lineWidth = Math.max(2, size / 12);
  context.beginPath();
  context.moveTo(centerX + size * 0.05, top - 1);
  context.lineTo(centerX - size * 0.08, top + frameHeight * 0.3);
  context.lineTo(centerX + size * 0.06, top + frameHeight * 0.55);
  context.lineTo(centerX - size * 0.05, top + frameHeight + 1);
  context.stroke();
  context.restore();
}
