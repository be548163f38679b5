/**
 * SceneRenderer in a real Chromium: update in place, culling, live layer, placeholder on a broken
 * image, watermark pixels, devicePixelRatio, no redundant frames, and on-screen = offscreen.
 */
import { expect } from '@open-wc/testing';
import { Engine, type DesignBlockId } from '../engine/index.js';
import { renderBlockToCanvas, SceneRenderer } from './index.js';
import { addGraphic, createPage, rgb } from '../../test/visual/scene-builders.js';
import { diffImages, readPixels } from '../../test/visual/visual-support.js';

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

function pixelAt(canvas: HTMLCanvasElement, x: number, y: number): number[] {
  const image = readPixels(canvas);
  const index = (Math.round(y) * image.width + Math.round(x)) * 4;
  return [...image.data.slice(index, index + 4)];
}

const isGreen = ([r, g, b, a]: number[]) => r < 10 && g > 100 && g < 150 && b < 10 && a === 255;

async function setup(width = 300, height = 200, tiles: 'auto' | 'always' | 'never' = 'auto'): Promise<{ engine: Engine; page: DesignBlockId; renderer: SceneRenderer; block: DesignBlockId }> {
  const engine = await Engine.create();
  const page = createPage(engine, width, height);
  const block = addGraphic(engine, page, { x: 20, y: 20, width: 60, height: 40, color: rgb(1, 0, 0) });
  const renderer = await SceneRenderer.create({ engine, width, height, resolution: 1, background: 0x000000, tiles });
  renderer.setCamera({ x: 0, y: 0, zoom: 1 });
  await renderer.whenIdle();
  return { engine, page, renderer, block };
}

