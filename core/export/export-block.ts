/**
 * `engine.block.export(block, options)`: validates, dispatches to the format's writer, applies the
 * watermark decision, reports progress, honours the abort signal, and emits the usage event.
 */
import { CesdkError, type DesignBlockId, type Engine } from '../engine/index.js';
import { sniffMimeType, type AssetLoader } from '../io/index.js';
import { exportLoaderFor } from './export-loader.js';
import { asCesdkError } from './vector-assets.js';
import { abortError, ExportJob } from './export-job.js';
import { assertExportableBlock, exportBounds, planPixels, pointsPerDesignUnit, sceneDpi } from './export-size.js';
import { resolveExportOptions, type ExportOptions, type ResolvedExportOptions } from './options.js';
import { exportLossy, exportPng, exportRawRgba, type RasterContext } from './raster-export.js';

/**
 * The yes/no watermark decision, read at the start of each export. The exporters know nothing of
 * licensing: the elements hand them an object whose `needsWatermark` follows the engine's license
 * (`elements/shared/exporters.ts`); anything with that boolean will do.
 */
export interface WatermarkDecision {
  /** True while unlicensed: every export carries the watermark. */
  readonly needsWatermark: boolean;
}

/** What one export reports to the usage counter: never content, only type and size. */
export interface ExportUsage {
  /** `photo` for still exports, `video` for video and audio (CE.SDK's usage categories are photo and video). */
  readonly mediaType: 'photo' | 'video';
  /** The output MIME type. */
  readonly mimeType: string;
  /** Output width in pixels (PDF: the first page at the export DPI). */
  readonly width: number;
  /** Output height in pixels. */
  readonly height: number;
  /** Frames per second (video). */
  readonly fps?: number;
  /** Length in seconds (video and audio). */
  readonly duration?: number;
}

/** Dependencies of {@link exportBlock}. */
export interface ExportDependencies {
  /** Loads images and fonts; shared with the canvas so cached files are not fetched twice. */
  readonly assets?: AssetLoader | undefined;
  /** The watermark decision; without one every export is watermarked (unlicensed). */
  readonly license?: WatermarkDecision | undefined;
  /** Receives the usage event of each finished export. */
  readonly onUsage?: ((usage: ExportUsage) => void) | undefined;
}

function usageSize(engine: Engine, block: DesignBlockId, options: ResolvedExportOptions): { width: number; height: number } {
  if (options.mimeType === 'application/pdf') {
    const page = engine.block.getType(block).endsWith('/scene') ? engine.scene.getPages()[0] ?? block : block;
    const bounds = exportBounds(engine, page);
    const dpi = options.dpi ?? sceneDpi(engine);
    const pixelsPerUnit = (pointsPerDesignUnit(engine, dpi) * dpi) / 72;
    return { width: Math.round(bounds.width * pixelsPerUnit), height: Math.round(bounds.height * pixelsPerUnit) };
  }
  const plan = planPixels(engine, exportBounds(engine, block), options);
  return { width: plan.width, height: plan.height };
}

const IMAGE_FILL = '//ly.img.ubq/fill/image';

/** Every image fill URI shown by `block` (and its descendants; all pages for the scene). */
function imageUris(engine: Engine, block: DesignBlockId): Array<{ uri: string; block: DesignBlockId }> {
  const found: Array<{ uri: string; block: DesignBlockId }> = [];
  const blocks = engine.block;
  // Only the fill is read (a whole snapshot per block cost ~100 ms at 10,000 blocks, cold).
  const imageUri = (id: DesignBlockId): string | undefined => {
    try {
      const fill = blocks.supportsFill(id) ? blocks.getFill(id) : null;
      if (fill === null || blocks.getType(fill) !== IMAGE_FILL) return undefined;
      return blocks.getString(fill, 'fill/image/imageFileURI') || undefined;
    } catch {
      return undefined;
    }
  };
  const visit = (id: DesignBlockId): void => {
    const uri = imageUri(id);
    if (uri) found.push({ uri, block: id });
    for (const child of blocks.getChildren(id)) visit(child);
  };
  visit(block);
  return found;
}

