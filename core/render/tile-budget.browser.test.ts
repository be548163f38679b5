/**
 * Panning to new ground with many blocks: whole tiles are painted within the frame budget (here 0:
 * one piece of work per frame), coarse tiles cover the new area in the first frame, and once every
 * tile is painted the pixels equal a renderer that painted everything at once (`renderNow()`).
 * Run on Canvas 2D and on WebGL.
 */
import { expect } from '@open-wc/testing';
import { Engine, type DesignBlockId } from '../engine/index.js';
import { SceneRenderer } from './index.js';
import { addGraphic, addText, createPage, rgb } from '../../test/visual/scene-builders.js';
import { readPixels } from '../../test/visual/visual-support.js';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

const WIDTH = 600;
/** Within one row of coarse tiles (256 units at zoom 1), and pan steps (200) narrower than one: each step exposes at most one coarse tile. */
const HEIGHT = 200;
const STEP = 200;
/** Blocks of 40×40 every 50 units: a block's centre lies at x = 50·i + 20, y = 50·j + 20. */
const PITCH = 50;

function colorOf(index: number): [number, number, number] {
  return [(index * 37) % 200 + 40, (index * 91) % 200 + 40, (index * 53) % 200 + 40];
}

async function buildScene(): Promise<{ engine: Engine; page: DesignBlockId }> {
  const engine = await Engine.create();
  const page = createPage(engine, 5000, 300);
  engine.editor.transact('many', () => {
    for (let column = 0; column < 100; column += 1) {
      for (let row = 0; row < 6; row += 1) {
        const [r, g, b] = colorOf(column);
        addGraphic(engine, page, { x: column * PITCH, y: row * PITCH, width: 40, height: 40, color: rgb(r / 255, g / 255, b / 255) });
      }
      // A text every fifth column: its rasterization is warmed ahead of its tile.
      if (column % 5 === 2) addText(engine, page, { x: column * PITCH, y: 2 * PITCH + 42, width: 120, height: 20, text: `Label ${column}`, size: 9 });
    }
  });
  return { engine, page };
}

function samePixels(a: ImageData, b: ImageData): number {
  let differing = 0;
  for (let index = 0; index < a.data.length; index += 4) {
    if (a.data[index] !== b.data[index] || a.data[index + 1] !== b.data[index + 1] || a.data[index + 2] !== b.data[index + 2] || a.data[index + 3] !== b.data[index + 3]) differing += 1;
  }
  return differing;
}

