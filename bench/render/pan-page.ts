/**
 * Pan-into-new-ground page: 10,000 blocks (the harness's object mix) spread over a 4000×3000 page,
 * seen through a 1920×1080 view that pans continuously over the page. The camera moves once per
 * animation frame and the renderer draws on its own (requestRender, as `<cesdk-canvas>` drives it).
 * Each animation-frame callback is timed (performance.now around it, plus a one-pixel read-back that
 * makes the browser finish the drawing), and the callbacks of one frame are summed: that is the frame
 * time reported. Publishes `window.__panBench`.
 */
import { Engine } from '../../core/engine/index.js';
import { SceneRenderer, type RenderBackend } from '../../core/render/index.js';
import { addBenchObjects } from '../harness/ours-adapter.js';
import { buildSceneSpec, flushCanvas as flush, makeBenchImage, PAGE_HEIGHT, PAGE_WIDTH } from '../harness/scene-spec.js';

declare global {
  interface Window { __panBench?: unknown }
}

const SPREAD_WIDTH = 4000;
const SPREAD_HEIGHT = 3000;
const VIEW_WIDTH = 1920;
const VIEW_HEIGHT = 1080;

/** Frame work: every animation-frame callback is timed and summed per frame (by its timestamp). */
const frameWork = new Map<number, number>();
let timedCanvas: HTMLCanvasElement | undefined;
let timedRenderer: SceneRenderer | undefined;
/** Frames over 33 ms, with the renderer's work counters of that callback (for diagnosis). */
const slow: Record<string, number>[] = [];
/** The most blocks drawn into tiles by one callback (a measure of a frame's work that load does not skew). */
let maxBlocks = 0;
const nativeRequest = window.requestAnimationFrame.bind(window);
window.requestAnimationFrame = (callback: FrameRequestCallback) => nativeRequest((timestamp) => {
  const start = performance.now();
  const before = timedRenderer?.statistics;
  callback(timestamp);
  if (timedCanvas) flush(timedCanvas);
  const elapsed = performance.now() - start;
  frameWork.set(timestamp, (frameWork.get(timestamp) ?? 0) + elapsed);
  const after = timedRenderer?.statistics;
  if (before && after) maxBlocks = Math.max(maxBlocks, after.blocksDrawn - before.blocksDrawn);
  if (elapsed > 33 && before && after) {
    slow.push({ ms: Math.round(elapsed), full: after.fullRenders - before.fullRenders, coarse: after.coarseRenders - before.coarseRenders, warmed: after.warmedViews - before.warmedViews, blocks: after.blocksDrawn - before.blocksDrawn });
  }
});
const nextFrame = () => new Promise<number>((resolve) => nativeRequest(resolve));

/** The camera path: a serpentine over the page, `step` design units per frame. */
function* cameraPath(step: number): Generator<{ x: number; y: number }> {
  const maxX = SPREAD_WIDTH - VIEW_WIDTH;
  const rows = [0, 960, SPREAD_HEIGHT - VIEW_HEIGHT];
  let x = 0;
  for (let row = 0; row < rows.length; row += 1) {
    const forward = row % 2 === 0;
    for (let offset = 0; offset <= maxX; offset += step) {
      x = forward ? offset : maxX - offset;
      yield { x, y: rows[row] };
    }
    if (row + 1 < rows.length) for (let y = rows[row]; y < rows[row + 1]; y += step) yield { x, y };
  }
}

async function run(backend: RenderBackend, step: number) {
  const engine = await Engine.create({ limits: { maxBlocks: 200_000 } } as never);
  engine.scene.create('Free', { page: { size: { width: SPREAD_WIDTH, height: SPREAD_HEIGHT } } });
  const page = engine.scene.getPages()[0];
  const spread = buildSceneSpec(10_000).map((object) => ({
    ...object,
    x: (object.x / (PAGE_WIDTH - object.width)) * (SPREAD_WIDTH - object.width),
    y: (object.y / (PAGE_HEIGHT - object.height)) * (SPREAD_HEIGHT - object.height),
  }));
  engine.editor.transact('bench', () => addBenchObjects(engine, page, spread, makeBenchImage()));
  const renderer = await SceneRenderer.create({ engine, width: VIEW_WIDTH, height: VIEW_HEIGHT, resolution: 1, preference: backend });
  document.body.append(renderer.canvas);
  renderer.setCamera({ x: 0, y: 0, zoom: 1 });
  await renderer.whenIdle();
  flush(renderer.canvas);
  timedCanvas = renderer.canvas;
  timedRenderer = renderer;
  frameWork.clear();
  slow.length = 0;
  maxBlocks = 0;
  const intervals: number[] = [];
  let last = await nextFrame();
  for (const position of cameraPath(step)) {
    renderer.setCamera({ x: position.x, y: position.y, zoom: 1 });
    const now = await nextFrame();
    intervals.push(now - last);
    last = now;
  }
  for (let frame = 0; frame < 30; frame += 1) await nextFrame();
  timedCanvas = undefined;
  timedRenderer = undefined;
  const times = [...frameWork.values()].filter((value) => value > 0.05);
  const sorted = [...times].sort((a, b) => a - b);
  const statistics = renderer.statistics;
  renderer.destroy();
  engine.dispose();
  return {
    backend, step, frames: times.length,
    meanMs: times.reduce((sum, value) => sum + value, 0) / times.length,
    p95Ms: sorted[Math.floor(sorted.length * 0.95)],
    maxMs: sorted[sorted.length - 1],
    over33: times.filter((value) => value > 33).length,
    maxIntervalMs: Math.max(...intervals),
    maxBlocks,
    statistics, slow: slow.slice(0, 20),
  };
}

async function main() {
  const parameters = new URLSearchParams(location.search);
  const backends = (parameters.get('backends') ?? 'canvas').split(',') as RenderBackend[];
  const step = Number(parameters.get('step') ?? 20);
  const results = [];
  for (const backend of backends) results.push(await run(backend, step));
  return results;
}

main().then(
  (results) => { window.__panBench = { results }; },
  (error: unknown) => { window.__panBench = { error: String((error as Error)?.stack ?? error) }; },
);
