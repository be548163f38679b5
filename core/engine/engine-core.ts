import type { FieldMap } from './field-map.js';
import './platform-types.js';
import { BlockRecord, Field, VARIABLES_HOLDER_ID } from './block-record.js';
import { BlockType, familyOf, type BlockFamily } from './block-types.js';
import type { EngineLimits, ResourceFetcher, TextMeasurer } from './engine-options.js';
import { CesdkError, describeValue } from './errors.js';
import { EngineEmitter } from './engine-events.js';
import { EventQueue } from './event-queue.js';
import { reportAsync } from './microtask.js';
import { EntryKind, History, type HistoryTarget } from './history.js';
import { affectsStackLayout, layoutStacks } from './stack-layout.js';
import { globalScopesForRole } from './scopes.js';
import type { DesignBlockId, RoleString, ScopeSetting } from './types.js';

/** Options of `block.export`. `mimeType` defaults to 'image/png'; other keys are for the exporter. */
export interface ExportOptions {
  mimeType?: string;
  [key: string]: unknown;
}

/** The platform's Blob (declared minimally in `platform-types.ts`, since the engine has no DOM types). */
export type BlobLike = Blob;

/** What a canvas lends the engine: where blocks appear on screen. */
export interface CanvasBridge {
  /** The axis-aligned box of the blocks in CSS pixels of the canvas. */
  screenBoundingBox(ids: readonly number[]): { x: number; y: number; width: number; height: number };
}

/** An export implementation: turns a block into bytes. Registered with `engine.registerExporter`. */
export type BlockExporter = (blockId: number, options: ExportOptions) => Promise<BlobLike>;

interface CryptoLike {
  randomUUID?: () => string;
  getRandomValues?: (array: Uint8Array) => Uint8Array;
}

/** A random RFC 4122 version 4 UUID. */
export function randomUUID(): string {
  const crypto = (globalThis as unknown as { crypto?: CryptoLike }).crypto;
  if (crypto?.randomUUID) return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  if (crypto?.getRandomValues) crypto.getRandomValues(bytes);
  else for (let index = 0; index < 16; index += 1) bytes[index] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A block's UUID, made on first use: a scene of 10,000 blocks holds about 28,000 records (blocks,
 * fills, shapes), and making each one's UUID at creation cost a tenth of building the scene. Once
 * made it is stored on the record and never changes (undo and redo keep the record); a loaded block
 * keeps the one it was saved with.
 */
export function uuidOf(record: BlockRecord): string {
  let uuid = record.fields.get(Field.uuid) as string | undefined;
  if (uuid === undefined) {
    uuid = randomUUID();
    record.fields.set(Field.uuid, uuid);
  }
  return uuid;
}

/**
 * The engine's state and its mutation primitives. Namespaces validate their arguments and then call
 * these inside {@link EngineCore.mutate}; every primitive records a history entry and a block event.
 */
export class EngineCore implements HistoryTarget {
  readonly blocks = new Map<DesignBlockId, BlockRecord>();
  /** Holds text variables as fields, so variable changes share history and events with blocks. */
  readonly variables = new BlockRecord(VARIABLES_HOLDER_ID, '#variables');
  readonly events = new EventQueue();
  readonly history: History;
  readonly limits: EngineLimits;
  nextId = 1;
  readonly selection = new Set<DesignBlockId>();
  /** Transient property values per record (weak: they go with the record). */
  private readonly transient = new WeakMap<BlockRecord, Map<string, unknown>>();
  /** Live scene blocks (normally one), kept so `scene.get()` is O(1). */
  readonly sceneIds = new Set<DesignBlockId>();
  readonly selectionListeners = new Set<() => void>();
  role: RoleString;
  globalScopes: Map<string, ScopeSetting>;
  textMeasurer: TextMeasurer | undefined;
  fetchResource: ResourceFetcher | undefined;
  disposed = false;
  /** Object URLs created for archive resources; revoked on dispose. */
  readonly objectUrls: string[] = [];
  /** Engine-level events ('export', 'load', ...). */
  readonly emitter = new EngineEmitter();
  /** The export implementation registered from outside (see `engine.registerExporter`). */
  exporter: BlockExporter | undefined;
  /** What a canvas showing the engine provides (its camera), for screen-space queries. */
  canvasBridge: CanvasBridge | undefined;
  /** Called after a variable changed, so text depending on it can be re-measured. */
  onVariablesChanged: (() => void) | undefined;
  /** Told when records come and go (attach, detach, load), e.g. so the timeline can index its tracks. */
  readonly recordObservers: Array<{ attached(record: BlockRecord): void; detached(record: BlockRecord): void }> = [];
  /**
   * Run at the end of every outermost mutation, inside its transaction, so what they write is part of
   * the same undo step (e.g. the track layout that follows a clip's new duration).
   */
  readonly normalizers: Array<() => void> = [];
  private mutationDepth = 0;

