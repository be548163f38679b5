import { CesdkError } from './errors.js';
import type { EngineCore } from './engine-core.js';

/** What the engine knows about an audio or video file once it is loaded. */
export interface AVResourceInfo {
  /** Length in seconds. */
  readonly duration: number;
  /** Display width of the video in pixels (0 without video). */
  readonly width: number;
  /** Display height of the video in pixels (0 without video). */
  readonly height: number;
  /** Whether the file has a video track. */
  readonly hasVideo: boolean;
  /** The audio tracks: channels, sample rate and language (ISO 639-2, 'und' when unknown). */
  readonly audioTracks: ReadonlyArray<{ readonly channels: number; readonly sampleRate: number; readonly language: string }>;
}

/**
 * Reads a media file's metadata. The browser layer registers one that shares its file cache
 * (`engine.registerAVResourceLoader`); without one the engine fetches the file itself (`fetchResource`
 * or `fetch`) and demuxes it with mediabunny, loaded on first use. No frame is decoded for this.
 */
export type AVResourceLoader = (uri: string) => Promise<AVResourceInfo>;

type Entry =
  | { state: 'loading'; promise: Promise<AVResourceInfo> }
  | { state: 'ready'; info: AVResourceInfo }
  | { state: 'error'; error: CesdkError };

/** Media metadata per URI: loaded once, shared by every fill and audio block that uses the file. */
export class AVResources {
  private readonly entries = new Map<string, Entry>();
  loader: AVResourceLoader | undefined;

  constructor(private readonly core: EngineCore) {}

  /** The metadata of a loaded file, or undefined (not loaded yet, loading, or failed). */
  info(uri: string): AVResourceInfo | undefined {
    const entry = this.entries.get(uri);
    return entry?.state === 'ready' ? entry.info : undefined;
  }

  /** Whether the file's metadata is loaded. */
  isLoaded(uri: string): boolean {
    return this.entries.get(uri)?.state === 'ready';
  }

  /** Loads a file's metadata (again after a failure). Rejects with a `CesdkError`. */
  load(uri: string): Promise<AVResourceInfo> {
    const entry = this.entries.get(uri);
    if (entry?.state === 'ready') return Promise.resolve(entry.info);
    if (entry?.state === 'loading') return entry.promise;
    const promise = this.read(uri).then(
      (info) => {
        if (this.entries.get(uri)?.state === 'loading') this.entries.set(uri, { state: 'ready', info });
        return info;
      },
      (error: unknown) => {
        const failure = error instanceof CesdkError
          ? error
          : new CesdkError('DECODE_FAILED', `the media file '${uri.slice(0, 120)}' could not be read: ${error instanceof Error ? error.message : String(error)}`);
        this.entries.set(uri, { state: 'error', error: failure });
        throw failure;
      },
    );
    this.entries.set(uri, { state: 'loading', promise });
    return promise;
  }

  private async read(uri: string): Promise<AVResourceInfo> {
    if (typeof uri !== 'string' || uri === '') throw new CesdkError('RESOURCE_UNAVAILABLE', 'the block has no media file URI');
    if (this.loader) return this.loader(uri);
    const { probeAVResource } = await import('./av-probe.js');
    return probeAVResource(this.core, uri);
  }
}
