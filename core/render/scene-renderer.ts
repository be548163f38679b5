/**
 * The on-screen renderer of an engine's scene, as `<cesdk-canvas>` uses it.
 *
 * Frame anatomy: the static content lives in a tile cache at the current scale (repainted only where
 * blocks changed). A small scene is drawn directly (culled to the view) while its tiles are not
 * painted yet (first frames, after a zoom or a large change), and the tiles are painted in quiet
 * animation frames meanwhile; many blocks in view always go through the tiles, whose painting after a
 * pan to new ground or a zoom is spread over frames within a time budget, coarse (quarter-scale)
 * tiles standing in where a tile is not painted yet. Live blocks (being
 * dragged or edited) are drawn every frame above the static content, and the watermark is the top
 * layer. Nothing is drawn when nothing changed.
 */
import { CanvasSource, Container, Sprite, Texture, type Renderer } from 'pixi.js';
import type { CesdkError, DesignBlockId, Engine } from '../engine/index.js';
import { CesdkError as EngineError } from '../engine/errors.js';
import { AssetLoader } from '../io/index.js';
import { AssetTextures, canvasPaintChunk, loadChunk, type CanvasPaintModule } from './asset-textures.js';
import { setActiveRenderScale } from './effects.js';
import { createPixiRenderer, destroyPixiRenderer } from './pixi-renderer.js';
import { chooseBackend } from './backend.js';
import { SceneGraph } from './scene-graph.js';
import { designUnitsPerPoint } from './text-style.js';
import { TileCache, type TileStatistics } from './tile-cache.js';
import type { WorldBox } from './block-view.js';
import type { Camera, RenderBackend, SceneRendererOptions } from './types.js';
import { paintWatermark } from './watermark.js';

/**
 * Default time for painting whole tiles in an animation frame (option frameBudgetMs); the rest of
 * the view follows in later frames, coarse tiles standing in (see TileCache.update).
 */
const FRAME_BUDGET_MS = 10;
/**
 * With tiles 'auto': up to this draw cost in view (plain blocks; see BlockView.drawCost) the static
 * content is drawn directly until its tiles are painted. Measured on Canvas 2D (headless Chromium,
 * 1920×1080): painting the tiles of a view costs 15-30 ms more than drawing it once, whatever the
 * scene, while a direct frame costs ~1.5 ms + ~0.02 ms per block (a frame from tiles: ~2 ms). At
 * this cost a direct frame stays under ~8 ms, half a 60 Hz frame.
 */
const DIRECT_MAX_COST = 300;
/** The first scheduled frame waits at most this long for the images and fonts in view (ms). */
const FIRST_FRAME_WAIT_MS = 400;

type ErrorListener = (error: CesdkError, block?: DesignBlockId) => void;

/** Work counters, for tests and the benchmark. */
export interface RendererStatistics extends TileStatistics {
  /** Frames drawn to the screen. */
  frames: number;
  /** Views currently on the live layer. */
  liveViews: number;
  /** Views in total. */
  views: number;
  /** Views of graphic blocks whose drawing is not built yet: never drawn so far (outside the view). */
  deferredViews: number;
  /** Whether the static content currently goes through the tile cache (else it is drawn directly). */
  tiled: boolean;
  /** Frames that drew the static content directly. */
  directFrames: number;
  /**
   * Views that have a PixiJS display object. On Canvas 2D a static view with a plain drawing has
   * none: the tile painter paints it from the view (see ViewContext.lazyRoots).
   */
  viewRoots: number;
}

function checkSize(name: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 32768) {
    throw new EngineError('INVALID_VALUE', `SceneRenderer ${name} must be a finite number in (0, 32768], got ${String(value)}`);
  }
  return value;
}

function maxImageSizeOf(engine: Engine): number {
  try {
    const value = engine.editor.getSettingInt('maxImageSize');
    return Number.isFinite(value) && value > 0 ? value : 4096;
  } catch {
    return 4096;
  }
}

