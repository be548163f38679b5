/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { exportBlock } from '../../core/export/index.js';
import { addImage, addShape, addText, createScene, decodeImage, fixtureUrl, meanDifference, near, pixelAt, STROKE_POSITION_SAMPLES, addStrokePositionRects, type DecodedPixels } from './export-helpers.js';

/** A rectangle of an image. */
function crop(image: DecodedPixels, x: number, y: number, width: number, height: number): DecodedPixels {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let row = 0; row < height; row += 1) {
    const start = ((y + row) * image.width + x) * 4;
    data.set(image.data.subarray(start, start + width * 4), row * width * 4);
  }
  return { width, height, data };
}

const licensed = { needsWatermark: false };

function parseSvg(text: string): Document {
  const document = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(document.getElementsByTagName('parsererror').length).to.equal(0);
  expect(document.documentElement.localName).to.equal('svg');
  return document;
}

function assertNoScript(document: Document): void {
  expect(document.getElementsByTagName('script').length).to.equal(0);
  expect(document.getElementsByTagName('foreignObject').length).to.equal(0);
  for (const element of Array.from(document.getElementsByTagName('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      expect(attribute.name.toLowerCase().startsWith('on'), `${element.localName} ${attribute.name}`).to.equal(false);
      expect(attribute.value.toLowerCase()).not.to.contain('javascript:');
      if (attribute.localName === 'href') expect(attribute.value.startsWith('data:') || attribute.value.startsWith('#')).to.equal(true);
    }
  }
}

describe('SVG export', () => {
  it('writes shapes and gradients as vectors that render like the PNG export', async () => {
    const { engine, page } = await createScene(300, 200);
    addShape(engine, page, { x: 20, y: 20, width: 100, height: 80 }, { r: 1, g: 0, b: 0, a: 1 });
    addShape(engine, page, { x: 160, y: 40, width: 120, height: 120 }, { r: 0, g: 0.6, b: 0.2, a: 0.8 }, 'ellipse');
    const star = addShape(engine, page, { x: 40, y: 110, width: 80, height: 80 }, { r: 0, g: 0, b: 1, a: 1 }, 'star');
    const gradient = engine.block.createFill('gradient/linear');
    engine.block.setGradientColorStops(gradient, 'fill/gradient/colors', [
      { color: { r: 1, g: 1, b: 0, a: 1 }, stop: 0 },
      { color: { r: 0.5, g: 0, b: 0.5, a: 1 }, stop: 1 },
    ]);
    engine.block.setFill(star, gradient);
    engine.block.setRotation(star, Math.PI / 8);
    const blob = await exportBlock(engine, page, { mimeType: 'image/svg+xml' }, { license: licensed });
    expect(blob.type).to.equal('image/svg+xml');
    const document = parseSvg(await blob.text());
    assertNoScript(document);
    expect(document.getElementsByTagName('path').length).to.be.at.least(3);
    expect(document.getElementsByTagName('linearGradient').length).to.equal(1);
    expect(document.getElementsByTagName('image').length).to.equal(0);
    const rendered = await decodeImage(blob, 300, 200);
    const png = await decodeImage(await exportBlock(engine, page, {}, { license: licensed }));
    expect(meanDifference(rendered, png)).to.be.below(4);
    engine.dispose();
  });

  it('draws inner, centre and outer strokes where the canvas draws them', async () => {
    const { engine, page } = await createScene(600, 200);
    addStrokePositionRects(engine, page);
    const svg = await decodeImage(await exportBlock(engine, page, { mimeType: 'image/svg+xml' }, { license: licensed }), 600, 200);
    const png = await decodeImage(await exportBlock(engine, page, {}, { license: licensed }));
    for (const { position, x, want } of STROKE_POSITION_SAMPLES) {
      expect(near(pixelAt(png, x, 100), want, 24), `canvas ${position} at ${x}`).to.equal(true);
      expect(near(pixelAt(svg, x, 100), want, 24), `SVG ${position} at ${x}: ${pixelAt(svg, x, 100)}`).to.equal(true);
    }
    engine.dispose();
  });

  it('keeps blend modes CSS can express (mix-blend-mode), rendering like the PNG', async () => {
    const { engine, page } = await createScene(300, 120);
    addShape(engine, page, { x: 10, y: 10, width: 280, height: 100 }, { r: 1, g: 0.8, b: 0.2, a: 1 });
    const modes = ['Multiply', 'Screen', 'Difference'] as const;
    modes.forEach((mode, index) => {
      const ellipse = addShape(engine, page, { x: 20 + index * 90, y: 20, width: 80, height: 80 }, { r: 0.2, g: 0.4, b: 0.9, a: 1 }, 'ellipse');
      engine.block.setBlendMode(ellipse, mode);
    });
    const blob = await exportBlock(engine, page, { mimeType: 'image/svg+xml' }, { license: licensed });
    const text = await blob.text();
    for (const css of ['multiply', 'screen', 'difference']) expect(text).to.contain(`mix-blend-mode:${css}`);
    const svg = await decodeImage(blob, 300, 120);
    const png = await decodeImage(await exportBlock(engine, page, {}, { license: licensed }));
    modes.forEach((mode, index) => {
      const x = 60 + index * 90;
      expect(near(pixelAt(svg, x, 60), pixelAt(png, x, 60), 12), `${mode}: SVG ${pixelAt(svg, x, 60)} vs PNG ${pixelAt(png, x, 60)}`).to.equal(true);
    });
    // Multiply of (1, 0.8, 0.2) and (0.2, 0.4, 0.9) is about (51, 82, 46): not the plain ellipse colour.
    expect(near(pixelAt(svg, 60, 60), [51, 82, 46, 255], 16), `multiply ${pixelAt(svg, 60, 60)}`).to.equal(true);
    engine.dispose();
  });

  it('writes text as <text> with the font embedded, and images as data URIs', async () => {
    const { engine, page } = await createScene(500, 300);
    addText(engine, page, { x: 10, y: 10, width: 480, height: 60 }, 'Hello <svg> & {{who}}', 28);
    engine.variable.setString('who', 'friends');
    addImage(engine, page, { x: 10, y: 100, width: 200, height: 150 }, fixtureUrl('images/pattern-800x600.png'));
    const blob = await exportBlock(engine, page, { mimeType: 'image/svg+xml' }, { license: licensed });
    const text = await blob.text();
    const document = parseSvg(text);
    assertNoScript(document);
    const texts = Array.from(document.getElementsByTagName('text')).map((element) => element.textContent).join(' ');
    expect(texts).to.contain('Hello <svg> & friends');
    expect(text).to.contain('@font-face');
    expect(text).to.contain('data:font/ttf;base64,');
    const images = Array.from(document.getElementsByTagName('image'));
    expect(images.length).to.equal(1);
    expect(images[0]!.getAttribute('href')!.startsWith('data:image/png;base64,')).to.equal(true);
    const rendered = await decodeImage(blob, 500, 300);
    const png = await decodeImage(await exportBlock(engine, page, {}, { license: licensed }));
    // The text band renders like the canvas: same font, same line breaks, baseline within a pixel.
    expect(meanDifference(crop(rendered, 0, 0, 500, 90), crop(png, 0, 0, 500, 90))).to.be.below(8);
    // The image band shows the file covering its frame (800×600 into 200×150: the whole picture).
    const reference = await decodeImage(await (await fetch(fixtureUrl('images/pattern-800x600.png'))).blob(), 200, 150);
    expect(meanDifference(crop(rendered, 10, 100, 200, 150), reference)).to.be.below(6);
    engine.dispose();
  });

  it('sanitizes an SVG image (its script is gone) and reports an unreadable image', async () => {
    const { engine, page } = await createScene(300, 300);
    addImage(engine, page, { x: 0, y: 0, width: 150, height: 150 }, fixtureUrl('images/logo.svg'));
    addImage(engine, page, { x: 150, y: 150, width: 150, height: 150 }, fixtureUrl('hostile/script.svg'));
    const broken = addImage(engine, page, { x: 150, y: 0, width: 150, height: 150 }, fixtureUrl('hostile/random-bytes.jpg'));
    const reports: number[] = [];
    const blob = await exportBlock(engine, page, { mimeType: 'image/svg+xml', onError: (_error, block) => reports.push(block!) }, { license: licensed });
    const text = await blob.text();
    const document = parseSvg(text);
    assertNoScript(document);
    for (const image of Array.from(document.getElementsByTagName('image'))) {
      const href = image.getAttribute('href')!;
      if (!href.startsWith('data:image/svg+xml;base64,')) continue;
      const inner = atob(href.slice('data:image/svg+xml;base64,'.length));
      expect(inner.toLowerCase()).not.to.contain('<script');
      expect(inner.toLowerCase()).not.to.match(/\son\w+=/);
    }
    expect(reports).to.include(broken);
    engine.dispose();
  });

  it('rasterizes what SVG cannot express (a blurred shape) from the renderer, and keeps the rest vector', async () => {
    const { engine, page } = await createScene(300, 200);
    addShape(engine, page, { x: 10, y: 10, width: 100, height: 100 }, { r: 1, g: 0, b: 0, a: 1 });
    const blurred = addShape(engine, page, { x: 150, y: 50, width: 100, height: 100 }, { r: 0, g: 0, b: 1, a: 1 }, 'ellipse');
    engine.block.setBlur(blurred, engine.block.createBlur('uniform'));
    engine.block.setBlurEnabled(blurred, true);
    const blob = await exportBlock(engine, page, { mimeType: 'image/svg+xml' }, { license: licensed });
    const document = parseSvg(await blob.text());
    const images = Array.from(document.getElementsByTagName('image'));
    expect(images.length).to.equal(1);
    expect(images[0]!.getAttribute('href')!.startsWith('data:image/png;base64,')).to.equal(true);
    // The blur reaches beyond the frame (x 150): the pixels cover the frame grown by the blur's reach.
    const x = Number(images[0]!.getAttribute('x'));
    expect(x).to.be.within(90, 149);
    expect(Number(images[0]!.getAttribute('width'))).to.be.closeTo(100 + 2 * (150 - x), 1);
    const rendered = await decodeImage(blob, 300, 200);
    const png = await decodeImage(await exportBlock(engine, page, {}, { license: licensed }));
    expect(meanDifference(rendered, png)).to.be.below(4);
    engine.dispose();
  });

  it('exports the scene as its pages in a column, like the raster export', async () => {
    const { engine, scene, page } = await createScene(200, 100);
    addShape(engine, page, { x: 10, y: 10, width: 50, height: 50 }, { r: 1, g: 0, b: 0, a: 1 });
    const second = engine.block.create('page');
    engine.block.setWidth(second, 200);
    engine.block.setHeight(second, 100);
    engine.block.appendChild(scene, second);
    addShape(engine, second, { x: 100, y: 20, width: 60, height: 60 }, { r: 0, g: 0, b: 1, a: 1 }, 'ellipse');
    const blob = await exportBlock(engine, scene, { mimeType: 'image/svg+xml' }, { license: licensed });
    const document = parseSvg(await blob.text());
    expect([document.documentElement.getAttribute('width'), document.documentElement.getAttribute('height')]).to.deep.equal(['200', '240']);
    const rendered = await decodeImage(blob, 200, 240);
    const png = await decodeImage(await exportBlock(engine, scene, {}, { license: licensed }));
    expect(meanDifference(rendered, png)).to.be.below(4);
    engine.dispose();
  });

  it('carries the watermark when unlicensed', async () => {
    const { engine, page } = await createScene(200, 100);
    const marked = await exportBlock(engine, page, { mimeType: 'image/svg+xml' }, { license: { needsWatermark: true } });
    const clean = await exportBlock(engine, page, { mimeType: 'image/svg+xml' }, { license: licensed });
    expect(parseSvg(await marked.text()).getElementsByTagName('image').length).to.equal(1);
    expect(parseSvg(await clean.text()).getElementsByTagName('image').length).to.equal(0);
    expect(meanDifference(await decodeImage(marked, 200, 100), await decodeImage(clean, 200, 100))).to.be.above(1);
    engine.dispose();
  });
});
