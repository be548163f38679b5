import { CesdkError } from '../engine/errors.js';
import { createLocalObjectUrl, revokeLocalObjectUrl } from '../engine/local-blobs.js';
import { assetError, isAssetError } from './asset-error.js';
import { decodeImage, defaultMaxDecodedSize, type DecodedImage } from './decode-image.js';
import { defaultMaxAssetBytes, fetchAssetBytes, resolveAssetUri, type FetchedAsset } from './fetch-asset.js';
import { defaultImageLimits, type ImageLimits } from './image-limits.js';
import { loadFont, type FontHandle, type FontRequest } from './load-font.js';
import { startSharedLoad, waitForSharedLoad, type SharedLoad } from './shared-load.js';
import { resolveFontFace } from './typefaces.js';
import type { SvgSanitizeOptions } from './sanitize-svg.js';

/** Options of an {@link AssetLoader}. */
export interface AssetLoaderOptions {
  /** Refuse files larger than this many bytes (`FILE_TOO_LARGE`). Default 64 MB. */
  readonly maxBytes?: number;
  /** Default longest side of decoded bitmaps. Default 4096. */
  readonly maxImageSize?: number;
  /** Hard limits on declared image sizes (`IMAGE_TOO_LARGE`). Default 16384 px per side, 100 MP. */
  readonly imageLimits?: ImageLimits;
  /** Limits for the SVG sanitizer. */
  readonly svg?: SvgSanitizeOptions;
  /** Base for relative URIs. Default `document.baseURI`. */
  readonly baseUri?: string;
  /** Where fonts are registered. Default `document.fonts`. */
  readonly fontSet?: FontFaceSet;
}

/** Options of {@link AssetLoader.loadImage}. */
export interface LoadImageOptions {
  /** Longest side of the bitmap; larger images are downscaled while decoding. Default the loader's. */
  readonly maxSize?: number;
  /** For SVG: the size to rasterize at. Default the SVG's intrinsic size. */
  readonly rasterWidth?: number;
  /** For SVG: see {@link LoadImageOptions.rasterWidth}. */
  readonly rasterHeight?: number;
  /** Detaches this caller; the shared load stops when no caller is left. */
  readonly signal?: AbortSignal;
}

/** What {@link AssetLoader.onError} listeners receive. */
export interface AssetErrorEvent {
  /** The URI as the caller gave it. */
  readonly uri: string;
  /** Which kind of load failed. */
  readonly kind: 'image' | 'font' | 'bytes';
  /** The typed error (an `AssetError`, or a `CesdkError` for a wrong request). */
  readonly error: CesdkError;
}

/** The state of an asset in the loader, as `engine.block.getState` reports it. */
export type AssetStatus = 'Pending' | 'Ready' | 'Error';

/**
 * Loads the images, fonts and bytes a scene refers to, once each.
 *
 * - Accepts `data:`, `blob:`, same-origin and `http(s):` URIs, fetched without credentials or referrer,
 *   abortable, with a streaming byte cap (`FILE_TOO_LARGE`); other schemes throw `INVALID_URI`.
 * - Files the user picks come in as `File`/`Blob` through {@link AssetLoader.registerFile}: they get a
 *   `blob:` URL and their bytes never leave the device.
 * - Caches per URI (per size for images) and shares in-flight loads; a failure is cached too, until
 *   {@link AssetLoader.evict}, so a draw loop that asks every frame does not refetch.
 * - Failures reject with a typed `CesdkError` and are reported once to {@link AssetLoader.onError}
 *   listeners; the renderer then draws {@link createPlaceholderBitmap} instead.
 * - The loader owns the bitmaps and font faces it returns: {@link AssetLoader.dispose} closes the
 *   bitmaps, removes the fonts from the font set and revokes the object URLs it made.
 */
export class AssetLoader {
  private readonly options: AssetLoaderOptions;
  private readonly bytesLoads = new Map<string, SharedLoad<FetchedAsset>>();
  private readonly imageLoads = new Map<string, SharedLoad<DecodedImage>>();
  private readonly fontLoads = new Map<string, SharedLoad<FontHandle>>();
  private readonly files = new Map<string, Blob>();
  private readonly errorListeners = new Set<(event: AssetErrorEvent) => void>();
  private readonly reportedErrors = new WeakSet<object>();
  private fontsFromBytes = 0;
  private disposed = false;

  constructor(options: AssetLoaderOptions = {}) {
    this.options = options;
  }

  /**
   * Registers a file the user gave (from an `<input type="file">`, a drop, a paste) and returns the
   * `blob:` URI that stands for it in the scene. Its bytes are read locally; nothing is uploaded.
   */
  registerFile(file: Blob): string {
    this.assertUsable();
    const uri = createLocalObjectUrl(file) ?? URL.createObjectURL(file);
    this.files.set(uri, file);
    return uri;
  }

