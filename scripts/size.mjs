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

/** Budgets in gzipped KiB. The initial load is everything statically imported by dist/cesdk.js. */
export const budgets = { initial: 200, pdf: 200, video: 120, renderer: 140, other: 150 };
const forbiddenInInitial = ['jspdf', 'mediabunny', 'pdfjs-dist'];

const manifest = JSON.parse(readFileSync('dist/bundle-manifest.json', 'utf8'));
const gzipSize = (file) => gzipSync(readFileSync(`dist/${file}`), { level: 9 }).length;
const rawSize = (file) => readFileSync(`dist/${file}`).length;

const initial = new Set();
const visit = (file) => {
  if (initial.has(file)) return;
  initial.add(file);
  for (const imported of manifest[file].imports) visit(imported);
};
visit('cesdk.js');

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
let initialGzip = 0;
let initialRaw = 0;
for (const file of initial) {
  initialGzip += gzipSize(file);
  initialRaw += rawSize(file);
  for (const name of forbiddenInInitial) {
    if (manifest[file].packages.includes(name)) problems.push(`${name} is in the initial load (${file})`);
  }
}
rows.push({ chunk: 'initial load of <cesdk-editor> (cesdk.js + static imports)', kind: 'initial', raw: initialRaw, gzip: initialGzip, budget: budgets.initial });
// The editor's panels chunk loads right after the entry, before `editor.ready`: report the whole UI too.
const panelsChunk = Object.keys(manifest).find((file) => (manifest[file].projectModules ?? []).includes('elements/editor/secondary-elements.ts'));
if (panelsChunk) {
  const fullUi = new Set(initial);
  const visitUi = (file) => {
    if (fullUi.has(file)) return;
    fullUi.add(file);
    for (const imported of manifest[file].imports) visitUi(imported);
  };
  visitUi(panelsChunk);
  let gzip = 0;
  let raw = 0;
  for (const file of fullUi) {
    gzip += gzipSize(file);
    raw += rawSize(file);
  }
  rows.push({ chunk: 'whole editor UI before `ready` (initial + inspector/panels chunk)', kind: 'report', raw, gzip, budget: undefined });
}
for (const file of Object.keys(manifest).sort()) {
  if (initial.has(file) || file === 'engine.js') continue;
  const kind = kindOf(file);
  rows.push({ chunk: `${file} (${manifest[file].packages.slice(0, 3).join(', ')})`, kind, raw: rawSize(file), gzip: gzipSize(file), budget: budgets[kind] });
}
if (existsSync('dist/engine.js')) {
  rows.push({ chunk: 'engine.js (headless engine entry)', kind: 'other', raw: rawSize('engine.js'), gzip: gzipSize('engine.js'), budget: budgets.other });
}

const kib = (bytes) => (bytes / 1024).toFixed(1);
const lines = ['| Chunk | Kind | Minified KiB | Min+gzip KiB | Budget KiB |', '|---|---|---|---|---|'];
for (const row of rows) {
  lines.push(`| ${row.chunk} | ${row.kind} | ${kib(row.raw)} | ${kib(row.gzip)} | ${row.budget ?? '–'} |`);
  if (row.budget !== undefined && row.gzip / 1024 > row.budget) problems.push(`${row.chunk} is ${kib(row.gzip)} KiB gzipped, over its ${row.budget} KiB budget`);
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
