import { BlockRecord } from './block-record.js';
import { CesdkError, describeValue } from './errors.js';
import { compactEntries, EntryKind, type HistoryEntry, type HistoryStack, type HistoryStep, type StepEntry } from './history-steps.js';
import { scheduleMicrotask } from './microtask.js';

export { EntryKind, type HistoryEntry, type HistoryStep, type StepEntry } from './history-steps.js';

/** What the history needs from the engine to replay entries. */
export interface HistoryTarget {
  applyField(record: BlockRecord, key: string, value: unknown): void;
  applyArrayInsert(record: BlockRecord, key: string, index: number, value: unknown): void;
  applyArrayRemove(record: BlockRecord, key: string, index: number): void;
  attachRecord(record: BlockRecord): void;
  detachRecord(record: BlockRecord): void;
}

/**
 * Transactions, histories and undo/redo, with CE.SDK's step semantics: changes collect in the active
 * history until `addUndoStep()` turns them into one step. A transaction (`transact`) is atomic (it
 * rolls back completely when it throws); its changes join the collected ones. With automatic steps
 * on (the editor's mode), the changes of one engine update (one task) become one step by themselves.
 */
export class History {
  private readonly target: HistoryTarget;
  private readonly stacks = new Map<number, HistoryStack>();
  private active: HistoryStack | null = null;
  private nextHandle = 1;
  private log: HistoryEntry[] | null = null;
  /**
   * Records created in the open log, by their Create entry's index. A change to such a record after
   * the innermost open savepoint is not logged: rolling back to any savepoint at or before it detaches
   * the record, and the step keeps the record as it ends (compactEntries drops those changes anyway).
   * Building 10,000 blocks in one transaction then logs about one entry per record instead of a dozen.
   */
  private born: WeakMap<BlockRecord, number> | undefined;
  /** The innermost open transaction's savepoint (0 outside transact: a gesture rolls back whole). */
  private savepoint = 0;
  private replaying = false;
  /** Open gestures keep the transaction open across calls. */
  gestureOpen = false;
  private gestureLabel = '';
  limit: number;
  /** Whether the changes of each engine update become an undo step by themselves. */
  automaticSteps = false;
  private automaticStepScheduled = false;
  private readonly listeners = new Set<() => void>();
  /** Where errors thrown by history listeners go (the engine reports them). */
  onListenerError: (error: unknown) => void = (error) => {
    throw error;
  };
  /** Runs before the outermost transaction ends (layout passes), inside it. */
  beforeCommit: (() => void) | undefined;

  constructor(target: HistoryTarget, limit: number) {
    this.target = target;
    this.limit = limit;
  }

  // Transactions ---------------------------------------------------------------------------

  /** Whether a transaction (or gesture) is open. */
  get inTransaction(): boolean {
    return this.log !== null;
  }

  /** Runs `fn` in a transaction; nested calls join the open one, with a savepoint for rollback. */
  transact<T>(_label: string, fn: () => T): T {
    if (this.replaying) throw new CesdkError('INVALID_STATE', 'cannot change the scene while undo or redo is replaying');
    const outermost = this.log === null;
    if (outermost) this.startLog();
    const savepoint = this.log!.length;
    const outerSavepoint = this.savepoint;
    this.savepoint = savepoint;
    try {
      const result = fn();
      if (outermost && !this.gestureOpen) {
        this.beforeCommit?.();
        this.collect();
      }
      return result;
    } catch (error) {
      this.rollbackTo(savepoint);
      if (outermost && !this.gestureOpen) this.closeLog();
      throw error;
    } finally {
      this.savepoint = outerSavepoint;
    }
  }

  private startLog(): void {
    this.log = [];
    this.born = undefined;
  }

  private closeLog(): void {
    this.log = null;
    this.born = undefined;
  }

  /** Appends an entry to the open transaction. The caller must be inside `transact`. */
  record(kind: EntryKind, record: BlockRecord, key: string, before: unknown, after: unknown, index: number): void {
    const log = this.log;
    if (log === null) throw new CesdkError('INVALID_STATE', 'internal: mutation outside a transaction');
    if (kind === EntryKind.Create) (this.born ??= new WeakMap()).set(record, log.length);
    else if (kind !== EntryKind.Destroy && (this.born?.get(record) ?? -1) >= this.savepoint) return;
    log.push({ kind, record, key, before, after, index });
  }

  /** Moves the closed transaction's entries to the active history's collected changes. */
  private collect(): void {
    const log = this.log!;
    this.closeLog();
    if (log.length === 0) return;
    const stack = this.activeStack();
    for (const entry of log) stack.pending.push(entry);
    if (this.automaticSteps) this.scheduleAutomaticStep();
  }