  /**
   * Returns an asset's bytes and declared MIME type (the PDF exporter embeds original image bytes).
   * @throws AssetError `INVALID_URI`, `FETCH_FAILED`, `FILE_TOO_LARGE`, `EMPTY_FILE`, `ABORTED`.
   */
  getBytes(uri: string, options: { signal?: AbortSignal } = {}): Promise<FetchedAsset> {
    return this.shared(this.bytesLoads, uri, 'bytes', uri, options.signal, (signal) => this.readBytes(uri, signal));
  }

  /**
   * Loads and decodes an image (PNG, JPEG, GIF, WebP, AVIF, BMP or sanitized SVG), downscaled to
   * `maxSize` on the long side. The bitmap belongs to the loader: do not close it.
   * @throws AssetError with the codes of {@link decodeImage} and {@link AssetLoader.getBytes}.
   */
  loadImage(uri: string, options: LoadImageOptions = {}): Promise<DecodedImage> {
    const maxSize = options.maxSize ?? this.options.maxImageSize ?? defaultMaxDecodedSize;
    const key = this.imageKey(uri, options);
    return this.shared(this.imageLoads, key, 'image', uri, options.signal, async (signal) => {
      const asset = await this.getBytes(uri, { signal });
      const image = await decodeImage(asset.bytes, asset.declaredMimeType, {
        maxSize,
        limits: this.options.imageLimits ?? defaultImageLimits,
        rasterWidth: options.rasterWidth,
        rasterHeight: options.rasterHeight,
        svg: this.options.svg,
      });
      // Decoding cannot be interrupted; a bitmap nobody waits for any more is closed, not leaked.
      if (signal.aborted) {
        image.bitmap.close();
        throw assetError('ABORTED', 'The asset load was aborted.');
      }
      return image;
    });
  }

  /**
   * Returns an image that is already decoded, synchronously, or `undefined` (not requested, pending
   * or failed: see {@link AssetLoader.getStatus}). Made for draw loops, which must never await.
   */
  peekImage(uri: string, options: Omit<LoadImageOptions, 'signal'> = {}): DecodedImage | undefined {
    return this.imageLoads.get(this.imageKey(uri, options))?.value;
  }

  /**
   * Loads a font by URI (cached per URI, family, weight and style) or from bytes (not cached), and
   * registers it in the font set. When the URI is a file of a registered typeface
   * (`registerTypeface`), the typeface's face for the weight and style is loaded instead. See {@link loadFont}.
   */
  loadFont(request: FontRequest & { signal?: AbortSignal }): Promise<FontHandle> {
    const uri = request.uri ?? '';
    // Text names one file of a typeface; the face drawn is the typeface's file for the weight and style.
    const face = request.uri === undefined ? undefined : resolveFontFace(request.uri, request.weight, request.style);
    const fileUri = face?.uri ?? uri;
    const start = async (signal: AbortSignal) => {
      const bytes = request.bytes ?? (await this.getBytes(fileUri, { signal })).bytes;
      const handle = await loadFont({ ...request, uri: fileUri, bytes }, { fontSet: this.options.fontSet, signal });
      if (signal.aborted) {
        (this.options.fontSet ?? document.fonts).delete(handle.fontFace);
        throw assetError('ABORTED', 'The asset load was aborted.');
      }
      return handle;
    };
    if (request.uri === undefined) {
      // Fonts given as bytes are not cached, but kept so dispose() can remove them from the font set.
      this.fontsFromBytes += 1;
      return this.shared(this.fontLoads, `\u0000bytes\n${this.fontsFromBytes}`, 'font', '(bytes)', request.signal, start);
    }
    const key = `${uri}\n${request.family}\n${request.weight ?? 'normal'}\n${request.style ?? 'normal'}`;
    return this.shared(this.fontLoads, key, 'font', uri, request.signal, start);
  }

  /** The state of an image load (any size) or bytes load for `uri`, or `undefined` if never requested. */
  getStatus(uri: string): AssetStatus | undefined {
    const statuses: AssetStatus[] = [];
    for (const [key, load] of this.imageLoads) if (key.startsWith(`${uri}\n`)) statuses.push(load.status);
    const bytes = this.bytesLoads.get(uri);
    if (bytes !== undefined) statuses.push(bytes.status);
    if (statuses.includes('Error')) return 'Error';
    if (statuses.includes('Pending')) return 'Pending';
    return statuses.length > 0 ? 'Ready' : undefined;
  }

  /** Calls `listener` for every failed load (not for aborted ones). Returns the unsubscribe function. */
  onError(listener: (event: AssetErrorEvent) => void): () => void {
    this.errorListeners.add(listener);
    return () => this.errorListeners.delete(listener);
  }

