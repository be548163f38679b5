/**
 * `node --import tsx bench/export-cold.bench.ts [runs] [--no-screen]`: the cold first PNG export of the harness
 * scene at 1,000 and 10,000 blocks, through the direct painter and through the renderer's path
 * (each measurement in a fresh page of headless Chromium, software rendering). Prints a table;
 * writes nothing.
 */
import { rmSync } from 'node:fs';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
// @ts-expect-error plain JS helper scripts without type declarations
import { findChromium } from '../scripts/chromium.mjs';
// @ts-expect-error plain JS helper scripts without type declarations
import { serveStatic } from '../scripts/static-server.mjs';

const runs = Number(process.argv[2] ?? 3);
const screen = process.argv.includes('--no-screen') ? '0' : '1';
const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
const outdir = 'bench/.build/export-cold';
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: ['bench/export-cold.bench.page.ts'], bundle: true, splitting: true, format: 'esm', outdir, target: 'es2022',
  minify: true, logLevel: 'warning', tsconfig: 'tsconfig.json', define: { 'process.env.NODE_ENV': '"production"' },
});
const server = await serveStatic({ host: '127.0.0.1', port: 0, mounts: { '/bench/': 'bench', '/test/fixtures/': 'test/fixtures' } });
const browser = await puppeteer.launch({
  executablePath: findChromium(), headless: true,
  args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--disable-background-networking', '--no-first-run'],
});
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
try {
  console.log(`Cold first PNG export, 1920×1080 page, harness scene${screen === '0' ? ', no on-screen renderer' : ''}; ${runs} fresh page(s) each, median (all runs)`);
  console.log('| blocks | renderer path (ms) | direct painter (ms) |');
  console.log('|---|---|---|');
  for (const n of [1000, 10000]) {
    const times: Record<string, number[]> = { renderer: [], direct: [] };
    for (let run = 0; run < runs; run += 1) {
      for (const painter of ['renderer', 'direct']) {
        const page = await browser.newPage();
        page.on('pageerror', (error) => console.error(String(error)));
        await page.goto(`http://localhost:${server.address().port}/bench/export-cold.bench.page.html?n=${n}&painter=${painter}&screen=${screen}`);
        const result = (await page.waitForFunction(() => (window as unknown as { __coldExport?: unknown }).__coldExport, { timeout: 600_000, polling: 100 })
          .then((handle) => handle.jsonValue())) as { ms: number; bytes: number; error?: string };
        await page.close();
        if (result.error) throw new Error(result.error);
        times[painter]!.push(result.ms);
      }
    }
    const cell = (values: number[]) => `${median(values).toFixed(0)} (${values.map((value) => value.toFixed(0)).join(', ')})`;
    console.log(`| ${n} | ${cell(times.renderer!)} | ${cell(times.direct!)} |`);
  }
} finally {
  await browser.close();
  server.close();
}
