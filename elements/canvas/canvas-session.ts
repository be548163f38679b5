/**
 * One connection of a `<cesdk-canvas>` to one engine: the `SceneRenderer`, the engine subscriptions
 * (block events, selection, zoom), the renderer's error feed, the resize observer and the watermark
 * state. {@link CanvasSession.dispose} releases all of it, including the renderer's WebGL context;
 * the element makes a new session when it reconnects or its engine changes.
 */
import type { DesignBlockId, Engine } from '../../core/engine/index.js';
import { createTextMeasurer, layoutPages, SceneRenderer } from '../../core/render/index.js';
import type { PagePlacement, RenderBackend } from '../../core/render/types.js';
import { CesdkChangeEvent, CesdkErrorEvent, CesdkReadyEvent, CesdkSelectionChangeEvent } from '../shared/events.js';
import { ensureExporters } from '../shared/exporters.js';
import { watchWatermark } from './watermark.js';
import { loadTextToolbar } from '../shared/text-toolbar.js';
import { loadCanvasParts } from './on-demand.js';

/** What a session needs from its element. */
export interface SessionHost extends HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  afterEngineUpdate(): void;
  applyEngineZoom(level: number): void;
  reportError(error: unknown): void;
  requestUpdate(): void;
  readonly updateComplete: Promise<boolean>;
}

/** Options of a session. */
export interface SessionOptions {
  readonly preference: 'auto' | RenderBackend;
  /** Called once the renderer is up, before `cesdk-ready` is dispatched. */
  readonly onReady: (engine: Engine) => void;
  /** Lends the engine this canvas (screen-space boxes, `zoomToBlock`); returns the cleanup. */
  readonly bridge: (engine: Engine) => () => void;
}

/** The renderer and subscriptions of one element–engine connection. */
export class CanvasSession {
  /** How many sessions hold a live renderer (a test hook for leak checks). */
  static liveCount = 0;

  readonly engine: Engine;
  private readonly host: SessionHost;
  private readonly options: SessionOptions;
  private rendererInstance: SceneRenderer | undefined;
  private disposed = false;
  private readonly cleanups: Array<() => void> = [];

  constructor(host: SessionHost, engine: Engine, options: SessionOptions) {
    this.host = host;
    this.engine = engine;
    this.options = options;
  }

  /** The renderer, once it is up (`undefined` before `onReady` and after {@link dispose}). */
  get renderer(): SceneRenderer | undefined {
    return this.rendererInstance;
  }

  /** Whether the renderer is up. */
  get started(): boolean {
    return this.rendererInstance !== undefined;
  }

  /** Page placements of the engine's scene (the renderer's column layout). */
  layout(): PagePlacement[] {
    try {
      return layoutPages(this.engine);
    } catch {
      return [];
    }
  }

  /** Creates the renderer and subscribes; does nothing if disposed meanwhile. */
  async start(): Promise<void> {
    await this.host.updateComplete;
    if (this.disposed) return;
    const surface = this.host.renderRoot.querySelector<HTMLElement>('.surface');
    if (surface === null) return;
    let renderer: SceneRenderer;
    try {
      renderer = await SceneRenderer.create({
        engine: this.engine,
        width: Math.max(1, this.host.clientWidth),
        height: Math.max(1, this.host.clientHeight),
        resolution: globalThis.devicePixelRatio || 1,
        preference: this.options.preference,
        background: readBackground(this.host),
      });
    } catch (error) {
      if (!this.disposed) this.host.reportError(error);
      return;
    }
    if (this.disposed) {
      renderer.destroy();
      return;
    }
    this.rendererInstance = renderer;
    CanvasSession.liveCount += 1;
    // `engine.block.export` works wherever the engine is shown, unless the integrator brought their own exporter.
    ensureExporters(this.engine);
    // Auto-height text needs real font metrics, which only the DOM side has.
    this.engine.block.setTextMeasurer(createTextMeasurer(this.engine));
    // The editor's undo: each user action (one engine update) becomes a step, gestures group drags.
    this.engine.editor.setAutomaticUndoSteps(true);
    this.cleanups.push(this.options.bridge(this.engine));
    renderer.canvas.setAttribute('part', 'canvas');
    renderer.canvas.setAttribute('aria-hidden', 'true');
    surface.append(renderer.canvas);
    this.subscribe(renderer);
    this.options.onReady(this.engine);
    this.host.requestUpdate();
    this.host.dispatchEvent(new CesdkReadyEvent(this.engine));
    // Crop mode, in-place text editing and the text toolbar's buttons are not needed to show the
    // canvas: fetch them now that it is ready (starting crop mode or a text edit retries a failed load).
    void loadCanvasParts().catch(() => undefined);
    void loadTextToolbar().catch(() => undefined);

  }

