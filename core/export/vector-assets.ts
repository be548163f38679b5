/**
 * What the PDF and SVG writers fetch besides the scene: font files (for embedding and measuring),
 * image files (original bytes), and the renderer's pixels of blocks vectors cannot express.
 * Failures never fail the export: a missing font falls back to a standard one, a broken image to
 * the io layer's placeholder, and each is reported through the export's error callback.
 */
import { CesdkError, type DesignBlockId, type Engine } from '../engine/index.js';
import { CanvasTextMetrics } from 'pixi.js';
import { renderBlockToCanvas } from '../render/index.js';
import { resolveFontFace, sniffMimeType, type AssetLoader } from '../io/index.js';
import type { ExportJob } from './export-job.js';

/** A font ready for measuring (registered in `document.fonts`) and, when TrueType, for embedding. */
export interface LoadedFont {
  /** CSS family to measure and draw with. */
  cssFamily: string;
  /** The file bytes when they are a TrueType/OpenType-with-glyf font jsPDF can embed. */
  trueTypeBytes: Uint8Array | undefined;
  /** The file bytes in any supported format (TTF, OTF, WOFF, WOFF2), for SVG `@font-face`. */
  bytes: Uint8Array | undefined;
  /** The file's MIME type. */
  mimeType: string | undefined;
  /** The file drawn (the typeface's face for the weight and style); equal keys share one embedded font. */
  key: string;
}

/** The font of a text or of one of its runs: file, weight, style and size (design units). */
export interface FontRequest {
  block: DesignBlockId;
  fontUri: string;
  fontWeight: string;
  fontStyle: string;
  fontSize: number;
}

/** Straight RGBA pixels of a rendered block. */
export interface Pixels {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

let familyCounter = 0;

/** Loads fonts and images once per export, reporting failures without throwing. */
export class VectorAssets {
  private readonly fonts = new Map<string, Promise<LoadedFont>>();
  private readonly measureContext: OffscreenCanvasRenderingContext2D;

  constructor(
    private readonly engine: Engine,
    private readonly job: ExportJob,
    private readonly assets: AssetLoader | undefined,
  ) {
    const context = new OffscreenCanvas(1, 1).getContext('2d');
    if (!context) throw new CesdkError('INVALID_STATE', 'export: no 2D canvas context is available for measuring text');
    this.measureContext = context;
  }

