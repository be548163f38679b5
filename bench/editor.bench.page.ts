/**
 * Runs in headless Chromium (see editor.bench.ts): adds `<cesdk-editor>` to the page and measures the
 * time until its first interactive frame, i.e. until `cesdk-ready` (engine created, scene loaded,
 * canvas renderer up, pending assets settled, one animation frame on screen). The first run is cold
 * (modules evaluated, backend probed, shaders compiled); later runs are warm. A second series loads a
 * 200-block scene through `scene-url`.
 */
import '../elements/editor/define.js';
import { Engine } from '../core/engine/index.js';
import type { CesdkEditor } from '../elements/editor/editor.js';

interface EditorBenchFigures {
  coldMs: number;
  warmMs: number[];
  scene200Ms: number[];
  backend: string;
  error?: string;
}

const runs = Number(new URLSearchParams(location.search).get('runs') ?? 5);
const host = document.getElementById('host')!;

async function timeEditor(attributes: Record<string, string> = {}): Promise<number> {
  const editor = document.createElement('cesdk-editor') as CesdkEditor;
  for (const [name, value] of Object.entries(attributes)) editor.setAttribute(name, value);
  const ready = new Promise<void>((resolve) => editor.addEventListener('cesdk-ready', () => resolve(), { once: true }));
  const start = performance.now();
  host.append(editor);
  await ready;
  const elapsed = performance.now() - start;
  editor.remove();
  // Let the removed editor release its engine and renderer before the next run.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return elapsed;
}

async function sceneUrl(blocks: number): Promise<string> {
  const engine = await Engine.create();
  engine.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
  const page = engine.scene.getPages()[0]!;
  engine.editor.transact('bench scene', () => {
    for (let index = 0; index < blocks; index += 1) {
      const block = engine.block.create(index % 5 === 0 ? 'text' : 'graphic');
      if (index % 5 === 0) engine.block.replaceText(block, `Text ${index}`);
      else {
        engine.block.setShape(block, engine.block.createShape(index % 2 ? 'rect' : 'ellipse'));
        const fill = engine.block.createFill('color');
        engine.block.setColor(fill, 'fill/color/value', { r: (index % 7) / 7, g: 0.4, b: 0.8, a: 1 });
        engine.block.setFill(block, fill);
      }
      engine.block.setPositionX(block, (index * 37) % 900);
      engine.block.setPositionY(block, (index * 53) % 900);
      engine.block.setWidth(block, 80);
      engine.block.setHeight(block, 60);
      engine.block.appendChild(page, block);
    }
  });
  const url = URL.createObjectURL(new Blob([await engine.scene.saveToString()], { type: 'application/json' }));
  engine.dispose();
  return url;
}

async function main(): Promise<EditorBenchFigures> {
  const coldMs = await timeEditor();
  const warmMs: number[] = [];
  for (let run = 0; run < runs; run += 1) warmMs.push(await timeEditor());
  const url = await sceneUrl(200);
  const scene200Ms: number[] = [];
  for (let run = 0; run < runs; run += 1) scene200Ms.push(await timeEditor({ 'scene-url': url }));
  const probe = document.createElement('cesdk-editor') as CesdkEditor;
  host.append(probe);
  await probe.ready;
  const canvas = probe.shadowRoot!.querySelector('cesdk-canvas') as HTMLElement & { renderer?: { backend: string } };
  const backend = canvas.renderer?.backend ?? 'unknown';
  probe.remove();
  return { coldMs, warmMs, scene200Ms, backend };
}

main().then(
  (figures) => ((window as unknown as { __editorBench: EditorBenchFigures }).__editorBench = figures),
  (error: unknown) => ((window as unknown as { __editorBench: Partial<EditorBenchFigures> }).__editorBench = { error: String(error) }),
);
