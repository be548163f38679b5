/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { CesdkError } from '../../core/engine/index.js';
import { registerExporters, exportBlock, type ExportProgress, type ExportUsage } from '../../core/export/index.js';
import { AssetLoader } from '../../core/io/index.js';
import { offscreenSceneCount, renderBlockToCanvas, SceneRenderer } from '../../core/render/index.js';
import { LicenseService } from '../../licensing/license-service.js';
import { addImage, addShape, addText, canvasPixels, createScene, decodeImage, fixtureUrl, meanDifference, near, pixelAt } from './export-helpers.js';

const RED = { r: 1, g: 0, b: 0, a: 1 };
const BLUE = { r: 0, g: 0, b: 1, a: 1 };
const licensed = { needsWatermark: false };

async function redBlueScene() {
  const context = await createScene(300, 200);
  addShape(context.engine, context.page, { x: 20, y: 20, width: 100, height: 80 }, RED);
  addShape(context.engine, context.page, { x: 160, y: 60, width: 120, height: 120 }, BLUE, 'ellipse');
  return context;
}

describe('raster export (PNG, JPEG, WebP, raw RGBA)', () => {
  it('exports a PNG that decodes to the canvas render, at the page size', async () => {
    const { engine, page } = await redBlueScene();
    registerExporters(engine, { license: licensed });
    const blob = (await engine.block.export(page, { mimeType: 'image/png' })) as Blob;
    expect(blob.type).to.equal('image/png');
    const image = await decodeImage(blob);
    expect([image.width, image.height]).to.deep.equal([300, 200]);
    expect(near(pixelAt(image, 70, 60), [255, 0, 0, 255])).to.equal(true);
    expect(near(pixelAt(image, 220, 120), [0, 0, 255, 255])).to.equal(true);
    expect(near(pixelAt(image, 5, 195), [255, 255, 255, 255])).to.equal(true);
    const canvas = canvasPixels(await renderBlockToCanvas(engine, page, { width: 300, height: 200 }));
    expect(meanDifference(image, canvas)).to.be.below(1);
    engine.dispose();
  });

  it('matches what the on-screen canvas (SceneRenderer) shows', async () => {
    const { engine, page } = await redBlueScene();
    addText(engine, page, { x: 20, y: 120, width: 140, height: 60 }, 'On screen', 20);
    const renderer = await SceneRenderer.create({ engine, width: 300, height: 200, resolution: 1 });
    try {
      renderer.setWatermark(false);
      renderer.setCamera({ x: 0, y: 0, zoom: 1 });
      await renderer.whenIdle();
      renderer.renderNow();
      const screen = canvasPixels(renderer.canvas);
      const exported = await decodeImage(await exportBlock(engine, page, {}, { license: licensed }));
      expect([screen.width, screen.height]).to.deep.equal([300, 200]);
      expect(meanDifference(exported, screen)).to.be.below(2);
    } finally {
      renderer.destroy();
      engine.dispose();
    }
  });

  it('keeps the aspect ratio with one target size and covers exactly with both', async () => {
    const { engine, page } = await redBlueScene();
    const widthOnly = await decodeImage(await exportBlock(engine, page, { targetWidth: 150 }, { license: licensed }));
    expect([widthOnly.width, widthOnly.height]).to.deep.equal([150, 100]);
    expect(near(pixelAt(widthOnly, 35, 30), [255, 0, 0, 255])).to.equal(true);
    const heightOnly = await decodeImage(await exportBlock(engine, page, { targetHeight: 400 }, { license: licensed }));
    expect([heightOnly.width, heightOnly.height]).to.deep.equal([600, 400]);
    const both = await decodeImage(await exportBlock(engine, page, { targetWidth: 200, targetHeight: 200 }, { license: licensed }));
    expect([both.width, both.height]).to.deep.equal([200, 200]);
    engine.dispose();
  });

  it('exports JPEG and WebP that decode close to the PNG, with quality changing the JPEG size', async () => {
    const { engine, page } = await redBlueScene();
    const png = await decodeImage(await exportBlock(engine, page, { mimeType: 'image/png' }, { license: licensed }));
    const highJpeg = await exportBlock(engine, page, { mimeType: 'image/jpeg', jpegQuality: 0.95 }, { license: licensed });
    const lowJpeg = await exportBlock(engine, page, { mimeType: 'image/jpeg', jpegQuality: 0.2 }, { license: licensed });
    expect(highJpeg.type).to.equal('image/jpeg');
    expect(lowJpeg.size).to.be.below(highJpeg.size);
    const jpeg = await decodeImage(highJpeg);
    expect(meanDifference(jpeg, png)).to.be.below(3);
    const webpBlob = await exportBlock(engine, page, { mimeType: 'image/webp', webpQuality: 0.9 }, { license: licensed });
    expect(webpBlob.type).to.equal('image/webp');
    const webp = await decodeImage(webpBlob);
    expect([webp.width, webp.height]).to.deep.equal([300, 200]);
    expect(meanDifference(webp, png)).to.be.below(3);
    engine.dispose();
  });

  it('exports raw RGBA of width × height × 4 bytes equal to the PNG pixels', async () => {
    const { engine, page } = await redBlueScene();
    const raw = await exportBlock(engine, page, { mimeType: 'application/octet-stream', targetWidth: 150 }, { license: licensed });
    expect(raw.size).to.equal(150 * 100 * 4);
    const png = await decodeImage(await exportBlock(engine, page, { targetWidth: 150 }, { license: licensed }));
    const bytes = new Uint8Array(await raw.arrayBuffer());
    let differing = 0;
    for (let i = 0; i < bytes.length; i += 1) if (Math.abs(bytes[i]! - png.data[i]!) > 1) differing += 1;
    expect(differing).to.equal(0);
    engine.dispose();
  });

  it('honours pngCompressionLevel: same pixels, smaller file at 9 than at 0', async () => {
    const { engine, page } = await redBlueScene();
    const stored = await exportBlock(engine, page, { pngCompressionLevel: 0 }, { license: licensed });
    const smallest = await exportBlock(engine, page, { pngCompressionLevel: 9 }, { license: licensed });
    expect(stored.size).to.be.above(300 * 200 * 4);
    expect(smallest.size).to.be.below(stored.size / 10);
    expect(meanDifference(await decodeImage(stored), await decodeImage(smallest))).to.equal(0);
    engine.dispose();
  });

  it('renders in stitched tiles when the output exceeds the tile size, matching the single render', async () => {
    const { engine, page } = await redBlueScene();
    const progress: ExportProgress[] = [];
    const tiled = await exportBlock(engine, page, { maxTileSize: 64, onProgress: (report) => progress.push(report) }, { license: licensed });
    const whole = await exportBlock(engine, page, {}, { license: licensed });
    const tiledPixels = await decodeImage(tiled);
    expect([tiledPixels.width, tiledPixels.height]).to.deep.equal([300, 200]);
    expect(meanDifference(tiledPixels, await decodeImage(whole))).to.be.below(1);
    // 5 × 4 tiles of at most 64 px.
    expect(progress.filter((report) => report.stage === 'render').at(-1)?.total).to.equal(20);
    engine.dispose();
  });

  it('carries the watermark in every tile of a tiled export', async () => {
    const { engine, page } = await redBlueScene();
    const tiled = await decodeImage(await exportBlock(engine, page, { maxTileSize: 100 }, { license: { needsWatermark: true } }));
    const clean = await decodeImage(await exportBlock(engine, page, { maxTileSize: 100 }, { license: licensed }));
    expect([tiled.width, tiled.height]).to.deep.equal([300, 200]);
    // The renderer lays the watermark out per tile canvas: each 100×100 tile shows marks.
    for (let y = 0; y < 200; y += 100) {
      for (let x = 0; x < 300; x += 100) {
        const region = (image: typeof tiled) => {
          const data = new Uint8ClampedArray(100 * 100 * 4);
          for (let row = 0; row < 100; row += 1) data.set(image.data.subarray(((y + row) * 300 + x) * 4, ((y + row) * 300 + x + 100) * 4), row * 400);
          return { width: 100, height: 100, data };
        };
        expect(meanDifference(region(tiled), region(clean)), `tile ${x},${y}`).to.be.above(1);
      }
    }
    engine.dispose();
  });

  it('exports a single block at its bounding box, and the scene as its pages in a column', async () => {
    const { engine, scene, page } = await redBlueScene();
    const rect = engine.block.getChildren(page)[0]!;
    const block = await decodeImage(await exportBlock(engine, rect, {}, { license: licensed }));
    expect([block.width, block.height]).to.deep.equal([100, 80]);
    expect(near(pixelAt(block, 50, 40), [255, 0, 0, 255])).to.equal(true);
    const second = engine.block.create('page');
    engine.block.setWidth(second, 300);
    engine.block.setHeight(second, 100);
    engine.block.appendChild(scene, second);
    const whole = await decodeImage(await exportBlock(engine, scene, {}, { license: licensed }));
    // Two pages and the 40-unit gap between them, as the canvas lays them out.
    expect([whole.width, whole.height]).to.deep.equal([300, 340]);
    expect(near(pixelAt(whole, 70, 60), [255, 0, 0, 255])).to.equal(true);
    engine.dispose();
  });

  it('reuses one set of offscreen views across exports when the caller shares no asset loader', async () => {
    const { engine, page } = await createScene(200, 120);
    addShape(engine, page, { x: 10, y: 10, width: 80, height: 60 }, { r: 0.2, g: 0.5, b: 0.9, a: 1 });
    const image = addImage(engine, page, { x: 100, y: 10, width: 90, height: 60 }, fixtureUrl('images/photo-1600x1200.jpg'));
    // An effect: the direct painter takes this block's pixels from the renderer's offscreen views.
    engine.block.appendEffect(image, engine.block.createEffect('sepia'));
    registerExporters(engine, { license: licensed });
    const first = await decodeImage((await engine.block.export(page, { mimeType: 'image/png' })) as Blob);
    for (let index = 0; index < 3; index += 1) await engine.block.export(page, { mimeType: 'image/png' });
    await exportBlock(engine, page, { mimeType: 'image/jpeg' }, { license: licensed });
    // One per engine: a loader per export used to add (and keep) a whole set of views each time.
    expect(offscreenSceneCount(engine)).to.equal(1);
    const again = await decodeImage((await engine.block.export(page, { mimeType: 'image/png' })) as Blob);
    expect(meanDifference(first, again)).to.be.below(0.5);
    engine.dispose();
  });

  it('reports monotonic progress that ends at 1', async () => {
    const { engine, page } = await redBlueScene();
    const fractions: number[] = [];
    await exportBlock(engine, page, { onProgress: (report) => fractions.push(report.fraction) }, { license: licensed });
    expect(fractions.length).to.be.above(2);
    for (let i = 1; i < fractions.length; i += 1) expect(fractions[i]).to.be.at.least(fractions[i - 1]!);
    expect(fractions.at(-1)).to.equal(1);
    engine.dispose();
  });

  it('resolves text variables exactly as literal text', async () => {
    const first = await createScene(320, 80);
    addText(first.engine, first.page, { x: 10, y: 10, width: 300, height: 60 }, 'Hello {{name}}');
    first.engine.variable.setString('name', 'Ada');
    const second = await createScene(320, 80);
    addText(second.engine, second.page, { x: 10, y: 10, width: 300, height: 60 }, 'Hello Ada');
    const withVariable = await decodeImage(await exportBlock(first.engine, first.page, {}, { license: licensed }));
    const literal = await decodeImage(await exportBlock(second.engine, second.page, {}, { license: licensed }));
    const blank = await createScene(320, 80);
    const empty = await decodeImage(await exportBlock(blank.engine, blank.page, {}, { license: licensed }));
    expect(meanDifference(literal, empty)).to.be.above(1);
    expect(meanDifference(withVariable, literal)).to.be.below(0.5);
    for (const context of [first, second, blank]) context.engine.dispose();
  });

  it('draws the watermark when unlicensed (real license service without a key) and none when licensed', async () => {
    const { engine, page } = await redBlueScene();
    const service = new LicenseService({ engineVersion: 'test' });
    await service.start();
    expect(service.needsWatermark).to.equal(true);
    const marked = await decodeImage(await exportBlock(engine, page, {}, { license: service }));
    const clean = await decodeImage(await exportBlock(engine, page, {}, { license: licensed }));
    const reference = canvasPixels(await renderBlockToCanvas(engine, page, { width: 300, height: 200 }));
    expect(meanDifference(clean, reference)).to.be.below(1);
    expect(meanDifference(marked, clean)).to.be.above(1);
    const defaulted = await decodeImage(await exportBlock(engine, page, {}, {}));
    expect(meanDifference(defaulted, marked)).to.be.below(1);
    service.dispose();
    engine.dispose();
  });

  it('rejects an aborted export with AbortError and emits no usage event', async () => {
    const { engine, page } = await redBlueScene();
    const usages: ExportUsage[] = [];
    registerExporters(engine, { license: licensed, onUsage: (usage) => usages.push(usage) });
    const engineEvents: unknown[] = [];
    engine.onEvent('export', (payload) => engineEvents.push(payload));
    const before = new AbortController();
    before.abort();
    let error: unknown = await engine.block.export(page, { abortSignal: before.signal } as never).catch((caught: unknown) => caught);
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
    const during = new AbortController();
    const pending = engine.block.export(page, { targetWidth: 3000, maxTileSize: 256, abortSignal: during.signal, onProgress: () => during.abort() } as never);
    error = await pending.catch((caught: unknown) => caught);
    expect((error as DOMException).name).to.equal('AbortError');
    expect(usages).to.deep.equal([]);
    expect(engineEvents).to.deep.equal([]);
    await engine.block.export(page, {});
    expect(usages).to.deep.equal([{ mediaType: 'photo', mimeType: 'image/png', width: 300, height: 200 }]);
    expect(engineEvents).to.deep.equal([{ blockId: page, mimeType: 'image/png', byteLength: (engineEvents[0] as { byteLength: number }).byteLength, width: 300, height: 200 }]);
    engine.dispose();
  });

  it('throws typed errors for an unknown block, a zero-size page, bad options and an impossible size', async () => {
    const { engine, page } = await redBlueScene();
    const codeOf = async (run: () => Promise<unknown>) => {
      try {
        await run();
      } catch (error) {
        expect(error).to.be.instanceOf(CesdkError);
        return (error as CesdkError).code;
      }
      return 'no error';
    };
    expect(await codeOf(() => exportBlock(engine, 987654, {}))).to.equal('INVALID_BLOCK');
    expect(await codeOf(() => exportBlock(engine, page, { targetWidth: 100_000 }))).to.equal('LIMIT_EXCEEDED');
    expect(await codeOf(() => exportBlock(engine, page, { jpegQuality: 2, mimeType: 'image/jpeg' }))).to.equal('OUT_OF_RANGE');
    expect(await codeOf(() => exportBlock(engine, page, { mimeType: 'image/tiff' as never }))).to.equal('INVALID_VALUE');
    engine.block.setWidth(page, 0);
    expect(await codeOf(() => exportBlock(engine, page, {}))).to.equal('INVALID_VALUE');
    engine.dispose();
  });

  it('exports an image fill covering its frame like the file itself', async () => {
    const { engine, page } = await createScene(200, 150);
    addImage(engine, page, { x: 0, y: 0, width: 200, height: 150 }, fixtureUrl('images/pattern-800x600.png'));
    const png = await decodeImage(await exportBlock(engine, page, {}, { license: licensed }));
    const reference = await decodeImage(await (await fetch(fixtureUrl('images/pattern-800x600.png'))).blob(), 200, 150);
    expect(meanDifference(png, reference)).to.be.below(3);
    engine.dispose();
  });

  it('exports a broken image as its placeholder and reports it without failing', async () => {
    const { engine, page } = await createScene(200, 200);
    const broken = addImage(engine, page, { x: 0, y: 0, width: 200, height: 200 }, fixtureUrl('hostile/random-bytes.jpg'));
    const reports: Array<{ code: string; block?: number }> = [];
    const assets = new AssetLoader();
    const blob = await exportBlock(engine, page, { onError: (error, block) => reports.push({ code: error.code, block }) }, { license: licensed, assets });
    const image = await decodeImage(blob);
    expect([image.width, image.height]).to.deep.equal([200, 200]);
    expect(reports.length).to.be.at.least(1);
    expect(reports[0]!.block).to.equal(broken);
    // The placeholder is drawn: the page is not plain white.
    const blank = await createScene(200, 200);
    const empty = await decodeImage(await exportBlock(blank.engine, blank.page, {}, { license: licensed }));
    expect(meanDifference(image, empty)).to.be.above(1);
    assets.dispose();
    engine.dispose();
    blank.engine.dispose();
  });
});
