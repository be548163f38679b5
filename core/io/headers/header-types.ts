import { assetError } from '../asset-error.js';
import type { AssetError } from '../asset-error.js';

/** The dimensions an image header declares, read without decoding any pixel data. */
export interface ImageHeader {
  /** Width in pixels as displayed (after EXIF orientation, for JPEG). */
  readonly width: number;
  /** Height in pixels as displayed (after EXIF orientation, for JPEG). */
  readonly height: number;
}

/** One format's header reader and its structural check (run only once the dimensions are within limits). */
export interface ImageHeaderParser {
  /** Reads the declared dimensions; throws `DECODE_FAILED` when the header itself is missing or cut. */
  read(bytes: Uint8Array): ImageHeader;
  /**
   * Checks that the rest of the file can hold what the header declares: no chunk runs past the end,
   * the compressed payload is large enough for the declared pixel count at the format's best possible
   * compression ratio. Throws `DECODE_FAILED` otherwise, or `IMAGE_TOO_LARGE` for a frame bigger than
   * the limits.
   */
  verify(bytes: Uint8Array, header: ImageHeader, checkSize: (width: number, height: number) => void): void;
}

/** The error for a header or structure that is cut short or contradicts itself. */
export function malformed(format: string, reason: string, details?: Record<string, unknown>): AssetError {
  return assetError('DECODE_FAILED', `The ${format} file is truncated or inconsistent: ${reason}.`, { format, reason, ...details });
}
