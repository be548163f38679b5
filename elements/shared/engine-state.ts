/**
 * {@link EngineStateController} subscribes an element to the slices of engine state it renders
 * (block events, selection, history, zoom, role) and unsubscribes when the element disconnects or its
 * engine changes. By default every notification calls `host.requestUpdate()`, so a Lit element only
 * has to read the engine in `render()`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { BlockEvent, Engine } from '../../core/engine/index.js';

/** The slices an element can subscribe to. A slice given `true` only requests an update. */
export interface EngineStateSlices {
  /** Block events (`Created`/`Updated`/`Destroyed`), batched per engine update. */
  readonly events?: true | ((events: readonly BlockEvent[], engine: Engine) => void);
  /** Selection changes. */
  readonly selection?: true | ((engine: Engine) => void);
  /** History changes (undo, redo, new steps). */
  readonly history?: true | ((engine: Engine) => void);
  /** Zoom level changes (`engine.scene.onZoomLevelChanged`). */
  readonly zoom?: true | ((zoomLevel: number, engine: Engine) => void);
  /** Role changes (`engine.editor.onRoleChanged`). */
  readonly role?: true | ((engine: Engine) => void);
}

/** Subscribes a host to engine slices while it is connected and has an engine. */
export class EngineStateController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly slices: EngineStateSlices;
  private engine: Engine | undefined;
  private connected = false;
  private unsubscribers: Array<() => void> = [];

  constructor(host: ReactiveControllerHost, slices: EngineStateSlices, engine?: Engine) {
    this.host = host;
    this.slices = slices;
    this.engine = engine;
    host.addController(this);
  }

  /** Switches to another engine (or none), moving the subscriptions. */
  setEngine(engine: Engine | undefined): void {
    if (engine === this.engine) return;
    this.unsubscribe();
    this.engine = engine;
    if (this.connected) this.subscribe();
  }

  /** Whether subscriptions are currently live (a test hook as much as a diagnostic). */
  get active(): boolean {
    return this.unsubscribers.length > 0;
  }

  hostConnected(): void {
    this.connected = true;
    this.subscribe();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe();
  }

  private subscribe(): void {
    const engine = this.engine;
    if (engine === undefined || this.unsubscribers.length > 0) return;
    const { events, selection, history, zoom, role } = this.slices;
    const update = (): void => this.host.requestUpdate();
    if (events !== undefined) {
      this.unsubscribers.push(
        engine.event.subscribe([], (batch) => {
          if (events === true) update();
          else events(batch, engine);
        }),
      );
    }
    if (selection !== undefined) {
      this.unsubscribers.push(engine.block.onSelectionChanged(() => (selection === true ? update() : selection(engine))));
    }
    if (history !== undefined) {
      this.unsubscribers.push(engine.editor.onHistoryUpdated(() => (history === true ? update() : history(engine))));
    }
    if (zoom !== undefined) {
      this.unsubscribers.push(engine.scene.onZoomLevelChanged((level: number) => (zoom === true ? update() : zoom(level, engine))));
    }
    if (role !== undefined) {
      this.unsubscribers.push(engine.editor.onRoleChanged(() => (role === true ? update() : role(engine))));
    }
  }

  private unsubscribe(): void {
    const unsubscribers = this.unsubscribers;
    this.unsubscribers = [];
    for (const unsubscribe of unsubscribers) unsubscribe();
  }
}
