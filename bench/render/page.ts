/**
 * Renderer micro-benchmark page: the harness's seeded scene at N blocks, measured per frame for
 * first frame, pan, lift (block into the live layer), drag, single-block edit and drop.
 * Publishes `window.__renderBench`.
 */
import { Engine, type DesignBlockId } from '../../core/engine/index.js';
import { SceneRenderer, type RenderBackend } from '../../core/render/index.js';
import { addBenchObjects } from '../harness/ours-adapter.js';
import { buildSceneSpec, makeBenchImage, PAGE_HEIGHT, PAGE_WIDTH } from '../harness/scene-spec.js';

declare global {
  interface Window { __renderBench?: unknown }
  interface Performance { memory?: { usedJSHeapSize: number } }
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function flush(canvas: HTMLCanvasElement): void {
  // Reading one pixel back forces the browser to finish the frame's drawing.
  const probe = document.createElement('canvas');
  probe.width = 1;
  probe.height = 1;
  probe.getContext('2d')!.drawImage(canvas, 0, 0, 1, 1, 0, 0, 1, 1);
  probe.getContext('2d')!.getImageData(0, 0, 1, 1);
}

async function buildScene(n: number): Promise<{ engine: Engine; page: DesignBlockId }> {
  const engine = await Engine.create({ limits: { maxBlocks: 200_000 } } as never);
  engine.scene.create('Free', { page: { size: { width: PAGE_WIDTH, height: PAGE_HEIGHT } } });
  const page = engine.scene.getPages()[0];
  const image = makeBenchImage();
  engine.editor.transact('bench', () => addBenchObjects(engine, page, buildSceneSpec(n), image));
  return { engine, page };
}

async function measure(frames: number, step: (frame: number) => void, canvas: HTMLCanvasElement): Promise<number> {
  const times: number[] = [];
  for (let frame = 0; frame < frames + 2; frame += 1) {
    await nextFrame();
    const start = performance.now();
    step(frame);
    flush(canvas);
    if (frame >= 2) times.push(performance.now() - start);
  }
  return median(times);
}

async function run(n: number, backend: RenderBackend, frames: number) {
  const { engine, page } = await buildScene(n);
  const heapBefore = performance.memory?.usedJSHeapSize ?? 0;
  const start = performance.now();
  const renderer = await SceneRenderer.create({ engine, width: PAGE_WIDTH, height: PAGE_HEIGHT, resolution: 1, preference: backend });
  document.body.append(renderer.canvas);
  renderer.renderNow();
  await renderer.whenIdle();
  flush(renderer.canvas);
  const firstFrameMs = performance.now() - start;
  const heapMB = ((performance.memory?.usedJSHeapSize ?? 0) - heapBefore) / 1048576;
  let cameraX = 0;
  const panMs = await measure(frames, (frame) => {
    cameraX += frame % 2 === 0 ? 2 : -2;
    renderer.setCamera({ x: cameraX, y: 0, zoom: 1 });
    renderer.renderNow();
  }, renderer.canvas);
  renderer.setCamera({ x: 0, y: 0, zoom: 1 });
  renderer.renderNow();
  const children = engine.block.getChildren(page);
  const dragged = children[Math.floor(children.length / 2)];
  const liftStart = performance.now();
  renderer.setLiveBlocks([dragged]);
  renderer.renderNow();
  flush(renderer.canvas);
  const liftMs = performance.now() - liftStart;
  const dragMs = await measure(frames, (frame) => {
    engine.block.setPositionX(dragged, engine.block.getPositionX(dragged) + (frame % 2 === 0 ? 2 : -2));
    engine.event.flush();
    renderer.renderNow();
  }, renderer.canvas);
  const dropStart = performance.now();
  renderer.setLiveBlocks([]);
  renderer.renderNow();
  flush(renderer.canvas);
  const dropMs = performance.now() - dropStart;
  const edited = children[Math.floor(children.length / 3)];
  const editMs = await measure(frames, (frame) => {
    engine.block.setOpacity(edited, frame % 2 === 0 ? 0.5 : 1);
    engine.event.flush();
    renderer.renderNow();
  }, renderer.canvas);
  const statistics = renderer.statistics;
  renderer.destroy();
  engine.dispose();
  return { n, backend, firstFrameMs, panMs, liftMs, dragMs, dropMs, editMs, heapMB, statistics };
}

async function main() {
  const parameters = new URLSearchParams(location.search);
  const sizes = (parameters.get('sizes') ?? '10,1000,10000').split(',').map(Number);
  const backends = (parameters.get('backends') ?? 'canvas').split(',') as RenderBackend[];
  const frames = Number(parameters.get('frames') ?? 20);
  const results = [];
  for (const backend of backends) for (const n of sizes) results.push(await run(n, backend, frames));
  return results;
}

main().then(
  (results) => { window.__renderBench = { results }; },
  (error: unknown) => { window.__renderBench = { error: String((error as Error)?.stack ?? error) }; },
);
