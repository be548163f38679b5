/**
 * The texture of each block with a video fill: a canvas holding the frame at the block's current
 * media time, redrawn when the playhead, the trim or the frame changes. On screen the newest wanted
 * frame wins (older ones are dropped); offscreen (export, thumbnails) every render waits for its
 * exact frame.
 */
import { CanvasSource, Texture } from 'pixi.js';
import { CesdkError, type DesignBlockId, type Engine } from '../../engine/index.js';
import type { ImageEntry } from '../asset-textures.js';
import { currentMediaTime } from './media-clock.js';
import type { VideoFrameImage, VideoFrameSource } from './frame-source.js';

/** How {@link VideoTextures} reports to its owner. */
export interface VideoTextureHost {
  /** Registers a load so `whenSettled` waits for it. */
  track(promise: Promise<unknown>): void;
  /** The placeholder texture for files that fail. */
  placeholder(): Texture;
  /** Reports a file that cannot be shown (once per file). */
  reportError(error: CesdkError, uri: string): void;
}

interface Entry extends ImageEntry {
  uri: string;
  canvas?: HTMLCanvasElement;
  /** Timestamp and media time of the frame on the canvas. */
  shown?: { timestamp: number; duration: number };
  /** Media time last asked for. */
  wanted: number;
  listener: () => void;
}

const SAME_FRAME = 1e-6;

/** Video textures of one renderer (on-screen or offscreen). */
export class VideoTextures {
  private readonly entries = new Map<DesignBlockId, Entry>();
  private readonly failed = new Set<string>();
  private destroyed = false;

  constructor(
    private readonly engine: Engine,
    private readonly frames: VideoFrameSource,
    private readonly host: VideoTextureHost,
    /** 'live': show what is ready, decode the newest wanted frame; 'exact': always wait for the exact frame. */
    private readonly mode: 'live' | 'exact',
  ) {}

  /** The texture entry of a block's video fill; `listener` runs when a new frame is on it. */
  entry(block: DesignBlockId, uri: string, listener: () => void): ImageEntry {
    let entry = this.entries.get(block);
    if (entry && entry.uri !== uri) {
      this.release(block);
      entry = undefined;
    }
    if (!entry) {
      entry = { uri, state: 'loading', width: 0, height: 0, wanted: Number.NaN, listener };
      this.entries.set(block, entry);
      if (this.failed.has(uri)) this.fail(entry, undefined);
    }
    entry.listener = listener;
    this.updateEntry(block, entry);
    return entry;
  }

  /** Follows the playhead: asks for the frame each block's media time needs now. */
  update(): void {
    for (const [block, entry] of this.entries) this.updateEntry(block, entry);
  }

  /** Forgets a block (its view is gone). */
  release(block: DesignBlockId): void {
    const entry = this.entries.get(block);
    if (!entry) return;
    this.entries.delete(block);
    if (entry.texture && entry.texture !== this.host.placeholder()) entry.texture.destroy(true);
    this.frames.release(String(block));
  }

  /** Releases every texture and decoder. */
  destroy(): void {
    this.destroyed = true;
    for (const block of [...this.entries.keys()]) this.release(block);
    this.frames.dispose();
  }

  private updateEntry(block: DesignBlockId, entry: Entry): void {
    if (entry.state === 'error' || this.destroyed) return;
    let time: number;
    try {
      const fill = this.engine.block.getFill(block);
      if (fill === null) return;
      time = currentMediaTime(this.engine, block, fill);
    } catch {
      return; // The block went away; its view will release it.
    }
    if (Math.abs(time - entry.wanted) < SAME_FRAME) return;
    entry.wanted = time;
    if (entry.shown && time + SAME_FRAME >= entry.shown.timestamp && time < entry.shown.timestamp + entry.shown.duration - SAME_FRAME) return;
    if (this.mode === 'live') {
      const cached = this.frames.cached(entry.uri, time);
      if (cached) {
        this.show(entry, cached);
        return;
      }
    }
    const request = this.frames.frameAt(String(block), entry.uri, time, this.mode === 'live').then(
      (frame) => {
        if (!frame || this.destroyed || this.entries.get(block) !== entry) return;
        // Only the frame for the newest wanted time is shown; a late older frame is not.
        if (this.mode === 'live' && Math.abs(entry.wanted - time) > SAME_FRAME && entry.shown) return;
        this.show(entry, frame);
      },
      (error: unknown) => {
        if (this.destroyed || this.entries.get(block) !== entry) return;
        this.fail(entry, error);
      },
    );
    this.host.track(request);
  }

  private show(entry: Entry, frame: VideoFrameImage): void {
    if (!entry.canvas || entry.canvas.width !== frame.width || entry.canvas.height !== frame.height) {
      if (entry.texture && entry.texture !== this.host.placeholder()) entry.texture.destroy(true);
      entry.canvas = document.createElement('canvas');
      entry.canvas.width = frame.width;
      entry.canvas.height = frame.height;
      entry.texture = new Texture({ source: new CanvasSource({ resource: entry.canvas }) });
    }
    const context = entry.canvas.getContext('2d')!;
    context.drawImage(frame.image, 0, 0, frame.width, frame.height);
    entry.texture!.source.update();
    // PixiJS's Canvas 2D path keeps a CanvasPattern (a copy of the pixels) per texture until the
    // source's resource changes; a new frame in the same canvas must drop it.
    const caches = entry.texture as unknown as { patternCache?: unknown; tintCache?: unknown };
    caches.patternCache = undefined;
    caches.tintCache = undefined;
    entry.shown = { timestamp: frame.timestamp, duration: frame.duration };
    entry.state = 'ready';
    entry.width = frame.width;
    entry.height = frame.height;
    entry.listener();
  }

  private fail(entry: Entry, error: unknown): void {
    entry.state = 'error';
    entry.texture = this.host.placeholder();
    entry.width = 128;
    entry.height = 128;
    if (!this.failed.has(entry.uri)) {
      this.failed.add(entry.uri);
      const reason = error instanceof Error ? error.message : 'unknown error';
      this.host.reportError(error instanceof CesdkError ? error : new CesdkError('DECODE_FAILED', `the video ${entry.uri.slice(0, 120)} could not be decoded: ${reason}`), entry.uri);
    }
    entry.listener();
  }
}
