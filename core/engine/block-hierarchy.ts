import { FieldMap } from './field-map.js';
import { ANIMATION_SLOTS, BlockRecord, Field } from './block-record.js';
import { BlockType, canContain, familyOf } from './block-types.js';
import type { EngineCore } from './engine-core.js';
import { CesdkError, describeValue } from './errors.js';

/** Depth of a block in its tree: a root is depth 1. */
export function depthOf(core: EngineCore, record: BlockRecord): number {
  let depth = 1;
  let parent = core.parentOf(record);
  while (parent !== null) {
    depth += 1;
    const next = core.blocks.get(parent);
    if (!next) break;
    parent = core.parentOf(next);
  }
  return depth;
}

/** Height of the subtree under a block: a leaf is 1. Iterative, so hostile trees cannot overflow the stack. */
export function subtreeHeight(core: EngineCore, record: BlockRecord): number {
  let height = 0;
  const stack: Array<[BlockRecord, number]> = [[record, 1]];
  while (stack.length > 0) {
    const [current, level] = stack.pop()!;
    if (level > height) height = level;
    for (const childId of core.childrenOf(current)) {
      const child = core.blocks.get(childId);
      if (child) stack.push([child, level + 1]);
    }
  }
  return height;
}

/** Checks that `child` may be inserted under `parent`: kinds, cycles and depth. */
export function checkInsertion(core: EngineCore, parent: BlockRecord, child: BlockRecord): void {
  if (familyOf(child.type) !== 'design' || !canContain(parent.type, child.type)) {
    throw new CesdkError('INVALID_VALUE', `a ${child.type} (block ${child.id}) cannot be a child of a ${parent.type} (block ${parent.id})`, { blockId: child.id });
  }
  if (child.fields.has(Field.owner)) throw new CesdkError('INVALID_VALUE', `block ${child.id} is owned by block ${describeValue(child.fields.get(Field.owner))}`, { blockId: child.id });
  for (let ancestor: BlockRecord | undefined = parent; ancestor; ) {
    if (ancestor === child) {
      throw new CesdkError('HIERARCHY_CYCLE', `appending block ${child.id} to block ${parent.id} would make it its own ancestor`, { blockId: child.id });
    }
    const next = core.parentOf(ancestor);
    ancestor = next === null ? undefined : core.blocks.get(next);
  }
  if (child.type === BlockType.page && core.parentOf(child) === null) {
    let pages = 0;
    for (const record of core.blocks.values()) if (record.type === BlockType.page && core.parentOf(record) !== null) pages += 1;
    if (pages >= core.limits.maxPages) {
      throw new CesdkError('LIMIT_EXCEEDED', `adding page ${child.id} would exceed the limit of ${core.limits.maxPages} pages`, { blockId: child.id });
    }
  }
  const depth = depthOf(core, parent) + subtreeHeight(core, child);
  if (depth > core.limits.maxDepth) {
    throw new CesdkError('LIMIT_EXCEEDED', `appending block ${child.id} to block ${parent.id} would make the tree ${depth} levels deep (limit ${core.limits.maxDepth})`, { blockId: child.id });
  }
}

/** Removes a block from its parent's children (no-op for a root). Must run in a transaction. */
export function detachFromParent(core: EngineCore, record: BlockRecord): void {
  const parentId = core.parentOf(record);
  if (parentId === null) return;
  const parent = core.blocks.get(parentId);
  if (parent) {
    const index = core.childrenOf(parent).lastIndexOf(record.id);
    if (index >= 0) core.removeFrom(parent, Field.children, index);
  }
  core.write(record, Field.parent, undefined);
}

/**
 * Inserts `child` under `parent` so that it ends up at `index`, moving it from its old parent.
 * Must run in a transaction; validation happens before any change.
 */
export function insertChild(core: EngineCore, parent: BlockRecord, child: BlockRecord, index: number): void {
  checkInsertion(core, parent, child);
  const children = core.childrenOf(parent);
  if (!Number.isInteger(index) || index < 0 || index > children.length) {
    throw new CesdkError('OUT_OF_RANGE', `index ${describeValue(index)} is outside 0..${children.length} for the children of block ${parent.id}`, { blockId: parent.id });
  }
  // `index` is the child's position in the final list; moving within one parent clamps to its end.
  detachFromParent(core, child);
  core.insertInto(parent, Field.children, Math.min(index, core.childrenOf(parent).length), child.id);
  core.write(child, Field.parent, parent.id);
}

/**
 * Every block a block owns or contains: children (recursively), fill, shape, effects and blur, each
 * once (a shared fill is listed once).
 */
export function collectOwnedTree(core: EngineCore, root: BlockRecord): BlockRecord[] {
  const result: BlockRecord[] = [];
  const seen = new Set<BlockRecord>();
  const stack: BlockRecord[] = [root];
  const blocks = core.blocks;
  const push = (id: unknown): void => {
    if (id === undefined) return;
    const record = blocks.get(id as number);
    if (record && !seen.has(record)) stack.push(record);
  };
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (seen.has(current)) continue;
    seen.add(current);
    result.push(current);
    const fields = current.fields;
    const children = fields.get(Field.children) as number[] | undefined;
    if (children) for (let index = 0; index < children.length; index += 1) push(children[index]);
    push(fields.get(Field.fill));
    push(fields.get(Field.shape));
    push(fields.get(Field.blur));
    for (let index = 0; index < ANIMATION_SLOTS.length; index += 1) push(fields.get(ANIMATION_SLOTS[index]!));
    const effects = fields.get(Field.effects) as number[] | undefined;
    if (effects) for (let index = 0; index < effects.length; index += 1) push(effects[index]);
  }
  return result;
}

