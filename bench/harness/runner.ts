/**
 * Runs one measurement of one library on one scene in this page (a fresh page each time, so nothing
 * cached carries over) and publishes the figures as `window.__benchResult`.
 * URL parameters: mode (build | interact | load), lib (ours | konva | fabric), scene (dense | spread),
 * n (object count), frames (measured pan and drag frames), reps (warm PNG exports).
 * - build: build plus first frame, JS heap after build, the first PNG export (cold), then `reps`
 *   more (warm); the scene saved in the library's own format is left in `window.__saved`.
 * - interact: build, then pan frames along the scene's pan path and drag frames of one object.
 * - load: waits for `window.__load(saved)`, then loads the saved scene and draws the first frame.
 * keep=1 leaves the last interact frame on screen (to check by eye that every library shows the same).
 */
import type { BenchAdapter, BenchStage } from './adapter.js';
import { FabricAdapter } from './fabric-adapter.js';
import { KonvaAdapter } from './konva-adapter.js';
import { OursAdapter } from './ours-adapter.js';
import { buildSceneSpec, dragIndex, flushCanvas, makeBenchImage, panPath, SCENE_PAGES, type SceneName } from './scene-spec.js';

export interface BenchFigures {
  mode: string;
  lib: string;
  scene: string;
  n: number;
  /** build: from the first library call until the first frame is on the canvas (ms). */
  buildFirstFrameMs?: number;
  /** build: JS heap growth from before the build to after it, both after a forced GC (MB). */
  heapMB?: number;
  /** build: the first PNG export of the page after the build (ms) and its size (bytes). */
  exportColdMs?: number;
  exportBytes?: number;
  /** build: the median of the `reps` exports after the first (ms). */
  exportWarmMs?: number;
  /** build: saving to the library's own format (ms) and the saved length (characters). */
  saveMs?: number;
  savedLength?: number;
  /** interact: every measured frame (ms). */
  panFrames?: number[];
  dragFrames?: number[];
  /** load: from the saved string until the first frame is on the canvas (ms), and the heap growth (MB). */
  loadFirstFrameMs?: number;
  loadHeapMB?: number;
  error?: string;
}

