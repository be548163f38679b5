/**
 * Page thumbnails for the navigator: renders changed pages offscreen, one at a time, after edits have
 * settled, and hands out object URLs that it revokes when replaced or disposed.
 */
import type { DesignBlockId, Engine } from '../../core/engine/index.js';
import { renderBlockToCanvas } from '../../core/render/index.js';

/** Thumbnail width in CSS px (rendered at device pixel ratio up to 2). */
export const THUMBNAIL_WIDTH = 120;

/** Renders and caches page thumbnails as object URLs. */
export class PageThumbnails {
  private readonly urls = new Map<DesignBlockId, string>();
  private readonly dirty = new Set<DesignBlockId>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private disposed = false;
  private abort = new AbortController();

  /**
   * @param engine The engine whose pages are drawn.
   * @param onUpdate Called after a thumbnail changed, so the host re-renders.
   * @param delay Milliseconds of quiet after the last change before rendering.
   */
  constructor(private readonly engine: Engine, private readonly onUpdate: () => void, private readonly delay = 250) {}

  /** The current thumbnail URL of `page`, if one was rendered. */
  get(page: DesignBlockId): string | undefined {
    return this.urls.get(page);
  }

  /** Marks pages as changed; they are re-rendered after the delay. */
  invalidate(pages: Iterable<DesignBlockId>): void {
    if (this.disposed) return;
    for (const page of pages) this.dirty.add(page);
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.delay);
  }

  /** Renders every pending page now; resolves when done. */
  async flush(): Promise<void> {
    if (this.running || this.disposed) return;
    this.running = true;
    try {
      while (this.dirty.size > 0 && !this.disposed) {
        const page = this.dirty.values().next().value as DesignBlockId;
        this.dirty.delete(page);
        await this.render(page);
      }
    } finally {
      this.running = false;
    }
  }

  private async render(page: DesignBlockId): Promise<void> {
    const engine = this.engine;
    if (!engine.block.isValid(page)) {
      this.drop(page);
      return;
    }
    const pageWidth = engine.block.getWidth(page);
    const pageHeight = engine.block.getHeight(page);
    if (!(pageWidth > 0 && pageHeight > 0)) return;
    const scale = Math.min(2, globalThis.devicePixelRatio || 1);
    const width = Math.max(1, Math.round(THUMBNAIL_WIDTH * scale));
    const height = Math.max(1, Math.round((width * pageHeight) / pageWidth));
    try {
      const canvas = await renderBlockToCanvas(engine, page, { width, height, signal: this.abort.signal });
      if (this.disposed) return;
      const blob = typeof OffscreenCanvas !== 'undefined' && canvas instanceof OffscreenCanvas
        ? await canvas.convertToBlob({ type: 'image/png' })
        : await new Promise<Blob | null>((resolve) => (canvas as HTMLCanvasElement).toBlob(resolve, 'image/png'));
      if (blob === null || this.disposed) return;
      this.drop(page);
      this.urls.set(page, URL.createObjectURL(blob));
      this.onUpdate();
    } catch {
      // A thumbnail is decoration: the page entry still works without one, and the canvas reports asset errors.
    }
  }

  private drop(page: DesignBlockId): void {
    const url = this.urls.get(page);
    if (url !== undefined) URL.revokeObjectURL(url);
    this.urls.delete(page);
  }

  /** Stops rendering and revokes every URL. */
  dispose(): void {
    this.disposed = true;
    this.abort.abort();
    if (this.timer !== undefined) clearTimeout(this.timer);
    for (const page of [...this.urls.keys()]) this.drop(page);
    this.dirty.clear();
  }
}
