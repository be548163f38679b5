/**
 * On Canvas 2D the tile cache paints a tile itself, view by view in draw order, when every view
 * touching it is a plain shape paint and/or glyph runs (`TileCache.paintArea`); a tile with a
 * view that needs PixiJS (a shadow, a blend mode, a filter, a flip) goes through a PixiJS render pass.
 * Both must give the pixels an offscreen render of the page gives.
 */
import { expect } from '@open-wc/testing';
import { Engine, type DesignBlockId } from '../engine/index.js';
import { renderBlockToCanvas, SceneRenderer } from './index.js';
import { addGraphic, addText, createPage, IMAGE_URI, rgb } from '../../test/visual/scene-builders.js';
import { diffImages, readPixels } from '../../test/visual/visual-support.js';

const WIDTH = 600;
const HEIGHT = 400;

async function matchesOffscreen(engine: Engine, page: DesignBlockId, renderer: SceneRenderer): Promise<number> {
  renderer.renderNow();
  const onScreen = readPixels(renderer.canvas);
  const offscreen = readPixels(await renderBlockToCanvas(engine, page, { width: WIDTH, height: HEIGHT }));
  return diffImages(onScreen, offscreen).differing / (WIDTH * HEIGHT);
}

describe('tiles painted directly (Canvas 2D)', () => {
  it('paints plain shapes, texts and images without a PixiJS pass, with the offscreen pixels, and falls back where PixiJS is needed', async () => {
    const engine = await Engine.create();
    const page = createPage(engine, WIDTH, HEIGHT, rgb(0.95, 0.95, 0.9));
    const blocks: DesignBlockId[] = [];
    engine.editor.transact('scene', () => {
      blocks.push(addGraphic(engine, page, { x: 20, y: 20, width: 160, height: 100, shape: 'ellipse', color: rgb(0.2, 0.5, 0.9) }));
      const star = addGraphic(engine, page, { x: 200, y: 40, width: 120, height: 120, shape: 'star', color: rgb(0.9, 0.5, 0.1) });
      engine.block.setRotation(star, 0.4);
      engine.block.setStrokeEnabled(star, true);
      engine.block.setStrokeWidth(star, 4);
      engine.block.setOpacity(star, 0.6);
      blocks.push(star);
      blocks.push(addGraphic(engine, page, { x: 340, y: 30, width: 200, height: 150, image: IMAGE_URI }));
      blocks.push(addText(engine, page, { x: 30, y: 200, width: 300, height: 60, text: 'Direct tiles', size: 28 }));
      // Across the boundary of the first and second 512-px tile columns.
      blocks.push(addGraphic(engine, page, { x: 470, y: 250, width: 100, height: 100, color: rgb(0.1, 0.7, 0.3) }));
    });
    const renderer = await SceneRenderer.create({ engine, width: WIDTH, height: HEIGHT, resolution: 1, tiles: 'always' });
    renderer.setCamera({ x: 0, y: 0, zoom: 1 });
    await renderer.whenIdle();
    const first = renderer.statistics;
    expect(first.fullRenders).to.be.greaterThan(0);
    expect(first.directRenders).to.equal(first.fullRenders + first.partialRenders);
    expect(await matchesOffscreen(engine, page, renderer)).to.be.below(0.002);

    // A moved block: its dirty rectangles are painted directly too.
    engine.block.setPositionY(blocks[4], 280);
    engine.event.flush();
    const beforeMove = renderer.statistics;
    expect(await matchesOffscreen(engine, page, renderer)).to.be.below(0.002);
    const moved = renderer.statistics;
    expect(moved.partialRenders).to.be.greaterThan(beforeMove.partialRenders);
    expect(moved.directRenders - beforeMove.directRenders).to.equal(moved.partialRenders - beforeMove.partialRenders);

    // A drop shadow and a blend mode need PixiJS: those tiles take the PixiJS pass, same pixels.
    engine.block.setDropShadowEnabled(blocks[0], true);
    engine.block.setBlendMode(blocks[4], 'Multiply');
    engine.event.flush();
    const beforeShadow = renderer.statistics;
    expect(await matchesOffscreen(engine, page, renderer)).to.be.below(0.002);
    const shadowed = renderer.statistics;
    const painted = shadowed.fullRenders + shadowed.partialRenders - beforeShadow.fullRenders - beforeShadow.partialRenders;
    expect(painted).to.be.greaterThan(0);
    expect(shadowed.directRenders).to.equal(beforeShadow.directRenders);
    renderer.destroy();
    engine.dispose();
  });

  it('uses a PixiJS pass for every tile on WebGL', async () => {
    const engine = await Engine.create();
    const page = createPage(engine, WIDTH, HEIGHT);
    addGraphic(engine, page, { x: 20, y: 20, width: 160, height: 100, color: rgb(0.2, 0.5, 0.9) });
    const renderer = await SceneRenderer.create({ engine, width: WIDTH, height: HEIGHT, resolution: 1, tiles: 'always', preference: 'webgl' });
    renderer.setCamera({ x: 0, y: 0, zoom: 1 });
    await renderer.whenIdle();
    expect(renderer.statistics.fullRenders).to.be.greaterThan(0);
    expect(renderer.statistics.directRenders).to.equal(0);
    renderer.destroy();
    engine.dispose();
  });
});
