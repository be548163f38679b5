/**
 * `node --import tsx bench/export.bench.ts [--quick]` (also run by `npm run bench`): export figures
 * in headless Chromium — PNG of a 1080×1080 page with 50 blocks, a 4000×4000 PNG, a 10-page A4 PDF
 * (2480×3508 px at 300 DPI) — and the size of each script chunk the first PDF export loads (the page
 * is bundled with code splitting, so jsPDF and the PDF writer are separate chunks as in dist/).
 * Writes bench/results/export.md and bench/results/export.json.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
// @ts-expect-error plain JS helper scripts without type declarations
import { findChromium } from '../scripts/chromium.mjs';
// @ts-expect-error plain JS helper scripts without type declarations
import { serveStatic } from '../scripts/static-server.mjs';

interface Figures {
  png1080Ms: number[]; png4000Ms: number[]; png4000LevelMs: number[]; render4000Ms: number[]; jpeg4000Ms: number[]; maxTextureSize: number; pdf10PagesMs: number[]; firstPdfMs: number;
  png1080Bytes: number; png4000Bytes: number; pdf10PagesBytes: number;
  chunks: Array<{ name: string; transferBytes: number; decodedBytes: number }>;
  error?: string;
}

const quick = process.argv.includes('--quick');
const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
mkdirSync('bench/results', { recursive: true });
const outdir = 'bench/.build/export';
rmSync(outdir, { recursive: true, force: true });
const built = await build({
  entryPoints: ['bench/export.bench.page.ts'], bundle: true, splitting: true, format: 'esm', outdir, target: 'es2022',
  minify: true, logLevel: 'warning', tsconfig: 'tsconfig.json', define: { 'process.env.NODE_ENV': '"production"' },
  chunkNames: 'chunk-[hash]', metafile: true,
});
/** What each chunk mostly holds: its largest inputs' packages or folders. */
const contents = new Map<string, string>();
for (const [file, output] of Object.entries(built.metafile!.outputs)) {
  const owners = new Map<string, number>();
  for (const [input, info] of Object.entries(output.inputs)) {
    const owner = input.includes('node_modules/') ? /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)![1]! : input.split('/').slice(0, -1).join('/') + '/' + input.split('/').pop();
    owners.set(owner, (owners.get(owner) ?? 0) + info.bytesInOutput);
  }
  const top = [...owners].sort((a, b) => b[1] - a[1]).filter(([, bytes]) => bytes > 0).slice(0, 3).map(([owner]) => owner);
  contents.set(file.split('/').pop()!, top.join(', '));
}
const gzipSizes = new Map<string, number>();
for (const name of readdirSync(outdir)) gzipSizes.set(name, gzipSync(readFileSync(`${outdir}/${name}`), { level: 9 }).length);

const server = await serveStatic({ host: '127.0.0.1', port: 0, mounts: { '/bench/': 'bench', '/test/fixtures/': 'test/fixtures' } });
const browser = await puppeteer.launch({
  executablePath: findChromium(), headless: true,
  args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--disable-background-networking', '--no-first-run'],
});
let figures: Figures;
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(String(error)));
  await page.goto(`http://localhost:${server.address().port}/bench/export.bench.page.html?runs=${quick ? 1 : 3}`);
  figures = (await page.waitForFunction(() => (window as unknown as { __exportBench?: unknown }).__exportBench, { timeout: 900_000, polling: 250 })
    .then((handle) => handle.jsonValue())) as Figures;
  await page.close();
} finally {
  await browser.close();
  server.close();
}
if (figures.error) {
  console.error(figures.error);
  process.exit(1);
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));
const runs = figures.png1080Ms.length;
const lines = [
  `Exports in headless Chromium (software rendering, no GPU), ${runs} run(s), medians. Watermark off; images from the photo fixture, text in Lato.`,
  '',
  '| Export | Time (ms) | Output |',
  '|---|---|---|',
  `| PNG, 1080×1080 page, 50 blocks (shapes, gradients, 5 images, 5 texts) | ${ms(median(figures.png1080Ms))} | ${kib(figures.png1080Bytes)} KiB |`,
  `| PNG, 4000×4000 page, 50 blocks (browser encoder, the default) | ${ms(median(figures.png4000Ms))} | ${kib(figures.png4000Bytes)} KiB |`,
  `| PNG, 4000×4000 page, 50 blocks, pngCompressionLevel 5 (fflate) | ${ms(median(figures.png4000LevelMs))} | |`,
  `| PDF, 10 A4 pages at 300 DPI (12 blocks each; images rasterized: high compatibility) | ${ms(median(figures.pdf10PagesMs))} | ${kib(figures.pdf10PagesBytes)} KiB |`,
  `| the same PDF, first export (includes loading the jsPDF chunk) | ${ms(figures.firstPdfMs)} | |`,
  `| JPEG, 4000×4000 page, 50 blocks | ${ms(median(figures.jpeg4000Ms))} | |`,
  `| renderBlockToCanvas alone, 4000×4000 (the renderer's share of the PNG time) | ${ms(median(figures.render4000Ms))} | |`,
  '',
  `Max texture size reported by the renderer: ${figures.maxTextureSize} px (larger exports are tiled).`,
  '',
  'Script chunks loaded by the first PDF export (nothing of this is loaded for editing or raster export):',
  '',
  '| Chunk | Holds | Minified KiB | Min+gzip KiB |',
  '|---|---|---|---|',
  ...figures.chunks.map((chunk) => `| ${chunk.name} | ${contents.get(chunk.name) ?? ''} | ${kib(chunk.decodedBytes)} | ${kib(gzipSizes.get(chunk.name) ?? 0)} |`),
];
const table = lines.join('\n');
console.log(table);
writeFileSync('bench/results/export.md', `${table}\n`);
writeFileSync('bench/results/export.json', JSON.stringify({ date: new Date().toISOString(), quick, figures, gzipSizes: Object.fromEntries(gzipSizes) }, null, 2));
