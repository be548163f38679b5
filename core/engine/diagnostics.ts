/**
 * Diagnostics for leak and soak tests: how many listeners an engine holds. Elements subscribe to
 * block events, selection, history and engine events; removing them must bring these counts back.
 * Not part of the engine's public API (not exported from the entry).
 */
import type { EngineCore } from './engine-core.js';

const cores = new WeakMap<object, EngineCore>();

/** Called by the engine's constructor. @internal */
export function registerEngineCore(engine: object, core: EngineCore): void {
  cores.set(engine, core);
}

/** Live listener counts of an engine: block event subscriptions, selection, history and engine events. */
export function engineListenerCounts(engine: object): { blockEvents: number; selection: number; history: number; engineEvents: number } {
  const core = cores.get(engine);
  if (!core) throw new Error('not an engine');
  return {
    blockEvents: core.events.subscriptionCount,
    selection: core.selectionListeners.size,
    history: core.history.listenerCount,
    engineEvents: core.emitter.listenerCount,
  };
}
