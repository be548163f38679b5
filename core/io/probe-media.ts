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

/** Limits on the media {@link probeMedia} accepts; beyond them it throws `MEDIA_TOO_LARGE`. */
export interface MediaLimits {
  /** Longest accepted duration in seconds (a stream without a known end is not refused). Default 3 hours. */
  readonly maxDuration: number;
  /** Longest accepted side of a video frame in pixels. Default 8192 (8K). */
  readonly maxSide: number;
  /** Largest accepted frame in pixels (width × height). Default 8192 × 4320. */
  readonly maxPixels: number;
}

/** The default {@link MediaLimits}: 3 hours, 8192 px per side, 8192 × 4320 pixels. */
export const defaultMediaLimits: MediaLimits = Object.freeze({ maxDuration: 3 * 3600, maxSide: 8192, maxPixels: 8192 * 4320 });

/** Options of {@link probeMedia}. */
export interface ProbeMediaOptions {
  /** Duration and resolution limits (default {@link defaultMediaLimits}). */
  readonly limits?: MediaLimits;
  /**
   * How long the browser may take to read the metadata, in milliseconds (default 4000). A corrupt
   * file can leave the media element waiting forever, with neither metadata nor an error.
   */
  readonly timeout?: number;
}

/** Throws `MEDIA_TOO_LARGE` when a probe is beyond the limits. */
function assertWithinMediaLimits(probe: MediaProbe, limits: MediaLimits): void {
  const { duration, width, height } = probe;
  if (Number.isFinite(duration) && duration > limits.maxDuration) {
    throw assetError('MEDIA_TOO_LARGE', `The ${probe.mimeType} file lasts ${Math.round(duration)} s; the limit is ${limits.maxDuration} s.`, { duration, maxDuration: limits.maxDuration });
  }
  if (width > limits.maxSide || height > limits.maxSide || width * height > limits.maxPixels) {
    throw assetError('MEDIA_TOO_LARGE', `The video is ${width}×${height} pixels; the limit is ${limits.maxSide} px per side and ${limits.maxPixels} pixels in all.`, { width, height, maxSide: limits.maxSide, maxPixels: limits.maxPixels });
  }
}

/**
 * Reads a video or audio file's duration and frame size with the browser's media element, loading
 * only metadata from a `blob:` URL of the bytes (nothing is fetched from elsewhere).
 *
 * @throws AssetError `EMPTY_FILE`, `UNSUPPORTED_FORMAT` (not MP4, MOV, WebM, MP3 or WAV),
 * `DECODE_FAILED` (the browser cannot read it, or gave no answer within the timeout),
 * `MEDIA_TOO_LARGE` (longer or larger than the limits), `ABORTED`.
 */
export async function probeMedia(bytes: Uint8Array, declaredMimeType?: string, signal?: AbortSignal, options: ProbeMediaOptions = {}): Promise<MediaProbe> {
  const choice = chooseDecoder(declaredMimeType, bytes, ['video', 'audio']);
  const mimeType = choice.mimeType as MediaMimeType;
  const element = document.createElement(choice.kind === 'video' ? 'video' : 'audio');
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mimeType }));
  element.preload = 'metadata';
  element.muted = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await new Promise<void>((resolve, reject) => {
      const fail = (error: Error) => reject(error);
      const timeout = options.timeout ?? 4000;
      timer = setTimeout(() => fail(assetError('DECODE_FAILED', `The browser gave no answer about this ${mimeType} file within ${timeout} ms.`, { mimeType, timeout })), timeout);
      element.addEventListener('loadedmetadata', () => resolve(), { once: true });
      element.addEventListener('error', () => fail(assetError('DECODE_FAILED', `The browser cannot read this ${mimeType} file.`, { mimeType })), { once: true });
      signal?.addEventListener('abort', () => fail(assetError('ABORTED', 'The media probe was aborted.')), { once: true });
      if (signal?.aborted) fail(assetError('ABORTED', 'The media probe was aborted.'));
      element.src = url;
    });
    const video = element instanceof HTMLVideoElement ? element : undefined;
    const probe = { mimeType, duration: element.duration, width: video?.videoWidth ?? 0, height: video?.videoHeight ?? 0 };
    assertWithinMediaLimits(probe, options.limits ?? defaultMediaLimits);
    return probe;
  } finally {
    clearTimeout(timer);
    element.removeAttribute('src');
    element.load();
    URL.revokeObjectURL(url);
  }
}
