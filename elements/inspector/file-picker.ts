/**
 * Reads image files the user picks or drops, entirely on the device: the bytes are checked with
 * `core/io` (content sniffing rather than the file name, header dimensions against the decode limits,
 * SVG sanitizing) and handed on as an object URL. Nothing is uploaded. Object URLs are not revoked,
 * because undo can bring back a block that references them; they end with the page.
 */
import { CesdkError } from '../../core/engine/index.js';
import { createLocalObjectUrl } from '../../core/engine/local-blobs.js';
import { inspectImageHeader, sniffMimeType } from '../../core/io/index.js';
import type { RasterImageMimeType } from '../../core/io/mime-types.js';

/** MIME types the editor accepts as images (what the file picker offers). */
export const IMAGE_MIME_TYPES: readonly string[] = ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/avif', 'image/bmp', 'image/svg+xml'];

/** Largest image file accepted, in bytes. */
export const MAX_IMAGE_FILE_BYTES = 50 * 1024 * 1024;

/** A picked image file as an object URL with its natural size. */
export interface LocalImage {
  /** `blob:` URL of the file (for SVG: of the sanitized SVG). */
  uri: string;
  /** The file's name, to label the asset. */
  name: string;
  /** Natural width in pixels. */
  width: number;
  /** Natural height in pixels. */
  height: number;
  /** The MIME type found in the content. */
  mimeType: string;
}

function invalid(file: File, reason: string): CesdkError {
  return new CesdkError('INVALID_VALUE', `"${file.name}" cannot be used as an image: ${reason}`);
}

/**
 * Turns a `File` into a {@link LocalImage}. The type comes from the bytes (a `.png` that holds HTML is
 * refused); raster dimensions come from the header and must be within the decode limits (so a
 * decompression bomb is refused before anything decodes it); SVG is sanitized first.
 * @throws CesdkError `INVALID_VALUE` for a file that is empty, too large or not a supported image; the
 * `core/io` codes (`IMAGE_TOO_LARGE`, `DECODE_FAILED`, `UNSAFE_SVG`, ...) for a malformed image or
 * one beyond the decode limits.
 */
export async function readLocalImage(file: File): Promise<LocalImage> {
  if (file.size === 0) throw invalid(file, 'the file is empty');
  if (file.size > MAX_IMAGE_FILE_BYTES) throw invalid(file, `the file is larger than ${MAX_IMAGE_FILE_BYTES / 1024 / 1024} MB`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const mimeType = sniffMimeType(bytes);
  if (mimeType === undefined || !IMAGE_MIME_TYPES.includes(mimeType)) {
    throw invalid(file, `its content is ${mimeType ?? 'not a known format'}, not a supported image`);
  }
  try {
    if (mimeType === 'image/svg+xml') {
      const { sanitizeSvg } = await import('../../core/io/svg-decoder.js');
      const svg = sanitizeSvg(new TextDecoder().decode(bytes));
      const uri = createLocalObjectUrl(new Blob([svg.text], { type: 'image/svg+xml' }))!;
      return { uri, name: file.name, width: svg.width, height: svg.height, mimeType };
    }
    const header = inspectImageHeader(bytes, mimeType as RasterImageMimeType);
    const uri = createLocalObjectUrl(new Blob([bytes], { type: mimeType }))!;
    return { uri, name: file.name, width: header.width, height: header.height, mimeType };
  } catch (error) {
    if (error instanceof CesdkError) throw error;
    throw invalid(file, error instanceof Error ? error.message : String(error));
  }
}

/**
 * Shows the file picker (an `<input type="file">` created for the call, never attached to the page)
 * and resolves with the chosen files, or an empty list when the user cancelled.
 */
export function pickFiles(options: { accept: string; multiple?: boolean }): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = options.accept;
    input.multiple = options.multiple ?? false;
    input.addEventListener('change', () => resolve([...(input.files ?? [])]), { once: true });
    input.addEventListener('cancel', () => resolve([]), { once: true });
    input.click();
  });
}