/** Draws an engine's scene into a canvas, kept up to date with the engine's events. */
export class SceneRenderer {
  /** The element to put in the page; sized in CSS pixels, backed by device pixels. */
  readonly canvas: HTMLCanvasElement;
  /** The PixiJS backend in use. */
  readonly backend: RenderBackend;
  private readonly stage = new Container();
  private readonly world = new Container();
  private readonly graph: SceneGraph;
  private readonly tiles: TileCache;
  private readonly textures: AssetTextures;
  private readonly ownedAssets?: AssetLoader;
  /** Real-time playback of the engine's pages, loaded once a page plays (see ./video/playback.ts). */
  private playback?: { release(): void };
  private playbackLoad?: Promise<void>;
  private readonly unsubscribePlayback: () => void;
  private readonly errorListeners = new Set<ErrorListener>();
  private camera: Camera = { x: 0, y: 0, zoom: 1 };
  private width: number;
  private height: number;
  private resolution: number;
  private frameRequest = 0;
  private needsFrame = true;
  private watermark?: Sprite;
  private watermarkEnabled = false;
  private destroyed = false;
  private frames = 0;
  private directFrames = 0;
  private readonly tileMode: 'auto' | 'always' | 'never';
  private readonly frameBudgetMs: number;
  /** When the first scheduled frame began waiting for the images and fonts in view (see waitsForFirstAssets). */
  private firstFrameWaitStart: number | undefined;
  /** Whether the static layer is drawn through the tile cache (else it is a child of the world). */
  private tiled = false;
  /** Pending animation frame that paints tiles in the background while drawing directly. */
  private warmRequest = 0;

  private constructor(private readonly engine: Engine, private readonly renderer: Renderer, backend: RenderBackend, options: SceneRendererOptions, canvasPaint?: CanvasPaintModule) {
    this.backend = backend;
    this.canvas = renderer.canvas as HTMLCanvasElement;
    this.width = options.width;
    this.height = options.height;
    this.resolution = options.resolution ?? 1;
    if (!options.assets) this.ownedAssets = new AssetLoader({ maxImageSize: maxImageSizeOf(engine) });
    const assets = options.assets ?? this.ownedAssets!;
    this.textures = new AssetTextures(assets, (error, uri) => this.reportAssetError(error, uri), () => maxImageSizeOf(engine));
    this.graph = new SceneGraph(
      engine,
      { assets: this.textures, unitsPerPoint: () => designUnitsPerPoint(engine), canvasPaint, deferDrawing: true, lazyRoots: true },
      (box) => this.tiles?.invalidate(box),
      () => this.requestRender(),
    );
    this.graph.onDrawError = (error, block) => this.reportDrawError(error, block);
    this.textures.videoFactory = async (host) => (await import('./video/index.js')).createVideoTextures(engine, assets, host, 'live');
    this.unsubscribePlayback = engine.event.subscribe([], () => this.followPlayback(assets));
    this.tiles = new TileCache(renderer, this.graph, backend, canvasPaint);
    this.tileMode = options.tiles ?? 'auto';
    if (this.tileMode !== 'auto' && this.tileMode !== 'always' && this.tileMode !== 'never') {
      throw new EngineError('INVALID_VALUE', `SceneRenderer tiles must be 'auto', 'always' or 'never', got ${String(options.tiles)}`);
    }
    this.frameBudgetMs = options.frameBudgetMs ?? FRAME_BUDGET_MS;
    if (typeof this.frameBudgetMs !== 'number' || !Number.isFinite(this.frameBudgetMs) || this.frameBudgetMs < 0) {
      throw new EngineError('INVALID_VALUE', `SceneRenderer frameBudgetMs must be a finite number ≥ 0, got ${String(options.frameBudgetMs)}`);
    }
    this.tiled = this.tileMode === 'always';
    this.world.addChild(this.tiles.layer);
    this.tiles.layer.visible = this.tiled;
    if (!this.tiled) this.world.addChild(this.graph.staticLayer);
    this.world.addChild(this.graph.liveLayer);
    this.stage.addChild(this.world);
  }

  /** Creates a renderer; the backend follows `preference` ('auto': Canvas 2D on software WebGL). */
  static async create(options: SceneRendererOptions): Promise<SceneRenderer> {
    if (!options || typeof options !== 'object' || !options.engine) throw new EngineError('INVALID_VALUE', 'SceneRenderer.create needs an engine');
    const width = checkSize('width', options.width);
    const height = checkSize('height', options.height);
    const resolution = options.resolution === undefined ? (globalThis.devicePixelRatio || 1) : checkSize('resolution', options.resolution);
    const preference = options.preference ?? 'auto';
    // Glyph-run text loads with the Canvas 2D backend, in parallel with it.
    const paintChunk = chooseBackend(preference) === 'canvas' ? loadChunk(canvasPaintChunk) : undefined;
    const { renderer, backend } = await createPixiRenderer({ width, height, resolution, preference, background: options.background ?? 0xe5e7eb });
    let canvasPaint: CanvasPaintModule | undefined;
    try {
      canvasPaint = backend === 'canvas' ? await (paintChunk ?? loadChunk(canvasPaintChunk)) : undefined;
    } catch (error) {
      destroyPixiRenderer(renderer, backend, true);
      throw error;
    }
    const sceneRenderer = new SceneRenderer(options.engine, renderer, backend, { ...options, width, height, resolution }, canvasPaint);
    sceneRenderer.requestRender();
    return sceneRenderer;
  }

