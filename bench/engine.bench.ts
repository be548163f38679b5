// Engine-only benchmark (Node, no DOM): `node --import tsx [--expose-gc] bench/engine.bench.ts [--quick]`.
// For 1,000 and 10,000 blocks: creation, 100,000 property sets, save and load, undo and redo of a
// 1,000-block change, memory per block. Medians of several runs; writes bench/results/engine.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Engine } from '../core/engine/index.js';
import { loadSceneLoader } from '../core/engine/scene-loader-chunk.js';

const quick = process.argv.includes('--quick');
const runs = quick ? 3 : 7;
const sizes = [1_000, 10_000];
const PROPERTY_SETS = 100_000;
const gc = (globalThis as { gc?: () => void }).gc;

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

// CPU time of this process, alongside wall time: on a busy 2-core machine wall time mostly measures
// the neighbours, CPU time what the engine itself costs.
let lastCpuMs = 0;
function time(fn: () => void): number {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  fn();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  lastCpuMs = (cpu.user + cpu.system) / 1000;
  return wall;
}

/** The peer benchmark's scene mix: 40 % rects, 30 % ellipses, 10 % rounded rects, 20 % texts; fill and stroke on shapes. */
function populate(engine: Engine, count: number): number[] {
  const page = engine.scene.getPages()[0]!;
  const ids: number[] = [];
  engine.editor.transact('populate', () => {
    for (let index = 0; index < count; index += 1) {
      const kind = index % 10;
      let block: number;
      if (kind < 8) {
        block = engine.block.create('graphic');
        const shape = engine.block.createShape(kind < 4 ? 'rect' : kind < 7 ? 'ellipse' : 'rect');
        if (kind === 7) engine.block.setFloat(shape, 'shape/rect/cornerRadiusTL', 8);
        engine.block.setShape(block, shape);
        const fill = engine.block.createFill('color');
        engine.block.setColor(fill, 'fill/color/value', { r: (index % 255) / 255, g: 0.5, b: 0.25, a: 1 });
        engine.block.setFill(block, fill);
        engine.block.setStrokeEnabled(block, true);
        engine.block.setStrokeWidth(block, 2);
      } else {
        block = engine.block.create('text');
        engine.block.replaceText(block, `Text ${index}`);
        engine.block.setTextFontSize(block, 16 + (index % 9));
      }
      engine.block.setPositionX(block, (index * 37) % 4000);
      engine.block.setPositionY(block, (index * 53) % 3000);
      engine.block.setWidth(block, 40 + (index % 60));
      engine.block.setHeight(block, 30 + (index % 50));
      engine.block.appendChild(page, block);
      ids.push(block);
    }
  });
  return ids;
}

interface Row {
  blocks: number;
  records: number;
  createMs: number;
  propertySetsMs: number;
  saveMs: number;
  loadMs: number;
  saveLoadMs: number;
  saveLoadCpuMs: number;
  createCpuMs: number;
  sceneBytes: number;
  undoMs: number;
  redoMs: number;
  bytesPerBlock: number | null;
}

async function measure(count: number): Promise<Row> {
  const create: number[] = [];
  const sets: number[] = [];
  const save: number[] = [];
  const load: number[] = [];
  const undo: number[] = [];
  const redo: number[] = [];
  const memory: number[] = [];
  const saveLoadCpu: number[] = [];
  const createCpu: number[] = [];
  let records = 0;
  let sceneBytes = 0;
  for (let run = 0; run < runs; run += 1) {
    const engine = await Engine.create();
    engine.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
    gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    let ids: number[] = [];
    create.push(time(() => {
      ids = populate(engine, count);
    }));
    createCpu.push(lastCpuMs);
    gc?.();
    if (gc) memory.push((process.memoryUsage().heapUsed - heapBefore) / count);
    records = engine.block.findAll().length;
    sets.push(time(() => {
      for (let index = 0; index < PROPERTY_SETS; index += 1) engine.block.setPositionX(ids[(index * 7919) % ids.length]!, index % 1000);
    }));
    let text = '';
    save.push(time(() => {
      text = engine.scene.saveToStringSync();
    }));
    sceneBytes = text.length;
    let cpu = lastCpuMs;
    const other = await Engine.create();
    // The validator is a lazy chunk: fetch it first, so the timed load measures loading only.
    await loadSceneLoader();
    load.push(time(() => {
      other.scene.loadFromStringSync(text);
    }));
    cpu += lastCpuMs;
    saveLoadCpu.push(cpu);
    const changed = ids.slice(0, 1_000);
    engine.editor.transact('move 1,000', () => {
      for (const id of changed) engine.block.setPositionY(id, 1);
    });
    undo.push(time(() => {
      engine.editor.undo();
    }));
    redo.push(time(() => {
      engine.editor.redo();
    }));
    engine.dispose();
    other.dispose();
  }
  return {
    blocks: count,
    records,
    createMs: median(create),
    propertySetsMs: median(sets),
    saveMs: median(save),
    loadMs: median(load),
    saveLoadMs: median(save.map((value, index) => value + load[index]!)),
    saveLoadCpuMs: median(saveLoadCpu),
    createCpuMs: median(createCpu),
    sceneBytes,
    undoMs: median(undo),
    redoMs: median(redo),
    bytesPerBlock: memory.length > 0 ? median(memory) : null,
  };
}

const rows: Row[] = [];
for (const count of sizes) rows.push(await measure(count));

const format = (value: number): string => (value < 10 ? value.toFixed(2) : value.toFixed(0));
const lines = [
  `Engine benchmark (Node ${process.version}, medians of ${runs} runs${gc ? '' : '; run with --expose-gc for memory'})`,
  '',
  '| blocks | records | create (ms) | create CPU (ms) | 100k property sets (ms) | save (ms) | load (ms) | save+load (ms) | save+load CPU (ms) | scene size (KB) | undo 1k (ms) | redo 1k (ms) | memory / block (bytes) |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map((row) => `| ${row.blocks.toLocaleString('en')} | ${row.records.toLocaleString('en')} | ${format(row.createMs)} | ${format(row.createCpuMs)} | ${format(row.propertySetsMs)} | ${format(row.saveMs)} | ${format(row.loadMs)} | ${format(row.saveLoadMs)} | ${format(row.saveLoadCpuMs)} | ${(row.sceneBytes / 1024).toFixed(0)} | ${format(row.undoMs)} | ${format(row.redoMs)} | ${row.bytesPerBlock === null ? 'n/a' : row.bytesPerBlock.toFixed(0)} |`),
  '',
  'A block here is a design block with its shape and fill (or a text block); "records" counts every engine record.',
  `Memory per block includes the undo step that created the blocks. Load average at the end: ${loadavg().map((value) => value.toFixed(1)).join(', ')} on ${cpus().length} cores.`,
];
console.log(lines.join('\n'));
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/engine.json', import.meta.url), `${JSON.stringify({ node: process.version, runs, quick, loadAverage: loadavg(), cores: cpus().length, rows }, null, 2)}\n`);
