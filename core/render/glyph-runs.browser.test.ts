/**
 * Plain texts on Canvas 2D are glyph runs (`GlyphRunText`): laid out once per change and drawn with
 * `fillText` onto the target, with no text texture. Where they land is checked against PixiJS's
 * `Text` by the WebGL parity test (test/visual/webgl-parity.browser.test.ts, text scene); here: which
 * texts take that path, and that opacity, blend modes, edits, effects and zoom reach them.
 */
import { expect } from '@open-wc/testing';
import { Text, type Container } from 'pixi.js';
import { Engine } from '../engine/index.js';
import { renderBlockToCanvas, SceneRenderer } from './index.js';
import { PaintRoot } from './paint-root.js';
import { plainTextLayout } from './glyph-runs.js';
import type { TextSpec } from './block-snapshot.js';
import { addGraphic, addText, createPage, LATO_BOLD, rgb } from '../../test/visual/scene-builders.js';
import { readPixels } from '../../test/visual/visual-support.js';

/** Delivers the engine's events and draws the frame now. */
function draw(engine: Engine, renderer: SceneRenderer): void {
  engine.event.flush();
  renderer.renderNow();
}

function kindsOf(root: Container | undefined): { glyphs: number; texts: number } {
  const found = { glyphs: 0, texts: 0 };
  const walk = (node: Container): void => {
    // Glyph runs are a child of the view, or a flat drawing of its root (paint-root.ts).
    if ((node.label === 'glyph-runs' || (node instanceof PaintRoot && node.hasGlyphs)) && node.visible) found.glyphs += 1;
    if (node instanceof Text && node.visible) found.texts += 1;
    for (const child of node.children) walk(child);
  };
  if (root) walk(root);
  return found;
}

/** The darkest red channel value in a box of the image (ImageData). */
function darkest(image: ImageData, x0: number, y0: number, x1: number, y1: number, channel = 0): number {
  let min = 255;
  for (let y = y0; y < y1; y += 1) for (let x = x0; x < x1; x += 1) min = Math.min(min, image.data[(y * image.width + x) * 4 + channel]!);
  return min;
}

