/**
 * How an element finds the engine it works on. {@link EngineBinding} resolves it, in this order:
 *
 * 1. the element's `engine` property, when the integrator set one;
 * 2. `@lit/context` ({@link engineContext}), from a providing ancestor such as `<cesdk-editor>`;
 * 3. `for="<id>"`: the element with that id in the same root node (document or shadow root), whose
 *    `engine` property or `ready` promise gives one, as `<label for>` does;
 * 4. for elements that may own one (the canvas): an engine the binding creates itself, once nothing
 *    else supplied one (see {@link EngineBindingOptions.create}).
 *
 * A higher source always wins: when one arrives later, the binding switches to it and disposes an
 * engine it created. The binding re-resolves when `for` changes, when the target element appears
 * later (a `MutationObserver` on the root node, `customElements.whenDefined` for a not yet upgraded
 * target) and when the target fires `cesdk-ready` (its engine changed).
 */
import { ContextEvent as ContextRequestEvent } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Engine } from '../../core/engine/index.js';
import { engineContext } from './context.js';

/** Where the bound engine came from. */
export type EngineSource = 'property' | 'context' | 'for' | 'owned';

/** Options of {@link EngineBinding}. */
export interface EngineBindingOptions {
  /**
   * Creates an engine (with a scene) when the element has none. Only elements that may own an engine
   * pass this. The binding calls it after the first connection, one macrotask later (so a context
   * provider or an `engine` property set right after insertion wins), and only when no `for` is set;
   * if an undefined `cesdk-*` custom element encloses the host, it waits for that definition first,
   * since that ancestor is likely the provider.
   */
  readonly create?: () => Promise<Engine>;
  /** Called whenever the resolved engine changes (also to `undefined`). */
  readonly onChange?: (engine: Engine | undefined, previous: Engine | undefined) => void;
  /** Called when creating an engine failed. */
  readonly onCreateError?: (error: unknown) => void;
}

/** The duck type an element referenced by `for` offers. */
interface EngineTarget extends Element {
  engine?: Engine;
  ready?: Promise<Engine>;
}