  /** Forgets everything cached for `uri` (bytes, every image size, fonts) so the next load retries. */
  evict(uri: string): void {
    this.bytesLoads.get(uri)?.controller.abort();
    this.bytesLoads.delete(uri);
    for (const [key, load] of this.imageLoads) {
      if (!key.startsWith(`${uri}\n`)) continue;
      load.controller.abort();
      load.value?.bitmap.close();
      this.imageLoads.delete(key);
    }
    for (const [key, load] of this.fontLoads) {
      if (!key.startsWith(`${uri}\n`)) continue;
      load.controller.abort();
      if (load.value) (this.options.fontSet ?? document.fonts).delete(load.value.fontFace);
      this.fontLoads.delete(key);
    }
  }

  /** Aborts pending loads, closes bitmaps, removes fonts, revokes object URLs. The loader is unusable after. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const load of [...this.bytesLoads.values(), ...this.imageLoads.values(), ...this.fontLoads.values()]) load.controller.abort();
    for (const load of this.imageLoads.values()) load.value?.bitmap.close();
    const fontSet = this.options.fontSet ?? (typeof document === 'undefined' ? undefined : document.fonts);
    for (const load of this.fontLoads.values()) if (load.value) fontSet?.delete(load.value.fontFace);
    for (const uri of this.files.keys()) revokeLocalObjectUrl(uri);
    this.bytesLoads.clear();
    this.imageLoads.clear();
    this.fontLoads.clear();
    this.files.clear();
    this.errorListeners.clear();
  }

  private imageKey(uri: string, options: Omit<LoadImageOptions, 'signal'>): string {
    const maxSize = options.maxSize ?? this.options.maxImageSize ?? defaultMaxDecodedSize;
    return `${uri}\n${maxSize}\n${options.rasterWidth ?? ''}x${options.rasterHeight ?? ''}`;
  }

  private async readBytes(uri: string, signal: AbortSignal): Promise<FetchedAsset> {
    const maxBytes = this.options.maxBytes ?? defaultMaxAssetBytes;
    const file = this.files.get(uri);
    let asset: FetchedAsset;
    if (file !== undefined) {
      if (file.size > maxBytes) throw assetError('FILE_TOO_LARGE', `The file has more than ${maxBytes} bytes.`, { byteLength: file.size, maxBytes });
      asset = { uri, bytes: new Uint8Array(await file.arrayBuffer()), declaredMimeType: file.type || undefined };
    } else {
      resolveAssetUri(uri, this.options.baseUri);
      asset = await fetchAssetBytes(uri, { maxBytes, signal, baseUri: this.options.baseUri });
    }
    if (asset.bytes.length === 0) throw assetError('EMPTY_FILE', 'The file is empty.');
    return asset;
  }

  private shared<T>(
    loads: Map<string, SharedLoad<T>>,
    key: string,
    kind: AssetErrorEvent['kind'],
    uri: string,
    signal: AbortSignal | undefined,
    start: (signal: AbortSignal) => Promise<T>,
  ): Promise<T> {
    if (this.disposed) return Promise.reject(assetError('ABORTED', 'The asset loader was disposed.'));
    let load = loads.get(key);
    if (load === undefined) {
      const created = startSharedLoad((innerSignal) => start(innerSignal).catch((error: unknown) => Promise.reject(toTypedError(error))));
      load = created;
      loads.set(key, created);
      created.promise.catch((error: unknown) => this.handleFailure(loads, key, created, kind, uri, error));
    }
    return waitForSharedLoad(load, signal, () => {
      if (loads.get(key) === load) loads.delete(key);
    });
  }

  private handleFailure<T>(loads: Map<string, SharedLoad<T>>, key: string, load: SharedLoad<T>, kind: AssetErrorEvent['kind'], uri: string, error: unknown): void {
    if (isAssetError(error, 'ABORTED') || load.controller.signal.aborted) {
      // An aborted load is not a broken asset: forget it so the next request starts afresh.
      if (loads.get(key) === load) loads.delete(key);
      return;
    }
    const typed = error as CesdkError;
    // An image load fails with its bytes load's error; listeners hear about it once.
    if (this.disposed || this.reportedErrors.has(typed)) return;
    this.reportedErrors.add(typed);
    if (isAssetError(typed) && typed.uri === undefined) typed.uri = uri;
    for (const listener of [...this.errorListeners]) {
      try {
        listener({ uri, kind, error: typed });
      } catch {
        // A listener's own bug must not turn one failed asset into a broken loader.
      }
    }
  }

  private assertUsable(): void {
    if (this.disposed) throw assetError('ABORTED', 'The asset loader was disposed.');
  }
}

/** Wraps an unexpected failure (a browser API throwing something untyped) as `DECODE_FAILED`. */
function toTypedError(error: unknown): CesdkError {
  if (error instanceof CesdkError) return error;
  return assetError('DECODE_FAILED', `Unexpected failure while loading the asset: ${String(error)}`);
}