/**
 * Loads every image the export shows (through the shared, caching loader the renderer also uses)
 * and reports those that fail: the renderer draws them as the io placeholder, the export goes on.
 */
async function reportBrokenImages(engine: Engine, block: DesignBlockId, assets: AssetLoader, job: ExportJob): Promise<void> {
  const images = imageUris(engine, block);
  await Promise.all(images.map(async (image) => {
    try {
      // Bytes and magic number only: the renderer decodes once; a second decode here would double the cost.
      const fetched = await assets.getBytes(image.uri, { signal: job.options.abortSignal });
      const mimeType = sniffMimeType(fetched.bytes);
      if (!mimeType?.startsWith('image/')) throw new CesdkError('RESOURCE_UNAVAILABLE', `export: ${image.uri} is not an image file`, { blockId: image.block });
    } catch (error) {
      job.throwIfAborted();
      job.reportError(asCesdkError(error, `export: image ${image.uri} could not be loaded; its placeholder is exported`), image.block);
    }
  }));
  job.throwIfAborted();
}


async function run(engine: Engine, block: DesignBlockId, job: ExportJob, dependencies: ExportDependencies): Promise<Blob> {
  const { options } = job;
  await reportBrokenImages(engine, block, dependencies.assets!, job);
  const watermark = dependencies.license?.needsWatermark ?? true;
  job.progress('prepare', 0, 1);
  if (options.mimeType === 'application/pdf') {
    const { exportPdf } = await import('./pdf-export.js');
    return exportPdf({ engine, block, job, watermark, assets: dependencies.assets });
  }
  if (options.mimeType === 'image/svg+xml') {
    const { exportSvg } = await import('./svg-export.js');
    return exportSvg({ engine, block, job, watermark, assets: dependencies.assets });
  }
  const plan = planPixels(engine, exportBounds(engine, block), options);
  const context: RasterContext = { engine, block, plan, job, watermark, assets: dependencies.assets };
  job.progress('prepare', 1, 1);
  switch (options.mimeType) {
    case 'image/jpeg':
    case 'image/webp':
      return exportLossy(context, options.mimeType);
    case 'application/octet-stream':
      return exportRawRgba(context);
    default:
      return exportPng(context);
  }
}

/**
 * Exports `block` (a page, a group, any block, or the scene). Rejects with `CesdkError` for an
 * unknown block, a zero-size block, bad options or an impossible size, and with a `DOMException`
 * named `AbortError` when `options.abortSignal` fires (every canvas and buffer is released and no
 * usage event is emitted).
 */
export async function exportBlock(engine: Engine, block: DesignBlockId, options: ExportOptions | undefined, dependencies: ExportDependencies = {}): Promise<Blob> {
  const resolved = resolveExportOptions(options);
  assertExportableBlock(engine, block);
  const job = new ExportJob(resolved);
  job.throwIfAborted();
  const size = usageSize(engine, block, resolved);
  const signal = resolved.abortSignal;
  let stopListening = (): void => {};
  const aborted = new Promise<never>((_resolve, reject) => {
    if (!signal) return;
    const onAbort = (): void => reject(abortError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    stopListening = () => signal.removeEventListener('abort', onAbort);
  });
  aborted.catch(() => {});
  // Without a loader from the caller, one loader per engine: the renderer keeps its offscreen views per
  // engine and loader, so a loader per export would rebuild (and keep) a set of views for every export.
  const assets = dependencies.assets ?? exportLoaderFor(engine);
  const work = run(engine, block, job, { ...dependencies, assets });
  try {
    const blob = await Promise.race([work, aborted]);
    job.throwIfAborted();
    job.progress('done', 1, 1);
    dependencies.onUsage?.({ mediaType: 'photo', mimeType: resolved.mimeType, width: size.width, height: size.height });
    // The engine's 'export' event (which telemetry listens to) reads the pixel size from the Blob.
    Object.defineProperties(blob, { width: { value: size.width }, height: { value: size.height } });
    return blob;
  } finally {
    stopListening();
    // On abort the writer stops at its next check; its cleanups run once it has settled.
    work.then(() => job.dispose(), () => job.dispose());
  }
}