/** Resolves and tracks the engine of an element; see the module comment for the order. */
export class EngineBinding implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: EngineBindingOptions;
  private explicitEngine: Engine | undefined;
  private contextEngine: Engine | undefined;
  private forEngine: Engine | undefined;
  private ownedEngine: Engine | undefined;
  private forId: string | null = null;
  private current: Engine | undefined;
  private connected = false;
  private contextUnsubscribe: (() => void) | undefined;
  private observer: MutationObserver | undefined;
  private target: EngineTarget | undefined;
  private creationTimer: ReturnType<typeof setTimeout> | undefined;
  private creating = false;
  private generation = 0;
  private readyResolvers: Array<(engine: Engine) => void> = [];

  /** Resolves with the first engine the binding resolves (immediately if it has one). */
  readonly ready: Promise<Engine>;

  constructor(host: ReactiveControllerHost & HTMLElement, options: EngineBindingOptions = {}) {
    this.host = host;
    this.options = options;
    this.ready = new Promise((resolve) => this.readyResolvers.push(resolve));
    host.addController(this);
  }

  /** The resolved engine, or `undefined` while there is none. */
  get engine(): Engine | undefined {
    return this.current;
  }

  /** Where {@link engine} came from. */
  get source(): EngineSource | undefined {
    if (this.current === undefined) return undefined;
    if (this.current === this.explicitEngine) return 'property';
    if (this.current === this.contextEngine) return 'context';
    if (this.current === this.forEngine) return 'for';
    return 'owned';
  }

  /** Whether the binding created (and so owns and disposes) the current engine. */
  get ownsEngine(): boolean {
    return this.current !== undefined && this.current === this.ownedEngine;
  }

  /** Sets the engine given through the host's `engine` property (`undefined` clears it). */
  setProperty(engine: Engine | undefined): void {
    this.explicitEngine = engine ?? undefined;
    this.resolve();
  }

  /** Sets the id given through the host's `for` attribute (`null` clears it). */
  setFor(id: string | null | undefined): void {
    const next = id === undefined || id === '' ? null : id;
    if (next === this.forId) return;
    this.forId = next;
    this.forEngine = undefined;
    if (this.connected) this.bindTarget();
    this.resolve();
  }

  hostConnected(): void {
    this.connected = true;
    this.requestContext();
    document.addEventListener('context-provider', this.onProviderAppeared);
    this.bindTarget();
    this.resolve();
    this.scheduleCreation();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.contextUnsubscribe?.();
    this.contextUnsubscribe = undefined;
    document.removeEventListener('context-provider', this.onProviderAppeared);
    this.unbindTarget();
    if (this.creationTimer !== undefined) clearTimeout(this.creationTimer);
    this.creationTimer = undefined;
    // The context and the for-target may differ after a move; they are asked again on reconnect.
    this.contextEngine = undefined;
    this.forEngine = undefined;
    this.resolve();
  }

  /** Disposes an engine the binding created; call when the host is finally done (it is also done on replacement). */
  disposeOwnedEngine(): void {
    const owned = this.ownedEngine;
    this.ownedEngine = undefined;
    if (owned !== undefined) {
      this.resolve();
      owned.dispose();
    }
  }

  private readonly onContextValue = (value: Engine | undefined, unsubscribe?: () => void): void => {
    if (this.contextUnsubscribe !== undefined && this.contextUnsubscribe !== unsubscribe) this.contextUnsubscribe();
    this.contextUnsubscribe = unsubscribe;
    this.contextEngine = value ?? undefined;
    this.resolve();
  };

  private requestContext(): void {
    this.host.dispatchEvent(new ContextRequestEvent(engineContext, this.host, this.onContextValue, true));
  }

  /** A provider that connected after us (e.g. an ancestor upgraded late) gets asked again. */
  private readonly onProviderAppeared = (event: Event): void => {
    const providerEvent = event as Event & { context?: unknown };
    if (providerEvent.context !== engineContext || this.contextUnsubscribe !== undefined) return;
    const provider = event.composedPath()[0];
    if (provider instanceof Node && provider !== this.host && composedContains(provider, this.host)) this.requestContext();
  };

  private bindTarget(): void {
    this.unbindTarget();
    if (this.forId === null || !this.connected) return;
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const observer = new MutationObserver(() => this.lookUpTarget());
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['id'] });
    this.observer = observer;
    this.lookUpTarget();
  }

  private unbindTarget(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.target?.removeEventListener('cesdk-ready', this.onTargetReady);
    this.target = undefined;
    this.generation += 1;
  }

  private lookUpTarget(): void {
    if (this.forId === null) return;
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const found = (root.getElementById?.(this.forId) ?? null) as EngineTarget | null;
    if (found === this.target && found !== null) return;
    this.target?.removeEventListener('cesdk-ready', this.onTargetReady);
    this.target = found ?? undefined;
    this.generation += 1;
    this.forEngine = undefined;
    if (found === null) {
      this.resolve();
      return;
    }
    found.addEventListener('cesdk-ready', this.onTargetReady);
    const name = found.localName;
    if (name.includes('-') && customElements.get(name) === undefined) {
      const generation = this.generation;
      void customElements.whenDefined(name).then(() => {
        if (generation === this.generation) this.readTarget();
      });
    }
    this.readTarget();
  }

  private readonly onTargetReady = (): void => this.readTarget();

  private readTarget(): void {
    const target = this.target;
    if (target === undefined) return;
    if (target.engine !== undefined && target.engine !== null) {
      this.forEngine = target.engine;
      this.resolve();
      return;
    }
    const ready = target.ready;
    if (ready !== undefined && typeof (ready as Promise<Engine>).then === 'function') {
      const generation = this.generation;
      ready.then(
        (engine) => {
          if (generation !== this.generation) return;
          this.forEngine = engine;
          this.resolve();
        },
        () => undefined,
      );
    }
  }

  private scheduleCreation(): void {
    if (this.options.create === undefined || this.creationTimer !== undefined || this.creating) return;
    this.creationTimer = setTimeout(() => {
      this.creationTimer = undefined;
      void this.createWhenNeeded();
    }, 0);
  }

  private async createWhenNeeded(): Promise<void> {
    const create = this.options.create;
    if (create === undefined || !this.needsOwnEngine()) return;
    const pendingAncestors = undefinedCesdkAncestors(this.host);
    if (pendingAncestors.length > 0) {
      await Promise.all(pendingAncestors.map((name) => customElements.whenDefined(name)));
      // Let the newly upgraded ancestor connect and answer the context request first.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (!this.needsOwnEngine()) return;
    }
    this.creating = true;
    try {
      const engine = await create();
      this.creating = false;
      if (!this.needsOwnEngine()) {
        engine.dispose();
        return;
      }
      this.ownedEngine = engine;
      this.resolve();
    } catch (error) {
      this.creating = false;
      this.options.onCreateError?.(error);
    }
  }

  private needsOwnEngine(): boolean {
    return this.connected && this.forId === null && this.ownedEngine === undefined && this.higherEngine() === undefined;
  }

  private higherEngine(): Engine | undefined {
    return this.explicitEngine ?? this.contextEngine ?? this.forEngine;
  }

  private resolve(): void {
    const higher = this.higherEngine();
    if (higher !== undefined && this.ownedEngine !== undefined) {
      // Something better arrived: the engine we made for ourselves is no longer needed.
      const owned = this.ownedEngine;
      this.ownedEngine = undefined;
      queueMicrotask(() => owned.dispose());
    }
    const next = higher ?? this.ownedEngine;
    if (next === this.current) return;
    const previous = this.current;
    this.current = next;
    if (next !== undefined) {
      const resolvers = this.readyResolvers;
      this.readyResolvers = [];
      for (const resolve of resolvers) resolve(next);
    }
    this.options.onChange?.(next, previous);
    this.host.requestUpdate();
    if (next === undefined && this.connected) this.scheduleCreation();
  }
}

/** Whether `ancestor` contains `node`, looking through shadow roots to their hosts. */
export function composedContains(ancestor: Node, node: Node): boolean {
  let current: Node | null = node;
  while (current !== null) {
    if (current === ancestor) return true;
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return false;
}

function undefinedCesdkAncestors(host: HTMLElement): string[] {
  const names = new Set<string>();
  let current: Node | null = host.parentNode ?? null;
  while (current !== null) {
    if (current instanceof Element && current.localName.startsWith('cesdk-') && customElements.get(current.localName) === undefined) {
      names.add(current.localName);
    }
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return [...names];
}
