/**
 * `node --import tsx bench/video.bench.ts [--quick]` (also run by `npm run bench`): video export speed
 * in headless Chromium (software H.264): a 10-second 1080p30 and 720p30 MP4 of a composition with a
 * background video, an image, a text and a sound, through `block.exportVideo`, against a hand-written
 * Canvas 2D + mediabunny pipeline drawing the same frames (the floor), alternating, medians; plus the
 * first (cold) export and the JS heap peak. Writes bench/results/video.md and bench/results/video.json.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
// @ts-expect-error plain JS helper scripts without type declarations
import { findChromium } from '../scripts/chromium.mjs';
// @ts-expect-error plain JS helper scripts without type declarations
import { serveStatic } from '../scripts/static-server.mjs';

interface Run { ms: number; frames: number; peakHeapMB: number; baseHeapMB: number; bytes: number }
interface Figures { ours1080: Run[]; ours720: Run[]; floor1080: Run[]; floor720: Run[]; cold1080: Run; error?: string }

const quick = process.argv.includes('--quick');
// `--report-only` rewrites video.md from the last video.json (after a change of the table's layout).
const reportOnly = process.argv.includes('--report-only');
const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
mkdirSync('bench/results', { recursive: true });
const figures = reportOnly ? (JSON.parse(readFileSync('bench/results/video.json', 'utf8')) as { figures: Figures }).figures : await measure();

async function measure(): Promise<Figures> {
  const outdir = 'bench/.build/video';
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: ['bench/video.bench.page.ts'], bundle: true, splitting: true, format: 'esm', outdir, target: 'es2022',
    minify: true, logLevel: 'warning', tsconfig: 'tsconfig.json', define: { 'process.env.NODE_ENV': '"production"' },
    chunkNames: 'chunk-[hash]', platform: 'browser',
  });

  const server = await serveStatic({ host: '127.0.0.1', port: 0, mounts: { '/bench/': 'bench', '/test/fixtures/': 'test/fixtures' } });
  const browser = await puppeteer.launch({
    executablePath: findChromium(), headless: true, protocolTimeout: 1_800_000,
    args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--disable-background-networking', '--no-first-run',
      '--js-flags=--expose-gc', '--enable-precise-memory-info', '--autoplay-policy=no-user-gesture-required'],
  });
  let figures: Figures;
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(String(error)));
    await page.goto(`http://localhost:${server.address().port}/bench/video.bench.page.html?runs=${quick ? 1 : 3}&seconds=10`);
    figures = (await page.waitForFunction(() => (window as unknown as { __videoBench?: unknown }).__videoBench, { timeout: 1_800_000, polling: 500 })
      .then((handle) => handle.jsonValue())) as Figures;
    await page.close();
  } finally {
    await browser.close();
    server.close();
  }
  return figures;
}
if (figures.error) {
  console.error(figures.error);
  process.exit(1);
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const fps = (run: { ms: number; frames: number }) => run.frames / (run.ms / 1000);
const row = (label: string, oursRuns: Run[], floorRuns: Run[]) => {
  const ours = median(oursRuns.map(fps));
  const bare = median(floorRuns.map(fps));
  const seconds = median(oursRuns.map((run) => run.ms)) / 1000;
  const floorSeconds = median(floorRuns.map((run) => run.ms)) / 1000;
  return `| ${label} | ${seconds.toFixed(1)} s (${ours.toFixed(1)} fps) | ${(ours / 30).toFixed(2)}× | ${floorSeconds.toFixed(1)} s (${bare.toFixed(1)} fps) | ${(seconds / floorSeconds).toFixed(2)}× | ${median(oursRuns.map((run) => run.peakHeapMB - run.baseHeapMB)).toFixed(0)} MB | ${(median(oursRuns.map((run) => run.bytes)) / 2 ** 20).toFixed(1)} MiB |`;
};
const lines = [
  `Video export in headless Chromium (software rendering and H.264 encoding, no GPU), ${figures.ours1080.length} run(s), medians, alternating with the floor.`,
  'A 10-second composition: background video (a 3-second 640×360 H.264 file, looped), a photo, a text and a WAV sound; MP4, 30 fps, automatic bitrate.',
  'The floor draws the same frames by hand (decode, `drawImage`, `fillText`) and encodes them with mediabunny, without sound: what any editor must at least spend.',
  '',
  '| Export | `exportVideo` time | Speed ÷ real time (above 1× is faster) | Floor time | Time ÷ floor (below 1× is faster) | JS heap peak over start | Output |',
  '|---|---|---|---|---|---|---|',
  row('10 s at 1920×1080', figures.ours1080, figures.floor1080),
  row('10 s at 1280×720', figures.ours720, figures.floor720),
  '',
  `First 1080p export of the page (cold: loads mediabunny and the export code, opens the files): ${(figures.cold1080.ms / 1000).toFixed(1)} s (${fps(figures.cold1080).toFixed(1)} fps), JS heap peak +${(figures.cold1080.peakHeapMB - figures.cold1080.baseHeapMB).toFixed(0)} MB.`,
  'The heap figure is the JavaScript heap only (performance.memory); decoded frames and encoder buffers live outside it.',
];
const table = lines.join('\n');
console.log(table);
writeFileSync('bench/results/video.md', `${table}\n`);
if (!reportOnly) writeFileSync('bench/results/video.json', JSON.stringify({ date: new Date().toISOString(), quick, figures }, null, 2));
