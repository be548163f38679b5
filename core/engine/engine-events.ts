import { reportAsync } from './microtask.js';
import type { DesignBlockId } from './types.js';

/** Engine-level events the outside can listen to (telemetry, licensing, hosts). */
export interface EngineEventMap {
  /** A block was exported through `block.export`. */
  export: {
    blockId: DesignBlockId;
    mimeType: string;
    byteLength: number;
    /** Output size in pixels, when the exporter reports it (numeric `width`/`height` on the returned Blob). */
    width?: number;
    height?: number;
    /** 'video' for `exportVideo` and `exportAudio` (CE.SDK's usage categories are photo and video). */
    mediaType?: 'photo' | 'video';
    /** Frames per second of an exported video. */
    fps?: number;
    /** Length in seconds of an exported video or audio file. */
    duration?: number;
  };
  /** A scene was loaded from a string or an archive. */
  load: { sceneId: DesignBlockId; blockCount: number; source: 'string' | 'archive' };
  /** A new scene was created with `scene.create`. */
  sceneCreated: { sceneId: DesignBlockId };
  /** A host callback (event listener, text measurer, ...) threw; the engine carried on. */
  error: { error: unknown; source: string };
  /**
   * `scene.zoomToBlock` was called: a canvas showing the engine frames the block. `padding` is in
   * screen pixels; a canvas that animates passes its promise to `wait`, so the call resolves after it.
   */
  zoomToBlock: {
    blockId: DesignBlockId;
    padding: { left: number; top: number; right: number; bottom: number };
    animate: boolean;
    wait: (done: Promise<unknown>) => void;
  };
  /** The engine was disposed. */
  dispose: Record<string, never>;
}

/** The names of engine events. */
export type EngineEventName = keyof EngineEventMap;

/** A tiny typed emitter. Listener errors are reported asynchronously and never break the engine. */
export class EngineEmitter {
  private readonly listeners = new Map<EngineEventName, Set<(payload: never) => void>>();

  /** How many listeners are live, over all event names (diagnostics). */
  get listenerCount(): number {
    let count = 0;
    for (const set of this.listeners.values()) count += set.size;
    return count;
  }

  on<Name extends EngineEventName>(name: Name, listener: (payload: EngineEventMap[Name]) => void): () => void {
    let set = this.listeners.get(name);
    if (!set) this.listeners.set(name, (set = new Set()));
    set.add(listener as (payload: never) => void);
    return () => {
      set!.delete(listener as (payload: never) => void);
    };
  }

  emit<Name extends EngineEventName>(name: Name, payload: EngineEventMap[Name]): void {
    const set = this.listeners.get(name);
    if (!set) return;
    for (const listener of [...set]) {
      try {
        (listener as (payload: EngineEventMap[Name]) => void)(payload);
      } catch (error) {
        reportAsync(error);
      }
    }
  }

  /** Whether anyone listens to an event. */
  has(name: EngineEventName): boolean {
    return (this.listeners.get(name)?.size ?? 0) > 0;
  }

  clear(): void {
    this.listeners.clear();
  }
}
