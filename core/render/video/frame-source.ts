/**
 * Video frames for the renderer: decodes with mediabunny (WebCodecs), one decoder per clip, reads
 * forward sequentially while time moves forward (playback, export) and seeks otherwise. Decoded
 * frames are kept in a cache bounded in bytes; during playback only the latest wanted frame is
 * decoded, so frames that cannot be decoded in time are dropped rather than queued.
 */
import type { CanvasSink, WrappedCanvas } from 'mediabunny';
import { assetError } from '../../io/asset-error.js';
import { loadMediabunny } from '../../io/media/media-file.js';
import type { MediaFiles } from '../../io/media/media-files.js';

/** A decoded frame, drawable with Canvas 2D's `drawImage`. */
export interface VideoFrameImage {
  readonly image: CanvasImageSource;
  readonly width: number;
  readonly height: number;
  /** Presentation time of the frame in the file, in seconds. */
  readonly timestamp: number;
  readonly duration: number;
}

/** Options of {@link VideoFrameSource}. */
export interface VideoFrameSourceOptions {
  /** Bytes of decoded frames kept for seeking back (default 64 MB; 0 keeps none). */
  maxCacheBytes?: number;
}

const EPSILON = 1e-6;
/** A seek this far ahead is still read forward (decoding from the next key frame costs more). */
const READ_AHEAD_SECONDS = 2;

/** One clip's decoder: a sequential reader with one frame of look-ahead. */
class ClipReader {
  private iterator?: AsyncGenerator<WrappedCanvas, void, unknown>;
  private current?: WrappedCanvas;
  private upcoming?: WrappedCanvas;
  private ended = false;
  private busy: Promise<unknown> = Promise.resolve();
  private wanted?: { time: number; resolve: (frame: WrappedCanvas | undefined) => void }[];

  constructor(private readonly sink: CanvasSink) {}

  /** The frame shown at `time` (the last one starting at or before it), decoding as needed. */
  frameAt(time: number): Promise<WrappedCanvas | undefined> {
    const result = this.busy.then(() => this.read(time));
    this.busy = result.catch(() => undefined);
    return result;
  }

  /**
   * Like {@link frameAt}, but while a decode runs only the latest request waits: earlier ones
   * resolve with undefined (their frame was dropped).
   */
  latestFrameAt(time: number): Promise<WrappedCanvas | undefined> {
    return new Promise((resolve) => {
      if (this.wanted) {
        for (const waiting of this.wanted.splice(0)) waiting.resolve(undefined);
        this.wanted.push({ time, resolve });
        return;
      }
      this.wanted = [{ time, resolve }];
      const drain = async (): Promise<void> => {
        while (this.wanted && this.wanted.length > 0) {
          const next = this.wanted.shift()!;
          next.resolve(await this.frameAt(next.time).catch(() => undefined));
        }
        this.wanted = undefined;
      };
      void drain();
    });
  }

  private async read(time: number): Promise<WrappedCanvas | undefined> {
    const forward = this.iterator && this.current && time + EPSILON >= this.current.timestamp && time - this.current.timestamp < READ_AHEAD_SECONDS;
    if (!forward) await this.restart(time);
    while (!this.ended && this.upcoming && this.upcoming.timestamp <= time + EPSILON) {
      this.current = this.upcoming;
      const next = await this.iterator!.next();
      this.upcoming = next.done ? undefined : next.value;
      if (next.done) this.ended = true;
    }
    return this.current;
  }

  private async restart(time: number): Promise<void> {
    await this.iterator?.return(undefined);
    this.iterator = this.sink.canvases(Math.max(0, time));
    this.ended = false;
    const first = await this.iterator.next();
    this.current = first.done ? undefined : first.value;
    if (first.done) {
      this.ended = true;
      // Past the last frame: show the last frame of the file.
      const last = await this.sink.getCanvas(time);
      this.current = last ?? undefined;
      return;
    }
    const second = await this.iterator.next();
    this.upcoming = second.done ? undefined : second.value;
    if (second.done) this.ended = true;
    if (this.current && this.current.timestamp > time + EPSILON) {
      // The reader started at a later key frame: the exact frame comes from a direct read.
      const exact = await this.sink.getCanvas(time);
      if (exact) this.current = { ...exact, canvas: copyCanvas(exact.canvas) };
    }
  }

  async close(): Promise<void> {
    await this.iterator?.return(undefined).catch(() => undefined);
    this.iterator = undefined;
  }
}

