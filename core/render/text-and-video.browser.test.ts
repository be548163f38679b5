/**
 * Auto-height text through the renderer's measurer, fonts loaded through core/io, and video fills
 * (first frame through a <video> element).
 */
import { expect } from '@open-wc/testing';
import { Engine, type CesdkError } from '../engine/index.js';
import { createTextMeasurer, SceneRenderer } from './index.js';
import { addGraphic, addText, createPage, LATO_BOLD, rgb } from '../../test/visual/scene-builders.js';
import { readPixels } from '../../test/visual/visual-support.js';

describe('text measuring and video fills', () => {
  it('measures auto-height text as the renderer lays it out', async () => {
    const engine = await Engine.create();
    engine.block.setTextMeasurer(createTextMeasurer(engine));
    const page = createPage(engine, 300, 300);
    const text = addText(engine, page, { x: 10, y: 10, width: 100, height: 10, text: 'One line', size: 12 });
    engine.block.setEnum(text, 'height/mode', 'Auto');
    engine.block.replaceText(text, 'One line');
    const oneLine = engine.block.getHeight(text);
    expect(oneLine).to.be.within(12, 30);
    engine.block.replaceText(text, 'A much longer text that has to wrap over several lines in a narrow box');
    const wrapped = engine.block.getHeight(text);
    expect(wrapped).to.be.greaterThan(oneLine * 3);
    engine.block.setFloat(text, 'text/lineHeight', 2);
    expect(engine.block.getHeight(text)).to.be.greaterThan(wrapped * 1.5);
    engine.dispose();
  });

  it('draws text with its font file once loaded, and reports a broken font without breaking', async () => {
    const engine = await Engine.create();
    const page = createPage(engine, 300, 100);
    const good = addText(engine, page, { x: 10, y: 10, width: 280, height: 40, text: 'Loaded font', font: LATO_BOLD, size: 20, color: rgb(0, 0, 0) });
    // The bold file drawn as bold: no FONT_FACE_MISSING notice, only the broken font's error.
    engine.block.setEnum(good, 'text/fontWeight', 'Bold');
    addText(engine, page, { x: 10, y: 60, width: 280, height: 30, text: 'Broken font', font: 'data:font/ttf;base64,AAAA', size: 12 });
    const renderer = await SceneRenderer.create({ engine, width: 300, height: 100, resolution: 1 });
    const errors: CesdkError[] = [];
    renderer.onError((error) => errors.push(error));
    await renderer.whenIdle();
    expect(errors.length).to.equal(1);
    const image = readPixels(renderer.canvas);
    let dark = 0;
    for (let index = 0; index < image.data.length; index += 4) if (image.data[index] < 100) dark += 1;
    expect(dark).to.be.greaterThan(200);
    void good;
    renderer.destroy();
    engine.dispose();
  });

  it('shows the first frame of a video fill', async function () {
    this.timeout(120_000);
    const engine = await Engine.create();
    const page = createPage(engine, 160, 90);
    const block = addGraphic(engine, page, { x: 0, y: 0, width: 160, height: 90 });
    const fill = engine.block.createFill('video');
    engine.block.setString(fill, 'fill/video/fileURI', '/test/fixtures/video/clip-640x360-3s.webm');
    engine.block.setFill(block, fill);
    const renderer = await SceneRenderer.create({ engine, width: 160, height: 90, resolution: 1 });
    const errors: unknown[] = [];
    renderer.onError((error) => errors.push(error));
    await renderer.whenIdle();
    expect(errors).to.deep.equal([]);
    const image = readPixels(renderer.canvas);
    let nonWhite = 0;
    for (let index = 0; index < image.data.length; index += 4) if (image.data[index] < 240 || image.data[index + 1] < 240 || image.data[index + 2] < 240) nonWhite += 1;
    expect(nonWhite).to.be.greaterThan(160 * 90 * 0.3);
    renderer.destroy();
    engine.dispose();
  });
});
