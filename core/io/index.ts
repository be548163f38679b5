// core/io: reading the files users give (images, SVG, fonts) safely. Browser-side; no PixiJS.
export { AssetError, isAssetError, type AssetErrorCode } from './asset-error.js';
export { AssetLoader, type AssetLoaderOptions, type AssetErrorEvent, type AssetStatus, type LoadImageOptions } from './asset-loader.js';
export { chooseDecoder, type DecoderChoice } from './choose-decoder.js';
export { decodeImage, fitWithin, defaultMaxDecodedSize, type DecodeImageOptions, type DecodedImage } from './decode-image.js';
export { fetchAssetBytes, resolveAssetUri, defaultMaxAssetBytes, type FetchAssetOptions, type FetchedAsset } from './fetch-asset.js';
export { inspectImageHeader, type ImageHeader } from './image-header.js';
export { assertWithinImageLimits, defaultImageLimits, type ImageLimits } from './image-limits.js';
export { loadFont, type FontHandle, type FontRequest, type LoadFontOptions } from './load-font.js';
export { findTypeface, isItalic, numericWeight, registerTypeface, resolveFontFace, selectFontFace, type FontFaceChoice, type Typeface, type TypefaceFont } from './typefaces.js';
export { readFontFaceInfo, type FontFaceInfo } from './font-face-info.js';
export {
  normalizeMimeType,
  decoderKindOf,
  type DecoderKind,
  type FontMimeType,
  type ImageMimeType,
  type MediaMimeType,
  type RasterImageMimeType,
  type SniffedMimeType,
} from './mime-types.js';
export { createPlaceholderBitmap } from './placeholder.js';
export { probeMedia, type MediaProbe } from './probe-media.js';
export { sanitizeSvg, type SanitizedSvg, type SvgSanitizeOptions } from './sanitize-svg.js';
export { rasterizeSvg } from './svg-rasterize.js';
export { sniffMimeType } from './sniff.js';