  /** Sets the camera (world point at the top-left, CSS px per design unit). */
  setCamera(camera: Camera): void {
    const zoom = Number.isFinite(camera?.zoom) && camera.zoom > 0 ? camera.zoom : undefined;
    if (zoom === undefined || !Number.isFinite(camera.x) || !Number.isFinite(camera.y)) {
      throw new EngineError('INVALID_VALUE', `camera needs finite x, y and a positive zoom, got ${JSON.stringify(camera)}`);
    }
    if (camera.x === this.camera.x && camera.y === this.camera.y && zoom === this.camera.zoom) return;
    this.camera = { x: camera.x, y: camera.y, zoom };
    this.requestRender();
  }

  /** The current camera. */
  getCamera(): Camera {
    return { ...this.camera };
  }

  /** Resizes the view (CSS pixels) and its backing store (times `resolution`, the devicePixelRatio). */
  resize(width: number, height: number, resolution: number): void {
    this.width = checkSize('width', width);
    this.height = checkSize('height', height);
    this.resolution = checkSize('resolution', resolution);
    this.renderer.resize(this.width, this.height, this.resolution);
    if (this.watermarkEnabled) this.paintWatermarkLayer();
    this.requestRender();
  }

  /** Draws these blocks (and their children) on the live layer above the cached content. */
  setLiveBlocks(ids: DesignBlockId[]): void {
    this.graph.setLiveBlocks(ids);
  }

  /** Leaves these blocks undrawn (e.g. the text under the in-place editor). */
  setHiddenBlocks(ids: DesignBlockId[]): void {
    this.graph.setHiddenBlocks(ids);
  }

  /** Sets the colour around the pages (0xRRGGBB), e.g. when the theme changes. */
  setBackground(color: number): void {
    if (!Number.isInteger(color) || color < 0 || color > 0xffffff) throw new EngineError('INVALID_VALUE', `background must be a 0xRRGGBB colour, got ${String(color)}`);
    if (this.renderer.background.color.toNumber() === color) return;
    this.renderer.background.color = color;
    this.needsFrame = true;
    this.requestRender();
  }

  /** Shows or hides the watermark, painted into the canvas as the stage's top layer. */
  setWatermark(enabled: boolean): void {
    if (this.watermarkEnabled === !!enabled) return;
    this.watermarkEnabled = !!enabled;
    if (this.watermarkEnabled) this.paintWatermarkLayer();
    else if (this.watermark) {
      this.watermark.texture.destroy(true);
      this.watermark.destroy();
      this.watermark = undefined;
    }
    this.needsFrame = true;
    this.requestRender();
  }

  /** Starts the engine's player (a lazy chunk) the first time one of its pages plays. */
  private followPlayback(assets: AssetLoader): void {
    if (this.playback || this.playbackLoad || this.destroyed) return;
    let playing = false;
    try {
      playing = this.engine.scene.getPages().some((page) => this.engine.block.isPlaying(page));
    } catch {
      return;
    }
    if (!playing) return;
    this.playbackLoad = import('./video/playback.js').then(({ PagePlayback }) => {
      if (!this.destroyed && !this.engine.isDisposed) this.playback = PagePlayback.acquire(this.engine, assets);
    }, (error: unknown) => this.reportDrawError(error, this.engine.scene.getCurrentPage() ?? 0));
  }

  /** Asks for a frame on the next animation frame; several requests make one frame. */
  requestRender(): void {
    this.needsFrame = true;
    if (this.frameRequest || this.destroyed) return;
    this.frameRequest = requestAnimationFrame(() => {
      this.frameRequest = 0;
      if (this.needsFrame || this.graph.hasPendingChanges || this.tiles.stale) this.drawFrame(this.frameBudgetMs, true);
    });
  }

  /** Draws a frame now: applies pending engine changes, repaints dirty tiles (if tiled), composes the view. */
  renderNow(): void {
    this.drawFrame(Infinity);
  }

