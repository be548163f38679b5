/**
 * renderBlockToCanvas: single blocks, clipped tiles, concurrent calls and engine changes between
 * calls (the offscreen views are cached per engine and follow its events).
 */
import { expect } from '@open-wc/testing';
import { Engine } from '../engine/index.js';
import { renderBlockToCanvas } from './index.js';
import { addGraphic, createPage, rgb } from '../../test/visual/scene-builders.js';
import { readPixels } from '../../test/visual/visual-support.js';

function pixel(canvas: HTMLCanvasElement | OffscreenCanvas, x: number, y: number): number[] {
  const image = readPixels(canvas);
  const index = (y * image.width + x) * 4;
  return [...image.data.slice(index, index + 4)];
}

describe('renderBlockToCanvas', () => {
  it('renders one block over its frame, and follows engine changes between calls', async () => {
    const engine = await Engine.create();
    const page = createPage(engine, 200, 100);
    const red = addGraphic(engine, page, { x: 10, y: 10, width: 40, height: 20, color: rgb(1, 0, 0) });
    addGraphic(engine, page, { x: 100, y: 10, width: 40, height: 40, color: rgb(0, 0, 1) });
    const alone = await renderBlockToCanvas(engine, red, { width: 80, height: 40 });
    expect([alone.width, alone.height]).to.deep.equal([80, 40]);
    expect(pixel(alone, 40, 20)).to.deep.equal([255, 0, 0, 255]);
    engine.block.setColor(engine.block.getFill(red)!, 'fill/color/value', rgb(0, 1, 0));
    const again = await renderBlockToCanvas(engine, red, { width: 80, height: 40 });
    expect(pixel(again, 40, 20)).to.deep.equal([0, 255, 0, 255]);
    const whole = await renderBlockToCanvas(engine, page, { width: 200, height: 100 });
    expect(pixel(whole, 120, 30)).to.deep.equal([0, 0, 255, 255]);
    expect(pixel(whole, 20, 20)).to.deep.equal([0, 255, 0, 255]);
    const scene = await renderBlockToCanvas(engine, engine.scene.get()!, { width: 100, height: 50 });
    expect(pixel(scene, 60, 15)).to.deep.equal([0, 0, 255, 255]);
    engine.dispose();
  });

  it('renders clipped tiles that stitch into the whole, also when called concurrently', async () => {
    const engine = await Engine.create();
    const page = createPage(engine, 200, 100);
    const first = addGraphic(engine, page, { x: 0, y: 0, width: 100, height: 100, shape: 'ellipse', color: rgb(1, 0.5, 0) });
    addGraphic(engine, page, { x: 100, y: 0, width: 100, height: 100, shape: 'star', color: rgb(0, 0.5, 1) });
    const [whole, left, right, alone] = await Promise.all([
      renderBlockToCanvas(engine, page, { width: 200, height: 100 }),
      renderBlockToCanvas(engine, page, { width: 200, height: 100, clip: { x: 0, y: 0, width: 100, height: 100 } }),
      renderBlockToCanvas(engine, page, { width: 200, height: 100, clip: { x: 100, y: 0, width: 100, height: 100 } }),
      renderBlockToCanvas(engine, first, { width: 100, height: 100 }),
    ]);
    const wholePixels = readPixels(whole).data;
    const leftPixels = readPixels(left).data;
    const rightPixels = readPixels(right).data;
    let differing = 0;
    for (let y = 0; y < 100; y += 1) {
      for (let x = 0; x < 200; x += 1) {
        const source = x < 100 ? leftPixels : rightPixels;
        const sourceIndex = (y * 100 + (x % 100)) * 4;
        const wholeIndex = (y * 200 + x) * 4;
        for (let channel = 0; channel < 4; channel += 1) if (Math.abs(source[sourceIndex + channel] - wholePixels[wholeIndex + channel]) > 2) differing += 1;
      }
    }
    expect(differing).to.equal(0);
    // The block alone: its corner is outside the ellipse, so transparent (no page behind it).
    expect(pixel(alone, 2, 2)[3]).to.equal(0);
    expect(pixel(alone, 50, 50)).to.deep.equal([255, 128, 0, 255]);
    engine.dispose();
  });
});
