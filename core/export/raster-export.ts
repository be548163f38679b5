/**
 * PNG, JPEG, WebP and raw RGBA exports, in tiles when the output is larger than the renderer's
 * maximum texture size, stitched band by band. Each tile is painted by the direct painter
 * (`direct-painter.ts`: the display list straight onto a Canvas 2D, the renderer's pixels only for
 * the blocks it cannot paint) or, with {@link setRasterPainter}('renderer'), in video scenes and for
 * pages with an image fill or effects, by the renderer's own offscreen path (`renderBlockToCanvas`, the canvas's drawing without selection
 * or guides).
 */
import { CesdkError, type DesignBlockId, type Engine } from '../engine/index.js';
import { getMaxTextureSize, renderBlockToCanvas } from '../render/index.js';
import type { AssetLoader } from '../io/index.js';
import type { ExportJob } from './export-job.js';
import type { PixelPlan } from './export-size.js';
import { PngWriter } from './png-encoder.js';
import { canPaintDirectly, DirectPainter } from './direct-painter.js';
import { exportBounds } from './export-size.js';

/** Which painter raster exports use: the direct painter (default) or the renderer for everything. */
export type RasterPainter = 'direct' | 'renderer';

let rasterPainter: RasterPainter = 'direct';

/**
 * Internal switch (not an export option): `'renderer'` sends every raster export through
 * `renderBlockToCanvas` as before the direct painter, for comparisons in tests and benchmarks.
 * Returns the previous choice.
 */
export function setRasterPainter(painter: RasterPainter): RasterPainter {
  const previous = rasterPainter;
  rasterPainter = painter;
  return previous;
}

/** The direct painter of one export, prepared once for all its tiles (undefined: the renderer paints). */
const painters = new WeakMap<RasterContext, Promise<DirectPainter | undefined>>();

function painterFor(context: RasterContext): Promise<DirectPainter | undefined> {
  let painter = painters.get(context);
  if (!painter) {
    const { assets } = context;
    painter = rasterPainter === 'direct' && assets && canPaintDirectly(context.engine, context.block)
      ? DirectPainter.prepare({ ...context, assets }, exportBounds(context.engine, context.block))
      : Promise.resolve(undefined);
    painters.set(context, painter);
  }
  return painter;
}

/** What a raster export needs besides the engine and the block. */
export interface RasterContext {
  readonly engine: Engine;
  readonly block: DesignBlockId;
  readonly plan: PixelPlan;
  readonly job: ExportJob;
  readonly watermark: boolean;
  readonly assets: AssetLoader | undefined;
}

/** One tile of the output, in output pixels. */
interface Tile {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The largest tile edge for this export: the renderer's limit, or the caller's smaller choice. */
export function tileEdge(maxTileSize: number | undefined): number {
  const limit = Math.max(16, Math.floor(getMaxTextureSize()));
  return maxTileSize === undefined ? limit : Math.min(limit, maxTileSize);
}

/** Splits the output into bands (rows of tiles), each tile at most `edge` pixels on a side. */
function planBands(width: number, height: number, edge: number): Tile[][] {
  const bands: Tile[][] = [];
  for (let y = 0; y < height; y += edge) {
    const band: Tile[] = [];
    for (let x = 0; x < width; x += edge) {
      band.push({ x, y, width: Math.min(edge, width - x), height: Math.min(edge, height - y) });
    }
    bands.push(band);
  }
  return bands;
}

function scratchContext(width: number, height: number): OffscreenCanvasRenderingContext2D {
  const context = new OffscreenCanvas(width, height).getContext('2d', { willReadFrequently: true });
  if (!context) throw new CesdkError('INVALID_STATE', 'export: no 2D canvas context is available');
  return context;
}

/** Releases a canvas' backing store now instead of waiting for garbage collection. */
function release(canvas: HTMLCanvasElement | OffscreenCanvas): void {
  canvas.width = 0;
  canvas.height = 0;
}

/**
 * Renders one output tile. The render covers the block's box at the plan's render size; `clip`
 * picks the tile (shifted by the cover offset when both target sizes were given).
 */
async function renderTile(context: RasterContext, tile: Tile, whole: boolean): Promise<HTMLCanvasElement | OffscreenCanvas> {
  const { plan, job } = context;
  job.throwIfAborted();
  const painter = await painterFor(context);
  if (painter) {
    const canvas = await painter.paint({ x: tile.x + plan.offsetX, y: tile.y + plan.offsetY, width: tile.width, height: tile.height });
    if (job.options.abortSignal?.aborted) {
      release(canvas);
      job.throwIfAborted();
    }
    return canvas;
  }
  const canvas = await renderBlockToCanvas(context.engine, context.block, {
    width: plan.renderWidth,
    height: plan.renderHeight,
    assets: context.assets,
    watermark: context.watermark,
    signal: job.options.abortSignal,
    ...(whole ? {} : { clip: { x: tile.x + plan.offsetX, y: tile.y + plan.offsetY, width: tile.width, height: tile.height } }),
  });
  if (job.options.abortSignal?.aborted) {
    release(canvas);
    job.throwIfAborted();
  }
  return canvas;
}

/**
 * Renders band after band and hands each band's straight RGBA rows to `consume`.
 * Memory stays at one band (output width × tile edge) whatever the output height.
 */
async function renderBands(
  context: RasterContext,
  consume: (pixels: Uint8ClampedArray, rows: number) => Promise<void> | void,
): Promise<void> {
  const { plan, job } = context;
  const edge = tileEdge(job.options.maxTileSize);
  const bands = planBands(plan.width, plan.height, edge);
  const whole = bands.length === 1 && bands[0]!.length === 1 && plan.offsetX === 0 && plan.offsetY === 0 && plan.renderWidth === plan.width && plan.renderHeight === plan.height;
  const total = bands.reduce((sum, band) => sum + band.length, 0);
  let done = 0;
  job.progress('render', 0, total);
  for (const band of bands) {
    const bandHeight = band[0]!.height;
    const scratch = scratchContext(plan.width, bandHeight);
    for (const tile of band) {
      const canvas = await renderTile(context, tile, whole);
      scratch.drawImage(canvas, tile.x, 0, tile.width, tile.height);
      release(canvas);
      done += 1;
      job.progress('render', done, total);
    }
    const pixels = scratch.getImageData(0, 0, plan.width, bandHeight).data;
    release(scratch.canvas);
    await consume(pixels, bandHeight);
    await job.yieldToEventLoop();
  }
}

/** True when the output is one render of the whole box (no tiles, no cover crop). */
function isWhole(context: RasterContext): boolean {
  const { plan } = context;
  const edge = tileEdge(context.job.options.maxTileSize);
  return plan.width <= edge && plan.height <= edge && plan.offsetX === 0 && plan.offsetY === 0 && plan.renderWidth === plan.width && plan.renderHeight === plan.height;
}

/** Encodes a canvas with the browser's own encoder. */
async function nativeEncode(canvas: HTMLCanvasElement | OffscreenCanvas, type: string, quality?: number): Promise<Blob> {
  if ('convertToBlob' in canvas) return canvas.convertToBlob({ type, quality });
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new CesdkError('INVALID_STATE', `export: the browser could not encode ${type}`))), type, quality);
  });
}

