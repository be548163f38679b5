import { BlockRecord } from './block-record.js';

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

/**
 * An entry of a step or of the collected changes: a change, or (for `Create`, the most common entry
 * when a scene is built) the created record itself, so a step that creates 10,000 blocks keeps no
 * entry object per record.
 */
export type StepEntry = HistoryEntry | BlockRecord;

/** One undo step. */
export interface HistoryStep {
  readonly label: string;
  readonly entries: readonly StepEntry[];
}

/**
 * One history (CE.SDK's `createHistory`): an undo and a redo stack plus the changes made since the
 * last undo step (`pending`), which `addUndoStep` turns into the next step.
 */
export interface HistoryStack {
  readonly handle: number;
  undo: HistoryStep[];
  redo: HistoryStep[];
  pending: StepEntry[];
}

/**
 * Compacts a log into a step's entries:
 * - changes to a record created in the same step are dropped: undoing the step detaches the record
 *   (keeping its final fields) and redoing re-attaches it as it was, so its own diffs are redundant;
 * - a record created and destroyed in the same step leaves no entry at all;
 * - repeated writes of one field merge into the first write (first before, last after), and writes
 *   whose before equals their after are dropped.
 * Arrays are only changed through Insert/Remove entries, so merging writes never reorders a change
 * against another change of the same field.
 */
export function compactEntries(log: readonly StepEntry[]): StepEntry[] {
  const single = log.length === 1 ? log[0]! : undefined;
  if (single && !(single instanceof BlockRecord) && single.kind === EntryKind.Write) return single.before === single.after ? [] : [single];
  let created: Set<BlockRecord> | undefined;
  let destroyed: Set<BlockRecord> | undefined;
  for (const entry of log) {
    if (entry instanceof BlockRecord || entry.kind === EntryKind.Create) (created ??= new Set()).add(recordOf(entry));
    else if (entry.kind === EntryKind.Destroy) (destroyed ??= new Set()).add(entry.record);
  }
  let firstWrites: Map<BlockRecord, Map<string, HistoryEntry>> | undefined;
  const merged: StepEntry[] = [];
  for (const original of log) {
    if (original instanceof BlockRecord || original.kind === EntryKind.Create) {
      const record = recordOf(original);
      if (!(destroyed !== undefined && destroyed.has(record))) merged.push(record);
      continue;
    }
    const bornHere = created !== undefined && created.has(original.record);
    if (original.kind === EntryKind.Destroy) {
      if (!(bornHere && destroyed !== undefined && destroyed.has(original.record))) merged.push(original);
      continue;
    }
    if (bornHere) continue;
    if (original.kind !== EntryKind.Write) {
      merged.push(original);
      continue;
    }
    firstWrites ??= new Map();
    let byKey = firstWrites.get(original.record);
    if (!byKey) firstWrites.set(original.record, (byKey = new Map()));
    const first = byKey.get(original.key);
    if (first) first.after = original.after;
    else {
      // A copy: the same entry object may live in an earlier step that must keep its own values.
      const entry = { ...original };
      byKey.set(original.key, entry);
      merged.push(entry);
    }
  }
  return merged.filter((entry) => entry instanceof BlockRecord || entry.kind !== EntryKind.Write || entry.before !== entry.after);
}

function recordOf(entry: StepEntry): BlockRecord {
  return entry instanceof BlockRecord ? entry : entry.record;
}
