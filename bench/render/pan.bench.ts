/**
 * `node --import tsx bench/render/pan.bench.ts [--backends=canvas,webgl] [--step=20]`: frame times
 * while panning continuously over new ground (10,000 blocks spread over a 4000×3000 page, 1920×1080
 * view, headless Chromium). Prints mean, p95 and max frame time per backend; writes nothing.
 */
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
// @ts-expect-error plain JS helper scripts without type declarations
import { findChromium } from '../../scripts/chromium.mjs';
// @ts-expect-error plain JS helper scripts without type declarations
import { serveStatic } from '../../scripts/static-server.mjs';

const option = (name: string, fallback: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const root = new URL('../..', import.meta.url).pathname;
process.chdir(root);
await build({
  entryPoints: ['bench/render/pan-page.ts'], bundle: true, format: 'esm', outfile: 'bench/.build/render-pan-page.js', target: 'es2022',
  minify: !process.argv.includes('--profile'), logLevel: 'warning', tsconfig: 'tsconfig.json', define: { 'process.env.NODE_ENV': '"production"' },
});
const server = await serveStatic({ host: '127.0.0.1', port: 0, mounts: { '/bench/': 'bench' } });
const browser = await puppeteer.launch({
  executablePath: findChromium(), headless: true,
  args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--window-size=1920,1080'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1920, height: 1080 });
  const profiling = process.argv.includes('--profile');
  const session = await page.createCDPSession();
  if (profiling) {
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 200 });
  }
  page.on('pageerror', (error) => console.error(String(error)));
  if (profiling) await session.send('Profiler.start');
  await page.goto(`http://localhost:${server.address().port}/bench/render/pan-page.html?backends=${option('backends', 'canvas')}&step=${option('step', '20')}`);
  const output = (await page.waitForFunction(() => (window as unknown as { __panBench?: unknown }).__panBench, { timeout: 900_000, polling: 500 }).then((handle) => handle.jsonValue())) as { results?: Record<string, unknown>[]; error?: string };
  if (output.error) throw new Error(output.error);
  if (profiling) {
    const { profile } = await session.send('Profiler.stop') as { profile: { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[]; samples: number[]; timeDeltas: number[] } };
    const self = new Map<string, number>();
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    profile.samples.forEach((id, index) => {
      const node = byId.get(id)!;
      const key = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
    });
    for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${ms.toFixed(0).padStart(7)} ms  ${key}`);
  }
  for (const result of output.results!) {
    const ms = (value: unknown) => (value as number).toFixed(1);
    console.log(`${result.backend} step ${result.step}: ${result.frames} frames, mean ${ms(result.meanMs)} ms, p95 ${ms(result.p95Ms)} ms, max ${ms(result.maxMs)} ms, frames > 33 ms: ${result.over33}, longest frame interval ${ms(result.maxIntervalMs)} ms, most blocks drawn in one frame ${result.maxBlocks}`);
    console.log(`  statistics: ${JSON.stringify(result.statistics)}`);
    if (process.argv.includes('--slow')) console.log(`  frames over 33 ms: ${JSON.stringify(result.slow)}`);
  }
} finally {
  await browser.close();
  server.close();
}