for (const preference of ['canvas', 'webgl'] as const) {
  describe(`SceneRenderer pan to new ground (${preference})`, () => {
    it('paints one piece per frame with a zero budget, shows coarse tiles at once, and ends with the renderNow() pixels', async () => {
      const { engine } = await buildScene();
      const renderer = await SceneRenderer.create({ engine, width: WIDTH, height: HEIGHT, resolution: 1, preference, tiles: 'always', background: 0x000000, frameBudgetMs: 0 });
      renderer.setCamera({ x: 0, y: 0, zoom: 1 });
      await renderer.whenIdle();
      let coarseFrames = 0;
      let x = 0;
      for (let step = 0; step < 15; step += 1) {
        x += STEP;
        const before = renderer.statistics;
        renderer.setCamera({ x, y: 0, zoom: 1 });
        await nextFrame();
        const after = renderer.statistics;
        expect(after.frames).to.equal(before.frames + 1);
        // One piece of work: a coarse tile, a tile (Canvas 2D: a quarter of one), or one block's text.
        expect(after.framePieces).to.be.at.most(1);
        expect(after.frameCoarseRenders + (after.warmedViews - before.warmedViews) + (after.quarterRenders - before.quarterRenders)).to.be.at.most(1);
        expect(after.fullRenders - before.fullRenders).to.equal(after.frameFullRenders);
        // The view's right column of blocks (x + 550 .. x + 590 on screen) is new ground each step:
        // in this first frame its cell shows a coarse tile (or its painted tile), never the background.
        const image = readPixels(renderer.canvas);
        const column = Math.floor((x + 560) / PITCH);
        const screenX = column * PITCH + 20 - x;
        const expected = colorOf(column);
        for (const screenY of [20, 70, 170]) {
          const index = (screenY * image.width + screenX) * 4;
          const pixel = [...image.data.slice(index, index + 3)];
          for (let channel = 0; channel < 3; channel += 1) expect(Math.abs(pixel[channel] - expected[channel]), `step ${step} (${screenX}, ${screenY}): ${pixel} vs ${expected}`).to.be.at.most(8);
        }
        if (after.coarseShown > 0) coarseFrames += 1;
      }
      expect(coarseFrames).to.be.greaterThan(0);
      expect(renderer.statistics.coarseRenders).to.be.greaterThan(0);
      // Plain blocks only: on Canvas 2D every paint (coarse tiles, quarters) was direct, none went
      // through the PixiJS pass; WebGL paints nothing directly.
      if (preference === 'canvas') {
        expect(renderer.statistics.pixiRenders, 'paints through the PixiJS pass').to.equal(0);
        expect(renderer.statistics.directRenders).to.be.at.least(renderer.statistics.coarseRenders + renderer.statistics.quarterRenders);
      } else {
        expect(renderer.statistics.directRenders).to.equal(0);
      }
      // Later frames finish the tiles, one piece each.
      for (let frame = 0; frame < 300; frame += 1) {
        const before = renderer.statistics;
        await nextFrame();
        const after = renderer.statistics;
        if (after.frames === before.frames) break;
        expect(after.framePieces).to.be.at.most(1);
        expect(after.frameCoarseRenders + (after.warmedViews - before.warmedViews) + (after.quarterRenders - before.quarterRenders)).to.be.at.most(1);
      }
      expect(renderer.statistics.coarseShown).to.equal(0);
      // On Canvas 2D whole tiles were painted a quarter at a time.
      if (preference === 'canvas') expect(renderer.statistics.quarterRenders).to.be.greaterThan(0);
      const panned = readPixels(renderer.canvas);
      const reference = await SceneRenderer.create({ engine, width: WIDTH, height: HEIGHT, resolution: 1, preference, tiles: 'always', background: 0x000000 });
      reference.setCamera({ x, y: 0, zoom: 1 });
      await reference.whenIdle();
      reference.renderNow();
      expect(reference.statistics.coarseShown).to.equal(0);
      expect(samePixels(panned, readPixels(reference.canvas))).to.equal(0);
      reference.destroy();
      renderer.destroy();
      engine.dispose();
    });

    it('drops a coarse tile under a change instead of showing stale content', async () => {
      const { engine, page } = await buildScene();
      const renderer = await SceneRenderer.create({ engine, width: WIDTH, height: HEIGHT, resolution: 1, preference, tiles: 'always', background: 0x000000, frameBudgetMs: 0 });
      renderer.setCamera({ x: 0, y: 0, zoom: 1 });
      await renderer.whenIdle();
      // The view spans cells 1 and 2 (512 units each); cell 2 is new ground, one coarse tile of it in view.
      renderer.setCamera({ x: 600, y: 0, zoom: 1 });
      await nextFrame();
      expect(renderer.statistics.coarseShown).to.equal(1);
      // Cover the view with one red block while cell 2 is still coarse.
      addGraphic(engine, page, { x: 600, y: 0, width: 600, height: HEIGHT, color: rgb(1, 0, 0) });
      engine.event.flush();
      await nextFrame();
      const image = readPixels(renderer.canvas);
      for (const screenX of [20, 300, 580]) {
        const index = (100 * image.width + screenX) * 4;
        const pixel = [...image.data.slice(index, index + 3)];
        // Red (painted, coarse or whole) or the background while nothing is painted there: never the old blocks.
        const red = pixel[0] > 240 && pixel[1] < 15 && pixel[2] < 15;
        const background = pixel[0] < 15 && pixel[1] < 15 && pixel[2] < 15;
        expect(red || background, `(${screenX}, 100): ${pixel}`).to.equal(true);
      }
      await renderer.whenIdle();
      renderer.destroy();
      engine.dispose();
    });
  });
}
