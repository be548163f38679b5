import type { EngineCore } from './engine-core.js';
import { CesdkError } from './errors.js';
import type { BlockEventCallback, DesignBlockId, Unsubscribe } from './types.js';

/**
 * `engine.event`: block change notifications. Changes are batched and delivered one microtask
 * after the first change (10,000 creates arrive as one batch), each block at most once per batch per
 * subscription. 'Created' for a block you already know means it was rebuilt (destroyed and created
 * again within the batch, e.g. by a load): rebuild its view.
 */
export class EventAPI {
  private readonly core: EngineCore;

  /** @internal */
  constructor(core: EngineCore) {
    this.core = core;
  }

  /** Subscribes to changes of the given blocks (`[]` = all blocks). Returns the unsubscribe function. */
  subscribe(blocks: readonly DesignBlockId[], callback: BlockEventCallback): Unsubscribe {
    if (!Array.isArray(blocks)) throw new CesdkError('INVALID_VALUE', 'subscribe needs an array of block ids ([] for all)');
    if (typeof callback !== 'function') throw new CesdkError('INVALID_VALUE', 'subscribe needs a callback function');
    return this.core.events.subscribe(blocks, callback);
  }

  /** Delivers pending events now, synchronously (tests, renderers before a frame). */
  flush(): void {
    this.core.events.flush();
  }
}
