import { BlockRecord } from './block-record.js';
import { CesdkError } from './errors.js';

/** Kinds of history entries. */
export const enum EntryKind {
  Write = 0,
  Create = 1,
  Destroy = 2,
  Insert = 3,
  Remove = 4,
}

/**
 * One recorded change. `Write` keeps a field's value before and after; `Insert`/`Remove` keep an
 * array position and the element, so long child lists never get copied; `Create`/`Destroy` keep the
 * record itself (its fields are exactly restored by replaying the entries in order).
 */
export interface HistoryEntry {
  kind: EntryKind;
  record: BlockRecord;
  key: string;
  before: unknown;
  after: unknown;
  index: number;
}

/** What the history needs from the engine to replay entries. */
export interface HistoryTarget {
  applyField(record: BlockRecord, key: string, value: unknown): void;
  applyArrayInsert(record: BlockRecord, key: string, index: number, value: unknown): void;
  applyArrayRemove(record: BlockRecord, key: string, index: number): void;
  attachRecord(record: BlockRecord): void;
  detachRecord(record: BlockRecord): void;
}

/** One undo step. */
export interface HistoryStep {
  readonly label: string;
  readonly entries: readonly HistoryEntry[];
}

/**
 * Transactions and the undo/redo stacks. Every mutation is appended to the open transaction's log;
 * commit merges repeated writes of one field into one before/after pair and pushes one step.
 */
export class History {
  private readonly target: HistoryTarget;
  private undoStack: HistoryStep[] = [];
  private redoStack: HistoryStep[] = [];
  private log: HistoryEntry[] | null = null;
  private label = '';
  private replaying = false;
  /** Open gestures keep the transaction open across calls. */
  gestureOpen = false;
  limit: number;
  private readonly listeners = new Set<() => void>();
  /** Where errors thrown by history listeners go (the engine reports them). */
  onListenerError: (error: unknown) => void = (error) => {
    throw error;
  };

  constructor(target: HistoryTarget, limit: number) {
    this.target = target;
    this.limit = limit;
  }

  /** Whether a transaction (or gesture) is open. */
  get inTransaction(): boolean {
    return this.log !== null;
  }

  /** Runs `fn` in a transaction; nested calls join the open one, with a savepoint for rollback. */
  transact<T>(label: string, fn: () => T): T {
    if (this.replaying) throw new CesdkError('INVALID_STATE', 'cannot change the scene while undo or redo is replaying');
    const outermost = this.log === null;
    if (outermost) {
      this.log = [];
      this.label = label;
    }
    const savepoint = this.log!.length;
    try {
      const result = fn();
      if (outermost && !this.gestureOpen) this.commit();
      return result;
    } catch (error) {
      this.rollbackTo(savepoint);
      if (outermost && !this.gestureOpen) this.log = null;
      throw error;
    }
  }

  /** Opens a gesture: a transaction that stays open until {@link endGesture}. */
  beginGesture(label: string): void {
    if (this.log !== null) throw new CesdkError('INVALID_STATE', `cannot begin gesture '${label}' inside an open transaction or gesture`);
    this.log = [];
    this.label = label;
    this.gestureOpen = true;
  }

  /** Closes the gesture: commits it as one step, or rolls it back. */
  endGesture(commit: boolean): void {
    if (!this.gestureOpen) return;
    this.gestureOpen = false;
    if (commit) this.commit();
    else {
      this.rollbackTo(0);
      this.log = null;
    }
  }

  /** Commits what the open gesture recorded so far as one step and keeps the gesture open. */
  checkpoint(): void {
    if (!this.gestureOpen || this.log === null) return;
    this.commit();
    this.log = [];
  }

  /** Appends an entry to the open transaction. The caller must be inside `transact`. */
  record(kind: EntryKind, record: BlockRecord, key: string, before: unknown, after: unknown, index: number): void {
    if (this.log === null) throw new CesdkError('INVALID_STATE', 'internal: mutation outside a transaction');
    this.log.push({ kind, record, key, before, after, index });
  }

  private rollbackTo(savepoint: number): void {
    const log = this.log;
    if (!log) return;
    this.replaying = true;
    try {
      for (let index = log.length - 1; index >= savepoint; index -= 1) this.applyBackward(log[index]!);
    } finally {
      this.replaying = false;
    }
    log.length = savepoint;
  }

  private commit(): void {
    const log = this.log!;
    this.log = null;
    if (log.length === 0) return;
    // The common case, one property set, needs no compaction.
    const entries = log.length === 1 && log[0]!.kind === EntryKind.Write ? (log[0]!.before === log[0]!.after ? [] : log) : mergeWrites(log);
    if (entries.length === 0) return;
    this.undoStack.push({ label: this.label, entries });
    if (this.undoStack.length > this.limit) {
      if (this.undoStack.length === this.limit + 1) this.undoStack.shift();
      else this.undoStack.splice(0, this.undoStack.length - this.limit);
    }
    if (this.redoStack.length > 0) this.redoStack = [];
    this.notify();
  }

