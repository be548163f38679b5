import { assetError } from './asset-error.js';
import { avifHeaderParser } from './headers/avif.js';
import { bmpHeaderParser } from './headers/bmp.js';
import { gifHeaderParser } from './headers/gif.js';
import type { ImageHeader, ImageHeaderParser } from './headers/header-types.js';
import { jpegHeaderParser } from './headers/jpeg.js';
import { pngHeaderParser } from './headers/png.js';
import { webpHeaderParser } from './headers/webp.js';
import { assertWithinImageLimits, defaultImageLimits, type ImageLimits } from './image-limits.js';
import type { RasterImageMimeType } from './mime-types.js';

export type { ImageHeader } from './headers/header-types.js';

const parsers: Record<RasterImageMimeType, ImageHeaderParser> = {
  'image/png': pngHeaderParser,
  'image/jpeg': jpegHeaderParser,
  'image/gif': gifHeaderParser,
  'image/webp': webpHeaderParser,
  'image/avif': avifHeaderParser,
  'image/bmp': bmpHeaderParser,
};

/**
 * Reads a raster image's declared dimensions and vets the file before anything decodes it:
 * 1. the header is read (PNG IHDR, JPEG SOFn plus EXIF orientation, GIF screen, WebP VP8/VP8L/VP8X,
 *    BMP DIB header, AVIF `ispe`); a missing or cut header throws `DECODE_FAILED`;
 * 2. dimensions beyond `limits` throw `IMAGE_TOO_LARGE`, so a bomb is refused from its first bytes;
 * 3. the structure is checked: chunks that run past the end, a missing end marker, or compressed data
 *    too small for the declared size at the format's best possible ratio (a lying header) throw
 *    `DECODE_FAILED`.
 *
 * The work is proportional to the number of chunks, never to the pixel count.
 */
export function inspectImageHeader(bytes: Uint8Array, mimeType: RasterImageMimeType, limits: ImageLimits = defaultImageLimits): ImageHeader {
  if (bytes.length === 0) throw assetError('EMPTY_FILE', 'The file is empty.');
  const parser = parsers[mimeType];
  const header = parser.read(bytes);
  assertWithinImageLimits(header.width, header.height, limits);
  parser.verify(bytes, header, (width, height) => assertWithinImageLimits(width, height, limits));
  return header;
}
