/**
 * The browser side of `bench/export-cold.bench.ts`: one cold PNG export (the first of the page) of
 * the harness scene (bench/harness/scene-spec.ts: rects, ellipses, rounded rects, texts, images) at
 * `?n=` blocks, painted by `?painter=direct|renderer`. The on-screen renderer is loaded first, as in
 * the harness (`?screen=0`: none), and left to settle; only the export is timed. `?hold=1` waits
 * for `__go()` before exporting (for a profiler).
 */
import { Engine } from '../core/engine/index.js';
import { registerExporters } from '../core/export/index.js';
import { setRasterPainter } from '../core/export/raster-export.js';
import { SceneRenderer } from '../core/render/index.js';
import { addBenchObjects } from './harness/ours-adapter.js';
import { buildSceneSpec, makeBenchImage, PAGE_HEIGHT, PAGE_WIDTH } from './harness/scene-spec.js';

const params = new URLSearchParams(location.search);
const count = Number(params.get('n') ?? 1000);
const painter = params.get('painter') === 'renderer' ? 'renderer' : 'direct';
const withScreen = params.get('screen') !== '0';

async function run(): Promise<{ ms: number; bytes: number }> {
  const engine = await Engine.create();
  registerExporters(engine, { license: { needsWatermark: false } });
  engine.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
  const page = engine.scene.getPages()[0]!;
  engine.editor.transact('bench scene', () => {
    engine.block.setWidth(page, PAGE_WIDTH);
    engine.block.setHeight(page, PAGE_HEIGHT);
    addBenchObjects(engine, page, buildSceneSpec(count), makeBenchImage());
  });
  if (withScreen) {
    const renderer = await SceneRenderer.create({ engine, width: PAGE_WIDTH, height: PAGE_HEIGHT, resolution: 1 });
    document.body.append(renderer.canvas);
    renderer.setCamera({ x: 0, y: 0, zoom: 1 });
    renderer.renderNow();
    await renderer.whenIdle();
    renderer.renderNow();
    // The user clicks export later: the canvas's background work (tile painting in idle frames) is done.
    await new Promise((resolve) => setTimeout(resolve, 1500));
  }
  setRasterPainter(painter);
  if (params.get('hold') === '1') {
    // For profilers: wait until told to export.
    await new Promise<void>((resolve) => {
      (window as unknown as { __go?: () => void; __ready?: boolean }).__go = resolve;
      (window as unknown as { __ready?: boolean }).__ready = true;
    });
  }
  const start = performance.now();
  const blob = (await engine.block.export(page, { mimeType: 'image/png' })) as Blob;
  return { ms: performance.now() - start, bytes: blob.size };
}

run().then(
  (result) => ((window as unknown as { __coldExport?: unknown }).__coldExport = result),
  (error: unknown) => ((window as unknown as { __coldExport?: unknown }).__coldExport = { error: String(error) }),
);
