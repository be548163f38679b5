/**
 * Textures and fonts of one renderer, loaded through core/io's AssetLoader, shared by every block
 * that uses the same URI. A failed load leaves a placeholder texture and reports the error once;
 * it never throws into drawing.
 */
import { CanvasSource, ImageSource, Texture } from 'pixi.js';
import { CesdkError } from '../engine/errors.js';
import { createPlaceholderBitmap, type AssetLoader } from '../io/index.js';
import { fontFamilyAlias } from './text-style.js';
import type { VideoTextureHost, VideoTextures } from './video/video-textures.js';

/** State of one image (or video poster frame) texture. */
export interface ImageEntry {
  state: 'loading' | 'ready' | 'error';
  texture?: Texture;
  width: number;
  height: number;
}

type Listener = () => void;

/**
 * A lazy chunk of the renderer, shared by every renderer of the page: the module once it has loaded,
 * and the load in flight. Only the scenes that need it load it (see {@link AssetTextures.pixelEffects},
 * {@link AssetTextures.animationPose}, {@link AssetTextures.styledText}).
 */
export interface LazyChunk<T> {
  /** Names the chunk in errors. */
  readonly name: string;
  readonly importer: () => Promise<T>;
  module?: T;
  load?: Promise<T>;
}

/** Starts loading a chunk (once; a failed load may be retried); resolves with its module. */
export function loadChunk<T>(chunk: LazyChunk<T>): Promise<T> {
  chunk.load ??= chunk.importer().then((module) => (chunk.module = module), (error: unknown) => {
    chunk.load = undefined;
    throw error;
  });
  return chunk.load;
}

/** The pixel pass module (a lazy chunk: scenes whose effects all have a CSS form never load it). */
export type PixelEffectsModule = typeof import('./pixel-effects.js');
const pixelEffectsChunk: LazyChunk<PixelEffectsModule> = { name: 'pixel-effects', importer: () => import('./pixel-effects.js') };

/** The animation pose maths (a lazy chunk: only video scenes with animated blocks load it). */
export type AnimationPoseModule = typeof import('./animation-pose.js');
const animationPoseChunk: LazyChunk<AnimationPoseModule> = { name: 'animation-pose', importer: () => import('./animation-pose.js') };

/**
 * The layout and drawing of texts with styled runs or a text case (a lazy chunk: plain texts never
 * load it). Exported for the text measurer, which has no AssetTextures.
 */
export type StyledTextModule = typeof import('./styled-text-view.js');
export const styledTextChunk: LazyChunk<StyledTextModule> = { name: 'styled-text', importer: () => import('./styled-text-view.js') };

/**
 * The Canvas 2D backend's own drawing (`canvas-paint.ts`: glyph-run text and shapes painted
 * directly): only that backend draws this way, so it loads with it (in parallel with PixiJS's Canvas
 * 2D renderer), not in the first view.
 */
export type CanvasPaintModule = typeof import('./canvas-paint.js');
export const canvasPaintChunk: LazyChunk<CanvasPaintModule> = { name: 'canvas-paint', importer: () => import('./canvas-paint.js') };

/** Reports an asset failure to the renderer's `onError` listeners. */
export type AssetErrorReporter = (error: CesdkError, uri: string) => void;

const PLACEHOLDER_SIZE = 128;

