#!/usr/bin/env node
// `npm run size`: min+gzip size of the code loaded to show <cesdk-editor>, and of each lazy chunk.
// `--check` exits non-zero when a budget is exceeded or jsPDF/mediabunny reach the initial load.
// `--no-build` reuses an existing dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
const check = process.argv.includes('--check');

if (!process.argv.includes('--no-build') || !existsSync('dist/bundle-manifest.json')) {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) {
    console.error('size: the build failed');
    process.exit(1);
  }
}

/**
 * Budgets in gzipped kB (1 kB = 1,000 bytes, the stricter reading of "200 KB"). The budgeted first row is
 * the code that shows <cesdk-editor>: dist/cesdk.js, its static imports and the first-view panels chunk
 * (inspector, asset library) with its imports. The renderer backend PixiJS picks at run time (Canvas 2D,
 * WebGL or WebGPU) is a lazy path of chunks of its own (Canvas 2D with the glyph-run text chunk),
 * reported and budgeted per renderer; a report row
 * adds the Canvas 2D path to the first row, which is everything fetched before `ready` without a GPU.
 */
export const budgets = { initial: 200, pdf: 205, video: 125, renderer: 145, other: 155 };
const forbiddenInInitial = ['jspdf', 'mediabunny', 'pdfjs-dist'];

const manifest = JSON.parse(readFileSync('dist/bundle-manifest.json', 'utf8'));
const gzipSize = (file) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;
const rawSize = (file) => readFileSync(`dist/${file}`).length;

/** `start` and every chunk it statically imports, added to `into`. */
function closure(start, into = new Set()) {
  if (into.has(start)) return into;
  into.add(start);
  for (const imported of manifest[start].imports) closure(imported, into);
  return into;
}
const sizeOf = (files) => [...files].reduce((sum, file) => ({ raw: sum.raw + rawSize(file), gzip: sum.gzip + gzipSize(file) }), { raw: 0, gzip: 0 });

const entry = closure('cesdk.js');
const panelsChunk = Object.keys(manifest).find((file) => (manifest[file].projectModules ?? []).includes('elements/editor/secondary-elements.ts'));
const initial = panelsChunk ? closure(panelsChunk, new Set(entry)) : new Set(entry);

function kindOf(file) {
  const packages = manifest[file].packages.join(' ');
  const modules = manifest[file].topModules.map((module) => module.id).join(' ');
  if (packages.includes('jspdf')) return 'pdf';
  if (packages.includes('mediabunny')) return 'video';
  if (/rendering\/renderers\/(gl|gpu|canvas)|WebGLRenderer|WebGPURenderer|CanvasRenderer/i.test(modules)) return 'renderer';
  return 'other';
}

