/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import * as pdfjs from 'pdfjs-dist';
import type { Engine } from '../../core/engine/index.js';
import { exportBlock } from '../../core/export/index.js';
import { addImage, addShape, addText, canvasPixels, containsBytes, createScene, decodeImage, fixtureBytes, fixtureUrl, generatedJpeg, meanDifference, near, pixelAt, STROKE_POSITION_SAMPLES, addStrokePositionRects } from './export-helpers.js';

pdfjs.GlobalWorkerOptions.workerSrc = new URL('/node_modules/pdfjs-dist/build/pdf.worker.mjs', location.href).href;

const licensed = { needsWatermark: false };

async function parse(blob: Blob) {
  expect(blob.type).to.equal('application/pdf');
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const document = await pdfjs.getDocument({ data: bytes.slice() }).promise;
  return { bytes, document };
}

async function pageSize(document: pdfjs.PDFDocumentProxy, number: number): Promise<[number, number]> {
  const page = await document.getPage(number);
  const [x0, y0, x1, y1] = page.view as [number, number, number, number];
  return [x1 - x0, y1 - y0];
}

async function pageText(document: pdfjs.PDFDocumentProxy, number: number): Promise<string> {
  const content = await (await document.getPage(number)).getTextContent();
  return content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' ');
}

/** Page `number` rendered by pdf.js at 72 DPI (one pixel per point). */
async function renderPage(document: pdfjs.PDFDocumentProxy, number: number) {
  const page = await document.getPage(number);
  const viewport = page.getViewport({ scale: 1 });
  const canvas = window.document.createElement('canvas');
  canvas.width = viewport.width;
  canvas.height = viewport.height;
  await page.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport } as never).promise;
  return canvasPixels(canvas);
}

const latin1 = (bytes: Uint8Array): string => new TextDecoder('latin1').decode(bytes);