  private scheduleAutomaticStep(): void {
    if (this.automaticStepScheduled) return;
    this.automaticStepScheduled = true;
    scheduleMicrotask(() => {
      this.automaticStepScheduled = false;
      if (this.automaticSteps && this.log === null) this.addUndoStep();
    });
  }

  private rollbackTo(savepoint: number): void {
    const log = this.log;
    if (!log) return;
    this.replay(() => {
      for (let index = log.length - 1; index >= savepoint; index -= 1) this.applyBackward(log[index]!);
    });
    log.length = savepoint;
  }

  // Gestures -------------------------------------------------------------------------------

  /** Opens a gesture: a transaction that stays open until {@link endGesture}. Earlier changes become their own step first. */
  beginGesture(label: string): void {
    if (this.log !== null) throw new CesdkError('INVALID_STATE', `cannot begin gesture '${label}' inside an open transaction or gesture`);
    this.addUndoStep();
    this.startLog();
    this.gestureLabel = label;
    this.gestureOpen = true;
  }

  /** Closes the gesture: its changes become one undo step, or are rolled back. */
  endGesture(commit: boolean): void {
    if (!this.gestureOpen) return;
    this.gestureOpen = false;
    if (commit) {
      this.beforeCommit?.();
      this.collect();
      this.addUndoStep(this.gestureLabel);
    } else {
      this.rollbackTo(0);
      this.closeLog();
    }
  }

  // Steps ----------------------------------------------------------------------------------

  /**
   * Turns the collected changes into an undo step (no step when nothing changed). Inside a gesture,
   * what the gesture changed so far becomes a step and the gesture goes on.
   */
  addUndoStep(label = ''): void {
    if (this.replaying) return;
    if (this.gestureOpen && this.log !== null) {
      const log = this.log;
      this.closeLog();
      if (log.length > 0) {
        const stack = this.activeStack();
        for (const entry of log) stack.pending.push(entry);
      }
      this.startLog();
    } else if (this.log !== null) {
      return;
    }
    const stack = this.activeStack();
    if (stack.pending.length === 0) return;
    const entries = compactEntries(stack.pending);
    stack.pending = [];
    if (entries.length === 0) return;
    stack.undo.push({ label: label || this.gestureLabel, entries });
    if (stack.undo.length > this.limit) stack.undo.splice(0, stack.undo.length - this.limit);
    stack.redo = [];
    this.notify();
  }

  /**
   * Removes the last undo step; its changes stay applied and count as collected changes again (as
   * in a snapshot history, the next step spans them).
   */
  removeUndoStep(): void {
    if (this.log !== null) throw new CesdkError('INVALID_STATE', 'cannot remove an undo step while a transaction or gesture is open');
    const stack = this.activeStack();
    const step = stack.undo.pop();
    if (!step) return;
    stack.pending = [...step.entries, ...stack.pending];
    this.notify();
  }

  /** Whether there is a step to undo (false while a gesture is open). */
  canUndo(): boolean {
    return this.log === null && (this.active?.undo.length ?? 0) > 0;
  }

  /** Whether there is a step to redo. */
  canRedo(): boolean {
    return this.log === null && (this.active?.redo.length ?? 0) > 0;
  }

  /** Whether changes were made since the last undo step. */
  hasPendingChanges(): boolean {
    return (this.active?.pending.length ?? 0) > 0 || (this.log?.length ?? 0) > 0;
  }

  /**
   * Undoes the last step. Changes collected since then are reverted too (the scene returns to the
   * state before the last step). Returns false when there was no step.
   */
  undo(): boolean {
    if (this.log !== null) throw new CesdkError('INVALID_STATE', 'cannot undo while a transaction or gesture is open');
    const stack = this.activeStack();
    const step = stack.undo.at(-1);
    if (!step) return false;
    this.revertPending(stack);
    stack.undo.pop();
    this.replay(() => {
      for (let index = step.entries.length - 1; index >= 0; index -= 1) this.applyBackward(step.entries[index]!);
    });
    stack.redo.push(step);
    this.notify();
    return true;
  }

  /** Redoes the last undone step (collected changes are reverted first). */
  redo(): boolean {
    if (this.log !== null) throw new CesdkError('INVALID_STATE', 'cannot redo while a transaction or gesture is open');
    const stack = this.activeStack();
    const step = stack.redo.at(-1);
    if (!step) return false;
    this.revertPending(stack);
    stack.redo.pop();
    this.replay(() => {
      for (const entry of step.entries) this.applyForward(entry);
    });
    stack.undo.push(step);
    this.notify();
    return true;
  }