/** The live blocks other than `except` whose fill, shape or blur slot holds `slot`. */
function otherUsers(core: EngineCore, slot: BlockRecord, except: ReadonlySet<BlockRecord>): BlockRecord[] {
  const users: BlockRecord[] = [];
  for (const record of core.blocks.values()) {
    if (except.has(record)) continue;
    const fields = record.fields;
    if (fields.get(Field.fill) === slot.id || fields.get(Field.shape) === slot.id || fields.get(Field.blur) === slot.id) users.push(record);
  }
  return users;
}

/**
 * `user` stopped using a fill, shape or blur: destroy it when nobody else uses it, else hand its
 * ownership on. Must run in a transaction, after `user`'s slot was rewritten or while it is destroyed.
 */
export function releaseSlot(core: EngineCore, slot: BlockRecord, user: BlockRecord, leaving: ReadonlySet<BlockRecord> = new Set([user])): boolean {
  const shares = (slot.fields.get(Field.shares) as number | undefined) ?? 0;
  if (shares === 0) {
    if (!leaving.has(slot)) destroyTree(core, slot);
    return true;
  }
  const users = otherUsers(core, slot, leaving);
  if (users.length === 0) {
    if (!leaving.has(slot)) destroyTree(core, slot);
    return true;
  }
  core.write(slot, Field.shares, users.length > 1 ? users.length - 1 : undefined);
  if (slot.fields.get(Field.owner) === user.id) core.write(slot, Field.owner, users[0]!.id);
  return false;
}

/** Removes references to a block from whoever owns it (fill, shape, blur or effect slot). */
function detachFromOwner(core: EngineCore, record: BlockRecord): void {
  const ownerId = record.fields.get(Field.owner) as number | undefined;
  if (ownerId === undefined) return;
  const shared = (record.fields.get(Field.shares) as number | undefined) !== undefined;
  for (const owner of shared ? [...core.blocks.values()] : [core.blocks.get(ownerId)]) {
    if (!owner) continue;
    for (const key of [Field.fill, Field.shape, Field.blur, ...ANIMATION_SLOTS]) {
      if (owner.fields.get(key) === record.id) core.write(owner, key, undefined);
    }
    const effects = owner.fields.get(Field.effects) as number[] | undefined;
    const index = effects ? effects.indexOf(record.id) : -1;
    if (index >= 0) core.removeFrom(owner, Field.effects, index);
  }
  core.write(record, Field.owner, undefined);
  core.write(record, Field.shares, undefined);
}

/**
 * Destroys a block with everything it contains or owns. A shared fill, shape or blur that blocks
 * outside the destroyed tree still use survives, owned by one of them. Must run in a transaction.
 */
export function destroyTree(core: EngineCore, root: BlockRecord): void {
  detachFromParent(core, root);
  detachFromOwner(core, root);
  const all = collectOwnedTree(core, root);
  const leaving = new Set(all);
  for (const record of all) {
    if (record === root || !record.fields.has(Field.shares)) continue;
    // A shared slot used outside this tree stays: take it (and what it owns) out of the destroy list.
    const ownerId = record.fields.get(Field.owner) as number | undefined;
    const owner = ownerId === undefined ? undefined : core.blocks.get(ownerId);
    if (!releaseSlot(core, record, owner ?? root, leaving)) {
      for (const kept of collectOwnedTree(core, record)) leaving.delete(kept);
      for (const user of all) {
        for (const key of [Field.fill, Field.shape, Field.blur]) if (user.fields.get(key) === record.id && leaving.has(user)) core.write(user, key, undefined);
      }
    }
  }
  // Children first, so each record is destroyed with its own fields intact for undo.
  for (let index = all.length - 1; index >= 0; index -= 1) if (leaving.has(all[index]!)) core.destroyRecord(all[index]!);
}

const STRUCTURAL_KEYS: ReadonlySet<string> = new Set([
  Field.parent, Field.children, Field.fill, Field.shape, Field.effects, Field.blur, Field.owner, Field.shares, Field.uuid,
  ...ANIMATION_SLOTS,
]);

/** Deep-copies a block: properties, name, kind and scopes, plus copies of its children, fill, shape, effects, blur and animations. */
export function duplicateTree(core: EngineCore, source: BlockRecord): BlockRecord {
  const fields = new FieldMap();
  for (const [key, value] of source.fields) if (!STRUCTURAL_KEYS.has(key)) fields.set(key, value);
  const copy = core.createRecord(source.type, fields);
  for (const key of [Field.fill, Field.shape, Field.blur, ...ANIMATION_SLOTS]) {
    const id = source.fields.get(key) as number | undefined;
    const related = id === undefined ? undefined : core.blocks.get(id);
    if (!related) continue;
    const relatedCopy = duplicateTree(core, related);
    core.write(relatedCopy, Field.owner, copy.id);
    core.write(copy, key, relatedCopy.id);
  }
  const effects = (source.fields.get(Field.effects) as number[] | undefined) ?? [];
  for (const id of effects) {
    const effect = core.blocks.get(id);
    if (!effect) continue;
    const effectCopy = duplicateTree(core, effect);
    core.write(effectCopy, Field.owner, copy.id);
    core.insertInto(copy, Field.effects, ((copy.fields.get(Field.effects) as number[] | undefined) ?? []).length, effectCopy.id);
  }
  for (const id of core.childrenOf(source)) {
    const child = core.blocks.get(id);
    if (!child) continue;
    const childCopy = duplicateTree(core, child);
    core.insertInto(copy, Field.children, core.childrenOf(copy).length, childCopy.id);
    core.write(childCopy, Field.parent, copy.id);
  }
  return copy;
}

/** Whether a block is the scene root. */
export function isScene(record: BlockRecord): boolean {
  return record.type === BlockType.scene;
}
