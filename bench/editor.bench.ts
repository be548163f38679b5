/**
 * `node --import tsx bench/editor.bench.ts [--quick]` (also run by `npm run bench`): the time from
 * adding `<cesdk-editor>` to the page until its first interactive frame (`cesdk-ready`), cold and warm,
 * and with a 200-block scene from `scene-url`, in headless Chromium (software WebGL).
 * Writes bench/results/editor.md and bench/results/editor.json.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
// @ts-expect-error plain JS helper scripts without type declarations
import { findChromium } from '../scripts/chromium.mjs';
// @ts-expect-error plain JS helper scripts without type declarations
import { serveStatic } from '../scripts/static-server.mjs';

interface EditorBenchFigures {
  coldMs: number;
  warmMs: number[];
  scene200Ms: number[];
  backend: string;
  error?: string;
}

const quick = process.argv.includes('--quick');
const runs = quick ? 3 : 7;
const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
mkdirSync('bench/results', { recursive: true });
const outdir = 'bench/.build/editor';
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: ['bench/editor.bench.page.ts'], bundle: true, splitting: true, format: 'esm', outdir, target: 'es2022',
  minify: true, logLevel: 'warning', tsconfig: 'tsconfig.json', define: { 'process.env.NODE_ENV': '"production"' },
  chunkNames: 'chunk-[hash]',
});

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const server = await serveStatic({ host: '127.0.0.1', port: 0, mounts: { '/bench/': 'bench' } });
const browser = await puppeteer.launch({
  executablePath: findChromium(), headless: true,
  args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--disable-background-networking', '--no-first-run', '--window-size=1920,1080'],
});
let figures: EditorBenchFigures;
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1920, height: 1080 });
  page.on('pageerror', (error) => console.error(String(error)));
  await page.goto(`http://localhost:${server.address().port}/bench/editor.bench.page.html?runs=${runs}`);
  figures = (await page.waitForFunction(() => (window as unknown as { __editorBench?: unknown }).__editorBench, { timeout: 300_000, polling: 100 })
    .then((handle) => handle.jsonValue())) as EditorBenchFigures;
} finally {
  await browser.close();
  server.close();
}
if (figures.error) {
  console.error(`editor bench failed: ${figures.error}`);
  process.exit(1);
}
const format = (value: number): string => value.toFixed(0);
const report = [
  `Time from adding \`<cesdk-editor>\` to the page until \`cesdk-ready\` (first interactive frame), headless Chromium, renderer backend \`${figures.backend}\`, 1600×900 editor; medians of ${runs} runs.`,
  '',
  '| Case | Time (ms) |',
  '|---|---|',
  `| Cold (first editor on the page) | ${format(figures.coldMs)} |`,
  `| Warm (empty scene) | ${format(median(figures.warmMs))} (min ${format(Math.min(...figures.warmMs))}, max ${format(Math.max(...figures.warmMs))}) |`,
  `| Warm, 200-block scene from scene-url | ${format(median(figures.scene200Ms))} |`,
  '',
].join('\n');
writeFileSync('bench/results/editor.md', report);
writeFileSync('bench/results/editor.json', JSON.stringify({ date: new Date().toISOString(), quick, runs, ...figures }, null, 2));
console.log(report);
