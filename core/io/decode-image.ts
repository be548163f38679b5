import { assetError, isAssetError } from './asset-error.js';
import { chooseDecoder } from './choose-decoder.js';
import { inspectImageHeader } from './image-header.js';
import { assertWithinImageLimits, defaultImageLimits, type ImageLimits } from './image-limits.js';
import type { ImageMimeType, RasterImageMimeType } from './mime-types.js';
import type { SvgSanitizeOptions } from './sanitize-svg.js';

/** The default longest side of a decoded bitmap; larger images are downscaled while decoding. */
export const defaultMaxDecodedSize = 4096;

/** Options of {@link decodeImage}. */
export interface DecodeImageOptions {
  /** Longest side of the returned bitmap in pixels; larger images are downscaled. Default 4096. */
  readonly maxSize?: number;
  /** Hard limits on the declared size; beyond them the image is refused. Default {@link defaultImageLimits}. */
  readonly limits?: ImageLimits;
  /** For SVG: the size to rasterize at (before `maxSize` applies). Default the SVG's intrinsic size. */
  readonly rasterWidth?: number;
  /** For SVG: see {@link DecodeImageOptions.rasterWidth}. */
  readonly rasterHeight?: number;
  /** Limits for the SVG sanitizer. */
  readonly svg?: SvgSanitizeOptions;
}

/** A decoded image, ready to become a texture, with the original bytes kept for PDF embedding. */
export interface DecodedImage {
  /** The pixels, at most `maxSize` on the long side. Owned by whoever loaded it (the `AssetLoader` closes its own). */
  readonly bitmap: ImageBitmap;
  /** Width of `bitmap`. */
  readonly width: number;
  /** Height of `bitmap`. */
  readonly height: number;
  /** Width the file declares (for SVG: the rasterization width before downscaling). */
  readonly naturalWidth: number;
  /** Height the file declares (for SVG: the rasterization height before downscaling). */
  readonly naturalHeight: number;
  /** The format it was decoded as. */
  readonly mimeType: ImageMimeType;
  /** The original file, unchanged (the PDF exporter embeds it). */
  readonly bytes: Uint8Array;
  /** For SVG only: the sanitized SVG text (the SVG exporter embeds it). */
  readonly sanitizedSvg?: string;
}

/** Scales `width × height` down to fit `maxSize` on the long side (never up). */
export function fitWithin(width: number, height: number, maxSize: number): { width: number; height: number } {
  const scale = Math.min(1, maxSize / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * Decodes an image file the user gave. The decoder is chosen by {@link chooseDecoder} (raster or SVG
 * only). A raster image's header is vetted by {@link inspectImageHeader} before anything is
 * allocated; then `createImageBitmap` decodes it, downscaling at decode time to `maxSize`. An SVG is
 * sanitized by `sanitizeSvg` and rasterized through an `<img>` from a `blob:` URL.
 *
 * @throws AssetError `EMPTY_FILE`, `UNSUPPORTED_FORMAT`, `IMAGE_TOO_LARGE`, `DECODE_FAILED`, `UNSAFE_SVG`.
 */
export async function decodeImage(bytes: Uint8Array, declaredMimeType: string | undefined, options: DecodeImageOptions = {}): Promise<DecodedImage> {
  const maxSize = options.maxSize ?? defaultMaxDecodedSize;
  const limits = options.limits ?? defaultImageLimits;
  const choice = chooseDecoder(declaredMimeType, bytes, ['raster-image', 'svg']);
  if (choice.kind === 'svg') return decodeSvg(bytes, maxSize, limits, options);
  const mimeType = choice.mimeType as RasterImageMimeType;
  const header = inspectImageHeader(bytes, mimeType, limits);
  const target = fitWithin(header.width, header.height, maxSize);
  const resize = target.width !== header.width || target.height !== header.height;
  let bitmap: ImageBitmap;
  try {
    const blob = new Blob([bytes as BlobPart], { type: mimeType });
    bitmap = await createImageBitmap(blob, resize ? { resizeWidth: target.width, resizeHeight: target.height, resizeQuality: 'high' } : {});
  } catch (error) {
    throw assetError('DECODE_FAILED', `The browser could not decode the ${mimeType} image: ${(error as Error).message}`, { mimeType });
  }
  return { bitmap, width: bitmap.width, height: bitmap.height, naturalWidth: header.width, naturalHeight: header.height, mimeType, bytes };
}

/** The SVG sanitizer and rasterizer are a chunk of their own: most designs never decode an SVG. */
async function loadSvgDecoder(): Promise<typeof import('./svg-decoder.js')> {
  try {
    return await import('./svg-decoder.js');
  } catch (error) {
    throw assetError('DECODE_FAILED', `The SVG decoder could not be loaded: ${(error as Error).message}`);
  }
}

async function decodeSvg(bytes: Uint8Array, maxSize: number, limits: ImageLimits, options: DecodeImageOptions): Promise<DecodedImage> {
  const { sanitizeSvg, rasterizeSvg } = await loadSvgDecoder();
  const sanitized = sanitizeSvg(decodeText(bytes), { imageLimits: limits, ...options.svg });
  const naturalWidth = Math.max(1, Math.round(options.rasterWidth ?? sanitized.width));
  const naturalHeight = Math.max(1, Math.round(options.rasterHeight ?? sanitized.height));
  assertWithinImageLimits(naturalWidth, naturalHeight, limits);
  const target = fitWithin(naturalWidth, naturalHeight, maxSize);
  try {
    const bitmap = await rasterizeSvg(sanitized.text, sanitized.width, sanitized.height, target.width, target.height);
    return { bitmap, width: bitmap.width, height: bitmap.height, naturalWidth, naturalHeight, mimeType: 'image/svg+xml', bytes, sanitizedSvg: sanitized.text };
  } catch (error) {
    if (isAssetError(error)) throw error;
    throw assetError('DECODE_FAILED', `The SVG could not be rendered: ${(error as Error).message}`);
  }
}

/** SVG text may be UTF-8 (with or without BOM) or UTF-16 with a BOM. */
function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}
