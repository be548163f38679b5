import { expect } from '@open-wc/testing';
import { paintWatermark, type WatermarkContext } from './watermark.js';

function fill(context: WatermarkContext, width: number, height: number, color: string): void {
  context.fillStyle = color;
  context.fillRect(0, 0, width, height);
}

/** Fraction of pixels that differ from the untouched background, per quadrant. */
function changedFractions(context: WatermarkContext, width: number, height: number, background: [number, number, number]): number[] {
  const { data } = context.getImageData(0, 0, width, height);
  const counts = [0, 0, 0, 0];
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const offset = (y * width + x) * 4;
      const changed = Math.abs(data[offset] - background[0]) + Math.abs(data[offset + 1] - background[1]) + Math.abs(data[offset + 2] - background[2]) > 24;
      if (changed) counts[(y < height / 2 ? 0 : 2) + (x < width / 2 ? 0 : 1)] += 1;
    }
  }
  const quadrant = (width * height) / 4;
  return counts.map((count) => count / quadrant);
}

describe('paintWatermark', () => {
  it('marks every quadrant of a light canvas and of a dark canvas', () => {
    for (const [color, rgb] of [['#ffffff', [255, 255, 255]], ['#101010', [16, 16, 16]]] as const) {
      const canvas = document.createElement('canvas');
      canvas.width = 400;
      canvas.height = 300;
      const context = canvas.getContext('2d')!;
      fill(context, 400, 300, color);
      const before = changedFractions(context, 400, 300, [...rgb]);
      expect(before.every((fraction) => fraction === 0)).to.equal(true);
      paintWatermark(context, 400, 300);
      const after = changedFractions(context, 400, 300, [...rgb]);
      for (const fraction of after) expect(fraction, `${color}: ${after.join(', ')}`).to.be.greaterThan(0.02);
    }
  });

  it('draws on an OffscreenCanvas and ignores a transform set by the caller', () => {
    const canvas = new OffscreenCanvas(200, 200);
    const context = canvas.getContext('2d')!;
    fill(context, 200, 200, '#ffffff');
    context.setTransform(0.1, 0, 0, 0.1, 500, 500);
    context.globalAlpha = 0.5;
    paintWatermark(context, 200, 200);
    const after = changedFractions(context, 200, 200, [255, 255, 255]);
    for (const fraction of after) expect(fraction).to.be.greaterThan(0.02);
    expect(context.getTransform().a).to.be.closeTo(0.1, 1e-6, 'the caller transform is restored');
    expect(context.globalAlpha).to.equal(0.5, 'the caller alpha is restored');
  });

  it('does nothing (and does not throw) for empty or invalid sizes', () => {
    const canvas = new OffscreenCanvas(10, 10);
    const context = canvas.getContext('2d')!;
    fill(context, 10, 10, '#ffffff');
    for (const [width, height] of [[0, 10], [10, 0], [-5, 5], [Number.NaN, 10], [Number.POSITIVE_INFINITY, 10]]) paintWatermark(context, width, height);
    expect(changedFractions(context, 10, 10, [255, 255, 255]).every((fraction) => fraction === 0)).to.equal(true);
  });
});
