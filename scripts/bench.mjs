#!/usr/bin/env node
// `npm run bench [-- --quick]`: this project against Konva and Fabric.js in the same headless Chromium,
// in the same run, alternating, medians of several runs; plus the engine-only (Node) and size figures.
// Writes bench/results/bench.md and bench/results/bench.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
const quick = process.argv.includes('--quick');
const sizesArgument = process.argv.find((argument) => argument.startsWith('--sizes='));
const sizes = sizesArgument ? sizesArgument.slice(8).split(',').map(Number) : [100, 1000, 10000];
const browserOnly = process.argv.includes('--browser-only');
const runs = quick ? 1 : 3;
const frames = quick ? 8 : 20;
const reps = quick ? 1 : 3;
const libs = ['ours', 'konva', 'fabric'];
mkdirSync('bench/results', { recursive: true });

const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function runNodeBench(file) {
  console.log(`\n== ${file}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', file, ...(quick ? ['--quick'] : [])], { stdio: 'inherit' });
  if (result.status !== 0) console.error(`${file} failed (exit ${result.status})`);
}

// 1. Engine-only figures (Node) and any other Node benches.
if (!browserOnly) {
  for (const file of readdirSync('bench').filter((name) => name.endsWith('.bench.ts')).sort()) runNodeBench(`bench/${file}`);
  // 2. Size figures.
  console.log('\n== size');
  spawnSync(process.execPath, ['scripts/size.mjs'], { stdio: 'inherit' });
}

// 3. Browser figures: this project, Konva and Fabric.js on the same scenes.
console.log('\n== browser: bundling the harness');
await build({
  entryPoints: ['bench/harness/runner.ts'], bundle: true, format: 'esm', outfile: 'bench/.build/runner.js',
  target: 'es2022', minify: true, sourcemap: false, logLevel: 'warning', tsconfig: 'tsconfig.json',
  define: { 'process.env.NODE_ENV': '"production"' },
});
const server = await serveStatic({ host: '127.0.0.1', port: 0, mounts: { '/bench/': 'bench' } });
const origin = `http://localhost:${server.address().port}`;
const chromium = findChromium();
if (!chromium) {
  console.error('Chromium is missing: run apt-get install -y chromium');
  process.exit(1);
}
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--js-flags=--expose-gc', '--enable-precise-memory-info',
    '--disable-background-networking', '--disable-component-update', '--no-first-run', '--window-size=1920,1080'],
});
const results = [];
try {
  for (let run = 0; run < runs; run += 1) {
    for (const n of sizes) {
      // Alternate the order per run so no library always runs on a warmer or colder machine.
      const order = run % 2 === 0 ? libs : [...libs].reverse();
      for (const lib of order) {
        const page = await browser.newPage();
        await page.setViewport({ width: 1920, height: 1080 });
        page.on('pageerror', (error) => console.error(`[${lib} ${n}] ${error.message}`));
        await page.goto(`${origin}/bench/harness/runner.html?lib=${lib}&n=${n}&frames=${frames}&reps=${reps}`);
        const figures = await page.waitForFunction(() => window.__benchResult, { timeout: 300000, polling: 200 })
          .then((handle) => handle.jsonValue())
          .catch((error) => ({ lib, n, error: String(error) }));
        await page.close();
        if (figures.error) console.error(`[${lib} ${n}] ${figures.error}`);
        console.log(`run ${run + 1}/${runs} ${lib.padEnd(6)} n=${String(n).padStart(5)}: first frame ${figures.loadFirstFrameMs?.toFixed(0)} ms, pan ${figures.panFrameMs?.toFixed(1)} ms, drag ${figures.dragFrameMs?.toFixed(1)} ms`);
        results.push({ ...figures, key: lib, run });
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}

// 4. Report: medians and ratios against each peer.
const metrics = [
  ['loadFirstFrameMs', 'load + first frame (ms)'], ['panFrameMs', 'pan frame (ms)'], ['dragFrameMs', 'drag-one frame (ms)'],
  ['exportPngMs', 'PNG export (ms)'], ['saveLoadMs', 'JSON save+load (ms)'], ['heapMB', 'JS heap after load (MB)'],
];
const summary = {};
for (const n of sizes) {
  summary[n] = {};
  for (const lib of libs) {
    summary[n][lib] = {};
    for (const [metric] of metrics) summary[n][lib][metric] = median(results.filter((r) => r.key === lib && r.n === n).map((r) => r[metric]));
  }
}
const format = (value) => (Number.isFinite(value) ? (value >= 100 ? value.toFixed(0) : value.toFixed(1)) : 'n/a');
const ratio = (ours, peer) => {
  if (!Number.isFinite(ours) || !Number.isFinite(peer) || peer <= 0) return 'n/a';
  const value = ours / peer;
  return `${value < 0.1 ? value.toFixed(3) : value.toFixed(2)}×`;
};
const lines = [
  `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, headless Chromium, no GPU. ` +
    `${runs} run(s), medians. Ratios are ours ÷ peer: below 1× means faster or smaller.`,
  '',
];
for (const n of sizes) {
  lines.push(`### ${n.toLocaleString('en')} blocks`, '', '| Metric | CE.SDK WC | Konva | Fabric.js | ÷ Konva | ÷ Fabric.js |', '|---|---|---|---|---|---|');
  for (const [metric, label] of metrics) {
    const ours = summary[n].ours[metric];
    const konva = summary[n].konva[metric];
    const fabric = summary[n].fabric[metric];
    lines.push(`| ${label} | ${format(ours)} | ${format(konva)} | ${format(fabric)} | ${ratio(ours, konva)} | ${ratio(ours, fabric)} |`);
  }
  lines.push('');
}
const extra = [];
for (const file of readdirSync('bench/results').filter((name) => name.endsWith('.md') && name !== 'bench.md').sort()) {
  extra.push(`### ${file.replace(/\.md$/, '')}`, '', readFileSync(`bench/results/${file}`, 'utf8').trim(), '');
}
const report = `# Benchmark results\n\n${lines.join('\n')}\n${extra.join('\n')}\n`;
writeFileSync('bench/results/bench.md', report);
writeFileSync('bench/results/bench.json', JSON.stringify({ date: new Date().toISOString(), quick, runs, sizes, summary, results }, null, 2));
console.log(`\n${report}`);
console.log('written: bench/results/bench.md, bench/results/bench.json');
