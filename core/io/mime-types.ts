/** Raster image formats that `core/io` can decode with the browser's own decoders. */
export type RasterImageMimeType = 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp' | 'image/avif' | 'image/bmp';

/** Every image format `core/io` accepts: the raster formats plus sanitized SVG. */
export type ImageMimeType = RasterImageMimeType | 'image/svg+xml';

/** Font formats accepted by {@link loadFont}. */
export type FontMimeType = 'font/ttf' | 'font/otf' | 'font/woff' | 'font/woff2';

/** Video and audio containers recognised by magic bytes (decoded elsewhere, e.g. by WebCodecs). */
export type MediaMimeType = 'video/mp4' | 'video/quicktime' | 'video/webm' | 'audio/mp4' | 'audio/mpeg' | 'audio/wav' | 'audio/ogg';

/** Every MIME type {@link sniffMimeType} can report. */
export type SniffedMimeType = ImageMimeType | FontMimeType | MediaMimeType | 'application/pdf';

/** The family of decoder a MIME type needs. */
export type DecoderKind = 'raster-image' | 'svg' | 'font' | 'video' | 'audio' | 'pdf';

const decoderKinds: Record<SniffedMimeType, DecoderKind> = {
  'image/png': 'raster-image',
  'image/jpeg': 'raster-image',
  'image/gif': 'raster-image',
  'image/webp': 'raster-image',
  'image/avif': 'raster-image',
  'image/bmp': 'raster-image',
  'image/svg+xml': 'svg',
  'font/ttf': 'font',
  'font/otf': 'font',
  'font/woff': 'font',
  'font/woff2': 'font',
  'video/mp4': 'video',
  'video/quicktime': 'video',
  'video/webm': 'video',
  'audio/mp4': 'audio',
  'audio/mpeg': 'audio',
  'audio/wav': 'audio',
  'audio/ogg': 'audio',
  'application/pdf': 'pdf',
};

/** Non-canonical spellings that servers and operating systems send for the formats above. */
const aliases: Record<string, SniffedMimeType> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'image/x-png': 'image/png',
  'image/x-ms-bmp': 'image/bmp',
  'image/x-bmp': 'image/bmp',
  'image/svg': 'image/svg+xml',
  'application/font-woff': 'font/woff',
  'application/x-font-woff': 'font/woff',
  'application/font-woff2': 'font/woff2',
  'application/x-font-ttf': 'font/ttf',
  'application/x-font-truetype': 'font/ttf',
  'application/font-sfnt': 'font/ttf',
  'font/sfnt': 'font/ttf',
  'application/x-font-opentype': 'font/otf',
  'application/vnd.ms-opentype': 'font/otf',
  'audio/mp3': 'audio/mpeg',
  'audio/x-wav': 'audio/wav',
  'audio/wave': 'audio/wav',
  'audio/vnd.wave': 'audio/wav',
  'audio/x-m4a': 'audio/mp4',
  'application/ogg': 'audio/ogg',
  'video/ogg': 'audio/ogg',
  'audio/opus': 'audio/ogg',
  'audio/webm': 'video/webm',
  'video/x-m4v': 'video/mp4',
};

/** Returns the decoder family a supported MIME type needs. */
export function decoderKindOf(mimeType: SniffedMimeType): DecoderKind {
  return decoderKinds[mimeType];
}

/**
 * Normalizes a declared MIME type (from a Content-Type header, a `data:` URI, a `Blob`): lower case,
 * parameters removed, known aliases mapped to their canonical name. Returns `undefined` when the type
 * is absent or not one `core/io` supports (e.g. `application/octet-stream`, `text/html`).
 */
export function normalizeMimeType(declared: string | null | undefined): SniffedMimeType | undefined {
  if (!declared) return undefined;
  const essence = declared.split(';')[0]!.trim().toLowerCase();
  if (essence in decoderKinds) return essence as SniffedMimeType;
  return aliases[essence];
}
