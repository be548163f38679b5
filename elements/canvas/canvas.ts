/**
 * `<cesdk-canvas>`: shows an engine's scene through the PixiJS `SceneRenderer` and lets a person edit
 * it with mouse, pen, touch and keyboard.
 */
import { ContextProvider } from '@lit/context';
import { html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { DesignBlockId, Engine } from '../../core/engine/index.js';
import type { SceneRenderer } from '../../core/render/index.js';
import type { Camera, PagePlacement, RenderBackend } from '../../core/render/types.js';
import { engineContext } from '../shared/context.js';
import { EngineBinding, type EngineSource } from '../shared/engine-binding.js';
import { toCommandError } from '../shared/run-command.js';
import { CesdkErrorEvent } from '../shared/events.js';
import { canvasStyles } from './canvas.styles.js';
import { cameraAfterWheel, fitRect, worldToView, zoomAbout } from './camera.js';
import { CanvasSession } from './canvas-session.js';
import type { CropSession } from './crop-mode.js';
import { canCrop } from './crop-target.js';
import { loadCropMode, loadedCropMode, loadedTextEditing, loadTextEditing } from './on-demand.js';
import { HitIndex, hitTest, placementMap, selectionBounds, shortType, type Point } from './geometry.js';
import { handleKeyDown, handleKeyUp } from './keyboard.js';
import { buildOverlayModel } from './overlay-model.js';
import { handleAt, renderOverlay } from './overlay.js';
import { PointerGestures } from './pointer-gestures.js';
import { clickTarget } from './selection-logic.js';
import { DEFAULT_SNAPPING_THRESHOLD, SNAPPING_ENABLED_SETTING, SNAPPING_THRESHOLD_SETTING, type Guide } from './snap-settings.js';
import type { CanvasSurface, TransientOverlay } from './surface.js';
import { blockAllows } from './surface.js';
import type { TextEditSession } from './text-editing.js';
import { renderTextToolbar, textToolbarStyles } from '../shared/text-toolbar.js';
import { createOwnedEngine } from './owned-engine.js';
import { KnownPages } from './known-pages.js';
import { renderPageSurround } from './page-surround.js';

/**
 * The design canvas.
 *
 * @summary Shows and edits an engine's scene: camera, selection, handles, snapping, text and crop editing.
 *
 * @event cesdk-ready - The canvas has an engine and its renderer (`CesdkReadyEvent`).
 * @event cesdk-change - Blocks changed in an engine update (`CesdkChangeEvent`).
 * @event cesdk-selection-change - The selection changed (`CesdkSelectionChangeEvent`).
 * @event cesdk-error - An asset failed to load, or the renderer could not start (`CesdkErrorEvent`).
 *
 * @csspart canvas - The renderer's `<canvas>`.
 * @csspart overlay - The SVG layer with selection, handles, marquee and guides.
 * @csspart surround - The SVG layer that dims content hanging off the pages (`page/dimOutOfPageAreas`).
 * @csspart text-editor - The `<textarea>` used to edit text in place.
 * @csspart text-toolbar - The toolbar shown while a text is edited: bold, italic, size and colour of the selected characters.
 * @csspart text-toolbar-button - One button of the text toolbar.
 *
 * @cssproperty --cesdk-canvas-background - Background around the pages (default: the theme's `--cesdk-color-canvas`); changes apply at once.
 * @cssproperty --cesdk-canvas-selection-color - Selection outline and handle stroke.
 * @cssproperty --cesdk-canvas-hover-color - Hover outline.
 * @cssproperty --cesdk-canvas-handle-fill - Handle fill.
 * @cssproperty --cesdk-canvas-guide-color - Snapping guides.
 * @cssproperty --cesdk-canvas-marquee-fill - Marquee fill.
 * @cssproperty --cesdk-canvas-focus-ring - Focus ring colour.
 * @cssproperty --cesdk-canvas-surround-opacity - How strongly content off the pages is dimmed (0.8).
 */
export class CesdkCanvas extends LitElement implements CanvasSurface {
  static override styles = [textToolbarStyles, canvasStyles];

  /** Test hook and diagnostic: how many canvases currently hold a live renderer. */
  static get liveRendererCount(): number {
    return CanvasSession.liveCount;
  }

  /** The id of an element (same document or shadow root) whose engine this canvas shows. */
  @property({ attribute: 'for' })
  get for(): string | null {
    return this.forId;
  }
  set for(value: string | null) {
    const previous = this.forId;
    this.forId = value;
    this.binding.setFor(value);
    this.requestUpdate('for', previous);
  }

  /** The renderer backend: `auto` (default), `webgl`, `webgpu` or `canvas`. Read when the renderer starts. */
  @property({ attribute: 'render-backend' })
  renderBackend: 'auto' | RenderBackend = 'auto';

  /** The accessible name of the canvas. */
  @property()
  label = 'Design canvas';

  private forId: string | null = null;
  private readonly binding: EngineBinding = new EngineBinding(this, {
    create: createOwnedEngine,
    onChange: (engine) => this.engineChanged(engine),
    onCreateError: (error) => this.reportError(error),
  });
  private readonly provider = new ContextProvider(this, { context: engineContext });
  private session: CanvasSession | undefined;
  private readonly gestures = new PointerGestures(this);
  private textSession: TextEditSession | undefined;
  private crop: CropSession | undefined;
  private camera: Camera = { x: 0, y: 0, zoom: 1 };
  private cameraEngine: Engine | undefined;
  private transient: { marquee: TransientOverlay['marquee']; guides: readonly Guide[]; hover: DesignBlockId | undefined } = { marquee: undefined, guides: [], hover: undefined };
  private placementCache: PagePlacement[] | undefined;
  private hitIndexCache: HitIndex | undefined;
  private fittedScene: string | null = null;
  private readonly knownPages = new KnownPages();
  private readyResolve!: (engine: Engine) => void;
  private syncingZoom = false;

  /** Resolves with the engine once the canvas has drawn with it (the first `cesdk-ready`). */
  readonly ready: Promise<Engine> = new Promise((resolve) => (this.readyResolve = resolve));

  constructor() {
    super();
    // An `engine` set on the element before it was upgraded shadows the accessor: move it over.
    if (Object.prototype.hasOwnProperty.call(this, 'engine')) {
      const early = (this as { engine?: Engine }).engine;
      delete (this as { engine?: Engine }).engine;
      this.engine = early;
    }
    this.addEventListener('keydown', this.onKeyDown);
    this.addEventListener('keyup', this.onKeyUp);
    this.addEventListener('blur', () => (this.gestures.spaceHeld = false));
  }

  /** The engine shown: the one set here, from context, from `for`, or one the canvas created. */
  get engine(): Engine | undefined {
    return this.binding.engine;
  }
  set engine(value: Engine | undefined) {
    this.binding.setProperty(value);
  }

  /** Where the engine came from: `property`, `context`, `for` or `owned` (created by the canvas). */
  get engineSource(): EngineSource | undefined {
    return this.binding.source;
  }

  /** The renderer, while connected with an engine. */
  get renderer(): SceneRenderer | undefined {
    return this.session?.renderer;
  }

  /** The block in crop mode, if any. */
  get cropBlock(): DesignBlockId | undefined {
    return this.crop?.block;
  }

  /** The block being edited in place, if any. */
  get editingTextBlock(): DesignBlockId | undefined {
    return this.textSession?.block;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('tabindex')) this.tabIndex = 0;
    if (!this.hasAttribute('role')) this.setAttribute('role', 'application');
    if (!this.hasAttribute('aria-roledescription')) this.setAttribute('aria-roledescription', 'canvas');
    this.syncLabel();
    if (this.engine !== undefined && this.session === undefined) this.engineChanged(this.engine);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.teardown();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('label')) this.syncLabel();
  }

  protected override render() {
    const engine = this.engine;
    const model = engine === undefined || this.session === undefined ? undefined : buildOverlayModel(this, engine, this.transient);
    return html`<div
      class="viewport"
      part="viewport"
      @pointerdown=${this.onPointerDown}
      @pointermove=${this.onPointerMove}
      @pointerup=${this.onPointerUp}
      @pointercancel=${this.onPointerCancel}
      @dblclick=${this.onDoubleClick}
      @wheel=${{ handleEvent: (event: WheelEvent) => this.onWheel(event), passive: false }}
      @contextmenu=${(event: Event) => event.preventDefault()}
    >
      <div class="surface"></div>
      <svg class="surround" part="surround" aria-hidden="true">${this.session === undefined ? '' : renderPageSurround(engine, this.placements(), this.camera, this.clientWidth, this.clientHeight)}</svg>
      <svg class="overlay" part="overlay" aria-hidden="true">${model === undefined ? '' : renderOverlay(model)}</svg>
      <textarea part="text-editor" hidden dir="auto" spellcheck="false" aria-label="Text"></textarea>
    </div>
    ${renderTextToolbar(this.textSession, undefined, () => this.requestUpdate())}`;
  }

  /**
   * Resolves once the canvas is ready and its renderer has drawn everything pending (images and
   * fonts settled): the first complete frame.
   */
  async whenRendered(): Promise<void> {
    await this.ready;
    await this.updateComplete;
    const renderer = this.session?.renderer;
    if (renderer === undefined) return;
    renderer.requestRender();
    await renderer.whenIdle();
  }

  /** Fits the current page (or `page`) into the view. */
  zoomToPage(page?: DesignBlockId): void {
    const placements = this.placements();
    const engine = this.engine;
    let target = page;
    if (target === undefined && engine !== undefined) {
      try {
        target = engine.scene.getCurrentPage() ?? undefined;
      } catch {
        target = undefined;
      }
    }
    let placement = placements.find((entry) => entry.page === target);
    if (placement === undefined && target !== undefined) {
      // A page added in this very task is not laid out yet: lay the pages out again.
      this.placementCache = undefined;
      placement = this.placements().find((entry) => entry.page === target);
    }
    placement ??= this.placements()[0];
    if (placement === undefined) return;
    const size = this.viewSize();
    this.setCamera(fitRect(placement, size.width, size.height));
  }

  /** Fits the selection into the view (does nothing without a selection). */
  zoomToSelection(): void {
    const engine = this.engine;
    if (engine === undefined) return;
    const selected = engine.block.findAllSelected();
    if (selected.length === 0) return;
    const bounds = selectionBounds(engine, selected, placementMap(this.placements()));
    const size = this.viewSize();
    this.setCamera(fitRect(bounds, size.width, size.height));
  }

  /** Frames a block (CE.SDK's `scene.zoomToBlock` asks for it), `padding` CSS pixels around it. */
  zoomToBlock(block: DesignBlockId, padding: { left: number; top: number; right: number; bottom: number } = { left: 40, top: 40, right: 40, bottom: 40 }): void {
    const engine = this.engine;
    if (engine === undefined || !engine.block.isValid(block)) return;
    const placements = placementMap(this.placements());
    const bounds = placements.has(block) ? placements.get(block)! : selectionBounds(engine, [block], placements);
    const size = this.viewSize();
    const width = Math.max(1, size.width - padding.left - padding.right);
    const height = Math.max(1, size.height - padding.top - padding.bottom);
    const fitted = fitRect(bounds, width, height, 0);
    this.setCamera({ x: fitted.x - padding.left / fitted.zoom, y: fitted.y - padding.top / fitted.zoom, zoom: fitted.zoom });
  }

  /** Lends the engine this canvas: screen-space boxes and `scene.zoomToBlock`. */
  private bridgeEngine(engine: Engine): () => void {
    const release = engine.setCanvasBridge({
      screenBoundingBox: (ids) => {
        const bounds = selectionBounds(engine, ids, placementMap(this.placements()));
        const topLeft = worldToView(this.camera, { x: bounds.x, y: bounds.y });
        return { x: topLeft.x, y: topLeft.y, width: bounds.width * this.camera.zoom, height: bounds.height * this.camera.zoom };
      },
    });
    const stop = engine.onEvent('zoomToBlock', ({ blockId, padding }) => this.zoomToBlock(blockId, padding));
    return () => {
      release();
      stop();
    };
  }

  /** The current camera. */
  getCamera(): Camera {
    return { ...this.camera };
  }

  /** Moves the camera; the engine's zoom level follows (`engine.scene.getZoomLevel()` = `camera.zoom`). */
  setCamera(camera: Camera): void {
    if (!Number.isFinite(camera.x) || !Number.isFinite(camera.y) || !(camera.zoom > 0)) return;
    this.camera = { x: camera.x, y: camera.y, zoom: camera.zoom };
    this.cameraEngine = this.engine;
    this.session?.renderer?.setCamera(this.camera);
    const engine = this.engine;
    if (engine !== undefined && !this.syncingZoom) {
      this.syncingZoom = true;
      try {
        if (engine.scene.get() != null && engine.scene.getZoomLevel() !== this.camera.zoom) engine.scene.setZoomLevel(this.camera.zoom);
      } catch {
        // A scene without zoom support must not break the camera.
      } finally {
        this.syncingZoom = false;
      }
    }
    this.textSession?.layout();
    this.requestUpdate();
  }

  /** Applies an engine zoom level set from outside, about the view centre. */
  applyEngineZoom(level: number): void {
    if (this.syncingZoom || !(level > 0) || Math.abs(level - this.camera.zoom) < 1e-9) return;
    const size = this.viewSize();
    this.setCamera(zoomAbout(this.camera, level, { x: size.width / 2, y: size.height / 2 }));
  }

  /** @internal */
  placements(): readonly PagePlacement[] {
    const engine = this.engine;
    if (engine === undefined) return [];
    if (this.placementCache === undefined) this.placementCache = this.session?.layout() ?? [];
    return this.placementCache;
  }

  /** @internal */
  hitIndex(): HitIndex | undefined {
    const engine = this.engine;
    if (engine === undefined) return undefined;
    this.hitIndexCache ??= new HitIndex(engine, this.placements());
    return this.hitIndexCache;
  }

  /** @internal Drops cached page placements and the hit index after an engine change. */
  invalidateLayout(): void {
    this.placementCache = undefined;
    this.hitIndexCache = undefined;
    this.textSession?.layout();
    this.requestUpdate();
  }

  /** @internal */
  clientToView(clientX: number, clientY: number): Point {
    const rect = this.getBoundingClientRect();
    return { x: clientX - rect.left, y: clientY - rect.top };
  }

  /** @internal */
  viewSize(): { width: number; height: number } {
    return { width: this.clientWidth, height: this.clientHeight };
  }

  /** @internal */
  handleAt(point: Point) {
    const engine = this.engine;
    if (engine === undefined || this.session === undefined) return undefined;
    return handleAt(buildOverlayModel(this, engine, this.transient), point);
  }

  /** @internal */
  setTransient(state: TransientOverlay): void {
    if ('marquee' in state) this.transient.marquee = state.marquee;
    if (state.guides !== undefined) this.transient.guides = state.guides;
    if ('hover' in state) this.transient.hover = state.hover;
    this.requestUpdate();
  }

  /** @internal */
  requestOverlay(): void {
    this.requestUpdate();
  }

  /** @internal */
  setCursor(cursor: string): void {
    const viewport = this.renderRoot.querySelector<HTMLElement>('.viewport');
    if (viewport !== null) viewport.style.cursor = cursor;
  }

  /**
   * @internal The snapping distance in world units: the engine setting `snapping/threshold` (screen
   * px) over the zoom; 0 when `snapping/enabled` is false.
   */
  snappingThreshold(): number {
    const editor = this.engine?.editor;
    let pixels = DEFAULT_SNAPPING_THRESHOLD;
    try {
      if (editor !== undefined && !editor.getSettingBool(SNAPPING_ENABLED_SETTING)) return 0;
    } catch {
      // The setting is not registered: snapping stays on.
    }
    try {
      pixels = editor?.getSettingFloat(SNAPPING_THRESHOLD_SETTING) ?? pixels;
    } catch {
      // The setting is not registered: keep the default.
    }
    return Math.max(0, pixels) / this.camera.zoom;
  }

  /** Starts editing a text block in place (does nothing when `text/edit` is denied). */
  startTextEditing(block: DesignBlockId): void {
    const engine = this.engine;
    const textarea = this.renderRoot.querySelector<HTMLTextAreaElement>('textarea[part="text-editor"]');
    if (engine === undefined || textarea === null || this.session === undefined) return;
    if (!engine.block.isValid(block) || shortType(engine, block) !== 'text') return;
    if (!blockAllows(engine, block, 'text/edit')) return;
    // In-place editing is a chunk of its own (prefetched once the canvas is ready): before it has
    // loaded, the edit starts when it arrives, if the canvas still shows the same engine.
    const editing = loadedTextEditing();
    if (editing === undefined) {
      void loadTextEditing().then(() => {
        if (this.engine === engine && this.isConnected) this.startTextEditing(block);
      }, (error: unknown) => this.reportError(error));
      return;
    }
    this.exitCrop();
    this.textSession?.commit();
    this.textSession = new editing.TextEditSession(this, textarea, block, editing.textEditorMetrics, () => {
      this.textSession = undefined;
      this.requestUpdate();
      if (this.isConnected) this.focus({ preventScroll: true });
    });
    this.requestUpdate();
  }

  /** Enters crop mode on an image block (does nothing when `layer/crop` is denied). */
  startCrop(block: DesignBlockId): void {
    const engine = this.engine;
    if (engine === undefined || this.session === undefined || !canCrop(engine, block)) return;
    // Crop mode is a chunk of its own (prefetched once the canvas is ready): before it has loaded,
    // crop mode starts when it arrives, if the canvas still shows the same engine.
    const cropMode = loadedCropMode();
    if (cropMode === undefined) {
      void loadCropMode().then(() => {
        if (this.engine === engine && this.isConnected) this.startCrop(block);
      }, (error: unknown) => this.reportError(error));
      return;
    }
    this.exitCrop();
    this.textSession?.commit();
    this.gestures.cancel();
    this.crop = new cropMode.CropSession(this, block);
    this.requestUpdate();
  }

  /** Leaves crop mode; returns whether it was active. */
  exitCrop(): boolean {
    const crop = this.crop;
    if (crop === undefined) return false;
    this.crop = undefined;
    crop.exit();
    this.requestUpdate();
    return true;
  }

  /** @internal Dispatches a `cesdk-error` for a failure instead of throwing into the page. */
  reportError(error: unknown): void {
    const code = (error as { code?: unknown } | null)?.code;
    // Canvas actions run as transactions (guarded): an unexpected exception was rolled back too.
    this.dispatchEvent(new CesdkErrorEvent(error instanceof Error && typeof code === 'string' ? error as never : toCommandError(error, 'The canvas action')));
  }

  private syncLabel(): void {
    if (!this.hasAttribute('aria-label') || this.getAttribute('aria-label') === this.lastLabel) {
      this.setAttribute('aria-label', this.label);
      this.lastLabel = this.label;
    }
  }
  private lastLabel: string | undefined;

  private engineChanged(engine: Engine | undefined): void {
    this.provider.setValue(engine);
    this.teardown();
    this.placementCache = undefined;
    this.hitIndexCache = undefined;
    if (engine === undefined || !this.isConnected) return;
    const session = new CanvasSession(this, engine, {
      preference: this.renderBackend,
      bridge: (bridged) => this.bridgeEngine(bridged),
      onReady: (readyEngine) => {
        this.fittedScene = currentScene(readyEngine);
        this.knownPages.reset(readyEngine);
        if (this.cameraEngine !== readyEngine) this.zoomToPage();
        else session.renderer?.setCamera(this.camera);
        this.readyResolve(readyEngine);
      },
    });
    this.session = session;
    void session.start();
  }

  /** Releases the renderer, subscriptions, observers and timers. Reconnecting starts again. */
  private teardown(): void {
    this.gestures.cancel();
    this.textSession?.commit();
    this.textSession = undefined;
    this.crop?.dispose();
    this.crop = undefined;
    this.session?.dispose();
    this.session = undefined;
    this.transient = { marquee: undefined, guides: [], hover: undefined };
  }

  /** @internal Called by the session when an engine update arrived. */
  afterEngineUpdate(): void {
    const engine = this.engine;
    if (engine === undefined) return;
    if (this.textSession !== undefined && !engine.block.isValid(this.textSession.block)) this.textSession.close();
    if (this.crop !== undefined && !engine.block.isValid(this.crop.block)) {
      this.crop.dispose();
      this.crop = undefined;
    }
    if (this.transient.hover !== undefined && !engine.block.isValid(this.transient.hover)) this.transient.hover = undefined;
    this.invalidateLayout();
    // A scene created or loaded after the canvas started (the first, or a replacement) is fitted once.
    const scene = currentScene(engine);
    if (scene !== this.fittedScene && this.placements().length > 0) {
      this.fittedScene = scene;
      this.knownPages.reset(engine);
      this.zoomToPage();
      return;
    }
    // A page added to the scene (the pages panel, a shortcut, an API call) is brought into view.
    const added = this.knownPages.added(engine);
    if (added !== undefined) {
      try {
        // The command that added it usually made it current already: no second change then.
        if (engine.scene.getCurrentPage() !== added) engine.scene.setCurrentPage(added);
      } catch {
        // Not a page of the scene after all: just show it.
      }
      this.zoomToPage(added);
    }
  }

  private readonly onPointerDown = (event: PointerEvent): void => {
    if (this.session === undefined) return;
    if (event.button === 0 || event.button === 1) this.focus({ preventScroll: true });
    const target = event.currentTarget as Element;
    if (this.crop !== undefined && event.button === 0 && !this.gestures.spaceHeld) {
      if (this.crop.down(event, target)) return;
      this.exitCrop();
    }
    this.gestures.down(event, target);
  };

  private readonly onPointerMove = (event: PointerEvent): void => {
    if (this.crop?.move(event)) return;
    this.gestures.move(event);
  };

  private readonly onPointerUp = (event: PointerEvent): void => {
    if (this.crop?.up(event, true)) return;
    this.gestures.up(event);
  };

  private readonly onPointerCancel = (event: PointerEvent): void => {
    if (this.crop?.up(event, false)) return;
    this.gestures.cancel();
  };

  private readonly onDoubleClick = (event: MouseEvent): void => {
    const engine = this.engine;
    if (engine === undefined || this.session === undefined || this.crop !== undefined) return;
    const point = this.clientToView(event.clientX, event.clientY);
    const world = { x: this.camera.x + point.x / this.camera.zoom, y: this.camera.y + point.y / this.camera.zoom };
    const path = hitTest(engine, this.placements(), world, 2 / this.camera.zoom, this.hitIndex());
    const target = clickTarget(engine, path);
    if (target === undefined) return;
    if (!engine.block.isSelected(target) && blockAllows(engine, target, 'editor/select')) engine.block.select(target);
    const type = shortType(engine, target);
    if (type === 'text') this.startTextEditing(target);
    else if (type === 'graphic') this.startCrop(target);
  };

  private onWheel(event: WheelEvent): void {
    if (this.session === undefined) return;
    event.preventDefault();
    if (this.crop !== undefined && !event.ctrlKey && !event.metaKey) {
      this.crop.wheelScale(event.deltaY);
      return;
    }
    const anchor = this.clientToView(event.clientX, event.clientY);
    this.setCamera(cameraAfterWheel(this.camera, event, anchor, this.viewSize().height));
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    // Keys typed into the text editor are the editor's; the canvas handles keys only when it has focus.
    if (this.textSession !== undefined || event.composedPath()[0] !== this) return;
    handleKeyDown(this, {
      zoomToPage: () => this.zoomToPage(),
      exitCrop: () => this.exitCrop(),
      setSpaceHeld: (held) => {
        this.gestures.spaceHeld = held;
        this.setCursor(held ? 'grab' : '');
      },
    }, event);
  };

  private readonly onKeyUp = (event: KeyboardEvent): void => {
    handleKeyUp({ zoomToPage: () => undefined, exitCrop: () => false, setSpaceHeld: (held) => (this.gestures.spaceHeld = held) }, event);
    if (!this.gestures.spaceHeld) this.setCursor('');
  };
}

/**
 * The identity of the engine's scene: its UUID, since a loaded scene may reuse the id of the scene it
 * replaced (ids are kept on load), and must still count as a new scene (fitted, not "pages added").
 */
function currentScene(engine: Engine): string | null {
  try {
    const scene = engine.scene.get();
    return scene === null ? null : `${scene}:${engine.block.getUUID(scene)}`;
  } catch {
    return null;
  }
}

