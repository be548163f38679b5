/**
 * Opens the platform file picker for images and hands back object URLs. The files never leave the
 * device: they are read through `URL.createObjectURL`, nothing is uploaded. Object URLs are not
 * revoked, because undo can bring back a block that references them; they die with the page.
 */
import { CesdkError } from '../../core/engine/index.js';

/** MIME types the editor accepts as images. */
export const IMAGE_MIME_TYPES: readonly string[] = ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/svg+xml', 'image/avif'];

/** A picked image file as an object URL with its natural size. */
export interface LocalImage {
  /** `blob:` URL of the file. */
  uri: string;
  /** The file's name, to label the asset. */
  name: string;
  /** Natural width in pixels. */
  width: number;
  /** Natural height in pixels. */
  height: number;
  /** The file's MIME type. */
  mimeType: string;
}

/**
 * Turns a `File` into a {@link LocalImage}: checks the type against {@link IMAGE_MIME_TYPES}, decodes it
 * once to learn its size (and to reject what is not really an image), and creates the object URL.
 * @throws CesdkError `INVALID_VALUE` for a file that is not a supported image or does not decode.
 */
export async function readLocalImage(file: File): Promise<LocalImage> {
  if (!IMAGE_MIME_TYPES.includes(file.type)) {
    throw new CesdkError('INVALID_VALUE', `"${file.name}" is not a supported image (type "${file.type || 'unknown'}")`);
  }
  const uri = URL.createObjectURL(file);
  try {
    const size = await naturalSize(uri);
    return { uri, name: file.name, width: size.width, height: size.height, mimeType: file.type };
  } catch (error) {
    URL.revokeObjectURL(uri);
    throw error;
  }
}

function naturalSize(uri: string): Promise<{ width: number; height: number }> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.decoding = 'async';
    image.onload = () => {
      const width = image.naturalWidth || 100;
      const height = image.naturalHeight || 100;
      resolve({ width, height });
    };
    image.onerror = () => reject(new CesdkError('INVALID_VALUE', 'the file could not be decoded as an image'));
    image.src = uri;
  });
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
