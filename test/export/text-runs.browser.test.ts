/// <reference types="mocha" />
/**
 * One text block with styled runs (red bold large, blue italic small, green uppercase) through every
 * output: the canvas (PNG export), PDF and SVG, each decoded back and checked where the runs are.
 */
import { expect } from '@open-wc/testing';
import * as pdfjs from 'pdfjs-dist';
import type { DesignBlockId, Engine } from '../../core/engine/index.js';
import { exportBlock } from '../../core/export/index.js';
import { renderBlockToCanvas } from '../../core/render/index.js';
import { addText, canvasPixels, createScene, decodeImage, fixtureUrl, meanDifference, type DecodedPixels } from './export-helpers.js';

pdfjs.GlobalWorkerOptions.workerSrc = new URL('/node_modules/pdfjs-dist/build/pdf.worker.mjs', location.href).href;

const licensed = { needsWatermark: false };
const REGULAR = fixtureUrl('fonts/Lato-Regular.ttf');
const BOLD = fixtureUrl('fonts/Lato-Bold.ttf');
const RED = { r: 1, g: 0, b: 0, a: 1 };
const BLUE = { r: 0, g: 0, b: 1, a: 1 };
const GREEN = { r: 0, g: 0.6, b: 0, a: 1 };

/** 'Heads tiny upper' on a 600×200 page: [0,5) red bold 60 pt, [6,10) blue italic 15 pt, [11,16) green uppercase (30 pt, the block's). */
async function mixedScene(): Promise<{ engine: Engine; page: DesignBlockId; text: DesignBlockId }> {
  const { engine, page } = await createScene(600, 200);
  const text = addText(engine, page, { x: 20, y: 20, width: 560, height: 160 }, 'Heads tiny upper', 30);
  engine.block.setFont(text, REGULAR, { name: 'Lato', fonts: [{ uri: REGULAR, subFamily: 'Regular', weight: 'normal', style: 'normal' }, { uri: BOLD, subFamily: 'Bold', weight: 'bold', style: 'normal' }] });
  engine.block.setTextColor(text, RED, 0, 5);
  engine.block.setTextColor(text, BLUE, 6, 10);
  engine.block.setTextColor(text, GREEN, 11, 16);
  engine.block.setTextFontSize(text, 60, 0, 5);
  engine.block.toggleBoldFont(text, 0, 5);
  engine.block.setTextFontSize(text, 15, { from: 6, to: 10 });
  engine.block.setTextFontStyle(text, 'italic', 6, 10);
  engine.block.setTextCase(text, 'Uppercase', 11, 16);
  return { engine, page, text };
}

type Box = { left: number; right: number; top: number; bottom: number; count: number };

/** The boxes of clearly red, blue and green pixels. */
function colourBoxes(image: DecodedPixels): Record<'red' | 'blue' | 'green', Box> {
  const boxes = { red: empty(), blue: empty(), green: empty() };
  for (let y = 0; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      const index = (y * image.width + x) * 4;
      const [r, g, b] = [image.data[index]!, image.data[index + 1]!, image.data[index + 2]!];
      const name = r > 180 && g < 90 && b < 90 ? 'red' : b > 180 && r < 90 && g < 90 ? 'blue' : g > 110 && r < 70 && b < 70 ? 'green' : undefined;
      if (!name) continue;
      const box = boxes[name];
      box.left = Math.min(box.left, x); box.right = Math.max(box.right, x);
      box.top = Math.min(box.top, y); box.bottom = Math.max(box.bottom, y);
      box.count += 1;
    }
  }
  return boxes;
}
function empty(): Box {
  return { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity, count: 0 };
}

/** What every output must show (`scale`: output pixels per design unit). */
function expectRunsDrawn(image: DecodedPixels, scale: number, label: string): void {
  const { red, blue, green } = colourBoxes(image);
  const describe = `${label}: red ${JSON.stringify(red)} blue ${JSON.stringify(blue)} green ${JSON.stringify(green)}`;
  for (const box of [red, blue, green]) expect(box.count, describe).to.be.above(20);
  // Left to right in text order, on one line.
  expect(red.right, describe).to.be.below(blue.left);
  expect(blue.right, describe).to.be.below(green.left);
  // Glyph heights follow the run sizes: 'Heads' at 80 px (cap ≈ 57), 'UPPER' at 40 px (cap ≈ 29), 'tiny' at 20 px.
  const height = (box: Box) => (box.bottom - box.top + 1) / scale;
  expect(height(red), describe).to.be.within(48, 66);
  expect(height(green), describe).to.be.within(24, 34);
  expect(height(blue), describe).to.be.within(10, 22);
  // Upper case: no descenders (a lower-case 'upper' would reach below the baseline, which 'Heads' sits on).
  expect(Math.abs(green.bottom - red.bottom) / scale, describe).to.be.below(2.5);
  // One baseline for the line; the line is as tall as its largest run, so the runs start near the block's top.
  expect(red.top / scale, describe).to.be.within(20, 50);
}