const rows = [];
const problems = [];
/** Project modules that load on demand only (the German strings load when German is asked for). */
const lazyModules = ['elements/shared/locales/de.ts', 'elements/shared/locales/panels-de.ts', 'core/engine/scene-archive.ts', 'core/engine/scene-loader.ts', 'core/io/sanitize-svg.ts'];
for (const file of initial) {
  for (const name of forbiddenInInitial) {
    if (manifest[file].packages.includes(name)) problems.push(`${name} is in the initial load (${file})`);
  }
  for (const module of lazyModules) {
    if ((manifest[file].projectModules ?? []).includes(module)) problems.push(`${module} is in the initial load (${file})`);
  }
}
rows.push({ chunk: 'code to show <cesdk-editor> (cesdk.js, its static imports, the first-view panels chunk)', kind: 'initial', ...sizeOf(initial), budget: budgets.initial });
rows.push({ chunk: 'of which the entry (cesdk.js + static imports)', kind: 'report', ...sizeOf(entry), budget: undefined });
const onDemandChunk = Object.keys(manifest).find((file) => (manifest[file].projectModules ?? []).includes('elements/editor/on-demand-elements.ts'));
if (onDemandChunk) {
  const onDemand = closure(onDemandChunk);
  for (const prefetched of manifest[onDemandChunk].dynamicImports) closure(prefetched, onDemand);
  const path = [...onDemand].filter((chunk) => !initial.has(chunk));
  rows.push({ chunk: 'parts shown on demand, loaded after `ready` (layers, pages, context and export menus, block sections)', kind: 'report', ...sizeOf(path), budget: undefined });
}
// Each renderer backend with the chunks it statically imports that are not already loaded; WebGL and
// WebGPU also load the GPU extensions chunk (shader filters, GPU graphics pipe) before they start.
const gpuExtensions = Object.keys(manifest).find((file) => (manifest[file].projectModules ?? []).includes('core/render/gpu-extensions.ts'));
// Canvas 2D also loads its own drawing (glyph runs, shapes painted directly) before its first frame (SceneRenderer.create).
const canvasPaint = Object.keys(manifest).find((file) => (manifest[file].projectModules ?? []).includes('core/render/canvas-paint.ts'));
let canvasPath;
for (const file of Object.keys(manifest).sort()) {
  const name = /^chunks\/(CanvasRenderer|WebGLRenderer|WebGPURenderer)-/.exec(file)?.[1];
  if (!name) continue;
  const chunks = closure(file);
  if (name !== 'CanvasRenderer' && gpuExtensions) closure(gpuExtensions, chunks);
  if (name === 'CanvasRenderer' && canvasPaint) closure(canvasPaint, chunks);
  const path = [...chunks].filter((chunk) => !initial.has(chunk));
  if (name === 'CanvasRenderer') canvasPath = path;
  rows.push({ chunk: `${name} path (${path.length} chunks, lazy)`, kind: 'renderer', ...sizeOf(path), budget: budgets.renderer });
}
if (canvasPath) {
  // What a browser without a GPU really fetches before `ready`: the first view plus the Canvas 2D path.
  rows.splice(2, 0, { chunk: 'the same plus the Canvas 2D renderer path (all a browser without a GPU fetches before `ready`)', kind: 'report', ...sizeOf(new Set([...initial, ...canvasPath])), budget: undefined });
}
for (const file of Object.keys(manifest).sort()) {
  if (initial.has(file) || file === 'engine.js') continue;
  const kind = kindOf(file);
  // Without the content hash, so the committed report changes only when sizes do.
  const name = file.replace(/-[A-Za-z0-9_-]{8}\.js$/, '.js');
  rows.push({ chunk: `${name} (${manifest[file].packages.slice(0, 3).join(', ')})`, kind, raw: rawSize(file), gzip: gzipSize(file), budget: budgets[kind] });
}
if (existsSync('dist/engine.js')) {
  // The engine build has no manifest: follow the static `from"./…"` imports of its ES output.
  const engineFiles = new Set();
  const follow = (file) => {
    if (engineFiles.has(file) || !existsSync(`dist/${file}`)) return;
    engineFiles.add(file);
    const text = readFileSync(`dist/${file}`, 'utf8');
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const match of text.matchAll(/from\s*"\.\/([^"]+)"/g)) follow(folder + match[1]);
  };
  follow('engine.js');
  rows.push({ chunk: `engine.js (headless engine entry, ${engineFiles.size} files without its lazy archive code)`, kind: 'other', ...sizeOf(engineFiles), budget: budgets.other });
}

const kb = (bytes) => (bytes / 1000).toFixed(1);
const lines = ['| Chunk | Kind | Minified kB | Min+gzip kB | Budget kB |', '|---|---|---|---|---|'];
for (const row of rows) {
  lines.push(`| ${row.chunk} | ${row.kind} | ${kb(row.raw)} | ${kb(row.gzip)} | ${row.budget ?? '–'} |`);
  if (row.budget !== undefined && row.gzip / 1000 > row.budget) problems.push(`${row.chunk} is ${kb(row.gzip)} kB gzipped, over its ${row.budget} kB budget`);
}
const table = lines.join('\n');
console.log(table);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/size.md', `${table}\n`);
writeFileSync('bench/results/size.json', JSON.stringify({ budgets, rows }, null, 2));

if (problems.length > 0) {
  console.error(`\nsize budget problems:\n- ${problems.join('\n- ')}`);
  if (check) process.exit(1);
} else {
  console.log('\nsize: every chunk is within its budget');
}