  canUndo(): boolean {
    return this.undoStack.length > 0 && this.log === null;
  }

  canRedo(): boolean {
    return this.redoStack.length > 0 && this.log === null;
  }

  undo(): boolean {
    if (this.log !== null) throw new CesdkError('INVALID_STATE', 'cannot undo while a transaction or gesture is open');
    const step = this.undoStack.pop();
    if (!step) return false;
    this.replay(() => {
      for (let index = step.entries.length - 1; index >= 0; index -= 1) this.applyBackward(step.entries[index]!);
    });
    this.redoStack.push(step);
    this.notify();
    return true;
  }

  redo(): boolean {
    if (this.log !== null) throw new CesdkError('INVALID_STATE', 'cannot redo while a transaction or gesture is open');
    const step = this.redoStack.pop();
    if (!step) return false;
    this.replay(() => {
      for (const entry of step.entries) this.applyForward(entry);
    });
    this.undoStack.push(step);
    this.notify();
    return true;
  }

  /** Drops all steps (after a load or a new scene). */
  clear(): void {
    this.undoStack = [];
    this.redoStack = [];
    this.notify();
  }

  /** Trims the undo stack to a new limit. */
  setLimit(limit: number): void {
    this.limit = limit;
    if (this.undoStack.length > limit) this.undoStack.splice(0, this.undoStack.length - limit);
    this.notify();
  }

  /** Number of undo and redo steps, for tests and tools. */
  get sizes(): { undo: number; redo: number } {
    return { undo: this.undoStack.length, redo: this.redoStack.length };
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

  private applyForward(entry: HistoryEntry): void {
    switch (entry.kind) {
      case EntryKind.Write: this.target.applyField(entry.record, entry.key, entry.after); break;
      case EntryKind.Create: this.target.attachRecord(entry.record); break;
      case EntryKind.Destroy: this.target.detachRecord(entry.record); break;
      case EntryKind.Insert: this.target.applyArrayInsert(entry.record, entry.key, entry.index, entry.after); break;
      case EntryKind.Remove: this.target.applyArrayRemove(entry.record, entry.key, entry.index); break;
    }
  }

  private applyBackward(entry: HistoryEntry): void {
    switch (entry.kind) {
      case EntryKind.Write: this.target.applyField(entry.record, entry.key, entry.before); break;
      case EntryKind.Create: this.target.detachRecord(entry.record); break;
      case EntryKind.Destroy: this.target.attachRecord(entry.record); break;
      case EntryKind.Insert: this.target.applyArrayRemove(entry.record, entry.key, entry.index); break;
      case EntryKind.Remove: this.target.applyArrayInsert(entry.record, entry.key, entry.index, entry.before); break;
    }
  }
}

/**
 * Compacts a committed log:
 * - changes to a record created in the same step are dropped: undoing the step detaches the record
 *   (keeping its final fields) and redoing re-attaches it as it was, so its own diffs are redundant;
 * - a record created and destroyed in the same step leaves no entry at all;
 * - repeated writes of one field merge into the first write (first before, last after), and writes
 *   whose before equals their after are dropped.
 * Arrays are only changed through Insert/Remove entries, so merging writes never reorders a change
 * against another change of the same field.
 */
function mergeWrites(log: HistoryEntry[]): HistoryEntry[] {
  let created: Set<BlockRecord> | undefined;
  let destroyed: Set<BlockRecord> | undefined;
  for (const entry of log) {
    if (entry.kind === EntryKind.Create) (created ??= new Set()).add(entry.record);
    else if (entry.kind === EntryKind.Destroy) (destroyed ??= new Set()).add(entry.record);
  }
  let firstWrites: Map<BlockRecord, Map<string, HistoryEntry>> | undefined;
  const merged: HistoryEntry[] = [];
  for (const entry of log) {
    const bornHere = created !== undefined && created.has(entry.record);
    if (entry.kind === EntryKind.Create || entry.kind === EntryKind.Destroy) {
      if (!(bornHere && destroyed !== undefined && destroyed.has(entry.record))) merged.push(entry);
      continue;
    }
    if (bornHere) continue;
    if (entry.kind !== EntryKind.Write) {
      merged.push(entry);
      continue;
    }
    firstWrites ??= new Map();
    let byKey = firstWrites.get(entry.record);
    if (!byKey) firstWrites.set(entry.record, (byKey = new Map()));
    const first = byKey.get(entry.key);
    if (first) first.after = entry.after;
    else {
      byKey.set(entry.key, entry);
      merged.push(entry);
    }
  }
  return merged.filter((entry) => entry.kind !== EntryKind.Write || entry.before !== entry.after);
}