  /**
   * One frame; whole-tile painting (a pan to new ground, a zoom) stops after `budgetMs` and continues
   * next frame, coarse tiles standing in (see TileCache.update).
   */
  private drawFrame(budgetMs: number, scheduled = false): void {
    if (this.destroyed) return;
    this.needsFrame = false;
    this.textures.updateVideo();
    this.graph.sync();
    if (scheduled && this.frames === 0 && this.waitsForFirstAssets()) {
      this.requestRender();
      return;
    }
    const { zoom } = this.camera;
    const { visible, scale } = this.view();
    const tiled = this.tileMode === 'always' || (this.tileMode === 'auto' && !this.drawsDirectly(visible, scale));
    const switched = tiled !== this.tiled;
    if (switched) this.setTiled(tiled);
    // Entering tile mode paints every visible tile in this frame: no blank tiles where content was.
    let complete = true;
    if (tiled) complete = this.tiles.update(visible, scale, switched ? Infinity : budgetMs);
    else {
      this.tiles.cullTo(visible, scale);
      this.directFrames += 1;
      if (this.tileMode === 'auto') this.scheduleWarmUp();
    }
    // Whole device pixels for the camera offset keep the tiles sharp.
    this.world.scale.set(zoom);
    this.world.position.set(-Math.round(this.camera.x * scale) / this.resolution, -Math.round(this.camera.y * scale) / this.resolution);
    for (const child of this.graph.liveLayer.children) {
      child.culled = false;
      const view = this.graph.views.get(Number(child.label.slice('block-'.length)));
      view?.prepare(this.renderer, scale);
    }
    setActiveRenderScale(scale);
    this.renderer.render({ container: this.stage });
    this.frames += 1;
    if (!complete) this.requestRender();
  }

  /**
   * Whether the first scheduled frame waits: nothing is shown yet, and images or fonts of the blocks
   * in view are loading. Drawn now, the view would be painted twice, without them and again when they
   * arrive (with 10,000 blocks each paint of the view costs hundreds of milliseconds), and would
   * flash shapes without their images. The wait ends when they arrive or after FIRST_FRAME_WAIT_MS,
   * so a slow or failing image never keeps the design from showing. `renderNow` never waits.
   */
  private waitsForFirstAssets(): boolean {
    const now = performance.now();
    this.firstFrameWaitStart ??= now;
    if (now - this.firstFrameWaitStart >= FIRST_FRAME_WAIT_MS) return false;
    // Deferred drawings in view are built, which starts their loads (as whenIdle does).
    for (const view of this.graph.index.query(this.view().visible)) view.ensureDrawing();
    return this.textures.busy;
  }

  /** The world box the camera shows, and device pixels per design unit. */
  private view(): { visible: WorldBox; scale: number } {
    const { x, y, zoom } = this.camera;
    return { visible: { x, y, width: this.width / zoom, height: this.height / zoom }, scale: zoom * this.resolution };
  }

  /**
   * With tiles 'auto': whether this frame draws the static content directly. Only a small scene
   * (draw cost in view up to DIRECT_MAX_COST), and only while its tiles for this view are not painted.
   */
  private drawsDirectly(visible: WorldBox, scale: number): boolean {
    if (this.tiled && this.graph.order.length > DIRECT_MAX_COST) return false;
    if (this.tiles.readyFor(visible, scale)) return false;
    return this.tiles.drawCostIn(visible, DIRECT_MAX_COST) <= DIRECT_MAX_COST;
  }

  /**
   * While drawing directly: paints the view's tiles in quiet animation frames (no change waiting to
   * be drawn, no image or font loading), frameBudgetMs at a time (no coarse tiles: nothing shows them), and switches to them once they
   * are all painted (same pixels: the switch needs no frame).
   */
  private scheduleWarmUp(): void {
    if (this.warmRequest || this.destroyed) return;
    this.warmRequest = requestAnimationFrame(() => {
      this.warmRequest = 0;
      if (this.destroyed || this.tiled) return;
      if (this.needsFrame || this.graph.hasPendingChanges || this.textures.busy) {
        // Frames are being drawn (a pan, a drag, an edit), or images and fonts are still loading
        // (their arrival would repaint the tiles): not now.
        this.scheduleWarmUp();
        return;
      }
      const { visible, scale } = this.view();
      if (this.tiles.drawCostIn(visible, DIRECT_MAX_COST) > DIRECT_MAX_COST) return;
      if (this.tiles.update(visible, scale, this.frameBudgetMs, false)) this.setTiled(true);
      else this.scheduleWarmUp();
    });
  }