describe('Text runs in every output', () => {
  let engines: Engine[] = [];
  afterEach(() => {
    for (const engine of engines) engine.dispose();
    engines = [];
  });

  it('PNG (the canvas renderer): each run in its colour, size and case, where the layout puts it', async () => {
    const { engine, page } = await mixedScene();
    engines.push(engine);
    const png = await decodeImage(await exportBlock(engine, page, { mimeType: 'image/png' }, { license: licensed }));
    expect(png.width).to.equal(600);
    expectRunsDrawn(png, 1, 'PNG');
    const doubled = await decodeImage(await exportBlock(engine, page, { mimeType: 'image/png', targetWidth: 1200 }, { license: licensed }));
    expectRunsDrawn(doubled, 2, 'PNG ×2');
  });

  it('JPEG and WebP (same renderer) show the runs too', async () => {
    const { engine, page } = await mixedScene();
    engines.push(engine);
    expectRunsDrawn(await decodeImage(await exportBlock(engine, page, { mimeType: 'image/jpeg', jpegQuality: 1 }, { license: licensed })), 1, 'JPEG');
    expectRunsDrawn(await decodeImage(await exportBlock(engine, page, { mimeType: 'image/webp' }, { license: licensed })), 1, 'WebP');
  });

  it('wraps runs of different sizes onto lines as tall as their largest run; auto height measures them', async () => {
    const { engine, page, text } = await mixedScene();
    engines.push(engine);
    // 'Heads' (80 px) fits the first line; 'tiny UPPER' wraps to the second.
    engine.block.setWidth(text, 260);
    const png = colourBoxes(await decodeImage(await exportBlock(engine, page, { mimeType: 'image/png' }, { license: licensed })));
    expect(png.green.top, JSON.stringify(png)).to.be.above(png.red.bottom);
    expect(png.blue.top, JSON.stringify(png)).to.be.above(png.red.bottom);
    // The second line's height comes from 'UPPER' (40 px): its glyphs end within one 40-px line below the first.
    expect(png.green.bottom - png.red.bottom, JSON.stringify(png)).to.be.within(25, 60);
    // Auto height: two lines, 80 px and 40 px of font size, about 1.2 em each for Lato.
    const { createTextMeasurer } = await import('../../core/render/text-measure.js');
    engine.block.setTextMeasurer(createTextMeasurer(engine));
    engine.block.setEnum(text, 'height/mode', 'Auto');
    engine.block.measureText(text);
    expect(engine.block.getHeight(text)).to.be.within(120 * 1.1, 120 * 1.35);
    engine.block.setWidth(text, 560);
    expect(engine.block.getHeight(text)).to.be.within(80 * 1.1, 80 * 1.35);
  });

  it('the styled drawing puts glyphs where the plain drawing does (block case Uppercase vs typed capitals)', async () => {
    const { engine, page } = await createScene(400, 200);
    engines.push(engine);
    const typed = addText(engine, page, { x: 10, y: 10, width: 380, height: 80 }, 'HELLO CASE WORLD', 24);
    const cased = addText(engine, page, { x: 10, y: 110, width: 380, height: 80 }, 'hello case world', 24);
    engine.block.setEnum(cased, 'text/case', 'Uppercase');
    for (const id of [typed, cased]) engine.block.setEnum(id, 'text/horizontalAlignment', 'Center');
    const canvas = await renderBlockToCanvas(engine, page, { width: 400, height: 200, watermark: false });
    const pixels = canvasPixels(canvas);
    const band = (top: number): DecodedPixels => {
      const data = new Uint8ClampedArray(400 * 100 * 4);
      data.set(pixels.data.subarray(top * 400 * 4, (top + 100) * 400 * 4));
      return { width: 400, height: 100, data };
    };
    const inked = (image: DecodedPixels) => Array.from({ length: image.width * image.height }, (_, i) => image.data[i * 4]!).filter((value) => value < 128).length;
    expect(inked(band(100))).to.be.above(200);
    expect(meanDifference(band(0), band(100))).to.be.below(2);
  });

  it('PDF: each run in its embedded font, size and colour, case applied', async () => {
    const { engine, page } = await mixedScene();
    engines.push(engine);
    const blob = await exportBlock(engine, page, { mimeType: 'application/pdf' }, { license: licensed });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const document = await pdfjs.getDocument({ data: bytes.slice() }).promise;
    const pdfPage = await document.getPage(1);
    const content = await pdfPage.getTextContent();
    const items = content.items.filter((item): item is (typeof item & { str: string; fontName: string; transform: number[] }) => 'str' in item && item.str.trim() !== '');
    const find = (text: string) => {
      const item = items.find((candidate) => candidate.str.trim() === text);
      expect(item, `${text} in ${items.map((candidate) => candidate.str).join('|')}`).to.not.equal(undefined);
      return item!;
    };
    const [large, tiny, upper] = [find('Heads'), find('tiny'), find('UPPER')];
    const size = (item: { transform: number[] }) => Math.hypot(item.transform[2]!, item.transform[3]!);
    // 60 : 15 : 30 pt, whatever the page's scale.
    expect(size(large) / size(tiny)).to.be.closeTo(4, 0.01);
    expect(size(upper) / size(tiny)).to.be.closeTo(2, 0.01);
    // Bold is its own embedded file (Lato Bold); the other runs share Lato Regular.
    expect(large.fontName).to.not.equal(upper.fontName);
    expect(tiny.fontName).to.equal(upper.fontName);
    expect(new TextDecoder('latin1').decode(bytes).match(/\/FontFile2/g)?.length).to.equal(2);
    // Left to right on one baseline.
    expect(large.transform[4]!).to.be.below(tiny.transform[4]!);
    expect(tiny.transform[4]!).to.be.below(upper.transform[4]!);
    expect(large.transform[5]!).to.be.closeTo(upper.transform[5]!, 0.01);
    // Colours: pdf.js's rendering of the page shows each run where the canvas does.
    const viewport = pdfPage.getViewport({ scale: 600 / pdfPage.getViewport({ scale: 1 }).width });
    const canvas = window.document.createElement('canvas');
    canvas.width = Math.round(viewport.width);
    canvas.height = Math.round(viewport.height);
    await pdfPage.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport } as never).promise;
    expectRunsDrawn(canvasPixels(canvas), 1, 'PDF');
    const png = colourBoxes(await decodeImage(await exportBlock(engine, page, { mimeType: 'image/png' }, { license: licensed })));
    const pdf = colourBoxes(canvasPixels(canvas));
    for (const name of ['red', 'blue', 'green'] as const) {
      expect(Math.abs(pdf[name].left - png[name].left), `${name} left: PDF ${pdf[name].left} PNG ${png[name].left}`).to.be.below(4);
      expect(Math.abs(pdf[name].bottom - png[name].bottom), `${name} bottom: PDF ${pdf[name].bottom} PNG ${png[name].bottom}`).to.be.below(4);
    }
  });

  it('PDF: runs without a font file use Helvetica in the run\'s weight and style', async () => {
    const { engine, page } = await createScene(600, 200);
    engines.push(engine);
    const text = engine.block.create('text');
    engine.block.replaceText(text, 'plain bold slanted');
    engine.block.setWidth(text, 560);
    engine.block.setHeight(text, 100);
    engine.block.appendChild(page, text);
    engine.block.setTextFontWeight(text, 'bold', 6, 10);
    engine.block.setTextFontStyle(text, 'italic', 11, 18);
    const blob = await exportBlock(engine, page, { mimeType: 'application/pdf' }, { license: licensed });
    const raw = new TextDecoder('latin1').decode(new Uint8Array(await blob.arrayBuffer()));
    expect(raw).to.contain('/BaseFont /Helvetica-Bold');
    expect(raw).to.contain('/BaseFont /Helvetica-Oblique');
  });

  it('SVG: one <tspan> per run with its fill, size, weight and style, case applied, rendering like the PNG', async () => {
    const { engine, page } = await mixedScene();
    engines.push(engine);
    const blob = await exportBlock(engine, page, { mimeType: 'image/svg+xml' }, { license: licensed });
    const document = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
    expect(document.getElementsByTagName('parsererror').length).to.equal(0);
    const spans = Array.from(document.getElementsByTagName('tspan')).map((span) => ({
      text: span.textContent!.trim(),
      x: Number(span.getAttribute('x')),
      y: Number(span.getAttribute('y')),
      fill: span.getAttribute('fill'),
      size: Number(span.getAttribute('font-size')),
      weight: span.getAttribute('font-weight'),
      style: span.getAttribute('font-style'),
      family: span.getAttribute('font-family'),
    }));
    const find = (text: string) => {
      const span = spans.find((candidate) => candidate.text === text);
      expect(span, `${text} in ${JSON.stringify(spans)}`).to.not.equal(undefined);
      return span!;
    };
    const [large, tiny, upper] = [find('Heads'), find('tiny'), find('UPPER')];
    expect([large.fill, tiny.fill, upper.fill]).to.deep.equal(['rgb(255,0,0)', 'rgb(0,0,255)', 'rgb(0,153,0)']);
    // Points to pixels (4/3): 80, 20 and 40 design units.
    expect(large.size).to.be.closeTo(80, 0.01);
    expect(tiny.size).to.be.closeTo(20, 0.01);
    expect(upper.size).to.be.closeTo(40, 0.01);
    expect([large.weight, tiny.weight, upper.weight]).to.deep.equal(['bold', 'normal', 'normal']);
    expect([large.style, tiny.style, upper.style]).to.deep.equal(['normal', 'italic', 'normal']);
    expect(large.family).to.not.equal(upper.family);
    expect(large.y).to.equal(upper.y);
    expect(large.x).to.be.below(tiny.x);
    expect(tiny.x).to.be.below(upper.x);
    expectRunsDrawn(await decodeImage(blob, 600, 200), 1, 'SVG');
  });
});