describe('PDF export', () => {
  let engines: Engine[] = [];
  afterEach(() => {
    for (const engine of engines) engine.dispose();
    engines = [];
  });

  it('writes A4 at 300 DPI in pixels as 595.28 × 841.89 pt, and A4 in millimetres alike', async () => {
    const pixels = await createScene(2480.315, 3507.874);
    engines.push(pixels.engine);
    pixels.engine.scene.setDPI(300);
    const { document } = await parse(await exportBlock(pixels.engine, pixels.page, { mimeType: 'application/pdf' }, { license: licensed }));
    expect(document.numPages).to.equal(1);
    const [width, height] = await pageSize(document, 1);
    expect(width).to.be.closeTo(595.28, 0.05);
    expect(height).to.be.closeTo(841.89, 0.05);
    const millimetres = await createScene(210, 297);
    engines.push(millimetres.engine);
    millimetres.engine.scene.setDesignUnit('Millimeter'); // converts the page (CE.SDK), so size it after
    millimetres.engine.block.setWidth(millimetres.page, 210);
    millimetres.engine.block.setHeight(millimetres.page, 297);
    const parsed = await parse(await exportBlock(millimetres.engine, millimetres.page, { mimeType: 'application/pdf' }, { license: licensed }));
    const [mmWidth, mmHeight] = await pageSize(parsed.document, 1);
    expect(mmWidth).to.be.closeTo(595.28, 0.05);
    expect(mmHeight).to.be.closeTo(841.89, 0.05);
  });

  it('writes one page per scene page at each page size, pixels taken at the DPI', async () => {
    const { engine, scene, page } = await createScene(1080, 1080);
    engines.push(engine);
    engine.scene.setDPI(72);
    const second = engine.block.create('page');
    engine.block.setWidth(second, 1920);
    engine.block.setHeight(second, 1080);
    engine.block.appendChild(scene, second);
    addShape(engine, page, { x: 100, y: 100, width: 300, height: 300 }, { r: 1, g: 0, b: 0, a: 1 });
    const { document } = await parse(await exportBlock(engine, scene, { mimeType: 'application/pdf' }, { license: licensed }));
    expect(document.numPages).to.equal(2);
    expect(await pageSize(document, 1)).to.deep.equal([1080, 1080]);
    expect(await pageSize(document, 2)).to.deep.equal([1920, 1080]);
    const custom = await parse(await exportBlock(engine, page, { mimeType: 'application/pdf', dpi: 144 }, { license: licensed }));
    expect(await pageSize(custom.document, 1)).to.deep.equal([540, 540]);
  });

  it('draws shapes as vectors (no image) and text as real, extractable text in the embedded font', async () => {
    const { engine, page } = await createScene(600, 300);
    engines.push(engine);
    engine.scene.setDPI(72);
    addShape(engine, page, { x: 20, y: 20, width: 200, height: 100 }, { r: 0, g: 0.5, b: 1, a: 1 }, 'star');
    addText(engine, page, { x: 20, y: 150, width: 560, height: 100 }, 'Searchable {{word}} text', 32);
    engine.variable.setString('word', 'vector');
    const { bytes, document } = await parse(await exportBlock(engine, page, { mimeType: 'application/pdf' }, { license: licensed }));
    expect(await pageText(document, 1)).to.contain('Searchable vector text');
    const text = latin1(bytes);
    expect(text).to.contain('/FontFile2');
    expect(text).not.to.contain('/Subtype /Image');
    const operators = await (await document.getPage(1)).getOperatorList();
    expect(operators.fnArray).to.include(pdfjs.OPS.constructPath);
    expect(operators.fnArray).not.to.include(pdfjs.OPS.paintImageXObject);
  });

  it('with high compatibility off embeds an unaltered JPEG byte-identical, but not a blurred one', async () => {
    const { engine, page } = await createScene(800, 400);
    engines.push(engine);
    engine.scene.setDPI(72);
    const photo = await fixtureBytes('images/photo-1600x1200.jpg');
    addImage(engine, page, { x: 0, y: 0, width: 400, height: 300 }, fixtureUrl('images/photo-1600x1200.jpg'));
    const generated = await generatedJpeg(320, 240, 40);
    const blurred = addImage(engine, page, { x: 420, y: 0, width: 320, height: 240 }, generated.uri);
    const blur = engine.block.createBlur('uniform');
    engine.block.setBlur(blurred, blur);
    engine.block.setBlurEnabled(blurred, true);
    const original = await parse(await exportBlock(engine, page, { mimeType: 'application/pdf', exportPdfWithHighCompatibility: false }, { license: licensed }));
    expect(containsBytes(original.bytes, photo)).to.equal(true);
    expect(containsBytes(original.bytes, generated.bytes)).to.equal(false);
    const compatible = await parse(await exportBlock(engine, page, { mimeType: 'application/pdf' }, { license: licensed }));
    expect(containsBytes(compatible.bytes, photo)).to.equal(false);
    expect(containsBytes(compatible.bytes, generated.bytes)).to.equal(false);
    // Both PDFs still show both images.
    for (const parsed of [original, compatible]) {
      const operators = await (await parsed.document.getPage(1)).getOperatorList();
      expect(operators.fnArray.filter((op) => op === pdfjs.OPS.paintImageXObject).length).to.be.at.least(2);
    }
    URL.revokeObjectURL(generated.uri);
  });

  it('renders in pdf.js like the canvas: vectors, gradients, strokes, rotation, text and both image modes', async function () {
    // Two PDFs, two pdf.js renders and a 1600×1200 JPEG: slow on a loaded two-core machine.
    this.timeout(180_000);
    const { engine, page } = await createScene(500, 300);
    engines.push(engine);
    engine.scene.setDPI(72);
    addText(engine, page, { x: 10, y: 10, width: 300, height: 80 }, 'Hello PDF with a long line that wraps', 20);
    const star = addShape(engine, page, { x: 320, y: 20, width: 150, height: 150 }, { r: 0, g: 0, b: 1, a: 1 }, 'star');
    const gradient = engine.block.createFill('gradient/linear');
    engine.block.setGradientColorStops(gradient, 'fill/gradient/colors', [
      { color: { r: 1, g: 1, b: 0, a: 1 }, stop: 0 },
      { color: { r: 0.5, g: 0, b: 0.5, a: 1 }, stop: 1 },
    ]);
    engine.block.setFill(star, gradient);
    engine.block.setRotation(star, Math.PI / 8);
    const rect = addShape(engine, page, { x: 20, y: 120, width: 120, height: 80 }, { r: 1, g: 0, b: 0, a: 0.7 });
    engine.block.setBool(rect, 'stroke/enabled', true);
    engine.block.setFloat(rect, 'stroke/width', 6);
    engine.block.setColor(rect, 'stroke/color', { r: 0, g: 0, b: 0, a: 1 });
    engine.block.setRotation(rect, 0.3);
    addImage(engine, page, { x: 180, y: 150, width: 160, height: 120 }, fixtureUrl('images/photo-1600x1200.jpg'));
    const png = await decodeImage(await exportBlock(engine, page, {}, { license: licensed }));
    for (const exportPdfWithHighCompatibility of [true, false]) {
      const { bytes, document } = await parse(await exportBlock(engine, page, { mimeType: 'application/pdf', exportPdfWithHighCompatibility }, { license: licensed }));
      if (!exportPdfWithHighCompatibility) expect(latin1(bytes)).to.match(/\/Width 1600\s+\/Height 1200\s+\/ColorSpace \/DeviceRGB/);
      const rendered = await renderPage(document, 1);
      expect(meanDifference(rendered, png), `high compatibility ${exportPdfWithHighCompatibility}`).to.be.below(6);
    }
  });

  it('draws inner, centre and outer strokes where the canvas draws them', async () => {
    const { engine, page } = await createScene(600, 200);
    engines.push(engine);
    engine.scene.setDPI(72);
    addStrokePositionRects(engine, page);
    const png = await decodeImage(await exportBlock(engine, page, {}, { license: licensed }));
    const { document } = await parse(await exportBlock(engine, page, { mimeType: 'application/pdf' }, { license: licensed }));
    const pdf = await renderPage(document, 1);
    for (const { position, x, want } of STROKE_POSITION_SAMPLES) {
      expect(near(pixelAt(png, x, 100), want, 24), `canvas ${position} at ${x}`).to.equal(true);
      expect(near(pixelAt(pdf, x, 100), want, 24), `PDF ${position} at ${x}: ${pixelAt(pdf, x, 100)}`).to.equal(true);
    }
  });

  it('carries the watermark image when unlicensed and none when licensed', async () => {
    const { engine, page } = await createScene(400, 300);
    engines.push(engine);
    addShape(engine, page, { x: 20, y: 20, width: 100, height: 100 }, { r: 1, g: 0, b: 0, a: 1 });
    const marked = await parse(await exportBlock(engine, page, { mimeType: 'application/pdf' }, { license: { needsWatermark: true } }));
    const clean = await parse(await exportBlock(engine, page, { mimeType: 'application/pdf' }, { license: licensed }));
    const images = async (document: pdfjs.PDFDocumentProxy) =>
      (await (await document.getPage(1)).getOperatorList()).fnArray.filter((op) => op === pdfjs.OPS.paintImageXObject).length;
    expect(await images(marked.document)).to.equal(1);
    expect(await images(clean.document)).to.equal(0);
  });

  it('exports a single block or a group as one page at its bounding box', async () => {
    const { engine, page } = await createScene(600, 400);
    engines.push(engine);
    engine.scene.setDPI(72);
    const first = addShape(engine, page, { x: 100, y: 50, width: 100, height: 80 }, { r: 1, g: 0, b: 0, a: 1 });
    const second = addShape(engine, page, { x: 250, y: 150, width: 50, height: 50 }, { r: 0, g: 0, b: 1, a: 1 });
    const single = await parse(await exportBlock(engine, first, { mimeType: 'application/pdf' }, { license: licensed }));
    expect(await pageSize(single.document, 1)).to.deep.equal([100, 80]);
    const group = engine.block.group([first, second]);
    const grouped = await parse(await exportBlock(engine, group, { mimeType: 'application/pdf' }, { license: licensed }));
    expect(grouped.document.numPages).to.equal(1);
    expect(await pageSize(grouped.document, 1)).to.deep.equal([200, 150]);
  });

  it('refuses a page larger than PDF allows with a typed error', async () => {
    const { engine, page } = await createScene(6000, 100);
    engines.push(engine);
    engine.scene.setDesignUnit('Millimeter'); // converts the page (CE.SDK), so size it after
    engine.block.setWidth(page, 6000);
    engine.block.setHeight(page, 100);
    const error = await exportBlock(engine, page, { mimeType: 'application/pdf' }, { license: licensed }).catch((caught: unknown) => caught);
    expect((error as { code?: string }).code).to.equal('LIMIT_EXCEEDED');
  });

  it('aborts with AbortError', async () => {
    const { engine, page } = await createScene(400, 300);
    engines.push(engine);
    addText(engine, page, { x: 10, y: 10, width: 300, height: 100 }, 'abort me');
    const fontsBefore = document.fonts.size;
    const controller = new AbortController();
    // Abort once the writer is past its first item (the font is loaded and registered by then).
    const error = await exportBlock(engine, page, {
      mimeType: 'application/pdf', abortSignal: controller.signal,
      onProgress: (progress) => { if (progress.stage === 'render' && progress.completed >= 1) controller.abort(); },
    }, { license: licensed }).catch((caught: unknown) => caught);
    expect((error as DOMException).name).to.equal('AbortError');
    // Nothing is left behind: the font face the writer registered for measuring is removed again.
    const deadline = Date.now() + 5000;
    while (document.fonts.size !== fontsBefore && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.fonts.size).to.equal(fontsBefore);
  });
});
