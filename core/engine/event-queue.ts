import { reportAsync, scheduleMicrotask } from './microtask.js';
import type { BlockEvent, BlockEventCallback, BlockEventType, DesignBlockId, Unsubscribe } from './types.js';

// 'Recreated' is internal: a block destroyed and created again within one batch. Subscribers see
// 'Created' (rebuild it), but a later destroy in the same batch must still report 'Destroyed'.
// 'CreatedDestroyed': created and destroyed within one batch; subscribers get 'Created' then
// 'Destroyed' (as CE.SDK reports both), so a mirror that counts blocks stays right.
type PendingType = BlockEventType | 'Recreated' | 'CreatedDestroyed';

interface Subscription {
  readonly filter: ReadonlySet<DesignBlockId> | null;
  readonly callback: BlockEventCallback;
}

/**
 * Collects block changes and delivers them in batches: one microtask after the first change, or
 * synchronously on {@link EventQueue.flush}. Each block appears at most once per batch, except a
 * block created and destroyed within it: 'Created', then 'Destroyed'.
 */
export class EventQueue {
  private pending = new Map<DesignBlockId, PendingType>();
  private scheduled = false;
  private readonly subscriptions = new Set<Subscription>();
  private flushing = false;
  /** Reports a listener's exception without breaking the engine. */
  onListenerError: (error: unknown) => void = reportAsync;

  /** Records that a block was created. */
  created(id: DesignBlockId): void {
    const previous = this.pending.get(id);
    this.pending.set(id, previous === 'Destroyed' || previous === 'CreatedDestroyed' ? 'Recreated' : 'Created');
    this.schedule();
  }

  /** Records that a block changed. */
  updated(id: DesignBlockId): void {
    if (this.subscriptions.size === 0 && !this.scheduled) return;
    if (!this.pending.has(id)) {
      this.pending.set(id, 'Updated');
      this.schedule();
    }
  }

  /** Records that a block was destroyed. */
  destroyed(id: DesignBlockId): void {
    const previous = this.pending.get(id);
    this.pending.set(id, previous === 'Created' ? 'CreatedDestroyed' : 'Destroyed');
    this.schedule();
  }

  /** How many subscriptions are live (diagnostics: elements must unsubscribe when removed). */
  get subscriptionCount(): number {
    return this.subscriptions.size;
  }

  /** Subscribes to changes of the given blocks; an empty list means all blocks. */
  subscribe(blocks: readonly DesignBlockId[], callback: BlockEventCallback): Unsubscribe {
    const subscription: Subscription = { filter: blocks.length === 0 ? null : new Set(blocks), callback };
    this.subscriptions.add(subscription);
    return () => {
      this.subscriptions.delete(subscription);
    };
  }

  /** Delivers pending events now. Changes made by listeners are delivered in a following batch. */
  flush(): void {
    if (this.flushing) return;
    this.scheduled = false;
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    if (this.subscriptions.size === 0) return;
    this.flushing = true;
    try {
      let all: BlockEvent[] | undefined;
      for (const subscription of [...this.subscriptions]) {
        let events: BlockEvent[];
        if (subscription.filter === null) {
          all ??= toEvents(batch);
          events = all.slice();
        } else {
          events = [];
          for (const id of subscription.filter) {
            const type = batch.get(id);
            if (type !== undefined) pushEvents(events, id, type);
          }
        }
        if (events.length === 0) continue;
        try {
          subscription.callback(events);
        } catch (error) {
          this.onListenerError(error);
        }
      }
    } finally {
      this.flushing = false;
    }
    if (this.pending.size > 0) this.schedule();
  }

  /** Drops all subscriptions and pending events. */
  clear(): void {
    this.subscriptions.clear();
    this.pending.clear();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    scheduleMicrotask(() => {
      if (this.scheduled) this.flush();
    });
  }
}

function pushEvents(events: BlockEvent[], block: DesignBlockId, type: PendingType): void {
  if (type === 'CreatedDestroyed') {
    events.push({ type: 'Created', block }, { type: 'Destroyed', block });
  } else events.push({ type: type === 'Recreated' ? 'Created' : type, block });
}

function toEvents(batch: Map<DesignBlockId, PendingType>): BlockEvent[] {
  const events: BlockEvent[] = [];
  for (const [block, type] of batch) pushEvents(events, block, type);
  return events;
}