function copyCanvas(source: HTMLCanvasElement | OffscreenCanvas): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = source.width;
  canvas.height = source.height;
  canvas.getContext('2d')!.drawImage(source, 0, 0);
  return canvas;
}

/** Decoded frames by file and timestamp, least recently used first out, bounded in bytes. */
class FrameCache {
  private readonly frames = new Map<string, VideoFrameImage & { bytes: number }>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(uri: string, time: number): VideoFrameImage | undefined {
    for (const [key, frame] of this.frames) {
      if (!key.startsWith(`${uri}\n`) || time + EPSILON < frame.timestamp || time >= frame.timestamp + Math.max(frame.duration, EPSILON)) continue;
      this.frames.delete(key);
      this.frames.set(key, frame);
      return frame;
    }
    return undefined;
  }

  put(uri: string, frame: WrappedCanvas): void {
    const bytes = frame.canvas.width * frame.canvas.height * 4;
    if (bytes > this.maxBytes) return;
    const key = `${uri}\n${frame.timestamp}`;
    if (this.frames.has(key)) return;
    const copy = copyCanvas(frame.canvas);
    this.frames.set(key, { image: copy, width: copy.width, height: copy.height, timestamp: frame.timestamp, duration: frame.duration, bytes });
    this.bytes += bytes;
    for (const [oldest, entry] of this.frames) {
      if (this.bytes <= this.maxBytes) break;
      this.frames.delete(oldest);
      this.bytes -= entry.bytes;
      const canvas = entry.image as HTMLCanvasElement;
      canvas.width = 0;
      canvas.height = 0;
    }
  }

  clear(): void {
    for (const entry of this.frames.values()) {
      const canvas = entry.image as HTMLCanvasElement;
      canvas.width = 0;
    }
    this.frames.clear();
    this.bytes = 0;
  }
}

/** Decodes frames of the video files of one asset loader, for any number of clips. */
export class VideoFrameSource {
  private readonly readers = new Map<string, Promise<ClipReader>>();
  private readonly cache: FrameCache;
  private disposed = false;

  constructor(private readonly files: MediaFiles, options: VideoFrameSourceOptions = {}) {
    this.cache = new FrameCache(options.maxCacheBytes ?? 64 * 1024 * 1024);
  }

  /** A cached frame of `uri` covering `time`, if one was decoded and kept. Never decodes. */
  cached(uri: string, time: number): VideoFrameImage | undefined {
    return this.cache.get(uri, time);
  }

  /**
   * The exact frame of `uri` at `time` for the clip `clipKey` (its own decoder, reading forward
   * while time moves forward). With `dropStale`, a request superseded by a later one for the same
   * clip resolves with undefined. Rejects with core/io's typed errors when the file cannot be read.
   */
  async frameAt(clipKey: string, uri: string, time: number, dropStale = false): Promise<VideoFrameImage | undefined> {
    const hit = this.cache.get(uri, time);
    if (hit) return hit;
    const reader = await this.readerFor(clipKey, uri);
    const frame = dropStale ? await reader.latestFrameAt(time) : await reader.frameAt(time);
    if (!frame || this.disposed) return undefined;
    this.cache.put(uri, frame);
    return { image: frame.canvas as CanvasImageSource, width: frame.canvas.width, height: frame.canvas.height, timestamp: frame.timestamp, duration: frame.duration };
  }

  /** Stops the decoder of a clip (its view went away). */
  release(clipKey: string): void {
    for (const [key, reader] of this.readers) {
      if (!key.startsWith(`${clipKey}\n`)) continue;
      this.readers.delete(key);
      void reader.then((opened) => opened.close(), () => undefined);
    }
  }

  /** Stops every decoder and drops the cached frames. */
  dispose(): void {
    this.disposed = true;
    for (const reader of this.readers.values()) void reader.then((opened) => opened.close(), () => undefined);
    this.readers.clear();
    this.cache.clear();
  }

  private readerFor(clipKey: string, uri: string): Promise<ClipReader> {
    const key = `${clipKey}\n${uri}`;
    let reader = this.readers.get(key);
    if (!reader) {
      reader = (async () => {
        const file = await this.files.open(uri);
        if (!file.video) throw assetError('UNSUPPORTED_FORMAT', 'The file has no video track this browser can decode.');
        const { CanvasSink } = await loadMediabunny();
        return new ClipReader(new CanvasSink(file.video, { poolSize: 4 }));
      })();
      this.readers.set(key, reader);
      reader.catch(() => this.readers.delete(key));
    }
    return reader;
  }
}
