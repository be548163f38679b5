/**
 * The browser side of `bench/export.bench.ts`: builds scenes through the public engine API and
 * times real exports (medians), then reports which script chunks the first PDF export loaded.
 */
import { Engine, type DesignBlockId } from '../core/engine/index.js';
import { registerExporters } from '../core/export/index.js';
import { AssetLoader } from '../core/io/index.js';
import { getMaxTextureSize, renderBlockToCanvas } from '../core/render/index.js';

interface Figures {
  png1080Ms: number[];
  png4000Ms: number[];
  png4000LevelMs: number[];
  render4000Ms: number[];
  jpeg4000Ms: number[];
  maxTextureSize: number;
  pdf10PagesMs: number[];
  firstPdfMs: number;
  png1080Bytes: number;
  png4000Bytes: number;
  pdf10PagesBytes: number;
  chunks: Array<{ name: string; transferBytes: number; decodedBytes: number }>;
  error?: string;
}

const params = new URLSearchParams(location.search);
const runs = Number(params.get('runs') ?? 3);
const font = new URL('/test/fixtures/fonts/Lato-Regular.ttf', location.href).href;
const photo = new URL('/test/fixtures/images/photo-1600x1200.jpg', location.href).href;

function addBlocks(engine: Engine, page: DesignBlockId, width: number, height: number, count: number): void {
  const shapes = ['rect', 'ellipse', 'star', 'polygon'] as const;
  for (let index = 0; index < count; index += 1) {
    const x = ((index * 97) % 10) / 10 * width * 0.9;
    const y = (Math.floor(index / 10) / Math.ceil(count / 10)) * height * 0.9;
    const size = Math.min(width, height) / 12;
    let block: DesignBlockId;
    if (index % 10 === 9) {
      block = engine.block.create('text');
      engine.block.replaceText(block, `Block ${index}: export benchmark text`);
      engine.block.setString(block, 'text/fontFileUri', font);
      engine.block.setFloat(block, 'text/fontSize', size / 4);
    } else if (index % 10 === 4) {
      block = engine.block.create('graphic');
      engine.block.setShape(block, engine.block.createShape('rect'));
      const fill = engine.block.createFill('image');
      engine.block.setString(fill, 'fill/image/imageFileURI', photo);
      engine.block.setFill(block, fill);
    } else {
      block = engine.block.create('graphic');
      engine.block.setShape(block, engine.block.createShape(shapes[index % shapes.length]!));
      const fill = engine.block.createFill(index % 3 === 0 ? 'gradient/linear' : 'color');
      if (index % 3 === 0) {
        engine.block.setGradientColorStops(fill, 'fill/gradient/colors', [
          { color: { r: 1, g: 0.5, b: 0, a: 1 }, stop: 0 }, { color: { r: 0.2, g: 0, b: 0.8, a: 1 }, stop: 1 },
        ]);
      } else {
        engine.block.setColor(fill, 'fill/color/value', { r: (index % 7) / 7, g: 0.4, b: 1 - (index % 5) / 5, a: 1 });
      }
      engine.block.setFill(block, fill);
      engine.block.setRotation(block, (index % 8) * 0.1);
    }
    engine.block.setPositionX(block, x);
    engine.block.setPositionY(block, y);
    engine.block.setWidth(block, size * 2);
    engine.block.setHeight(block, size * 1.2);
    engine.block.appendChild(page, block);
  }
}

async function scene(pages: Array<[number, number]>, blocksPerPage: number): Promise<Engine> {
  const engine = await Engine.create();
  const sceneId = engine.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
  for (let index = 0; index < pages.length; index += 1) {
    const page = index === 0 ? engine.scene.getPages()[0]! : engine.block.create('page');
    if (index > 0) engine.block.appendChild(sceneId, page);
    engine.block.setWidth(page, pages[index]![0]);
    engine.block.setHeight(page, pages[index]![1]);
    addBlocks(engine, page, pages[index]![0], pages[index]![1], blocksPerPage);
  }
  return engine;
}

async function time(run: () => Promise<Blob>): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const blob = await run();
  return { ms: performance.now() - start, bytes: blob.size };
}

async function main(): Promise<Figures> {
  const assets = new AssetLoader();
  const licensed = { needsWatermark: false };
  const figures: Figures = { png1080Ms: [], png4000Ms: [], png4000LevelMs: [], render4000Ms: [], jpeg4000Ms: [], maxTextureSize: getMaxTextureSize(), pdf10PagesMs: [], firstPdfMs: 0, png1080Bytes: 0, png4000Bytes: 0, pdf10PagesBytes: 0, chunks: [] };

  const pdfEngine = await scene(Array.from({ length: 10 }, () => [2480, 3508] as [number, number]), 12);
  registerExporters(pdfEngine, { assets, license: licensed });
  const before = new Set(performance.getEntriesByType('resource').map((entry) => entry.name));
  const first = await time(() => pdfEngine.block.export(pdfEngine.scene.get()!, { mimeType: 'application/pdf' }) as Promise<Blob>);
  figures.firstPdfMs = first.ms;
  for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
    if (before.has(entry.name) || !entry.name.endsWith('.js')) continue;
    figures.chunks.push({ name: new URL(entry.name).pathname.split('/').pop()!, transferBytes: entry.transferSize, decodedBytes: entry.decodedBodySize });
  }
  for (let run = 0; run < runs; run += 1) {
    const result = await time(() => pdfEngine.block.export(pdfEngine.scene.get()!, { mimeType: 'application/pdf' }) as Promise<Blob>);
    figures.pdf10PagesMs.push(result.ms);
    figures.pdf10PagesBytes = result.bytes;
  }
  pdfEngine.dispose();

  const small = await scene([[1080, 1080]], 50);
  registerExporters(small, { assets, license: licensed });
  const smallPage = small.scene.getPages()[0]!;
  await small.block.export(smallPage, { mimeType: 'image/png' });
  for (let run = 0; run < runs; run += 1) {
    const result = await time(() => small.block.export(smallPage, { mimeType: 'image/png' }) as Promise<Blob>);
    figures.png1080Ms.push(result.ms);
    figures.png1080Bytes = result.bytes;
  }
  small.dispose();

  const large = await scene([[4000, 4000]], 50);
  registerExporters(large, { assets, license: licensed });
  const largePage = large.scene.getPages()[0]!;
  for (let run = 0; run < runs; run += 1) {
    const result = await time(() => large.block.export(largePage, { mimeType: 'image/png' }) as Promise<Blob>);
    figures.png4000Ms.push(result.ms);
    figures.png4000Bytes = result.bytes;
    // The renderer's share: one offscreen render of the same page (no encoding).
    const start = performance.now();
    const canvas = await renderBlockToCanvas(large, largePage, { width: 4000, height: 4000, assets });
    figures.render4000Ms.push(performance.now() - start);
    canvas.width = 0;
    const level = await time(() => large.block.export(largePage, { mimeType: 'image/png', pngCompressionLevel: 5 }) as Promise<Blob>);
    figures.png4000LevelMs.push(level.ms);
    const jpeg = await time(() => large.block.export(largePage, { mimeType: 'image/jpeg' }) as Promise<Blob>);
    figures.jpeg4000Ms.push(jpeg.ms);
  }
  large.dispose();
  assets.dispose();
  return figures;
}

main().then(
  (figures) => ((window as unknown as { __exportBench: Figures }).__exportBench = figures),
  (error: unknown) => ((window as unknown as { __exportBench: { error: string } }).__exportBench = { error: String(error instanceof Error ? error.stack : error) }),
);
