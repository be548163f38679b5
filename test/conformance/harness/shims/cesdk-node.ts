// `@cesdk/node` as the conformance harness provides it: `CreativeEngine.init(config)` is our
// `Engine.create(config)` (the one substitution the suite allows), routed through the running guide.
import { ENGINE_VERSION, type Engine } from '../../../../core/engine/index.js';

interface HarnessRun {
  createEngine(config: unknown): Promise<Engine>;
}

/** The harness's stand-in for CE.SDK's `CreativeEngine` class. */
export default class CreativeEngine {
  /** The engine version, as CE.SDK's `CreativeEngine.version`. */
  static readonly version = ENGINE_VERSION;

  /** Creates the engine: `Engine.create(config)`. */
  static init(config?: unknown): Promise<Engine> {
    const run = (globalThis as unknown as { __cesdkConformanceRun?: HarnessRun }).__cesdkConformanceRun;
    if (!run) throw new Error('CreativeEngine.init called outside a conformance run');
    return run.createEngine(config);
  }
}

export type { Color, RGBAColor, CMYKColor, SpotColor, DesignBlockId } from '../../../../core/engine/index.js';
