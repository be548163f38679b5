/**
 * `node --import tsx bench/render.bench.ts [--quick]` (also run by `npm run bench`): the renderer's
 * own figures in headless Chromium — first frame, pan, lift, drag, single-block edit and drop frames
 * at 10, 1,000 and 10,000 blocks — so the "drag at 10,000 within 1.5× of drag at 10" goal can be
 * read off directly. Writes bench/results/render.md and bench/results/render.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
// @ts-expect-error plain JS helper scripts without type declarations
import { findChromium } from '../scripts/chromium.mjs';
// @ts-expect-error plain JS helper scripts without type declarations
import { serveStatic } from '../scripts/static-server.mjs';

interface Result {
  n: number; backend: string; firstFrameMs: number; panMs: number; liftMs: number; dragMs: number; dropMs: number; editMs: number; heapMB: number;
}

const quick = process.argv.includes('--quick');
const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
mkdirSync('bench/results', { recursive: true });
await build({
  entryPoints: ['bench/render/page.ts'], bundle: true, format: 'esm', outfile: 'bench/.build/render-page.js', target: 'es2022',
  minify: true, logLevel: 'warning', tsconfig: 'tsconfig.json', define: { 'process.env.NODE_ENV': '"production"' },
});
const server = await serveStatic({ host: '127.0.0.1', port: 0, mounts: { '/bench/': 'bench' } });
const browser = await puppeteer.launch({
  executablePath: findChromium(), headless: true,
  args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--enable-precise-memory-info', '--js-flags=--expose-gc', '--window-size=1920,1080'],
});
const runs = quick ? 1 : 3;
const all: Result[][] = [];
try {
  for (let run = 0; run < runs; run += 1) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1920, height: 1080 });
    page.on('pageerror', (error) => console.error(String(error)));
    const backends = quick ? 'canvas' : 'canvas,webgl';
    await page.goto(`http://localhost:${server.address().port}/bench/render/page.html?frames=${quick ? 10 : 20}&backends=${backends}`);
    const output = (await page.waitForFunction(() => (window as unknown as { __renderBench?: unknown }).__renderBench, { timeout: 600_000, polling: 250 }).then((handle) => handle.jsonValue())) as { results?: Result[]; error?: string };
    await page.close();
    if (output.error) throw new Error(output.error);
    all.push(output.results!);
    for (const result of output.results!) console.log(`run ${run + 1} ${result.backend} n=${result.n}: first ${result.firstFrameMs.toFixed(0)} ms, pan ${result.panMs.toFixed(1)}, lift ${result.liftMs.toFixed(1)}, drag ${result.dragMs.toFixed(1)}, edit ${result.editMs.toFixed(1)}, drop ${result.dropMs.toFixed(1)} ms`);
  }
} finally {
  await browser.close();
  server.close();
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const keys = all[0].map((result) => `${result.backend}:${result.n}`);
const rows = keys.map((key) => {
  const samples = all.map((results) => results.find((result) => `${result.backend}:${result.n}` === key)!);
  const pick = (field: keyof Result) => median(samples.map((sample) => sample[field] as number));
  return { key, backend: samples[0].backend, n: samples[0].n, firstFrameMs: pick('firstFrameMs'), panMs: pick('panMs'), liftMs: pick('liftMs'), dragMs: pick('dragMs'), editMs: pick('editMs'), dropMs: pick('dropMs'), heapMB: pick('heapMB') };
});
const format = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const lines = [
  `SceneRenderer alone, 1920×1080 view of the harness scene, ${runs} run(s), medians (ms). Lift = moving the dragged block to the live layer (dirty-rectangle repaint); drop = putting it back; edit = one block's opacity changed while static.`,
  '', '| backend | blocks | first frame | pan | lift | drag | edit | drop | heap MB |', '|---|---|---|---|---|---|---|---|---|',
  ...rows.map((row) => `| ${row.backend} | ${row.n.toLocaleString('en')} | ${format(row.firstFrameMs)} | ${format(row.panMs)} | ${format(row.liftMs)} | ${format(row.dragMs)} | ${format(row.editMs)} | ${format(row.dropMs)} | ${format(row.heapMB)} |`),
];
for (const backend of new Set(rows.map((row) => row.backend))) {
  const small = rows.find((row) => row.backend === backend && row.n === 10);
  const large = rows.find((row) => row.backend === backend && row.n === 10000);
  if (small && large) lines.push('', `${backend}: drag frame at 10,000 ÷ at 10 = ${(large.dragMs / small.dragMs).toFixed(2)}× (goal ≤ 1.5×)`);
}
writeFileSync('bench/results/render.md', `${lines.join('\n')}\n`);
writeFileSync('bench/results/render.json', JSON.stringify({ date: new Date().toISOString(), quick, runs, rows, all }, null, 2));
console.log(lines.join('\n'));
