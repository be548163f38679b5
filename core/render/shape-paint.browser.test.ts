/**
 * Graphic blocks and pages on Canvas 2D are painted straight onto the target (`ShapePaint`): fill
 * and stroke from the block's outline, with no PixiJS `Graphics` and no gradient texture. Where the
 * pixels land is checked against PixiJS's `Graphics` by the WebGL parity test
 * (test/visual/webgl-parity.browser.test.ts: shapes, fills and strokes scenes); here: which blocks
 * take that path, and that opacity, blend modes, effects, late and broken images reach them.
 */
import { expect } from '@open-wc/testing';
import { Graphics, type Container } from 'pixi.js';
import { Engine, type DesignBlockId } from '../engine/index.js';
import { renderBlockToCanvas, SceneRenderer } from './index.js';
import { PaintRoot } from './paint-root.js';
import { addGraphic, createPage, IMAGE_URI, rgb } from '../../test/visual/scene-builders.js';
import { readPixels } from '../../test/visual/visual-support.js';

/** Delivers the engine's events and draws the frame now. */
function draw(engine: Engine, renderer: SceneRenderer): void {
  engine.event.flush();
  renderer.renderNow();
}

/** Visible shape paints and `Graphics` that hold a drawing, in a view. */
function kindsOf(root: Container | undefined): { painted: number; graphics: number } {
  const found = { painted: 0, graphics: 0 };
  const walk = (node: Container): void => {
    if (!node.visible) return;
    // A shape paint is a child of the view, or a flat drawing of its root (paint-root.ts).
    if (node.label === 'shape-paint' || (node instanceof PaintRoot && node.hasShape)) found.painted += 1;
    if (node instanceof Graphics && node.context.instructions.length > 0) found.graphics += 1;
    for (const child of node.children) walk(child);
  };
  if (root) walk(root);
  return found;
}

function pixel(image: ImageData, x: number, y: number): number[] {
  const index = (y * image.width + x) * 4;
  return [...image.data.slice(index, index + 4)];
}

function gradientFill(engine: Engine, block: DesignBlockId, across = false): void {
  const fill = engine.block.createFill('gradient/linear');
  engine.block.setGradientColorStops(fill, 'fill/gradient/colors', [{ color: rgb(1, 0, 0), stop: 0 }, { color: rgb(0, 0, 1), stop: 1 }]);
  if (across) {
    engine.block.setFloat(fill, 'fill/gradient/linear/startPointX', 0);
    engine.block.setFloat(fill, 'fill/gradient/linear/startPointY', 0.5);
    engine.block.setFloat(fill, 'fill/gradient/linear/endPointX', 1);
    engine.block.setFloat(fill, 'fill/gradient/linear/endPointY', 0.5);
  }
  engine.block.setFill(block, fill);
}

/** The labels of a view's tree, nested ('shape-paint', or [container, [...children]]). */
function shapeOf(node: Container): unknown {
  return node.children.length === 0 ? node.label : node.children.map((child) => shapeOf(child));
}