  /** The bytes behind `uri`, through the io layer when there is one, else `fetch` (no credentials). */
  async bytes(uri: string): Promise<Uint8Array> {
    if (this.assets) return (await this.assets.getBytes(uri, { signal: this.job.options.abortSignal })).bytes;
    const response = await fetch(uri, { credentials: 'omit', referrerPolicy: 'no-referrer', signal: this.job.options.abortSignal });
    if (!response.ok) throw new CesdkError('RESOURCE_UNAVAILABLE', `export: ${uri} answered ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }

  /** Loads the font of a text item or run (cached by URI, weight and style). */
  font(item: FontRequest): Promise<LoadedFont> {
    // The typeface's face for the text's weight and style is what the canvas draws, and what is embedded.
    const file = item.fontUri ? resolveFontFace(item.fontUri, item.fontWeight, item.fontStyle)?.uri ?? item.fontUri : '';
    let pending = this.fonts.get(file);
    if (!pending) {
      pending = this.loadFont(item, file);
      this.fonts.set(file, pending);
    }
    return pending;
  }

  private async loadFont(item: FontRequest, file: string): Promise<LoadedFont> {
    const fallback: LoadedFont = { cssFamily: 'sans-serif', trueTypeBytes: undefined, bytes: undefined, mimeType: undefined, key: '' };
    if (!file) return fallback;
    try {
      const bytes = await this.bytes(file);
      const mimeType = sniffMimeType(bytes);
      if (!mimeType || !mimeType.startsWith('font/')) {
        throw new CesdkError('RESOURCE_UNAVAILABLE', `export: ${item.fontUri} is not a font file`);
      }
      const cssFamily = `cesdk-export-font-${(familyCounter += 1)}`;
      const face = new FontFace(cssFamily, bytes.slice().buffer as ArrayBuffer);
      await face.load();
      document.fonts.add(face);
      this.job.defer(() => document.fonts.delete(face));
      return { cssFamily, bytes, mimeType, trueTypeBytes: mimeType === 'font/ttf' ? bytes : undefined, key: file };
    } catch (error) {
      this.job.throwIfAborted();
      this.job.reportError(asCesdkError(error, `export: font ${item.fontUri} could not be loaded; a standard font is used`), item.block);
      return fallback;
    }
  }

  /** A width measurer and the vertical metrics for `font` at `size` design units. */
  metrics(font: LoadedFont, item: FontRequest): { measure: (text: string) => number; ascent: number; descent: number } {
    const context = this.measureContext;
    const weight = /^\d+$/.test(item.fontWeight) ? item.fontWeight : item.fontWeight === 'Bold' ? 'bold' : 'normal';
    const style = item.fontStyle === 'Italic' ? 'italic' : 'normal';
    // Measure at 100 px and scale: canvas text metrics are rounded at tiny sizes.
    context.font = `${style} ${weight} 100px "${font.cssFamily}", sans-serif`;
    const cssFont = context.font;
    // PixiJS's own font measurement (as the renderer's text uses), so baselines match the canvas.
    const measured = CanvasTextMetrics.measureFont(cssFont);
    const ascent = (measured.ascent || 80) / 100;
    const descent = (measured.descent || 20) / 100;
    return {
      ascent,
      descent,
      measure: (text) => {
        context.font = cssFont;
        return (context.measureText(text).width / 100) * item.fontSize;
      },
    };
  }

  /**
   * The renderer's pixels of `block` alone, `width`×`height` px over its bounding box grown by
   * `margin` design units on every side. A render failure yields the io placeholder at that size
   * (reported).
   */
  async renderBlock(block: DesignBlockId, width: number, height: number, margin = 0): Promise<Pixels> {
    const pixelWidth = Math.max(1, Math.round(width));
    const pixelHeight = Math.max(1, Math.round(height));
    this.job.throwIfAborted();
    const canvas = await renderBlockToCanvas(this.engine, block, {
      width: pixelWidth, height: pixelHeight, assets: this.assets, watermark: false, signal: this.job.options.abortSignal, margin,
    });
    try {
      this.job.throwIfAborted();
      return readPixels(canvas, pixelWidth, pixelHeight);
    } finally {
      canvas.width = 0;
      canvas.height = 0;
    }
  }

  /** Reports a non-fatal problem of `block` through the export's error callback. */
  report(error: unknown, message: string, block: DesignBlockId): void {
    this.job.reportError(asCesdkError(error, message), block);
  }

  /** The original bytes of an image file, or undefined (reported) when they cannot be read. */
  async imageBytes(uri: string, block: DesignBlockId): Promise<{ bytes: Uint8Array; mimeType: string } | undefined> {
    try {
      const bytes = await this.bytes(uri);
      const mimeType = sniffMimeType(bytes);
      if (!mimeType || !mimeType.startsWith('image/')) throw new CesdkError('RESOURCE_UNAVAILABLE', `export: ${uri} is not an image file`);
      return { bytes, mimeType };
    } catch (error) {
      this.job.throwIfAborted();
      this.job.reportError(asCesdkError(error, `export: image ${uri} could not be read; its placeholder is exported`), block);
      return undefined;
    }
  }
}

/** Reads straight RGBA pixels from any canvas the renderer returns. */
export function readPixels(canvas: HTMLCanvasElement | OffscreenCanvas, width: number, height: number): Pixels {
  const scratch = new OffscreenCanvas(width, height);
  const context = scratch.getContext('2d', { willReadFrequently: true });
  if (!context) throw new CesdkError('INVALID_STATE', 'export: no 2D canvas context is available');
  context.drawImage(canvas, 0, 0, width, height);
  const data = context.getImageData(0, 0, width, height).data;
  scratch.width = 0;
  scratch.height = 0;
  return { data, width, height };
}

/** Wraps anything thrown into a `CesdkError` for the error callback. */
export function asCesdkError(error: unknown, message: string): CesdkError {
  if (error instanceof CesdkError) return error;
  return new CesdkError('RESOURCE_UNAVAILABLE', `${message} (${error instanceof Error ? error.message : String(error)})`);
}