function asCesdkError(error: unknown, uri: string): CesdkError {
  if (error instanceof CesdkError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new CesdkError('RESOURCE_UNAVAILABLE', `asset ${uri.slice(0, 120)} could not be loaded: ${reason}`);
}

/** Creates the video textures of a renderer (a lazy chunk: scenes without video never load it). */
export type VideoTexturesFactory = (host: VideoTextureHost) => Promise<VideoTextures>;

/** Per-renderer cache of image textures and loaded font aliases. */
export class AssetTextures {
  /** Set by the renderer that owns these textures, so video fills can show frames. */
  videoFactory?: VideoTexturesFactory;
  private videoTextures?: VideoTextures;
  private videoLoad?: Promise<void>;
  private readonly videoWaiters = new Set<Listener>();
  private readonly images = new Map<string, ImageEntry>();
  private readonly fonts = new Map<string, 'loading' | 'ready' | 'error'>();
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly pending = new Set<Promise<unknown>>();
  private readonly chunkWaits = new Map<LazyChunk<unknown>, Promise<void>>();
  private placeholder?: Texture;
  private destroyed = false;

  constructor(
    private readonly assets: AssetLoader,
    private readonly reportError: AssetErrorReporter,
    private readonly maxImageSize: () => number,
  ) {}

  /** Resolves once every load started so far has settled. */
  async whenSettled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  /** Whether any load is in flight. */
  get busy(): boolean {
    return this.pending.size > 0;
  }

  /** The image for `uri`, loading it on first use; `onChange` runs when it becomes ready or fails. */
  image(uri: string, onChange: Listener, video = false): ImageEntry {
    const key = `${video ? 'video' : 'image'}:${uri}`;
    this.listen(key, onChange);
    let entry = this.images.get(key);
    if (entry) return entry;
    entry = { state: 'loading', width: 0, height: 0 };
    this.images.set(key, entry);
    const target = entry;
    this.track(
      (video ? this.loadVideoFrame(uri) : this.loadImage(uri)).then(
        ({ texture, width, height }) => {
          if (this.destroyed) return texture.destroy(true);
          Object.assign(target, { state: 'ready', texture, width, height });
        },
        (error: unknown) => {
          if (this.destroyed) return;
          Object.assign(target, { state: 'error', texture: this.placeholderTexture(), width: PLACEHOLDER_SIZE, height: PLACEHOLDER_SIZE });
          this.reportError(asCesdkError(error, uri), uri);
        },
      ).finally(() => this.notify(key)),
    );
    return entry;
  }

  /**
   * The texture of a block's video fill at the block's current media time; `onChange` runs when a
   * new frame is on it. Without a video factory the file's first frame is shown (poster).
   */
  video(block: number, uri: string, onChange: Listener): ImageEntry {
    if (this.videoTextures) return this.videoTextures.entry(block, uri, onChange);
    if (!this.videoFactory) return this.image(uri, onChange, true);
    this.videoWaiters.add(onChange);
    this.videoLoad ??= this.videoFactory({
      track: (promise) => this.track(promise),
      placeholder: () => this.placeholderTexture(),
      reportError: (error, failedUri) => this.reportError(error, failedUri),
    }).then((textures) => {
      if (this.destroyed) return textures.destroy();
      this.videoTextures = textures;
      for (const waiter of [...this.videoWaiters]) waiter();
      this.videoWaiters.clear();
    }, (error: unknown) => this.reportError(asCesdkError(error, uri), uri));
    this.track(this.videoLoad);
    return { state: 'loading', width: 0, height: 0 };
  }

  /** Moves every video texture to the frame its block shows now (call before drawing a frame). */
  updateVideo(): void {
    this.videoTextures?.update();
  }

  /** Forgets a block's video texture (its view is gone). */
  releaseVideo(block: number): void {
    this.videoTextures?.release(block);
  }

  /**
   * The family alias of a font file once it is loaded (undefined while loading or failed; text
   * then draws with the typeface name and fallbacks, and redraws when the font arrives).
   */
  font(uri: string, weight: string, style: string, onChange: Listener): string | undefined {
    if (!uri) return undefined;
    const alias = fontFamilyAlias(`${uri}|${weight}|${style}`);
    const key = `font:${alias}`;
    const state = this.fonts.get(key);
    if (state === 'ready') return alias;
    this.listen(key, onChange);
    if (state) return undefined;
    this.fonts.set(key, 'loading');
    this.track(
      Promise.resolve()
        .then(() => this.assets.loadFont({ uri, family: alias, weight, style }))
        .then(
          (handle) => {
            this.fonts.set(key, 'ready');
            // A face simulated by the browser (no bold or italic file) is drawn, and said.
            if (handle.notice && !this.destroyed) this.reportError(handle.notice, uri);
          },
          (error: unknown) => {
            this.fonts.set(key, 'error');
            if (!this.destroyed) this.reportError(asCesdkError(error, uri), uri);
          },
        )
        .finally(() => this.notify(key)),
    );
    return undefined;
  }

  /** The shared placeholder texture (a neutral checker with a broken-image mark from core/io). */
  placeholderTexture(): Texture {
    if (!this.placeholder) {
      const bitmap = createPlaceholderBitmap(PLACEHOLDER_SIZE, PLACEHOLDER_SIZE);
      this.placeholder = new Texture({ source: new ImageSource({ resource: bitmap }) });
    }
    return this.placeholder;
  }

  /**
   * The pixel pass module, or undefined while it loads (the first call starts the load; `onChange`
   * runs when it arrives, and `whenSettled` waits for it).
   */
  pixelEffects(onChange: Listener): PixelEffectsModule | undefined {
    return this.chunk(pixelEffectsChunk, onChange);
  }

  /** The animation pose maths, or undefined while it loads (as {@link pixelEffects}). */
  animationPose(onChange: Listener): AnimationPoseModule | undefined {
    return this.chunk(animationPoseChunk, onChange);
  }

  /** The styled-run text layout and drawing, or undefined while it loads (as {@link pixelEffects}). */
  styledText(onChange: Listener): StyledTextModule | undefined {
    return this.chunk(styledTextChunk, onChange);
  }

  /**
   * A lazy chunk's module, or undefined while it loads: the first call starts the load, `onChange`
   * runs when it arrives, `whenSettled` waits for it, and a failed load is reported through `onError`.
   */
  private chunk<T>(chunk: LazyChunk<T>, onChange: Listener): T | undefined {
    if (chunk.module) return chunk.module;
    const key = `module:${chunk.name}`;
    this.listen(key, onChange);
    if (!this.chunkWaits.has(chunk as LazyChunk<unknown>)) {
      const wait = loadChunk(chunk).then(() => this.notify(key), (error: unknown) => {
        this.chunkWaits.delete(chunk as LazyChunk<unknown>);
        this.reportError(asCesdkError(error, chunk.name), chunk.name);
      });
      this.chunkWaits.set(chunk as LazyChunk<unknown>, wait);
      this.track(wait);
    }
    return undefined;
  }

  /**
   * A loaded image an effect needs (a LUT) as a drawable source: `'loading'` until it has loaded
   * (`onChange` runs then), undefined when it failed (the effect then draws nothing).
   */
  imageSource(uri: string, onChange: Listener): (CanvasImageSource & { width: number; height: number }) | 'loading' | undefined {
    const entry = this.image(uri, onChange);
    if (entry.state === 'loading') return 'loading';
    return entry.state === 'ready' && entry.texture ? entry.texture.source.resource as CanvasImageSource & { width: number; height: number } : undefined;
  }

  /** Forgets a listener (when its block view goes away). */
  unlisten(onChange: Listener): void {
    for (const set of this.listeners.values()) set.delete(onChange);
  }

  /** Releases every texture; later loads are dropped. */
  destroy(): void {
    this.destroyed = true;
    this.videoTextures?.destroy();
    this.videoTextures = undefined;
    this.videoWaiters.clear();
    for (const entry of this.images.values()) if (entry.texture && entry.texture !== this.placeholder) entry.texture.destroy(true);
    this.placeholder?.destroy(true);
    this.images.clear();
    this.listeners.clear();
  }

  private async loadImage(uri: string): Promise<{ texture: Texture; width: number; height: number }> {
    if (!uri) throw new CesdkError('RESOURCE_UNAVAILABLE', 'the image fill has no URI');
    const result = await this.assets.loadImage(uri, { maxSize: this.maxImageSize() });
    const texture = new Texture({ source: new ImageSource({ resource: result.bitmap }) });
    return { texture, width: result.naturalWidth || result.width, height: result.naturalHeight || result.height };
  }

  /** A video's first frame through a <video> element (no audio, never played). */
  private loadVideoFrame(uri: string): Promise<{ texture: Texture; width: number; height: number }> {
    return new Promise((resolve, reject) => {
      const video = document.createElement('video');
      video.muted = true;
      video.preload = 'auto';
      video.crossOrigin = 'anonymous';
      video.playsInline = true;
      const cleanup = () => {
        video.removeAttribute('src');
        video.load();
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new CesdkError('RESOURCE_UNAVAILABLE', 'the video gave no first frame within 30 s'));
      }, 30_000);
      video.addEventListener('error', () => {
        clearTimeout(timer);
        cleanup();
        reject(new CesdkError('RESOURCE_UNAVAILABLE', 'the video could not be decoded'));
      }, { once: true });
      video.addEventListener('loadeddata', () => {
        clearTimeout(timer);
        const canvas = document.createElement('canvas');
        canvas.width = Math.max(1, video.videoWidth);
        canvas.height = Math.max(1, video.videoHeight);
        canvas.getContext('2d')!.drawImage(video, 0, 0);
        cleanup();
        resolve({ texture: new Texture({ source: new CanvasSource({ resource: canvas }) }), width: canvas.width, height: canvas.height });
      }, { once: true });
      video.src = uri;
    });
  }

  private listen(key: string, onChange: Listener): void {
    let set = this.listeners.get(key);
    if (!set) this.listeners.set(key, (set = new Set()));
    set.add(onChange);
  }

  private notify(key: string): void {
    if (this.destroyed) return;
    for (const listener of [...(this.listeners.get(key) ?? [])]) listener();
  }

  private track(promise: Promise<unknown>): void {
    this.pending.add(promise);
    void promise.finally(() => this.pending.delete(promise));
  }
}