describe('glyph-run text (Canvas 2D)', () => {
  it('draws plain texts as glyph runs and keeps PixiJS text for outlined and shadowed ones', async () => {
    const engine = await Engine.create();
    const page = createPage(engine, 300, 200);
    const plain = addText(engine, page, { x: 10, y: 10, width: 280, height: 40, text: 'Plain', size: 20 });
    const outlined = addText(engine, page, { x: 10, y: 60, width: 280, height: 40, text: 'Outlined', size: 20 });
    engine.block.setStrokeEnabled(outlined, true);
    const shadowed = addText(engine, page, { x: 10, y: 110, width: 280, height: 40, text: 'Shadowed', size: 20 });
    engine.block.setDropShadowEnabled(shadowed, true);
    // Styled runs (the lazy styled-text chunk) are glyph runs too: one renderable for all segments.
    const styled = addText(engine, page, { x: 10, y: 160, width: 280, height: 30, text: 'Two colours', size: 16 });
    engine.block.setTextColor(styled, rgb(1, 0, 0), 0, 3);
    const renderer = await SceneRenderer.create({ engine, width: 300, height: 200, resolution: 1, preference: 'canvas' });
    await renderer.whenIdle();
    expect(kindsOf(renderer.getBlockDisplayObject(plain))).to.deep.equal({ glyphs: 1, texts: 0 });
    expect(kindsOf(renderer.getBlockDisplayObject(outlined))).to.deep.equal({ glyphs: 0, texts: 1 });
    expect(kindsOf(renderer.getBlockDisplayObject(shadowed))).to.deep.equal({ glyphs: 0, texts: 1 });
    expect(kindsOf(renderer.getBlockDisplayObject(styled))).to.deep.equal({ glyphs: 1, texts: 0 });
    // Taking the outline away moves the text to glyph runs, and back.
    engine.block.setStrokeEnabled(outlined, false);
    draw(engine, renderer);
    expect(kindsOf(renderer.getBlockDisplayObject(outlined))).to.deep.equal({ glyphs: 1, texts: 0 });
    engine.block.setStrokeEnabled(outlined, true);
    draw(engine, renderer);
    expect(kindsOf(renderer.getBlockDisplayObject(outlined))).to.deep.equal({ glyphs: 0, texts: 1 });
    renderer.destroy();
    engine.dispose();
  });

  it('applies the block and group opacity, the blend mode and text edits', async () => {
    const engine = await Engine.create();
    const page = createPage(engine, 400, 200);
    const text = addText(engine, page, { x: 10, y: 10, width: 380, height: 120, text: '██', font: LATO_BOLD, size: 60, color: rgb(0, 0, 0) });
    const renderer = await SceneRenderer.create({ engine, width: 400, height: 200, resolution: 1, preference: 'canvas' });
    await renderer.whenIdle();
    const box: [number, number, number, number] = [10, 10, 390, 130];
    expect(darkest(readPixels(renderer.canvas), ...box)).to.be.below(20);
    engine.block.setOpacity(text, 0.5);
    draw(engine, renderer);
    expect(darkest(readPixels(renderer.canvas), ...box)).to.be.within(110, 145);
    // A group's opacity multiplies in.
    const group = engine.block.group([text]);
    engine.block.setOpacity(group, 0.5);
    draw(engine, renderer);
    expect(darkest(readPixels(renderer.canvas), ...box)).to.be.within(175, 205);
    engine.block.ungroup(group);
    engine.block.setOpacity(text, 1);
    // Multiply over a blue rectangle: red text on blue is black where they overlap.
    const under = addGraphic(engine, page, { x: 0, y: 0, width: 400, height: 200, color: rgb(0, 0, 1) });
    engine.block.insertChild(page, under, 0);
    engine.block.setTextColor(text, rgb(1, 0, 0));
    draw(engine, renderer);
    expect(darkest(readPixels(renderer.canvas), ...box, 2), 'red over blue, normal blend: no dark blue channel').to.be.below(20);
    expect(darkest(readPixels(renderer.canvas), ...box, 0), 'red text shows').to.be.below(255);
    engine.block.setBlendMode(text, 'Multiply');
    draw(engine, renderer);
    const multiplied = readPixels(renderer.canvas);
    expect(darkest(multiplied, ...box, 0), 'multiply: red × blue has no red').to.be.below(20);
    expect(darkest(multiplied, ...box, 2), 'multiply: red × blue has no blue').to.be.below(20);
    // An edit re-lays the text out: one short glyph draws far less than two wide ones.
    const count = (image: ImageData): number => {
      let dark = 0;
      for (let index = 0; index < image.data.length; index += 4) if (image.data[index + 2]! < 100) dark += 1;
      return dark;
    };
    const before = count(multiplied);
    engine.block.replaceText(text, '.');
    draw(engine, renderer);
    expect(count(readPixels(renderer.canvas))).to.be.below(before / 5);
    renderer.destroy();
    engine.dispose();
  });

  it('runs effects over glyph-run texts and stays sharp when zoomed in', async () => {
    const engine = await Engine.create();
    const page = createPage(engine, 200, 100);
    const text = addText(engine, page, { x: 10, y: 10, width: 180, height: 80, text: '█', font: LATO_BOLD, size: 40, color: rgb(0, 0, 0) });
    const plain = readPixels(await renderBlockToCanvas(engine, page, { width: 200, height: 100, preference: 'canvas' }));
    const effect = engine.block.createEffect('adjustments');
    // contrast(0.4): black becomes 30 % grey.
    engine.block.setFloat(effect, 'effect/adjustments/contrast', -0.6);
    engine.block.appendEffect(text, effect);
    const brighter = readPixels(await renderBlockToCanvas(engine, page, { width: 200, height: 100, preference: 'canvas' }));
    expect(darkest(plain, 0, 0, 200, 100)).to.be.below(20);
    expect(darkest(brighter, 0, 0, 200, 100), 'the effect reaches the glyphs').to.be.above(60);
    engine.block.destroy(effect);
    // At 8× the glyph's edge is still one or two pixels wide: drawn at the scale, not a stretched texture.
    const zoomed = readPixels(await renderBlockToCanvas(engine, text, { width: 1440, height: 640, preference: 'canvas' }));
    let widest = 0;
    for (let y = 100; y < 540; y += 20) {
      let grey = 0;
      for (let x = 0; x < 1440; x += 1) {
        const value = zoomed.data[(y * 1440 + x) * 4]!;
        if (value > 30 && value < 225) grey += 1;
      }
      widest = Math.max(widest, grey);
    }
    expect(widest, 'anti-aliased pixels per row across the glyph').to.be.at.most(6);
    engine.dispose();
  });

  it('lays a text out once per change: the same inputs give the same layout, any change a new one', () => {
    const spec: TextSpec = {
      text: 'Glyph runs are laid out once', fontFileUri: '', typeface: 'sans-serif', fontSize: 12, fontWeight: 'Normal', fontStyle: 'Normal',
      horizontalAlignment: 'Left', verticalAlignment: 'Top', lineHeight: 1, letterSpacing: 0, color: { r: 0, g: 0, b: 0, a: 1 }, autoHeight: false,
    };
    const first = plainTextLayout(spec, 400, 100, 1, undefined);
    expect(plainTextLayout({ ...spec, color: { ...spec.color } }, 400, 100, 1, undefined), 'equal inputs').to.equal(first);
    expect(first.runs.length).to.equal(1);
    // Narrower: wrapped onto more lines (a new layout, not the cached one).
    const narrow = plainTextLayout(spec, 60, 100, 1, undefined);
    expect(narrow).to.not.equal(first);
    expect(narrow.runs.length).to.be.greaterThan(1);
    // Each input the layout depends on makes a new one.
    for (const changed of [{ text: 'Other' }, { fontSize: 13 }, { horizontalAlignment: 'Center' }, { verticalAlignment: 'Bottom' }, { color: { r: 1, g: 0, b: 0, a: 1 } }, { letterSpacing: 0.1 }, { lineHeight: 1.5 }]) {
      expect(plainTextLayout({ ...spec, ...changed }, 400, 100, 1, undefined), JSON.stringify(changed)).to.not.equal(first);
    }
    expect(plainTextLayout(spec, 400, 100, 1, 'alias-of-a-loaded-font')).to.not.equal(first);
    expect(plainTextLayout(spec, 400, 100, 2, undefined)).to.not.equal(first);
    expect(plainTextLayout({ ...spec, color: { r: 1, g: 0, b: 0, a: 1 } }, 400, 100, 1, undefined).runs[0]!.color).to.not.equal(first.runs[0]!.color);
  });
});
