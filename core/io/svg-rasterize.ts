import { parseInertSvg } from './inert-document.js';
import { assetError } from './asset-error.js';

/**
 * Rasterizes already-sanitized SVG text into an `ImageBitmap` of exactly `width × height` pixels.
 *
 * The SVG is loaded as an image from a `blob:` URL: browsers run no script and load no external
 * resource in an SVG used as an image, so this is a second line of defence behind the sanitizer.
 * The root's `width`/`height` are set to the target size (with a `viewBox` added when missing), so
 * the vector is drawn at that size rather than scaled up from a small raster.
 *
 * @throws AssetError `DECODE_FAILED` when the browser cannot render it.
 */
export async function rasterizeSvg(sanitizedText: string, intrinsicWidth: number, intrinsicHeight: number, width: number, height: number): Promise<ImageBitmap> {
  const document = parseInertSvg(sanitizedText);
  const root = document.documentElement;
  if (!root.hasAttribute('viewBox')) root.setAttribute('viewBox', `0 0 ${intrinsicWidth} ${intrinsicHeight}`);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('preserveAspectRatio', root.getAttribute('preserveAspectRatio') ?? 'xMidYMid meet');
  const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(document)], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    return await createImageBitmap(image, { resizeWidth: width, resizeHeight: height, resizeQuality: 'high' });
  } catch (error) {
    throw assetError('DECODE_FAILED', `The SVG could not be rendered: ${(error as Error).message}`);
  } finally {
    URL.revokeObjectURL(url);
  }
}