  private revertPending(stack: HistoryStack): void {
    const pending = stack.pending;
    if (pending.length === 0) return;
    stack.pending = [];
    this.replay(() => {
      for (let index = pending.length - 1; index >= 0; index -= 1) this.applyBackward(pending[index]!);
    });
  }

  // Histories ------------------------------------------------------------------------------

  /** Creates a history (its own undo and redo stacks) and returns its handle. */
  createHistory(): number {
    const stack: HistoryStack = { handle: this.nextHandle, undo: [], redo: [], pending: [] };
    this.nextHandle += 1;
    this.stacks.set(stack.handle, stack);
    return stack.handle;
  }

  /** Destroys a history; destroying the active one leaves none active until the next change or `getActiveHistory`. */
  destroyHistory(handle: number): void {
    const stack = this.requireStack(handle);
    if (this.log !== null && stack === this.active) throw new CesdkError('INVALID_STATE', 'cannot destroy the active history while a transaction or gesture is open');
    this.stacks.delete(handle);
    if (this.active === stack) {
      this.active = null;
      this.notify();
    }
  }

  /** Makes a history the active one: new changes, undo and redo apply to it. */
  setActiveHistory(handle: number): void {
    const stack = this.requireStack(handle);
    if (this.log !== null) throw new CesdkError('INVALID_STATE', 'cannot switch histories while a transaction or gesture is open');
    if (stack === this.active) return;
    this.active = stack;
    this.notify();
  }

  /** The active history's handle; one is created when there is none. */
  getActiveHistory(): number {
    return this.activeStack().handle;
  }

  private activeStack(): HistoryStack {
    if (this.active === null) {
      const handle = this.createHistory();
      this.active = this.stacks.get(handle)!;
    }
    return this.active;
  }

  private requireStack(handle: unknown): HistoryStack {
    const stack = typeof handle === 'number' ? this.stacks.get(handle) : undefined;
    if (!stack) throw new CesdkError('INVALID_VALUE', `no history with handle ${describeValue(handle)}`);
    return stack;
  }

  /** Drops every step and collected change of every history (after a load or a new scene). */
  clear(): void {
    for (const stack of this.stacks.values()) {
      stack.undo = [];
      stack.redo = [];
      stack.pending = [];
    }
    this.notify();
  }

  /** Trims every history to a new limit. */
  setLimit(limit: number): void {
    this.limit = limit;
    for (const stack of this.stacks.values()) if (stack.undo.length > limit) stack.undo.splice(0, stack.undo.length - limit);
    this.notify();
  }

  /** Number of undo and redo steps of the active history, for tests and tools. */
  get sizes(): { undo: number; redo: number } {
    return { undo: this.active?.undo.length ?? 0, redo: this.active?.redo.length ?? 0 };
  }

  /** How many history listeners are live (diagnostics). */
  get listenerCount(): number {
    return this.listeners.size;
  }

  onUpdated(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    if (this.listeners.size === 0) return;
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch (error) {
        this.onListenerError(error);
      }
    }
  }

  private replay(run: () => void): void {
    this.replaying = true;
    try {
      run();
    } finally {
      this.replaying = false;
    }
  }

  private applyForward(entry: StepEntry): void {
    if (entry instanceof BlockRecord) return this.target.attachRecord(entry);
    switch (entry.kind) {
      case EntryKind.Write: this.target.applyField(entry.record, entry.key, entry.after); break;
      case EntryKind.Create: this.target.attachRecord(entry.record); break;
      case EntryKind.Destroy: this.target.detachRecord(entry.record); break;
      case EntryKind.Insert: this.target.applyArrayInsert(entry.record, entry.key, entry.index, entry.after); break;
      case EntryKind.Remove: this.target.applyArrayRemove(entry.record, entry.key, entry.index); break;
    }
  }

  private applyBackward(entry: StepEntry): void {
    if (entry instanceof BlockRecord) return this.target.detachRecord(entry);
    switch (entry.kind) {
      case EntryKind.Write: this.target.applyField(entry.record, entry.key, entry.before); break;
      case EntryKind.Create: this.target.detachRecord(entry.record); break;
      case EntryKind.Destroy: this.target.attachRecord(entry.record); break;
      case EntryKind.Insert: this.target.applyArrayRemove(entry.record, entry.key, entry.index); break;
      case EntryKind.Remove: this.target.applyArrayInsert(entry.record, entry.key, entry.index, entry.before); break;
    }
  }
}
