#!/usr/bin/env node
// `npm run bench [-- --quick] [-- --sizes=1000,10000] [-- --scenes=dense,spread] [-- --runs=3] [-- --browser-only]`:
// this project against Konva and Fabric.js in the same headless Chromium, in the same run,
// alternating, each measurement in a fresh page; plus the engine-only (Node) and size figures.
// Writes bench/results/bench.md and bench/results/bench.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
const option = (name) => process.argv.find((argument) => argument.startsWith(`--${name}=`))?.slice(name.length + 3);
const quick = process.argv.includes('--quick');
const sizes = option('sizes') ? option('sizes').split(',').map(Number) : [100, 1000, 10000];
const scenes = option('scenes') ? option('scenes').split(',') : ['dense', 'spread'];
for (const scene of scenes) {
  if (!['dense', 'spread'].includes(scene)) {
    console.error(`unknown scene "${scene}" (dense, spread)`);
    process.exit(1);
  }
}
if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) {
  console.error('--sizes takes positive whole numbers, e.g. --sizes=1000,10000');
  process.exit(1);
}
const browserOnly = process.argv.includes('--browser-only');
const runs = option('runs') ? Number(option('runs')) : quick ? 1 : 3;
// Measured pan and drag frames per page (after 3 warm-up frames), and warm PNG exports after the cold one.
const frames = quick ? 8 : 20;
const reps = quick ? 1 : 3;
const libs = ['ours', 'konva', 'fabric'];
mkdirSync('bench/results', { recursive: true });
const loadAtStart = loadavg();

const median = (values) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const mean = (values) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : NaN);
/** Nearest-rank percentile. */
const percentile = (values, p) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
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

// 3. Browser figures: this project, Konva and Fabric.js on the same scenes. For each library, scene
// and size, three fresh pages: build (first frame, heap, cold and warm PNG export, save), interact
// (pan and drag frames) and load (the saved scene loaded and drawn).
console.log('\n== browser: bundling the harness');
const browserStartedAt = Date.now();
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
  protocolTimeout: 900000,
  args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--js-flags=--expose-gc', '--enable-precise-memory-info',
    '--disable-background-networking', '--disable-component-update', '--no-first-run', '--window-size=1920,1080'],
});

/** Opens a fresh page on the runner with `query`, runs `drive` on it, and closes it. */
async function withPage(query, drive) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1920, height: 1080 });
  page.on('pageerror', (error) => console.error(`[${query}] ${error.message}`));
  try {
    // Not the load event: an image loading during the build holds it back until the build is done.
    await page.goto(`${origin}/bench/harness/runner.html?${query}`, { waitUntil: 'domcontentloaded', timeout: 120000 });
    return await drive(page);
  } catch (error) {
    return { error: String(error) };
  } finally {
    await page.close();
  }
}
const waitResult = (page) => page.waitForFunction(() => window.__benchResult, { timeout: 900000, polling: 200 }).then((handle) => handle.jsonValue());

const results = [];
const fixed = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
try {
  for (let run = 0; run < runs; run += 1) {
    for (const scene of scenes) {
      for (const n of sizes) {
        // Alternate the order per run so no library always runs on a warmer or colder machine.
        const order = run % 2 === 0 ? libs : [...libs].reverse();
        for (const lib of order) {
          const query = `lib=${lib}&scene=${scene}&n=${n}&frames=${frames}&reps=${reps}`;
          let saved;
          const built = await withPage(`mode=build&${query}`, async (page) => {
            const figures = await waitResult(page);
            if (!figures.error) saved = await page.evaluate(() => window.__saved);
            return figures;
          });
          const interact = await withPage(`mode=interact&${query}`, waitResult);
          const loaded = saved === undefined ? { error: 'nothing saved' } : await withPage(`mode=load&${query}`, async (page) => {
            await page.waitForFunction(() => typeof window.__load === 'function', { timeout: 60000 });
            return page.evaluate((text) => window.__load(text), saved);
          });
          for (const [part, figures] of [['build', built], ['interact', interact], ['load', loaded]]) {
            if (figures.error) console.error(`[${lib} ${scene} ${n} ${part}] ${figures.error}`);
          }
          const pan = interact.panFrames ?? [];
          const drag = interact.dragFrames ?? [];
          console.log(`run ${run + 1}/${runs} ${scene.padEnd(6)} ${lib.padEnd(6)} n=${String(n).padStart(5)}: ` +
            `build ${fixed(built.buildFirstFrameMs)} ms, heap ${fixed(built.heapMB, 1)} MB, export cold ${fixed(built.exportColdMs)} ms / warm ${fixed(built.exportWarmMs)} ms, ` +
            `load ${fixed(loaded.loadFirstFrameMs)} ms, pan mean ${fixed(mean(pan), 1)} max ${fixed(Math.max(...pan), 1)} ms, drag mean ${fixed(mean(drag), 1)} ms ` +
            `(${((Date.now() - browserStartedAt) / 1000).toFixed(0)} s, load ${loadavg()[0].toFixed(2)})`);
          results.push({ key: lib, run, scene, n, loadAverage: loadavg()[0], build: built, interact, load: loaded });
        }
      }
    }
    writeReport(run + 1);
  }
} finally {
  await browser.close();
  server.close();
}

