/**
 * Export options: the public shape `engine.block.export(block, options)` accepts, and their
 * validation into a resolved form the exporters share.
 */
import { CesdkError } from '../engine/index.js';

/** The MIME types `engine.block.export` produces. `application/octet-stream` is raw RGBA. */
export type ExportMimeType =
  | 'image/png'
  | 'image/jpeg'
  | 'image/webp'
  | 'application/pdf'
  | 'image/svg+xml'
  | 'application/octet-stream';

/** Every supported export MIME type, in menu order. */
export const EXPORT_MIME_TYPES: readonly ExportMimeType[] = [
  'image/png',
  'image/jpeg',
  'image/webp',
  'application/pdf',
  'image/svg+xml',
  'application/octet-stream',
];

/** The stage an export is in, reported through {@link ExportOptions.onProgress}. */
export type ExportStage = 'prepare' | 'render' | 'encode' | 'done';

/** One progress report: `completed` of `total` work units are done in `stage`. */
export interface ExportProgress {
  /** What the exporter is doing. */
  readonly stage: ExportStage;
  /** Work units done (tiles rendered, rows encoded, pages written). */
  readonly completed: number;
  /** Work units in all; `completed / total` is the fraction done of this stage. */
  readonly total: number;
  /** Overall fraction done, 0..1, monotonic over one export. */
  readonly fraction: number;
}

/**
 * Options of `engine.block.export(block, options)`, as in CE.SDK.
 *
 * `targetWidth`/`targetHeight`: with one of them, the other follows from the block's aspect ratio.
 * With both, the output has exactly that size and the block is scaled uniformly to cover it,
 * centred (CE.SDK's rule: "large enough that it fills the target size entirely").
 */
export interface ExportOptions {
  /** Output format; default `image/png`. */
  mimeType?: ExportMimeType;
  /** Output width in pixels (raster) or the page width basis (PDF/SVG keep physical size). */
  targetWidth?: number;
  /** Output height in pixels. */
  targetHeight?: number;
  /** JPEG quality 0 < q ≤ 1; default 0.9. */
  jpegQuality?: number;
  /** WebP quality 0 < q ≤ 1; default 1 (lossless in Chromium). */
  webpQuality?: number;
  /**
   * PNG deflate level 0 (store) .. 9 (smallest). When given, the PNG is written by our encoder
   * (fflate) at exactly that level. When omitted, the browser's native encoder is used where the
   * output is one render (much faster; its own level), and level 5 (CE.SDK's default) for tiled exports.
   */
  pngCompressionLevel?: number;
  /**
   * PDF only; default `true`: images and effects are rasterized at the scene DPI. With `false`,
   * images that no effect or blur touched are embedded as their original bytes. SECURITY: original
   * bytes mean a malicious image file can ride along inside the PDF unchanged.
   */
  exportPdfWithHighCompatibility?: boolean;
  /** Dots per inch for physical units and PDF rasterization; default the scene's `scene/dpi`. */
  dpi?: number;
  /** Called as the export advances. Exceptions thrown by the callback are ignored. */
  onProgress?: (progress: ExportProgress) => void;
  /** Aborts the export: the promise rejects with a `DOMException` named `AbortError`. */
  abortSignal?: AbortSignal;
  /** Called for problems that do not fail the export, e.g. a broken image drawn as its placeholder. */
  onError?: (error: CesdkError, block?: number) => void;
  /**
   * Largest tile edge in pixels for raster exports; default the renderer's max texture size.
   * Smaller values force tiling (useful for tests and memory-constrained devices).
   */
  maxTileSize?: number;
}

/** {@link ExportOptions} after validation, with defaults applied. */
export interface ResolvedExportOptions {
  readonly mimeType: ExportMimeType;
  readonly targetWidth: number | undefined;
  readonly targetHeight: number | undefined;
  readonly jpegQuality: number;
  readonly webpQuality: number;
  /** The explicit level, or undefined for "browser encoder where possible, else 5". */
  readonly pngCompressionLevel: number | undefined;
  readonly exportPdfWithHighCompatibility: boolean;
  readonly dpi: number | undefined;
  readonly onProgress: ((progress: ExportProgress) => void) | undefined;
  readonly abortSignal: AbortSignal | undefined;
  readonly onError: ((error: CesdkError, block?: number) => void) | undefined;
  readonly maxTileSize: number | undefined;
}

/** The largest output edge in pixels any export accepts (Chromium's 2D canvas limit). */
export const MAX_EXPORT_EDGE = 32767;
/** The largest output area in pixels (Chromium's 2D canvas area limit, 16384²). */
export const MAX_EXPORT_AREA = 268_435_456;

function positiveNumber(name: string, value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new CesdkError('INVALID_VALUE', `export option ${name} must be a finite number > 0, got ${String(value)}`);
  }
  return value;
}

function unitInterval(name: string, value: unknown, fallback: number): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 1) {
    throw new CesdkError('OUT_OF_RANGE', `export option ${name} must be in (0, 1], got ${String(value)}`);
  }
  return value;
}

/** Validates `options` and applies defaults; throws `CesdkError` naming the bad option. */
export function resolveExportOptions(options: ExportOptions | undefined): ResolvedExportOptions {
  const given = options ?? {};
  if (typeof given !== 'object') throw new CesdkError('INVALID_VALUE', 'export options must be an object');
  const mimeType = given.mimeType ?? 'image/png';
  if (!EXPORT_MIME_TYPES.includes(mimeType)) {
    throw new CesdkError('INVALID_VALUE', `export option mimeType "${String(mimeType)}" is not one of ${EXPORT_MIME_TYPES.join(', ')}`);
  }
  const level = given.pngCompressionLevel;
  if (level !== undefined && (!Number.isInteger(level) || level < 0 || level > 9)) {
    throw new CesdkError('OUT_OF_RANGE', `export option pngCompressionLevel must be an integer 0..9, got ${String(level)}`);
  }
  const maxTileSize = positiveNumber('maxTileSize', given.maxTileSize);
  if (maxTileSize !== undefined && (!Number.isInteger(maxTileSize) || maxTileSize < 16)) {
    throw new CesdkError('OUT_OF_RANGE', `export option maxTileSize must be an integer ≥ 16, got ${maxTileSize}`);
  }
  for (const name of ['onProgress', 'onError'] as const) {
    if (given[name] !== undefined && typeof given[name] !== 'function') {
      throw new CesdkError('INVALID_VALUE', `export option ${name} must be a function`);
    }
  }
  return {
    mimeType,
    targetWidth: positiveNumber('targetWidth', given.targetWidth),
    targetHeight: positiveNumber('targetHeight', given.targetHeight),
    jpegQuality: unitInterval('jpegQuality', given.jpegQuality, 0.9),
    webpQuality: unitInterval('webpQuality', given.webpQuality, 1),
    pngCompressionLevel: level,
    exportPdfWithHighCompatibility: given.exportPdfWithHighCompatibility ?? true,
    dpi: positiveNumber('dpi', given.dpi),
    onProgress: given.onProgress,
    abortSignal: given.abortSignal,
    onError: given.onError,
    maxTileSize,
  };
}