  /** Releases the renderer (and its WebGL context), subscriptions, observers and timers. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const cleanup of this.cleanups.splice(0)) {
      try {
        cleanup();
      } catch {
        // One failing cleanup must not keep the others from running.
      }
    }
    const renderer = this.rendererInstance;
    this.rendererInstance = undefined;
    if (renderer !== undefined) {
      renderer.canvas.remove();
      renderer.destroy();
      CanvasSession.liveCount -= 1;
    }
  }

  private subscribe(renderer: SceneRenderer): void {
    const engine = this.engine;
    const host = this.host;
    const watermark = watchWatermark(engine, (enabled) => renderer.setWatermark(enabled));
    this.cleanups.push(() => watermark.dispose());
    // The colour around the pages follows the host's background (the theme's --cesdk-color-canvas, or
    // --cesdk-canvas-background): the styles give it a 1 ms transition, whose end says it changed.
    const onBackground = (event: TransitionEvent): void => {
      if (event.target !== host || event.propertyName !== 'background-color') return;
      const color = readBackground(host);
      if (color !== undefined) renderer.setBackground(color);
    };
    host.addEventListener('transitionend', onBackground);
    this.cleanups.push(() => host.removeEventListener('transitionend', onBackground));
    this.cleanups.push(
      engine.event.subscribe([], (events) => {
        watermark.recheck();
        host.afterEngineUpdate();
        const blocks: DesignBlockId[] = [];
        for (const event of events) blocks.push(event.block);
        host.dispatchEvent(new CesdkChangeEvent(blocks));
      }),
    );
    this.cleanups.push(
      engine.block.onSelectionChanged(() => {
        host.requestUpdate();
        host.dispatchEvent(new CesdkSelectionChangeEvent(engine.block.findAllSelected()));
      }),
    );
    this.cleanups.push(engine.scene.onZoomLevelChanged((level: number) => host.applyEngineZoom(level)));
    this.cleanups.push(renderer.onError((error, block) => host.dispatchEvent(new CesdkErrorEvent(error, block))));
    const observer = new ResizeObserver(() => {
      renderer.resize(Math.max(1, host.clientWidth), Math.max(1, host.clientHeight), globalThis.devicePixelRatio || 1);
      host.requestUpdate();
    });
    observer.observe(host);
    this.cleanups.push(() => observer.disconnect());
  }
}

/**
 * The host's computed background colour (its `--cesdk-canvas-background`, else the theme's
 * `--cesdk-color-canvas`) as 0xRRGGBB, or undefined when it is not an opaque colour.
 */
function readBackground(host: HTMLElement): number | undefined {
  const value = getComputedStyle(host).backgroundColor.trim();
  if (value === '') return undefined;
  const context = document.createElement('canvas').getContext('2d');
  if (context === null) return undefined;
  context.fillStyle = '#000000';
  context.fillStyle = value;
  const normalized = String(context.fillStyle);
  return /^#[0-9a-f]{6}$/i.test(normalized) ? Number.parseInt(normalized.slice(1), 16) : undefined;
}