describe('shapes painted directly (Canvas 2D)', () => {
  it('paints graphic blocks and pages directly and keeps Graphics for video fills and on WebGL', async () => {
    const engine = await Engine.create();
    const page = createPage(engine, 300, 200);
    const solid = addGraphic(engine, page, { x: 10, y: 10, width: 80, height: 80, shape: 'star' });
    engine.block.setStrokeEnabled(solid, true);
    engine.block.setStrokeWidth(solid, 4);
    const gradient = addGraphic(engine, page, { x: 100, y: 10, width: 80, height: 80, shape: 'ellipse' });
    gradientFill(engine, gradient);
    const image = addGraphic(engine, page, { x: 190, y: 10, width: 80, height: 80, image: IMAGE_URI });
    const video = addGraphic(engine, page, { x: 10, y: 100, width: 160, height: 90 });
    const videoFill = (): DesignBlockId => {
      const fill = engine.block.createFill('video');
      engine.block.setString(fill, 'fill/video/fileURI', '/test/fixtures/video/clip-640x360-3s.webm');
      return fill;
    };
    engine.block.setFill(video, videoFill());
    const renderer = await SceneRenderer.create({ engine, width: 300, height: 200, resolution: 1, preference: 'canvas' });
    await renderer.whenIdle();
    for (const block of [page, solid, gradient, image]) {
      expect(kindsOf(renderer.getBlockDisplayObject(block)), `block ${block}`).to.deep.equal({ painted: 1, graphics: 0 });
    }
    expect(kindsOf(renderer.getBlockDisplayObject(video))).to.deep.equal({ painted: 0, graphics: 1 });
    // A colour fill instead of the video moves the block to the direct path, and back.
    const colour = engine.block.createFill('color');
    engine.block.setFill(video, colour);
    draw(engine, renderer);
    expect(kindsOf(renderer.getBlockDisplayObject(video))).to.deep.equal({ painted: 1, graphics: 0 });
    engine.block.setFill(video, videoFill());
    draw(engine, renderer);
    expect(kindsOf(renderer.getBlockDisplayObject(video))).to.deep.equal({ painted: 0, graphics: 1 });
    renderer.destroy();
    // WebGL draws through PixiJS Graphics.
    const webgl = await SceneRenderer.create({ engine, width: 300, height: 200, resolution: 1, preference: 'webgl' });
    await webgl.whenIdle();
    expect(kindsOf(webgl.getBlockDisplayObject(solid)).painted).to.equal(0);
    expect(kindsOf(webgl.getBlockDisplayObject(solid)).graphics).to.be.above(0);
    webgl.destroy();
    engine.dispose();
  });

  it('applies the block and group opacity, the blend mode and effects', async () => {
    const engine = await Engine.create();
    const page = createPage(engine, 200, 100);
    const block = addGraphic(engine, page, { x: 20, y: 20, width: 60, height: 60, color: rgb(0, 0, 0) });
    const renderer = await SceneRenderer.create({ engine, width: 200, height: 100, resolution: 1, preference: 'canvas' });
    await renderer.whenIdle();
    expect(pixel(readPixels(renderer.canvas), 50, 50)[0]).to.be.below(5);
    engine.block.setOpacity(block, 0.5);
    draw(engine, renderer);
    expect(pixel(readPixels(renderer.canvas), 50, 50)[0]).to.be.within(120, 135);
    const group = engine.block.group([block]);
    engine.block.setOpacity(group, 0.5);
    draw(engine, renderer);
    expect(pixel(readPixels(renderer.canvas), 50, 50)[0]).to.be.within(185, 197);
    engine.block.ungroup(group);
    engine.block.setOpacity(block, 1);
    // Multiply: red over blue is black.
    const under = addGraphic(engine, page, { x: 0, y: 0, width: 200, height: 100, color: rgb(0, 0, 1) });
    engine.block.insertChild(page, under, 0);
    engine.block.setColor(engine.block.getFill(block)!, 'fill/color/value', rgb(1, 0, 0));
    draw(engine, renderer);
    expect(pixel(readPixels(renderer.canvas), 50, 50).slice(0, 3)).to.deep.equal([255, 0, 0]);
    engine.block.setBlendMode(block, 'Multiply');
    draw(engine, renderer);
    expect(pixel(readPixels(renderer.canvas), 50, 50).slice(0, 3).every((channel) => channel < 5)).to.equal(true);
    engine.block.setBlendMode(block, 'Normal');
    // A colour effect (a CSS filter on Canvas 2D) reaches the painted fill: red turns grey.
    const effect = engine.block.createEffect('adjustments');
    engine.block.setFloat(effect, 'effect/adjustments/saturation', -1);
    engine.block.appendEffect(block, effect);
    draw(engine, renderer);
    await renderer.whenIdle();
    const [r, g, b] = pixel(readPixels(renderer.canvas), 50, 50);
    expect(Math.abs(r! - g!) + Math.abs(g! - b!), `grey, got ${r},${g},${b}`).to.be.below(6);
    renderer.destroy();
    engine.dispose();
  });

  it('paints an image once it has loaded, a broken one as the placeholder, and gradients without a texture', async () => {
    const engine = await Engine.create();
    const page = createPage(engine, 300, 100, rgb(1, 1, 1));
    const image = addGraphic(engine, page, { x: 0, y: 0, width: 100, height: 100, image: IMAGE_URI });
    const broken = addGraphic(engine, page, { x: 100, y: 0, width: 100, height: 100, image: '/test/fixtures/images/missing.png' });
    const gradient = addGraphic(engine, page, { x: 200, y: 0, width: 100, height: 100 });
    gradientFill(engine, gradient);
    const renderer = await SceneRenderer.create({ engine, width: 300, height: 100, resolution: 1, preference: 'canvas' });
    await renderer.whenIdle();
    const shown = readPixels(renderer.canvas);
    // The same as an offscreen render, which waits for every load before drawing.
    const offscreen = readPixels(await renderBlockToCanvas(engine, page, { width: 300, height: 100, preference: 'canvas' }));
    let differing = 0;
    for (let index = 0; index < shown.data.length; index += 1) if (Math.abs(shown.data[index]! - offscreen.data[index]!) > 8) differing += 1;
    expect(differing).to.equal(0);
    const isWhite = (value: number[]): boolean => value.slice(0, 3).every((channel) => channel > 250);
    let imagePixels = 0;
    let brokenPixels = 0;
    for (let x = 5; x < 95; x += 10) {
      for (let y = 5; y < 95; y += 10) {
        if (!isWhite(pixel(shown, x, y))) imagePixels += 1;
        if (!isWhite(pixel(shown, 100 + x, y))) brokenPixels += 1;
      }
    }
    expect(imagePixels, 'the image is drawn').to.be.above(40);
    expect(brokenPixels, 'the broken image shows the placeholder').to.be.above(40);
    // The gradient runs from red at the top to blue at the bottom, in the block's own space.
    const top = pixel(shown, 250, 2);
    const bottom = pixel(shown, 250, 97);
    expect(top[0]).to.be.above(240);
    expect(top[2]).to.be.below(15);
    expect(bottom[2]).to.be.above(240);
    expect(bottom[0]).to.be.below(15);
    renderer.destroy();
    engine.dispose();
  });

  it('keeps a plain block to one display object, its root, and wraps the drawing only for a flip or filters', async () => {
    const engine = await Engine.create();
    const page = createPage(engine, 200, 100);
    const block = addGraphic(engine, page, { x: 50, y: 20, width: 100, height: 60 });
    gradientFill(engine, block, true);
    const renderer = await SceneRenderer.create({ engine, width: 200, height: 100, resolution: 1, preference: 'canvas' });
    await renderer.whenIdle();
    const root = renderer.getBlockDisplayObject(block)!;
    // A flat drawing: the root paints the shape itself, with no child (paint-root.ts).
    expect(root).to.be.instanceOf(PaintRoot);
    expect((root as PaintRoot).hasShape).to.equal(true);
    expect(root.children.length).to.equal(0);
    // Its bounds are the shape's frame (the root's own bounds, from its flat drawing).
    const local = root.getLocalBounds();
    expect([local.x, local.y, local.width, local.height]).to.deep.equal([0, 0, 100, 60]);
    const left = (): number[] => pixel(readPixels(renderer.canvas), 55, 50);
    expect(left()[0]).to.be.above(200);
    // A flip wraps the drawing in a mirroring container: the blue end is on the left now.
    engine.block.setFlipHorizontal(block, true);
    draw(engine, renderer);
    expect(shapeOf(root)).to.deep.equal([['shape-paint']]);
    expect((root as PaintRoot).flat).to.equal(false);
    expect(left()[2]).to.be.above(200);
    // A colour effect wraps it once more (the filters go on that container): grey, still flipped.
    const effect = engine.block.createEffect('adjustments');
    engine.block.setFloat(effect, 'effect/adjustments/saturation', -1);
    engine.block.appendEffect(block, effect);
    draw(engine, renderer);
    expect(shapeOf(root)).to.deep.equal([[['shape-paint']]]);
    const [r, g, b] = left();
    expect(Math.abs(r! - g!) + Math.abs(g! - b!), `grey, got ${r},${g},${b}`).to.be.below(6);
    engine.block.destroy(effect);
    engine.block.setFlipHorizontal(block, false);
    draw(engine, renderer);
    expect(left()[0]).to.be.above(200);
    renderer.destroy();
    engine.dispose();
  });
});