// 4. Report: medians over runs (frames: every measured frame of every run, pooled) and ratios
// against each peer. Written after every run, so a run cut short still leaves the runs done.
function writeReport(runsDone) {
  const metrics = [
    ['buildFirstFrameMs', 'build + first frame (ms)'],
    ['exportColdMs', 'first PNG export, cold (ms)'],
    ['exportWarmMs', `PNG export, warm (median of ${reps}) (ms)`],
    ['loadFirstFrameMs', 'load saved scene + first frame (ms)'],
    ['heapMB', 'JS heap after build (MB)'],
    ['panMean', 'pan frame, mean (ms)'], ['panP95', 'pan frame, p95 (ms)'], ['panMax', 'pan frame, max (ms)'],
    ['dragMean', 'drag frame, mean (ms)'], ['dragP95', 'drag frame, p95 (ms)'], ['dragMax', 'drag frame, max (ms)'],
    ['savedKB', 'saved scene (KB)'],
  ];
  const summary = {};
  for (const scene of scenes) {
    summary[scene] = {};
    for (const n of sizes) {
      summary[scene][n] = {};
      for (const lib of libs) {
        const rows = results.filter((r) => r.key === lib && r.scene === scene && r.n === n);
        const pan = rows.flatMap((r) => r.interact.panFrames ?? []);
        const drag = rows.flatMap((r) => r.interact.dragFrames ?? []);
        summary[scene][n][lib] = {
          buildFirstFrameMs: median(rows.map((r) => r.build.buildFirstFrameMs)),
          exportColdMs: median(rows.map((r) => r.build.exportColdMs)),
          exportWarmMs: median(rows.map((r) => r.build.exportWarmMs)),
          loadFirstFrameMs: median(rows.map((r) => r.load.loadFirstFrameMs)),
          heapMB: median(rows.map((r) => r.build.heapMB)),
          panMean: mean(pan), panP95: percentile(pan, 95), panMax: pan.length ? Math.max(...pan) : NaN,
          dragMean: mean(drag), dragP95: percentile(drag, 95), dragMax: drag.length ? Math.max(...drag) : NaN,
          savedKB: median(rows.map((r) => r.build.savedLength / 1024)),
          panFrames: pan.length, dragFrames: drag.length,
        };
      }
    }
  }
  const format = (value) => (Number.isFinite(value) ? (value >= 100 ? value.toFixed(0) : value.toFixed(1)) : 'n/a');
  const ratioValue = (ours, peer) => (Number.isFinite(ours) && Number.isFinite(peer) && peer > 0 ? ours / peer : NaN);
  const formatRatio = (value) => (Number.isFinite(value) ? `${value < 0.1 ? value.toFixed(3) : value.toFixed(2)}×` : 'n/a');
  const ratio = (ours, peer) => formatRatio(ratioValue(ours, peer));
  const sceneTitles = {
    dense: 'Dense scene: N blocks on a 1920×1080 page, all in the 1920×1080 view; pan = the view moving ±2 px',
    spread: 'Spread scene: N blocks on a 4000×3000 page, seen through a 1920×1080 view; pan = the view moving diagonally across the page over new ground',
  };
  const elapsed = (Date.now() - browserStartedAt) / 1000;
  const loadAtEnd = loadavg();
  const lines = [
    `Machine: ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, headless Chromium, no GPU. ` +
      `${runsDone} run(s); each measurement in a fresh page. Times and heap: medians of the runs; pan and drag: ` +
      `${frames} measured frames per run (after 3 warm-up frames), all runs pooled. Ratios are ours ÷ peer: below 1× means faster or smaller. ` +
      `Load average (1 min) ${loadAtStart[0].toFixed(2)} at the start, ${loadAtEnd[0].toFixed(2)} at the end; the browser part took ${(elapsed / 60).toFixed(1)} min.`,
    '',
  ];
  for (const scene of scenes) {
    lines.push(`## ${sceneTitles[scene]}`, '');
    for (const n of sizes) {
      lines.push(`### ${scene}, ${n.toLocaleString('en')} blocks`, '', '| Metric | CE.SDK WC | Konva | Fabric.js | ÷ Konva | ÷ Fabric.js |', '|---|---|---|---|---|---|');
      for (const [metric, label] of metrics) {
        const { ours, konva, fabric } = Object.fromEntries(libs.map((lib) => [lib, summary[scene][n][lib][metric]]));
        lines.push(`| ${label} | ${format(ours)} | ${format(konva)} | ${format(fabric)} | ${ratio(ours, konva)} | ${ratio(ours, fabric)} |`);
      }
      lines.push('');
    }
  }
  // Goals at 10,000 blocks (issue #12), per scene: ratios to Konva, and the worst pan frame in ms.
  const goals = [
    ['build + first frame', 'buildFirstFrameMs', 0.7],
    ['first PNG export, cold', 'exportColdMs', 1.0],
    ['load + first frame', 'loadFirstFrameMs', 1.0],
    ['JS heap after build', 'heapMB', 2.0],
    ['pan frame, mean', 'panMean', 0.05],
    ['drag frame, mean', 'dragMean', 0.05],
  ];
  const goalRows = [];
  if (sizes.includes(10000)) {
    lines.push('## Goals at 10,000 blocks', '', '| Goal | Scene | CE.SDK WC | Konva | Ratio | Target | Met |', '|---|---|---|---|---|---|---|');
    for (const scene of scenes) {
      const figures = summary[scene][10000];
      for (const [label, metric, target] of goals) {
        const value = ratioValue(figures.ours[metric], figures.konva[metric]);
        const met = Number.isFinite(value) ? value <= target : undefined;
        goalRows.push({ goal: label, scene, ours: figures.ours[metric], konva: figures.konva[metric], ratio: value, target: `≤ ${target}× Konva`, met });
        lines.push(`| ${label} | ${scene} | ${format(figures.ours[metric])} | ${format(figures.konva[metric])} | ${formatRatio(value)} | ≤ ${target}× Konva | ${met === undefined ? 'n/a' : met ? 'met' : 'not met'} |`);
      }
      const worst = figures.ours.panMax;
      const met = Number.isFinite(worst) ? worst <= 33 : undefined;
      goalRows.push({ goal: 'worst pan frame (ms)', scene, ours: worst, konva: figures.konva.panMax, ratio: NaN, target: '≤ 33 ms', met });
      lines.push(`| worst pan frame (ms) | ${scene} | ${format(worst)} | ${format(figures.konva.panMax)} | – | ≤ 33 ms | ${met === undefined ? 'n/a' : met ? 'met' : 'not met'} |`);
    }
    lines.push('');
  }
  const extra = ['## Other benchmarks (their own reports in bench/results)', ''];
  for (const file of readdirSync('bench/results').filter((name) => name.endsWith('.md') && name !== 'bench.md').sort()) {
    extra.push(`### ${file.replace(/\.md$/, '')}`, '', readFileSync(`bench/results/${file}`, 'utf8').trim(), '');
  }
  const report = `# Benchmark results\n\n${lines.join('\n')}\n${extra.join('\n')}\n`;
  writeFileSync('bench/results/bench.md', report);
  writeFileSync('bench/results/bench.json', JSON.stringify({
    date: new Date().toISOString(), quick, runs: runsDone, runsAsked: runs, frames, reps, scenes, sizes, elapsedSeconds: Math.round(elapsed),
    loadAverage: { start: loadAtStart, end: loadAtEnd }, summary, goals: goalRows, results,
  }, null, 2));
  if (runsDone === runs) console.log(`\n${report}`);
  console.log(`written after ${runsDone} of ${runs} run(s): bench/results/bench.md, bench/results/bench.json`);
}