  /** Moves the static layer between the tile cache (drawn into tiles) and the world (drawn directly). */
  private setTiled(tiled: boolean): void {
    this.tiled = tiled;
    this.tiles.layer.visible = tiled;
    if (tiled) {
      this.world.removeChild(this.graph.staticLayer);
    } else {
      // Tiles painted so far are kept (and kept up to date by invalidation) for when they are shown again.
      if (this.tileMode === 'never') this.tiles.clear();
      this.world.addChildAt(this.graph.staticLayer, this.world.getChildIndex(this.tiles.layer) + 1);
    }
  }

  /** Resolves when pending images and fonts have settled and the view shows them. */
  async whenIdle(): Promise<void> {
    for (let round = 0; round < 20 && !this.destroyed; round += 1) {
      this.graph.sync();
      // Views in view whose drawing is deferred are built now, so their loads (video, the pixel
      // pass and its images) are waited for too.
      const { visible } = this.view();
      for (const view of this.graph.index.query(visible)) view.ensureDrawing();
      if (!this.textures.busy && !this.graph.hasPendingChanges) break;
      await this.textures.whenSettled();
    }
    if (!this.destroyed) this.renderNow();
  }

  /** Listens to asset failures (the block shows a placeholder); returns the unsubscribe function. */
  onError(callback: ErrorListener): () => void {
    this.errorListeners.add(callback);
    return () => this.errorListeners.delete(callback);
  }

  /** Work counters (frames, tile repaints, blocks drawn into tiles, whether tiles are in use). */
  get statistics(): RendererStatistics {
    return {
      ...this.tiles.statistics, frames: this.frames, liveViews: this.graph.liveLayer.children.length, views: this.graph.views.size,
      deferredViews: [...this.graph.views.values()].filter((view) => view.drawingDeferred).length,
      viewRoots: [...this.graph.views.values()].filter((view) => view.hasRoot).length,
      tiled: this.tiled, directFrames: this.directFrames,
    };
  }

  /**
   * The PixiJS container that shows a block, or undefined. For tests and diagnostics: the same
   * object stays while the block lives (changes update it in place).
   */
  getBlockDisplayObject(id: DesignBlockId): Container | undefined {
    const view = this.graph.views.get(id);
    view?.ensureDrawing();
    return view?.root;
  }

  /** Releases the GPU context, textures, listeners and the pending frame. Idempotent. */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    if (this.frameRequest) cancelAnimationFrame(this.frameRequest);
    this.frameRequest = 0;
    if (this.warmRequest) cancelAnimationFrame(this.warmRequest);
    this.warmRequest = 0;
    this.errorListeners.clear();
    this.unsubscribePlayback();
    this.playback?.release();
    this.graph.destroy();
    this.tiles.destroy();
    this.textures.destroy();
    this.ownedAssets?.dispose();
    this.watermark?.texture.destroy(true);
    this.stage.destroy({ children: true });
    destroyPixiRenderer(this.renderer, this.backend, true);
  }

  private paintWatermarkLayer(): void {
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(this.width * this.resolution));
    canvas.height = Math.max(1, Math.round(this.height * this.resolution));
    paintWatermark(canvas.getContext('2d')!, canvas.width, canvas.height);
    const texture = new Texture({ source: new CanvasSource({ resource: canvas, resolution: this.resolution }) });
    if (this.watermark) {
      this.watermark.texture.destroy(true);
      this.watermark.texture = texture;
    } else {
      this.watermark = new Sprite(texture);
      this.watermark.label = 'watermark';
      this.stage.addChild(this.watermark);
    }
    this.watermark.setSize(this.width, this.height);
  }

  private reportDrawError(error: unknown, block: DesignBlockId): void {
    const wrapped = error instanceof EngineError
      ? error
      : new EngineError('INVALID_STATE', `block ${block} could not be drawn: ${error instanceof Error ? error.message : String(error)}`, { blockId: block });
    for (const listener of [...this.errorListeners]) {
      try {
        listener(wrapped, block);
      } catch {
        // A failing listener must not break drawing.
      }
    }
  }

  private reportAssetError(error: CesdkError, uri: string): void {
    const blocks: DesignBlockId[] = [];
    for (const view of this.graph.views.values()) {
      const fill = view.snapshot?.fill;
      if ((fill && 'uri' in fill && fill.uri === uri) || view.snapshot?.text?.fontFileUri === uri) blocks.push(view.id);
    }
    for (const listener of [...this.errorListeners]) {
      try {
        if (blocks.length === 0) listener(error);
        for (const block of blocks) listener(error, block);
      } catch {
        // A failing listener must not break drawing.
      }
    }
  }
}
