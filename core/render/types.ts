/**
 * Public types of the renderer: shared with `<cesdk-canvas>` and the exporters.
 */
import type { DesignBlockId, Engine } from '../engine/index.js';
import type { AssetLoader } from '../io/index.js';

/** Which PixiJS backend draws: WebGL, WebGPU or PixiJS's Canvas 2D renderer. */
export type RenderBackend = 'webgl' | 'webgpu' | 'canvas';

/**
 * The view onto the world: the world point (design units) shown at the view's top-left corner,
 * and the zoom in CSS pixels per design unit.
 */
export interface Camera {
  x: number;
  y: number;
  zoom: number;
}

/** Where a page sits in the world (design units): pages are laid out in a column. */
export interface PagePlacement {
  page: DesignBlockId;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Options of {@link SceneRenderer.create}. */
export interface SceneRendererOptions {
  /** The engine whose scene is shown. The renderer only reads from it. */
  engine: Engine;
  /** View width in CSS pixels. */
  width: number;
  /** View height in CSS pixels. */
  height: number;
  /** Device pixels per CSS pixel (devicePixelRatio); default `globalThis.devicePixelRatio` or 1. */
  resolution?: number;
  /** Backend choice; `'auto'` (default) picks Canvas 2D on software WebGL and WebGL/WebGPU on a real GPU. */
  preference?: 'auto' | RenderBackend;
  /** Loads images and fonts; a default `AssetLoader` is created when missing. */
  assets?: AssetLoader;
  /** Background colour behind the pages, as 0xRRGGBB; default 0xe5e7eb. */
  background?: number;
  /**
   * How the static content is drawn: `'auto'` (default) draws a small scene directly while its tiles
   * are not painted yet (first frames, after a zoom or a large change; they are painted in quiet
   * frames) and uses the tile cache otherwise, and always when many blocks are in view; `'always'`
   * always uses the tile cache, `'never'` never does (every frame draws the blocks in view).
   */
  tiles?: 'auto' | 'always' | 'never';
  /**
   * Milliseconds an animation frame may spend painting whole tiles (a pan to new ground, a zoom);
   * default 10. The rest is painted in the following frames, coarse tiles standing in meanwhile.
   * At least one piece of work (a coarse tile, a tile, or one block's text) is done per frame, so
   * 0 paints one piece per frame. `renderNow()` ignores it and paints everything.
   */
  frameBudgetMs?: number;
}

/** A rectangle in output pixels. */
export interface PixelRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Options of {@link renderBlockToCanvas}. */
export interface RenderBlockOptions {
  /** Output width in pixels; the block's bounding box is scaled to it. */
  width: number;
  /** Output height in pixels. */
  height: number;
  /** Loads images and fonts; a default `AssetLoader` is created when missing. */
  assets?: AssetLoader;
  /** Draws the watermark over the output (unlicensed use). */
  watermark?: boolean;
  /** Aborts the render (rejects with the signal's reason). */
  signal?: AbortSignal;
  /** Only this part of the output, in output pixels (for tiled exports larger than the max texture size). */
  clip?: PixelRect;
  /** Backend choice for the offscreen render; default `'auto'`. */
  preference?: 'auto' | RenderBackend;
  /**
   * Draws only these blocks (each with its children) within the box of `block`, on a transparent
   * background: the export's direct painter composites the blocks it cannot paint itself from these
   * pixels (same transform and tile as a full render of `block`).
   */
  onlyBlocks?: readonly DesignBlockId[];
  /**
   * Design units added to every side of the block's box (not with the scene): a shadow, blur or
   * stroke that reaches outside the frame is then in the output. `width`×`height` cover the grown box.
   */
  margin?: number;
}