  constructor(limits: EngineLimits, historyLimit: number, role: RoleString) {
    this.limits = limits;
    this.history = new History(this, historyLimit);
    this.role = role;
    this.globalScopes = globalScopesForRole(role);
    this.events.onListenerError = (error) => this.reportError(error, 'block event listener');
    this.history.onListenerError = (error) => this.reportError(error, 'history listener');
    this.history.beforeCommit = () => {
      if (!this.stackLayoutDirty) return;
      this.stackLayoutDirty = false;
      layoutStacks(this);
    };
  }

  /** Set when a page, stack or scene changed in the open transaction (stacked pages move then). */
  private stackLayoutDirty = false;

  /** Runs `fn` as one transaction (joining an open one). */
  mutate<T>(label: string, fn: () => T): T {
    if (this.disposed) throw new CesdkError('INVALID_STATE', 'the engine was disposed');
    if (this.normalizers.length === 0) return this.history.transact(label, fn);
    return this.history.transact(label, () => {
      this.mutationDepth += 1;
      try {
        const result = fn();
        if (this.mutationDepth === 1) for (const normalize of this.normalizers) normalize();
        return result;
      } finally {
        this.mutationDepth -= 1;
      }
    });
  }

  /** The live block with this id, or throws `INVALID_BLOCK`. */
  requireBlock(id: unknown, family?: BlockFamily): BlockRecord {
    const record = typeof id === 'number' ? this.blocks.get(id) : undefined;
    if (record === undefined) throw new CesdkError('INVALID_BLOCK', `no live block with id ${describeValue(id)}`, { blockId: typeof id === 'number' ? id : undefined });
    if (family !== undefined && familyOf(record.type) !== family) {
      throw new CesdkError('INVALID_BLOCK', `block ${record.id} is a ${record.type}, not a ${family} block`, { blockId: record.id });
    }
    return record;
  }

  /** Writes one field (undefined deletes it), recording the change. */
  write(record: BlockRecord, key: string, value: unknown): void {
    const before = record.fields.get(key);
    if (before === value) return;
    this.history.record(EntryKind.Write, record, key, before, value, 0);
    if (affectsStackLayout(record)) this.stackLayoutDirty = true;
    this.applyField(record, key, value);
  }

  /** Inserts into an array field (created on first use), recording the change. */
  insertInto(record: BlockRecord, key: string, index: number, value: unknown): void {
    this.history.record(EntryKind.Insert, record, key, undefined, value, index);
    if (affectsStackLayout(record)) this.stackLayoutDirty = true;
    this.applyArrayInsert(record, key, index, value);
  }

  /** Removes from an array field, recording the change. */
  removeFrom(record: BlockRecord, key: string, index: number): void {
    const array = record.fields.get(key) as unknown[] | undefined;
    if (!array || index < 0 || index >= array.length) return;
    this.history.record(EntryKind.Remove, record, key, array[index], undefined, index);
    if (affectsStackLayout(record)) this.stackLayoutDirty = true;
    this.applyArrayRemove(record, key, index);
  }

  /** Creates and registers a new record, recording the change. */
  createRecord(type: string, fields?: FieldMap): BlockRecord {
    if (this.blocks.size >= this.limits.maxBlocks) {
      throw new CesdkError('LIMIT_EXCEEDED', `cannot create a ${type}: the engine holds the maximum of ${this.limits.maxBlocks} blocks`);
    }
    const record = new BlockRecord(this.nextId, type, fields);
    this.nextId += 1;
    this.history.record(EntryKind.Create, record, '', undefined, undefined, 0);
    this.attachRecord(record);
    return record;
  }

  /** Unregisters a record, recording the change. Callers detach references first. */
  destroyRecord(record: BlockRecord): void {
    this.history.record(EntryKind.Destroy, record, '', undefined, undefined, 0);
    this.detachRecord(record);
  }

  // HistoryTarget: apply without recording.

  applyField(record: BlockRecord, key: string, value: unknown): void {
    if (value === undefined) record.fields.delete(key);
    else record.fields.set(key, value);
    if (record.id !== VARIABLES_HOLDER_ID) this.events.updated(record.id);
    else this.onVariablesChanged?.();
  }

  applyArrayInsert(record: BlockRecord, key: string, index: number, value: unknown): void {
    let array = record.fields.get(key) as unknown[] | undefined;
    if (!array) record.fields.set(key, (array = []));
    if (index >= array.length) array.push(value);
    else array.splice(index, 0, value);
    this.events.updated(record.id);
  }

  applyArrayRemove(record: BlockRecord, key: string, index: number): void {
    const array = record.fields.get(key) as unknown[] | undefined;
    if (!array) return;
    if (index === array.length - 1) array.pop();
    else array.splice(index, 1);
    if (array.length === 0) record.fields.delete(key);
    this.events.updated(record.id);
  }

