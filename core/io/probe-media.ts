import { assetError } from './asset-error.js';
import { chooseDecoder } from './choose-decoder.js';
import type { MediaMimeType } from './mime-types.js';

/** What {@link probeMedia} learns about a video or audio file from its metadata. */
export interface MediaProbe {
  /** The container, from the magic bytes (or a confirmed declared type). */
  readonly mimeType: MediaMimeType;
  /** Duration in seconds (`Infinity` for a stream without a known end). */
  readonly duration: number;
  /** Video width in pixels; 0 for audio. */
  readonly width: number;
  /** Video height in pixels; 0 for audio. */
  readonly height: number;
}

/**
 * Reads a video or audio file's duration and frame size with the browser's media element, loading
 * only metadata from a `blob:` URL of the bytes (nothing is fetched from elsewhere).
 *
 * @throws AssetError `EMPTY_FILE`, `UNSUPPORTED_FORMAT` (not MP4, MOV, WebM, MP3 or WAV),
 * `DECODE_FAILED` (the browser cannot read it), `ABORTED`.
 */
export async function probeMedia(bytes: Uint8Array, declaredMimeType?: string, signal?: AbortSignal): Promise<MediaProbe> {
  const choice = chooseDecoder(declaredMimeType, bytes, ['video', 'audio']);
  const mimeType = choice.mimeType as MediaMimeType;
  const element = document.createElement(choice.kind === 'video' ? 'video' : 'audio');
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mimeType }));
  element.preload = 'metadata';
  element.muted = true;
  try {
    await new Promise<void>((resolve, reject) => {
      const fail = (error: Error) => reject(error);
      element.addEventListener('loadedmetadata', () => resolve(), { once: true });
      element.addEventListener('error', () => fail(assetError('DECODE_FAILED', `The browser cannot read this ${mimeType} file.`, { mimeType })), { once: true });
      signal?.addEventListener('abort', () => fail(assetError('ABORTED', 'The media probe was aborted.')), { once: true });
      if (signal?.aborted) fail(assetError('ABORTED', 'The media probe was aborted.'));
      element.src = url;
    });
    const video = element instanceof HTMLVideoElement ? element : undefined;
    return { mimeType, duration: element.duration, width: video?.videoWidth ?? 0, height: video?.videoHeight ?? 0 };
  } finally {
    element.removeAttribute('src');
    element.load();
    URL.revokeObjectURL(url);
  }
}
