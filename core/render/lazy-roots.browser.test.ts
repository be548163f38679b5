/**
 * Lazy view roots (Canvas 2D): a static block whose drawing is plain (shape paint and/or plain text)
 * has no PixiJS display object; the tile painter paints it from its view. A root is made only when
 * PixiJS must draw the block: a drawing built from parts (here a drop shadow) and the views around
 * it in the same tile, the live layer, a small scene drawn directly. Each case is checked against
 * the pixels of a renderer that draws the same scene through PixiJS (tiles 'never').
 */
import { expect } from '@open-wc/testing';
import { Engine, type DesignBlockId } from '../engine/index.js';
import { SceneRenderer, type RendererStatistics } from './index.js';
import { addGraphic, addText, createPage, rgb } from '../../test/visual/scene-builders.js';
import { readPixels } from '../../test/visual/visual-support.js';

const WIDTH = 1200;
const HEIGHT = 400;

async function buildScene(): Promise<{ engine: Engine; page: DesignBlockId; blocks: DesignBlockId[] }> {
  const engine = await Engine.create();
  const page = createPage(engine, WIDTH, HEIGHT);
  const blocks: DesignBlockId[] = [];
  engine.editor.transact('many', () => {
    for (let index = 0; index < 120; index += 1) {
      const x = (index % 24) * 50 + 5;
      const y = Math.floor(index / 24) * 80 + 5;
      blocks.push(addGraphic(engine, page, { x, y, width: 40, height: 40, color: rgb(((index * 37) % 200 + 40) / 255, ((index * 91) % 200 + 40) / 255, 0.4) }));
      if (index % 3 === 0) blocks.push(addText(engine, page, { x, y: y + 42, width: 90, height: 20, text: `Label ${index}`, size: 9 }));
    }
  });
  return { engine, page, blocks };
}

async function drawn(engine: Engine, tiles: 'always' | 'never'): Promise<{ renderer: SceneRenderer; pixels: ImageData; statistics: RendererStatistics }> {
  const renderer = await SceneRenderer.create({ engine, width: WIDTH, height: HEIGHT, resolution: 1, preference: 'canvas', tiles, background: 0x000000 });
  renderer.setCamera({ x: 0, y: 0, zoom: 1 });
  await renderer.whenIdle();
  renderer.renderNow();
  return { renderer, pixels: readPixels(renderer.canvas), statistics: renderer.statistics };
}

/** Pixels whose channels differ by more than 2. */
function differing(a: ImageData, b: ImageData): number {
  let count = 0;
  for (let index = 0; index < a.data.length; index += 4) {
    for (let channel = 0; channel < 4; channel += 1) {
      if (Math.abs(a.data[index + channel] - b.data[index + channel]) > 2) {
        count += 1;
        break;
      }
    }
  }
  return count;
}

describe('SceneRenderer lazy view roots (Canvas 2D)', () => {
  it('paints a plain scene without a display object per block, with the pixels PixiJS draws', async () => {
    const { engine } = await buildScene();
    const tiled = await drawn(engine, 'always');
    expect(tiled.statistics.views).to.be.greaterThan(150);
    expect(tiled.statistics.viewRoots, 'views with a display object').to.equal(0);
    expect(tiled.statistics.pixiRenders).to.equal(0);
    const reference = await drawn(engine, 'never');
    // Drawn directly through PixiJS: every view in view has its root.
    expect(reference.statistics.viewRoots).to.equal(reference.statistics.views);
    expect(differing(tiled.pixels, reference.pixels)).to.equal(0);
    tiled.renderer.destroy();
    reference.renderer.destroy();
    engine.dispose();
  });

  it('makes roots only around a block PixiJS must draw, and draws it as before', async () => {
    const { engine, blocks } = await buildScene();
    const shadowed = blocks[0];
    engine.block.setDropShadowEnabled(shadowed, true);
    engine.block.setDropShadowOffsetX(shadowed, 6);
    engine.block.setDropShadowOffsetY(shadowed, 6);
    const tiled = await drawn(engine, 'always');
    expect(tiled.statistics.pixiRenders, 'the shadow tile went through PixiJS').to.be.greaterThan(0);
    expect(tiled.statistics.viewRoots).to.be.greaterThan(0);
    // Tiles are 512 units wide: the views of the tiles right of the first have no root.
    expect(tiled.statistics.viewRoots).to.be.lessThan(tiled.statistics.views / 2);
    const reference = await drawn(engine, 'never');
    expect(differing(tiled.pixels, reference.pixels)).to.equal(0);
    tiled.renderer.destroy();
    reference.renderer.destroy();
    engine.dispose();
  });

  it('gives a dragged block a root on the live layer and paints it from its view again once dropped', async () => {
    const { engine, blocks } = await buildScene();
    const { renderer } = await drawn(engine, 'always');
    const block = blocks[30];
    renderer.setLiveBlocks([block]);
    renderer.renderNow();
    expect(renderer.statistics.liveViews).to.equal(1);
    expect(renderer.statistics.viewRoots).to.equal(1);
    engine.block.setPositionX(block, engine.block.getPositionX(block) + 23);
    await renderer.whenIdle();
    renderer.renderNow();
    renderer.setLiveBlocks([]);
    await renderer.whenIdle();
    renderer.renderNow();
    expect(renderer.statistics.liveViews).to.equal(0);
    const dropped = readPixels(renderer.canvas);
    const reference = await drawn(engine, 'never');
    expect(differing(dropped, reference.pixels)).to.equal(0);
    // A change to a plain block (no live layer) makes no root.
    const roots = renderer.statistics.viewRoots;
    engine.block.setPositionY(blocks[60], engine.block.getPositionY(blocks[60]) + 7);
    await renderer.whenIdle();
    renderer.renderNow();
    expect(renderer.statistics.viewRoots).to.equal(roots);
    expect(differing(readPixels(renderer.canvas), (await drawn(engine, 'never')).pixels)).to.equal(0);
    renderer.destroy();
    reference.renderer.destroy();
    engine.dispose();
  });
});
