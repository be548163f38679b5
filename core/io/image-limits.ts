import { assetError } from './asset-error.js';

/** Hard limits on the images `core/io` is willing to decode. */
export interface ImageLimits {
  /** Longest allowed side in pixels, as declared by the header. Default 16384. */
  readonly maxSide: number;
  /** Largest allowed pixel count (width × height). Default 100 megapixels. */
  readonly maxPixels: number;
}

/** The default {@link ImageLimits}: 16384 px per side and 100 megapixels. */
export const defaultImageLimits: ImageLimits = Object.freeze({ maxSide: 16384, maxPixels: 100_000_000 });

/**
 * Throws `IMAGE_TOO_LARGE` when `width × height` exceeds the limits. Called with header dimensions,
 * before any pixel buffer exists, so a decompression bomb never gets to allocate.
 */
export function assertWithinImageLimits(width: number, height: number, limits: ImageLimits = defaultImageLimits): void {
  if (width > limits.maxSide || height > limits.maxSide || width * height > limits.maxPixels) {
    throw assetError(
      'IMAGE_TOO_LARGE',
      `The image declares ${width}×${height} pixels; the limit is ${limits.maxSide} px per side and ${limits.maxPixels} pixels in all.`,
      { width, height, maxSide: limits.maxSide, maxPixels: limits.maxPixels },
    );
  }
}