  attachRecord(record: BlockRecord): void {
    this.blocks.set(record.id, record);
    if (record.type === SCENE_TYPE) this.sceneIds.add(record.id);
    if (record.id >= this.nextId) this.nextId = record.id + 1;
    for (const observer of this.recordObservers) observer.attached(record);
    this.events.created(record.id);
  }

  detachRecord(record: BlockRecord): void {
    this.blocks.delete(record.id);
    this.sceneIds.delete(record.id);
    for (const observer of this.recordObservers) observer.detached(record);
    this.events.destroyed(record.id);
    if (this.selection.delete(record.id)) this.notifySelection();
  }

  /**
   * Reports an error thrown by host code (a listener, the text measurer) without breaking the engine:
   * to 'error' listeners if there are any, else as an unhandled promise rejection.
   */
  reportError(error: unknown, source: string): void {
    if (this.emitter.has('error')) this.emitter.emit('error', { error, source });
    else reportAsync(error);
  }

  /** Calls host listeners, reporting (not propagating) their errors. */
  callListeners<Args extends unknown[]>(listeners: Iterable<(...args: Args) => void>, source: string, ...args: Args): void {
    for (const listener of [...listeners]) {
      try {
        listener(...args);
      } catch (error) {
        this.reportError(error, source);
      }
    }
  }

  /** Tells selection listeners the selection changed. */
  notifySelection(): void {
    for (const listener of [...this.selectionListeners]) {
      try {
        listener();
      } catch (error) {
        this.reportError(error, 'selection listener');
      }
    }
  }

  /** Whether a scope allows a change of this block: global setting, then the block's own flag. */
  isAllowedByScope(record: BlockRecord, scope: string): boolean {
    const setting = this.globalScopes.get(scope) ?? 'Allow';
    if (setting === 'Allow') return true;
    if (setting === 'Deny') return false;
    // As CE.SDK documents: block scopes bind Adopters (and Viewers); a Creator is not stopped by them.
    if (this.role === 'Creator') return true;
    // A fill, shape, effect or blur obeys the scope flags of the design block that owns it.
    const ownerId = record.fields.get(Field.owner) as number | undefined;
    const holder = ownerId !== undefined ? this.blocks.get(ownerId) ?? record : record;
    return holder.fields.get(Field.scopePrefix + scope) !== false;
  }

  /** Throws `SCOPE_DENIED` unless the scope allows changing this block. */
  checkScope(record: BlockRecord, scope: string | undefined, action: string): void {
    if (scope === undefined || this.isAllowedByScope(record, scope)) return;
    throw new CesdkError('SCOPE_DENIED', `${action} on block ${record.id} is denied by scope '${scope}' (role ${this.role})`, { blockId: record.id, scope });
  }

  /**
   * Replaces every block and variable at once, outside history (used by load and new scenes).
   * Subscribers get 'Destroyed' for the old blocks and 'Created' for the new ones.
   */
  replaceAll(records: Map<DesignBlockId, BlockRecord>, variables: Map<string, string>, maxId: number): void {
    for (const id of this.blocks.keys()) this.events.destroyed(id);
    if (this.recordObservers.length > 0) for (const record of this.blocks.values()) for (const observer of this.recordObservers) observer.detached(record);
    this.blocks.clear();
    this.sceneIds.clear();
    const hadSelection = this.selection.size > 0;
    this.selection.clear();
    this.variables.fields.clear();
    for (const [name, value] of variables) this.variables.fields.set(name, value);
    for (const record of records.values()) this.attachRecord(record);
    if (maxId + 1 > this.nextId) this.nextId = maxId + 1;
    if (hadSelection) this.notifySelection();
  }

  /** A transient property value (playback state): not saved, not in history. */
  transientValue(record: BlockRecord, path: string): unknown {
    return this.transient.get(record)?.get(path);
  }

  /** Sets a transient property value and reports the block as updated. */
  setTransientValue(record: BlockRecord, path: string, value: unknown): void {
    if (this.disposed) throw new CesdkError('INVALID_STATE', 'the engine was disposed');
    let values = this.transient.get(record);
    if (!values) this.transient.set(record, (values = new Map()));
    if (values.get(path) === value) return;
    values.set(path, value);
    this.events.updated(record.id);
  }

  /** Parent id of a block, or null. */
  parentOf(record: BlockRecord): DesignBlockId | null {
    return (record.fields.get(Field.parent) as number | undefined) ?? null;
  }

  /** The internal children array of a block (shared: do not mutate or hand out). */
  childrenOf(record: BlockRecord): readonly number[] {
    return (record.fields.get(Field.children) as number[] | undefined) ?? EMPTY;
  }
}

const EMPTY: readonly number[] = Object.freeze([]);
const SCENE_TYPE = BlockType.scene;