declare global {
  interface Window {
    __benchResult?: BenchFigures;
    __saved?: string;
    __load?: (saved: string) => Promise<BenchFigures>;
    gc?: () => void;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

const WARM_UP_FRAMES = 3;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
/**
 * Every animation-frame callback on the page is timed, and the times of one frame (by its timestamp)
 * are summed, so work a library does in its own callbacks counts in the frame it was done in.
 */
const frameWork = new Map<number, number>();
const nativeRequestAnimationFrame = window.requestAnimationFrame.bind(window);
window.requestAnimationFrame = (callback: FrameRequestCallback): number => nativeRequestAnimationFrame((timestamp) => {
  const start = performance.now();
  try {
    callback(timestamp);
  } finally {
    frameWork.set(timestamp, (frameWork.get(timestamp) ?? 0) + performance.now() - start);
  }
});
const nextFrame = () => new Promise<number>((resolve) => nativeRequestAnimationFrame(resolve));

/** Used JS heap after a forced full GC (Chromium runs with --js-flags=--expose-gc and precise memory info). */
const heap = () => {
  window.gc?.();
  return performance.memory?.usedJSHeapSize ?? NaN;
};

/**
 * Times `count + warmUp` frames, one per animation frame: each starts when the library is told about
 * the change (camera or object) and ends when the canvas has finished drawing it (a pixel read back
 * forces pending drawing to complete). The first `warmUp` frames are not kept.
 *
 * With `onAnimationFrame` (ours panning, see BenchAdapter.drawsOnAnimationFrame) the library draws the
 * change in its own callback of the next animation frame, as the app does; a frame's time is then all
 * the callback work of that frame (its drawing, then the next change and the read-back that waits for
 * the drawing), so the drawing of step k is the work of the frame after it.
 */
async function measureFrames(adapter: BenchAdapter, steps: Array<() => void>, warmUp: number, onAnimationFrame = false): Promise<number[]> {
  const times: number[] = [];
  const stamps: number[] = [];
  for (let frame = 0; frame < steps.length; frame += 1) {
    stamps.push(await nextFrame());
    const start = performance.now();
    steps[frame]();
    flushCanvas(adapter.canvas);
    times.push(performance.now() - start);
  }
  if (!onAnimationFrame) return times.slice(warmUp);
  // One more frame draws the last step. The harness's own callback (nextFrame) is not timed in
  // frameWork; the step runs right after it in the same frame.
  stamps.push(await nextFrame());
  const start = performance.now();
  flushCanvas(adapter.canvas);
  times.push(performance.now() - start);
  return stamps.map((stamp, frame) => (frameWork.get(stamp) ?? 0) + times[frame]).slice(warmUp + 1);
}

/** Width and height from a PNG's IHDR chunk. */
async function pngSize(blob: Blob): Promise<[number, number]> {
  const view = new DataView(await blob.slice(0, 24).arrayBuffer());
  return view.byteLength < 24 ? [0, 0] : [view.getUint32(16), view.getUint32(20)];
}

async function run(): Promise<BenchFigures> {
  const parameters = new URLSearchParams(location.search);
  const mode = parameters.get('mode') ?? 'build';
  const lib = parameters.get('lib') ?? 'ours';
  const scene = (parameters.get('scene') ?? 'dense') as SceneName;
  const n = Number(parameters.get('n') ?? 1000);
  const frames = Number(parameters.get('frames') ?? 20);
  const reps = Number(parameters.get('reps') ?? 3);
  if (!(scene in SCENE_PAGES)) throw new Error(`unknown scene ${scene}`);
  const adapter: BenchAdapter = lib === 'konva' ? new KonvaAdapter() : lib === 'fabric' ? new FabricAdapter() : new OursAdapter();
  const page = SCENE_PAGES[scene];
  const stage: BenchStage = { container: document.getElementById('stage')!, pageWidth: page.width, pageHeight: page.height, imageUrl: makeBenchImage() };
  const base = { mode, lib: adapter.name, scene, n };

  if (mode === 'load') {
    // The saved scene comes from the build page of the same library; the clock starts once it is here.
    return new Promise<BenchFigures>((resolve) => {
      window.__load = async (saved: string) => {
        const heapBefore = heap();
        const start = performance.now();
        await adapter.load(saved, stage);
        flushCanvas(adapter.canvas);
        const loadFirstFrameMs = performance.now() - start;
        const loadHeapMB = (heap() - heapBefore) / 1048576;
        adapter.dispose();
        const figures = { ...base, loadFirstFrameMs, loadHeapMB };
        resolve(figures);
        return figures;
      };
    });
  }

  const objects = buildSceneSpec(n, scene);
  const heapBefore = heap();
  const buildStart = performance.now();
  await adapter.build(objects, stage);
  flushCanvas(adapter.canvas);
  const buildFirstFrameMs = performance.now() - buildStart;

  // hold (scripts/heap-by-kind.mjs): the built scene stays alive for a heap snapshot.
  if (mode === 'hold') {
    (window as unknown as { __held: BenchAdapter }).__held = adapter;
    return { ...base, buildFirstFrameMs, heapMB: (heap() - heapBefore) / 1048576 };
  }

  if (mode === 'interact') {
    const path = panPath(scene, frames, WARM_UP_FRAMES);
    const panFrames = await measureFrames(adapter, path.map((point) => () => adapter.setView(point.x, point.y)), WARM_UP_FRAMES, adapter.drawsOnAnimationFrame === true);
    adapter.beginDrag(dragIndex(objects, scene, path[path.length - 1]));
    const drags = Array.from({ length: frames + WARM_UP_FRAMES }, (_, frame) => () => adapter.dragFrame(frame % 2 === 0 ? 2 : -2));
    const dragFrames = await measureFrames(adapter, drags, WARM_UP_FRAMES);
    adapter.endDrag();
    // keep=1 (for checking by eye): the last frame stays on screen.
    if (parameters.get('keep') !== '1') adapter.dispose();
    return { ...base, buildFirstFrameMs, panFrames, dragFrames };
  }

  const heapMB = (heap() - heapBefore) / 1048576;
  const coldStart = performance.now();
  const cold = await adapter.exportPng();
  const exportColdMs = performance.now() - coldStart;
  const [exportWidth, exportHeight] = await pngSize(cold);
  if (exportWidth !== page.width || exportHeight !== page.height) {
    throw new Error(`PNG export is ${exportWidth}×${exportHeight}, not the page's ${page.width}×${page.height}`);
  }
  const warmTimes: number[] = [];
  for (let rep = 0; rep < reps; rep += 1) {
    const start = performance.now();
    const blob = await adapter.exportPng();
    if (blob.size === 0) throw new Error('empty PNG export');
    warmTimes.push(performance.now() - start);
  }
  const saveStart = performance.now();
  const saved = await adapter.save();
  const saveMs = performance.now() - saveStart;
  window.__saved = saved;
  adapter.dispose();
  return {
    ...base, buildFirstFrameMs, heapMB, exportColdMs, exportBytes: cold.size, exportWarmMs: reps > 0 ? median(warmTimes) : NaN,
    saveMs, savedLength: saved.length,
  };
}

run().then(
  (figures) => { window.__benchResult = figures; },
  (error: unknown) => {
    const parameters = new URLSearchParams(location.search);
    window.__benchResult = {
      mode: parameters.get('mode') ?? 'build', lib: parameters.get('lib') ?? '?', scene: parameters.get('scene') ?? '?',
      n: Number(parameters.get('n')), error: String((error as Error)?.stack ?? error),
    };
  },
);
