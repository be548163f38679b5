/**
 * On-device export of pages, blocks and scenes: PNG, JPEG, WebP, raw RGBA, PDF and SVG.
 *
 * `registerExporters(engine, { assets, license })` wires `engine.block.export(block, options)` to
 * these writers through the engine's exporter hook. jsPDF is loaded with `import()` on the first
 * PDF export, so editing never pays for it.
 *
 * SECURITY NOTE (from the product's security document): with
 * `exportPdfWithHighCompatibility: false`, images that no effect or blur touched are embedded in
 * the PDF as their original bytes, so a malicious image file can ride along inside the PDF. Keep
 * the default (`true`) when the images come from untrusted users.
 */
import type { AudioExportOptions, DesignBlockId, Engine, VideoExportOptions } from '../engine/index.js';
import { registerMediaServices } from '../render/video/media-services.js';
import type { AssetLoader } from '../io/index.js';
import type { ExportDependencies, ExportUsage, WatermarkDecision } from './export-block.js';
import { exportLoaderFor } from './export-loader.js';
import type { ExportOptions } from './options.js';

export type { ExportDependencies, ExportUsage, WatermarkDecision } from './export-block.js';
export { isAbortError } from './export-job.js';
export {
  EXPORT_MIME_TYPES, MAX_EXPORT_AREA, MAX_EXPORT_EDGE, resolveExportOptions,
  type ExportMimeType, type ExportOptions, type ExportProgress, type ExportStage, type ResolvedExportOptions,
} from './options.js';

/**
 * Exports `block` without going through `engine.block.export` (so no engine `export` event). The
 * writers load on first use, in their own chunk: editing never pays for them.
 * See {@link ExportOptions} for the options and the errors.
 */
export async function exportBlock(engine: Engine, block: DesignBlockId, options?: ExportOptions, dependencies?: ExportDependencies): Promise<Blob> {
  const module = await import('./export-block.js');
  return module.exportBlock(engine, block, options, dependencies);
}

/** Options of {@link registerExporters}. */
export interface RegisterExportersOptions {
  /** The asset loader the canvas uses (shared cache); a per-export loader is used when missing. */
  assets?: AssetLoader;
  /** The yes/no watermark decision (`needsWatermark`, read at each export); without one, every export is watermarked. */
  license?: WatermarkDecision;
  /** Also receives each export's usage event (media type and size, never content). */
  onUsage?: (usage: ExportUsage) => void;
}

/**
 * Registers the exporters on `engine`, so `engine.block.export(block, options)` works.
 * Returns a function that unregisters them (`block.export` then throws `EXPORT_UNAVAILABLE` again).
 */
export function registerExporters(engine: Engine, options: RegisterExportersOptions = {}): () => void {
  const dependencies = {
    assets: options.assets,
    license: options.license,
    onUsage: (usage: ExportUsage) => {
      options.onUsage?.(usage);
    },
  };
  const exporter = (block: DesignBlockId, exportOptions: ExportOptions): Promise<Blob> => {
    const mimeType = String(exportOptions.mimeType ?? '');
    if (mimeType.startsWith('video/') || mimeType.startsWith('audio/')) return exportMedia(engine, block, exportOptions as never, dependencies);
    return exportBlock(engine, block, exportOptions, dependencies);
  };
  const unregisterExporter = engine.registerExporter(exporter as never);
  // Media metadata, thumbnails and waveforms from the same file cache as the exports.
  const assets = options.assets ?? exportLoaderFor(engine);
  const unregisterMedia = registerMediaServices(engine, assets, {
    // Storyboards (thumbnails of a page) are rendered like video frames, watermark rule included.
    pageThumbnails: (request) => {
      const job = { cancelled: false };
      void import('./video/page-thumbnails.js').then((module) => module.pageThumbnails(engine, request, { ...dependencies, assets }, job));
      return () => void (job.cancelled = true);
    },
  });
  return () => {
    unregisterExporter();
    unregisterMedia();
  };
}

/**
 * Exports a page as video (`video/mp4`, `video/webm`) or sound as audio (`audio/wav`, `audio/webm`,
 * `audio/ogg`, `audio/mp4`) without the engine's usage event; mediabunny loads on first use.
 */
export async function exportMedia(engine: Engine, block: DesignBlockId, options: (VideoExportOptions | AudioExportOptions) & { mimeType: string }, dependencies: ExportDependencies = {}): Promise<Blob> {
  const withAssets = { ...dependencies, assets: dependencies.assets ?? exportLoaderFor(engine) };
  if (options.mimeType.startsWith('audio/')) {
    const { exportAudio } = await import('./video/audio-export.js');
    return exportAudio(engine, block, options as AudioExportOptions, withAssets);
  }
  const { exportVideo } = await import('./video/video-export.js');
  return exportVideo(engine, block, options as VideoExportOptions, withAssets);
}
