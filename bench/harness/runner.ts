/**
 * Runs one library on one scene size in this page and publishes the figures as `window.__benchResult`.
 * URL parameters: lib (ours|konva|fabric), n (object count), frames, reps.
 */
import type { BenchAdapter } from './adapter.js';
import { FabricAdapter } from './fabric-adapter.js';
import { KonvaAdapter } from './konva-adapter.js';
import { OursAdapter } from './ours-adapter.js';
import { buildSceneSpec, flushCanvas, makeBenchImage } from './scene-spec.js';

export interface BenchFigures {
  lib: string;
  n: number;
  loadFirstFrameMs: number;
  panFrameMs: number;
  dragFrameMs: number;
  exportPngMs: number;
  saveLoadMs: number;
  heapMB: number;
  error?: string;
}

declare global {
  interface Window {
    __benchResult?: BenchFigures;
    gc?: () => void;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const heap = () => {
  window.gc?.();
  return performance.memory?.usedJSHeapSize ?? 0;
};

async function measureFrames(adapter: BenchAdapter, frames: number, step: (dx: number) => void): Promise<number> {
  const times: number[] = [];
  for (let frame = 0; frame < frames + 3; frame += 1) {
    await nextFrame();
    const start = performance.now();
    step(frame % 2 === 0 ? 2 : -2);
    flushCanvas(adapter.canvas);
    if (frame >= 3) times.push(performance.now() - start);
  }
  return median(times);
}

async function run(): Promise<BenchFigures> {
  const parameters = new URLSearchParams(location.search);
  const lib = parameters.get('lib') ?? 'ours';
  const n = Number(parameters.get('n') ?? 1000);
  const frames = Number(parameters.get('frames') ?? 20);
  const reps = Number(parameters.get('reps') ?? 3);
  const adapter: BenchAdapter = lib === 'konva' ? new KonvaAdapter() : lib === 'fabric' ? new FabricAdapter() : new OursAdapter();
  const objects = buildSceneSpec(n);
  const image = makeBenchImage();
  const container = document.getElementById('stage')!;
  const heapBefore = heap();

  const loadStart = performance.now();
  await adapter.load(objects, image, container);
  flushCanvas(adapter.canvas);
  const loadFirstFrameMs = performance.now() - loadStart;
  const heapMB = (heap() - heapBefore) / 1048576;

  const panFrameMs = await measureFrames(adapter, frames, (dx) => adapter.panFrame(dx));
  adapter.beginDrag();
  const dragFrameMs = await measureFrames(adapter, frames, (dx) => adapter.dragFrame(dx));
  adapter.endDrag();

  const exportTimes: number[] = [];
  for (let rep = 0; rep < reps; rep += 1) {
    const start = performance.now();
    const blob = await adapter.exportPng();
    if (blob.size === 0) throw new Error('empty PNG export');
    exportTimes.push(performance.now() - start);
  }
  const saveLoadTimes: number[] = [];
  for (let rep = 0; rep < reps; rep += 1) {
    const start = performance.now();
    await adapter.saveAndLoad();
    saveLoadTimes.push(performance.now() - start);
  }
  adapter.dispose();
  return { lib: adapter.name, n, loadFirstFrameMs, panFrameMs, dragFrameMs, exportPngMs: median(exportTimes), saveLoadMs: median(saveLoadTimes), heapMB };
}

run().then(
  (figures) => { window.__benchResult = figures; },
  (error: unknown) => {
    const parameters = new URLSearchParams(location.search);
    window.__benchResult = {
      lib: parameters.get('lib') ?? '?', n: Number(parameters.get('n')), loadFirstFrameMs: NaN, panFrameMs: NaN, dragFrameMs: NaN,
      exportPngMs: NaN, saveLoadMs: NaN, heapMB: NaN, error: String((error as Error)?.stack ?? error),
    };
  },
);