describe('SceneRenderer', () => {
  it('updates a changed block in place: same display object, new pixels', async () => {
    const { engine, renderer, block } = await setup(300, 200, 'always');
    const before = renderer.getBlockDisplayObject(block);
    expect(before).to.exist;
    expect(pixelAt(renderer.canvas, 30, 30)).to.deep.equal([255, 0, 0, 255]);
    engine.block.setColor(engine.block.getFill(block)!, 'fill/color/value', rgb(0, 0, 1));
    engine.block.setPositionX(block, 120);
    engine.event.flush();
    renderer.renderNow();
    expect(renderer.getBlockDisplayObject(block)).to.equal(before);
    expect(pixelAt(renderer.canvas, 130, 30)).to.deep.equal([0, 0, 255, 255]);
    expect(pixelAt(renderer.canvas, 30, 30)).to.deep.equal([255, 255, 255, 255]);
    const statistics = renderer.statistics;
    expect(statistics.partialRenders).to.be.greaterThan(0);
    renderer.destroy();
    engine.dispose();
  });

  it('culls off-screen blocks and repaints only the dirty rectangle', async () => {
    const engine = await Engine.create();
    const page = createPage(engine, 4000, 200);
    const blocks: DesignBlockId[] = [];
    engine.editor.transact('many', () => {
      for (let index = 0; index < 200; index += 1) blocks.push(addGraphic(engine, page, { x: index * 20, y: 50, width: 15, height: 15, color: rgb(0, 0.5, 0) }));
    });
    const renderer = await SceneRenderer.create({ engine, width: 300, height: 200, resolution: 1, tiles: 'always' });
    await renderer.whenIdle();
    const first = renderer.statistics;
    // The view covers x < 300: about 15 blocks (plus the page) are drawn into its tiles, not 200.
    expect(first.blocksDrawn).to.be.lessThan(60);
    // Off-screen graphic blocks were never drawn: their drawing is not even built.
    expect(first.deferredViews).to.be.greaterThan(150);
    engine.block.setPositionY(blocks[3], 120);
    engine.event.flush();
    renderer.renderNow();
    const second = renderer.statistics;
    expect(second.fullRenders).to.equal(first.fullRenders);
    expect(second.partialRenders).to.be.greaterThan(first.partialRenders);
    expect(second.blocksDrawn - first.blocksDrawn).to.be.lessThan(10);
    renderer.destroy();
    engine.dispose();
  });

  it('draws live blocks above the cache without repainting tiles while dragging', async () => {
    const { engine, renderer, block } = await setup(300, 200, 'always');
    renderer.setLiveBlocks([block]);
    renderer.renderNow();
    const lifted = renderer.statistics;
    expect(lifted.liveViews).to.equal(1);
    for (let step = 1; step <= 5; step += 1) {
      engine.block.setPositionX(block, 20 + step * 20);
      engine.event.flush();
      renderer.renderNow();
    }
    const dragged = renderer.statistics;
    expect(dragged.fullRenders + dragged.partialRenders).to.equal(lifted.fullRenders + lifted.partialRenders);
    expect(pixelAt(renderer.canvas, 130, 30)).to.deep.equal([255, 0, 0, 255]);
    expect(pixelAt(renderer.canvas, 30, 30)).to.deep.equal([255, 255, 255, 255]);
    renderer.setLiveBlocks([]);
    renderer.renderNow();
    expect(pixelAt(renderer.canvas, 130, 30)).to.deep.equal([255, 0, 0, 255]);
    renderer.setHiddenBlocks([block]);
    renderer.renderNow();
    expect(pixelAt(renderer.canvas, 130, 30)).to.deep.equal([255, 255, 255, 255]);
    renderer.destroy();
    engine.dispose();
  });

  it('zooms: tiles are repainted at the new scale over animation frames', async () => {
    const { engine, renderer } = await setup(300, 200, 'always');
    renderer.setCamera({ x: 10, y: 10, zoom: 4 });
    for (let frame = 0; frame < 30; frame += 1) await nextFrame();
    // The red block spans world x 20..80, y 20..60: at zoom 4 from (10, 10) it covers screen 40..280 × 40..200.
    expect(pixelAt(renderer.canvas, 60, 60)).to.deep.equal([255, 0, 0, 255]);
    expect(pixelAt(renderer.canvas, 20, 20)).to.deep.equal([255, 255, 255, 255]);
    expect(renderer.getCamera()).to.deep.equal({ x: 10, y: 10, zoom: 4 });
    expect(() => renderer.setCamera({ x: 0, y: 0, zoom: 0 })).to.throw(/INVALID_VALUE/);
    renderer.destroy();
    engine.dispose();
  });

  it('draws small scenes directly and switches to tiles and back as the scene grows and shrinks', async () => {
    const { engine, page, renderer, block } = await setup(400, 300);
    expect(renderer.statistics.tiled).to.equal(false);
    expect(renderer.statistics.directFrames).to.be.greaterThan(0);
    expect(renderer.statistics.fullRenders + renderer.statistics.partialRenders).to.equal(0);
    expect(pixelAt(renderer.canvas, 30, 30)).to.deep.equal([255, 0, 0, 255]);
    // Off-screen blocks are culled when drawn directly too.
    const far = addGraphic(engine, page, { x: 1000, y: 20, width: 10, height: 10, color: rgb(0, 0, 1) });
    engine.event.flush();
    renderer.renderNow();
    expect(renderer.getBlockDisplayObject(far)!.culled).to.equal(true);
    // Many blocks in view: the static content moves into tiles in the same frame, nothing blank.
    const many: DesignBlockId[] = [];
    engine.editor.transact('many', () => {
      for (let index = 0; index < 600; index += 1) {
        many.push(addGraphic(engine, page, { x: 200 + (index % 30) * 4, y: 100 + Math.floor(index / 30) * 4, width: 3, height: 3, color: rgb(0, 0.5, 0) }));
      }
    });
    engine.event.flush();
    renderer.renderNow();
    expect(renderer.statistics.tiled).to.equal(true);
    expect(renderer.statistics.fullRenders).to.be.greaterThan(0);
    expect(pixelAt(renderer.canvas, 30, 30)).to.deep.equal([255, 0, 0, 255]);
    expect(isGreen(pixelAt(renderer.canvas, 201, 101))).to.equal(true);
    // Fewer blocks again: back to direct drawing, same pixels for what stays.
    engine.editor.transact('fewer', () => {
      for (const id of many.slice(0, 450)) engine.block.destroy(id);
    });
    engine.event.flush();
    renderer.renderNow();
    expect(renderer.statistics.tiled).to.equal(false);
    expect(pixelAt(renderer.canvas, 30, 30)).to.deep.equal([255, 0, 0, 255]);
    expect(pixelAt(renderer.canvas, 201, 101)).to.deep.equal([255, 255, 255, 255]);
    expect(isGreen(pixelAt(renderer.canvas, 201, 100 + 15 * 4 + 1))).to.equal(true);
    // Moving a block while drawn directly: no stale content.
    engine.block.setPositionX(block, 100);
    engine.event.flush();
    renderer.renderNow();
    expect(pixelAt(renderer.canvas, 30, 30)).to.deep.equal([255, 255, 255, 255]);
    expect(pixelAt(renderer.canvas, 110, 30)).to.deep.equal([255, 0, 0, 255]);
    renderer.destroy();
    engine.dispose();
  });

  it('paints the tiles of a small scene in quiet frames and then shows them, with the same pixels', async () => {
    const { engine, renderer, block } = await setup(700, 600);
    expect(renderer.statistics.tiled).to.equal(false);
    const direct = readPixels(renderer.canvas);
    const frames = renderer.statistics.frames;
    for (let frame = 0; frame < 10 && !renderer.statistics.tiled; frame += 1) await nextFrame();
    expect(renderer.statistics.tiled).to.equal(true);
    expect(renderer.statistics.fullRenders).to.equal(4);
    // The switch draws nothing: the tiles hold the pixels already on screen.
    expect(renderer.statistics.frames).to.equal(frames);
    renderer.renderNow();
    expect(diffImages(readPixels(renderer.canvas), direct).differing).to.equal(0);
    // A zoom draws directly (sharp at once) until the tiles at the new scale are painted.
    renderer.setCamera({ x: 0, y: 0, zoom: 2 });
    renderer.renderNow();
    expect(renderer.statistics.tiled).to.equal(false);
    expect(pixelAt(renderer.canvas, 100, 60)).to.deep.equal([255, 0, 0, 255]);
    for (let frame = 0; frame < 10 && !renderer.statistics.tiled; frame += 1) await nextFrame();
    expect(renderer.statistics.tiled).to.equal(true);
    engine.block.setPositionX(block, 200);
    engine.event.flush();
    renderer.renderNow();
    expect(pixelAt(renderer.canvas, 100, 60)).to.deep.equal([255, 255, 255, 255]);
    expect(pixelAt(renderer.canvas, 420, 60)).to.deep.equal([255, 0, 0, 255]);
    renderer.destroy();
    engine.dispose();
  });

  it('counts blurred blocks as costly: a few of them use tiles, without switching back and forth', async () => {
    const { engine, page, renderer } = await setup(400, 300);
    engine.editor.transact('blurred', () => {
      for (let index = 0; index < 8; index += 1) {
        const block = addGraphic(engine, page, { x: 20 + index * 40, y: 150, width: 30, height: 30, color: rgb(0, 0, 1) });
        const blur = engine.block.createBlur('uniform');
        engine.block.setFloat(blur, 'blur/uniform/intensity', 0.3);
        engine.block.setBlur(block, blur);
        engine.block.setBlurEnabled(block, true);
      }
    });
    engine.event.flush();
    await renderer.whenIdle();
    expect(renderer.statistics.tiled).to.equal(true);
    const painted = renderer.statistics.fullRenders;
    renderer.setCamera({ x: 1, y: 0, zoom: 1 });
    renderer.renderNow();
    renderer.setCamera({ x: 0, y: 0, zoom: 1 });
    renderer.renderNow();
    expect(renderer.statistics.tiled).to.equal(true);
    expect(renderer.statistics.fullRenders).to.equal(painted);
    renderer.destroy();
    engine.dispose();
  });

  it('paints the same pixels with tiles, without them, and when growing into tiles', async () => {
    const engine = await Engine.create();
    const page = createPage(engine, 1500, 1100);
    addGraphic(engine, page, { x: 20, y: 20, width: 700, height: 500, shape: 'ellipse', color: rgb(0.2, 0.5, 0.9) });
    const star = addGraphic(engine, page, { x: 480, y: 400, width: 300, height: 300, shape: 'star', color: rgb(0.9, 0.5, 0.1) });
    engine.block.setRotation(star, 0.3);
    engine.block.setStrokeEnabled(star, true);
    engine.block.setStrokeWidth(star, 3);
    addGraphic(engine, page, { x: 1000, y: 500, width: 90, height: 70, image: '/test/fixtures/images/pattern-800x600.png' });
    const images = [];
    for (const tiles of ['always', 'never'] as const) {
      const renderer = await SceneRenderer.create({ engine, width: 1400, height: 1000, resolution: 1, tiles });
      renderer.setCamera({ x: 7.3, y: 3.1, zoom: 1 });
      await renderer.whenIdle();
      expect(renderer.statistics.tiled).to.equal(tiles === 'always');
      images.push(readPixels(renderer.canvas));
      renderer.destroy();
    }
    expect(diffImages(images[0], images[1]).differing).to.be.lessThan(1400 * 1000 * 0.001);
    engine.dispose();
  });

  it('draws nothing when nothing changed', async () => {
    const { engine, renderer, block } = await setup();
    await nextFrame();
    await nextFrame();
    const frames = renderer.statistics.frames;
    await nextFrame();
    await nextFrame();
    expect(renderer.statistics.frames).to.equal(frames);
    renderer.requestRender();
    renderer.requestRender();
    engine.block.setPositionY(block, 30);
    await nextFrame();
    await nextFrame();
    expect(renderer.statistics.frames).to.equal(frames + 1);
    renderer.destroy();
    engine.dispose();
  });

  it('shows a placeholder and raises an error for a broken image, and the scene still draws', async () => {
    const { engine, page, renderer } = await setup();
    const errors: [string, DesignBlockId | undefined][] = [];
    renderer.onError((error, block) => errors.push([error.code, block]));
    const broken = addGraphic(engine, page, { x: 150, y: 100, width: 100, height: 80, image: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfAAAAAABJRU5ErkJggg' });
    const healthy = addGraphic(engine, page, { x: 20, y: 120, width: 40, height: 40, color: rgb(0, 1, 0) });
    engine.event.flush();
    await renderer.whenIdle();
    expect(errors.length).to.be.greaterThan(0);
    expect(errors.some(([, block]) => block === broken)).to.equal(true);
    expect(pixelAt(renderer.canvas, 30, 130)).to.deep.equal([0, 255, 0, 255]);
    // The placeholder is a checker with a mark: not the page's white everywhere in the frame.
    const image = readPixels(renderer.canvas);
    let nonWhite = 0;
    for (let y = 100; y < 180; y += 2) for (let x = 150; x < 250; x += 2) {
      const index = (y * image.width + x) * 4;
      if (image.data[index] < 250 || image.data[index + 1] < 250 || image.data[index + 2] < 250) nonWhite += 1;
    }
    expect(nonWhite).to.be.greaterThan(100);
    void healthy;
    renderer.destroy();
    engine.dispose();
  });

  it('paints the watermark into the canvas and removes it again', async () => {
    const { engine, renderer } = await setup();
    const clean = readPixels(renderer.canvas);
    renderer.setWatermark(true);
    renderer.renderNow();
    const marked = readPixels(renderer.canvas);
    expect(diffImages(marked, clean).differing).to.be.greaterThan(500);
    renderer.setWatermark(false);
    renderer.renderNow();
    expect(diffImages(readPixels(renderer.canvas), clean).differing).to.equal(0);
    const page = engine.scene.getPages()[0];
    const plain = readPixels(await renderBlockToCanvas(engine, page, { width: 300, height: 200 }));
    const watermarked = readPixels(await renderBlockToCanvas(engine, page, { width: 300, height: 200, watermark: true }));
    expect(diffImages(watermarked, plain).differing).to.be.greaterThan(500);
    renderer.destroy();
    engine.dispose();
  });

  it('respects devicePixelRatio and resize', async () => {
    const engine = await Engine.create();
    const page = createPage(engine, 200, 100);
    addGraphic(engine, page, { x: 10, y: 10, width: 1, height: 50, color: rgb(0, 0, 0) });
    const renderer = await SceneRenderer.create({ engine, width: 200, height: 100, resolution: 2 });
    await renderer.whenIdle();
    expect(renderer.canvas.width).to.equal(400);
    expect(renderer.canvas.height).to.equal(200);
    expect(renderer.canvas.style.width).to.equal('200px');
    // A 1-unit line is two sharp device pixels, not a blurred one.
    expect(pixelAt(renderer.canvas, 20, 40)).to.deep.equal([0, 0, 0, 255]);
    expect(pixelAt(renderer.canvas, 21, 40)).to.deep.equal([0, 0, 0, 255]);
    expect(pixelAt(renderer.canvas, 22, 40)).to.deep.equal([255, 255, 255, 255]);
    renderer.resize(150, 80, 3);
    renderer.renderNow();
    expect(renderer.canvas.width).to.equal(450);
    expect(pixelAt(renderer.canvas, 31, 60)).to.deep.equal([0, 0, 0, 255]);
    expect(() => renderer.resize(Number.NaN, 10, 1)).to.throw(/INVALID_VALUE/);
    renderer.destroy();
    engine.dispose();
  });

  it('shows the same pixels on screen as renderBlockToCanvas for the page', async () => {
    const engine = await Engine.create();
    const page = createPage(engine, 300, 200);
    addGraphic(engine, page, { x: 20, y: 20, width: 120, height: 80, shape: 'ellipse', color: rgb(0.2, 0.5, 0.9) });
    const star = addGraphic(engine, page, { x: 150, y: 60, width: 100, height: 100, shape: 'star', color: rgb(0.9, 0.5, 0.1) });
    engine.block.setRotation(star, 0.3);
    engine.block.setStrokeEnabled(star, true);
    engine.block.setStrokeWidth(star, 3);
    addGraphic(engine, page, { x: 40, y: 110, width: 90, height: 70, image: '/test/fixtures/images/pattern-800x600.png' });
    const renderer = await SceneRenderer.create({ engine, width: 300, height: 200, resolution: 1 });
    await renderer.whenIdle();
    const onScreen = readPixels(renderer.canvas);
    const offscreen = readPixels(await renderBlockToCanvas(engine, page, { width: 300, height: 200 }));
    const { differing } = diffImages(onScreen, offscreen);
    expect(differing).to.be.lessThan(300 * 200 * 0.005);
    renderer.destroy();
    engine.dispose();
  });

  it('rejects bad options with typed errors', async () => {
    const engine = await Engine.create();
    const page = createPage(engine, 100, 100);
    let code = '';
    await SceneRenderer.create({ engine, width: -1, height: 10 }).catch((error) => { code = error.code; });
    expect(code).to.equal('INVALID_VALUE');
    await renderBlockToCanvas(engine, 999_999, { width: 10, height: 10 }).catch((error) => { code = error.code; });
    expect(code).to.equal('INVALID_BLOCK');
    await renderBlockToCanvas(engine, page, { width: 0, height: 10 }).catch((error) => { code = error.code; });
    expect(code).to.equal('INVALID_VALUE');
    const controller = new AbortController();
    controller.abort();
    let aborted = false;
    await renderBlockToCanvas(engine, page, { width: 10, height: 10, signal: controller.signal }).catch(() => { aborted = true; });
    expect(aborted).to.equal(true);
    engine.dispose();
  });
});
