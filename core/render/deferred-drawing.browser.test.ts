/**
 * On screen, a graphic block's PixiJS drawing is built when it is first drawn, not when the scene is
 * read (ViewContext.deferDrawing): blocks outside the view cost no Graphics until the view reaches
 * them. Their images load at once all the same, and what shows when the view gets there is the same
 * as an offscreen render of the block.
 */
import { expect } from '@open-wc/testing';
import { Engine } from '../engine/index.js';
import { renderBlockToCanvas, SceneRenderer } from './index.js';
import { PaintRoot } from './paint-root.js';
import { addGraphic, createPage, IMAGE_URI, rgb } from '../../test/visual/scene-builders.js';
import { readPixels } from '../../test/visual/visual-support.js';

function pixel(image: ImageData, x: number, y: number): number[] {
  const offset = (Math.round(y) * image.width + Math.round(x)) * 4;
  return [...image.data.slice(offset, offset + 3)];
}

describe('deferred drawing of blocks outside the view', () => {
  for (const tiles of ['always', 'never'] as const) {
    it(`builds a block's drawing when the view reaches it, with its image already loaded (tiles: ${tiles})`, async function () {
      this.timeout(60_000);
      const engine = await Engine.create();
      const page = createPage(engine, 3000, 200);
      addGraphic(engine, page, { x: 20, y: 20, width: 100, height: 100, color: rgb(0, 0, 1) });
      const far = addGraphic(engine, page, { x: 2500, y: 20, width: 100, height: 100, shape: 'ellipse', color: rgb(1, 0, 0) });
      const photo = addGraphic(engine, page, { x: 2700, y: 20, width: 200, height: 150, image: IMAGE_URI });
      const renderer = await SceneRenderer.create({ engine, width: 600, height: 200, resolution: 1, preference: 'canvas', tiles });
      renderer.setCamera({ x: 0, y: 0, zoom: 1 });
      await renderer.whenIdle();
      renderer.renderNow();
      expect(renderer.statistics.deferredViews, 'the two blocks out of view are not built').to.equal(2);
      expect(pixel(readPixels(renderer.canvas), 70, 70)).to.deep.equal([0, 0, 255]);
      // Changed while out of view: still not built, and drawn with the change once in view.
      engine.block.setColor(engine.block.getFill(far)!, 'fill/color/value', rgb(0, 1, 0));
      engine.event.flush();
      renderer.renderNow();
      expect(renderer.statistics.deferredViews).to.equal(2);
      // One synchronous frame at the far end: both are built and drawn, the image is there already.
      renderer.setCamera({ x: 2450, y: 0, zoom: 1 });
      renderer.renderNow();
      expect(renderer.statistics.deferredViews).to.equal(0);
      const screen = readPixels(renderer.canvas);
      expect(pixel(screen, 100, 70), 'the ellipse, in its new colour').to.deep.equal([0, 255, 0]);
      const alone = readPixels(await renderBlockToCanvas(engine, photo, { width: 200, height: 150, preference: 'canvas' }));
      for (const [x, y] of [[40, 30], [100, 75], [160, 120]] as const) {
        const shown = pixel(screen, 250 + x, 20 + y);
        const expected = pixel(alone, x, y);
        expect(shown.every((value, channel) => Math.abs(value - expected[channel]!) <= 8), `image at (${x}, ${y}): ${shown} vs ${expected}`).to.equal(true);
      }
      renderer.destroy();
      engine.dispose();
    });
  }

  it('builds a block lifted onto the live layer and one asked for by getBlockDisplayObject', async () => {
    const engine = await Engine.create();
    const page = createPage(engine, 3000, 200);
    const far = addGraphic(engine, page, { x: 2500, y: 20, width: 100, height: 100, color: rgb(1, 0, 0) });
    const other = addGraphic(engine, page, { x: 2000, y: 20, width: 100, height: 100, color: rgb(1, 0, 0) });
    const renderer = await SceneRenderer.create({ engine, width: 300, height: 200, resolution: 1, preference: 'canvas' });
    renderer.setCamera({ x: 0, y: 0, zoom: 1 });
    await renderer.whenIdle();
    renderer.renderNow();
    expect(renderer.statistics.deferredViews).to.equal(2);
    // Dragged into the view from outside it: the live layer draws it.
    renderer.setLiveBlocks([far]);
    engine.block.setPositionX(far, 100);
    engine.event.flush();
    renderer.renderNow();
    expect(pixel(readPixels(renderer.canvas), 150, 70)).to.deep.equal([255, 0, 0]);
    expect(renderer.statistics.deferredViews).to.equal(1);
    renderer.setLiveBlocks([]);
    renderer.renderNow();
    expect(pixel(readPixels(renderer.canvas), 150, 70), 'back in the static layer').to.deep.equal([255, 0, 0]);
    const root = renderer.getBlockDisplayObject(other);
    // Built: on Canvas 2D a plain block's drawing is its root's own (paint-root.ts).
    expect(root).to.be.instanceOf(PaintRoot);
    expect((root as PaintRoot).hasShape).to.equal(true);
    expect(renderer.statistics.deferredViews).to.equal(0);
    renderer.destroy();
    engine.dispose();
  });
});
