#!/usr/bin/env node
// `node scripts/heap-by-kind.mjs [--lib=ours] [--scene=dense] [--n=10000] [--top=40] [--save=file.heapsnapshot]`: builds the bench
// scene in headless Chromium (the bench harness, `mode=hold`), takes a heap snapshot and prints the self
// sizes summed by constructor name, largest first, after the heap growth of the build. A developer's
// tool for finding what the JS heap after build is made of.
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findChromium } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
const option = (name, fallback) => process.argv.find((argument) => argument.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const lib = option('lib', 'ours');
const scene = option('scene', 'dense');
const n = Number(option('n', '10000'));
const top = Number(option('top', '40'));

await build({
  entryPoints: ['bench/harness/runner.ts'], bundle: true, format: 'esm', outfile: 'bench/.build/runner.js',
  target: 'es2022', minify: false, keepNames: true, sourcemap: false, logLevel: 'warning', tsconfig: 'tsconfig.json',
  define: { 'process.env.NODE_ENV': '"production"' },
});
const server = await serveStatic({ host: '127.0.0.1', port: 0, mounts: { '/bench/': 'bench' } });
const browser = await puppeteer.launch({
  executablePath: findChromium(), headless: true,
  args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--js-flags=--expose-gc', '--enable-precise-memory-info', '--window-size=1920,1080'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1920, height: 1080 });
  await page.goto(`http://localhost:${server.address().port}/bench/harness/runner.html?mode=hold&lib=${lib}&scene=${scene}&n=${n}`, { waitUntil: 'domcontentloaded' });
  const figures = await page.waitForFunction(() => window.__benchResult, { timeout: 600000, polling: 200 }).then((handle) => handle.jsonValue());
  console.log(JSON.stringify(figures));
  const session = await page.createCDPSession();
  const chunks = [];
  session.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  const text = chunks.join('');
  if (option('save', '')) (await import('node:fs')).writeFileSync(option('save', ''), text);
  const snapshot = JSON.parse(text);
  const { node_fields: fields, node_types: [types] } = snapshot.snapshot.meta;
  const width = fields.length;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field));
  const totals = new Map();
  let all = 0;
  for (let index = 0; index < snapshot.nodes.length; index += width) {
    const type = types[snapshot.nodes[index + typeAt]];
    const name = type === 'object' || type === 'native' ? snapshot.strings[snapshot.nodes[index + nameAt]] : `(${type})`;
    const size = snapshot.nodes[index + sizeAt];
    all += size;
    const entry = totals.get(name) ?? { size: 0, count: 0 };
    entry.size += size;
    entry.count += 1;
    totals.set(name, entry);
  }
  console.log(`snapshot total ${(all / 2 ** 20).toFixed(1)} MB`);
  for (const [name, { size, count }] of [...totals].sort((a, b) => b[1].size - a[1].size).slice(0, top)) {
    console.log(`${(size / 2 ** 20).toFixed(2).padStart(7)} MB ${String(count).padStart(8)}  ${name.slice(0, 80)}`);
  }
} finally {
  await browser.close();
  server.close();
}