/**
 * PNG. With an explicit `pngCompressionLevel`, or when tiled, written by {@link PngWriter} at that
 * level (default 5). Otherwise the browser's native encoder: several times faster on large pages
 * (fflate needs seconds for 64 MB of pixels).
 */
export async function exportPng(context: RasterContext): Promise<Blob> {
  const { plan, job } = context;
  if (job.options.pngCompressionLevel === undefined && isWhole(context)) {
    job.progress('render', 0, 1);
    const canvas = await renderTile(context, { x: 0, y: 0, width: plan.width, height: plan.height }, true);
    job.defer(() => release(canvas));
    job.progress('render', 1, 1);
    job.progress('encode', 0, 1);
    const blob = await nativeEncode(canvas, 'image/png');
    job.throwIfAborted();
    job.progress('encode', 1, 1);
    return blob;
  }
  const writer = new PngWriter(plan.width, plan.height, job.options.pngCompressionLevel ?? 5);
  let rows = 0;
  await renderBands(context, (pixels, count) => {
    writer.pushRows(pixels, count);
    rows += count;
    job.progress('encode', rows, plan.height);
  });
  return new Blob(writer.finish() as BlobPart[], { type: 'image/png' });
}

/** Raw straight RGBA, `width * height * 4` bytes, rows top to bottom, no header. */
export async function exportRawRgba(context: RasterContext): Promise<Blob> {
  const parts: Uint8ClampedArray[] = [];
  let rows = 0;
  await renderBands(context, (pixels, count) => {
    parts.push(pixels);
    rows += count;
    context.job.progress('encode', rows, context.plan.height);
  });
  return new Blob(parts as BlobPart[], { type: 'application/octet-stream' });
}

/** JPEG or WebP through the browser's encoder, at `jpegQuality`/`webpQuality`. */
export async function exportLossy(context: RasterContext, mimeType: 'image/jpeg' | 'image/webp'): Promise<Blob> {
  const { plan, job } = context;
  const full = new OffscreenCanvas(plan.width, plan.height);
  job.defer(() => release(full));
  const fullContext = full.getContext('2d');
  if (!fullContext) throw new CesdkError('INVALID_STATE', 'export: no 2D canvas context is available');
  if (mimeType === 'image/jpeg') {
    // JPEG has no alpha: composite on white as the canvas shows transparent pages.
    fullContext.fillStyle = '#ffffff';
    fullContext.fillRect(0, 0, plan.width, plan.height);
  }
  let y = 0;
  await renderBands(context, (pixels, count) => {
    const band = new ImageData(pixels as Uint8ClampedArray<ArrayBuffer>, plan.width, count);
    const bandCanvas = new OffscreenCanvas(plan.width, count);
    bandCanvas.getContext('2d')!.putImageData(band, 0, 0);
    fullContext.drawImage(bandCanvas, 0, y);
    release(bandCanvas);
    y += count;
  });
  job.progress('encode', 0, 1);
  const quality = mimeType === 'image/jpeg' ? job.options.jpegQuality : job.options.webpQuality;
  const blob = await full.convertToBlob({ type: mimeType, quality });
  job.throwIfAborted();
  if (blob.type !== mimeType) {
    throw new CesdkError('INVALID_STATE', `export: this browser cannot encode ${mimeType} (it produced ${blob.type})`);
  }
  job.progress('encode', 1, 1);
  return blob;
}
