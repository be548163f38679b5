import type { BlockRecord } from './block-record.js';
import { BlockType } from './block-types.js';
import { insertChild, detachFromParent } from './block-hierarchy.js';
import { writeValidated } from './block-properties.js';
import type { EngineCore } from './engine-core.js';
import { CesdkError } from './errors.js';
import { apply, applyLinear, identity, invert, localMatrix, multiply, transformedBox, unionBoxes, type Box, type Matrix } from './geometry.js';
import type { HorizontalAlignment, VerticalAlignment } from './types.js';

function numberField(record: BlockRecord, path: string, fallback: number): number {
  const value = record.fields.get(path);
  return typeof value === 'number' ? value : fallback;
}

/** Position, size and rotation of a block (defaults applied). */
export function frameOf(record: BlockRecord): { x: number; y: number; width: number; height: number; rotation: number } {
  return {
    x: numberField(record, 'position/x', 0),
    y: numberField(record, 'position/y', 0),
    width: numberField(record, 'width', 100),
    height: numberField(record, 'height', 100),
    rotation: numberField(record, 'rotation', 0),
  };
}

/** The block's own transform in its parent's space. Scenes have none. */
export function localMatrixOf(record: BlockRecord): Matrix {
  if (record.type === BlockType.scene) return identity();
  const frame = frameOf(record);
  return localMatrix(frame.x, frame.y, frame.width, frame.height, frame.rotation);
}

/**
 * The transform from a block's own space to world space (the scene's space; pages keep their
 * position, so with pages at the origin this is page space).
 */
export function worldMatrixOf(core: EngineCore, record: BlockRecord): Matrix {
  let matrix = localMatrixOf(record);
  let parentId = core.parentOf(record);
  while (parentId !== null) {
    const parent = core.blocks.get(parentId);
    if (!parent) break;
    matrix = multiply(localMatrixOf(parent), matrix);
    parentId = core.parentOf(parent);
  }
  return matrix;
}

/** The transform of a block's parent space to world space. */
export function parentWorldMatrixOf(core: EngineCore, record: BlockRecord): Matrix {
  const parentId = core.parentOf(record);
  const parent = parentId === null ? undefined : core.blocks.get(parentId);
  return parent ? worldMatrixOf(core, parent) : identity();
}

/** The axis-aligned bounding box of a block in world space, through the hierarchy and rotation. */
export function globalBoundingBox(core: EngineCore, record: BlockRecord): Box {
  const frame = frameOf(record);
  return transformedBox(worldMatrixOf(core, record), frame.width, frame.height);
}

/** The bounding box of a block in its parent's space. */
function boxInParent(record: BlockRecord): Box {
  const frame = frameOf(record);
  return transformedBox(localMatrixOf(record), frame.width, frame.height);
}

/** Moves a block by a world-space vector. */
function moveByWorldDelta(core: EngineCore, record: BlockRecord, deltaX: number, deltaY: number): void {
  if (deltaX === 0 && deltaY === 0) return;
  const [localX, localY] = applyLinear(invert(parentWorldMatrixOf(core, record)), deltaX, deltaY);
  const frame = frameOf(record);
  writeValidated(core, record, 'position/x', frame.x + localX);
  writeValidated(core, record, 'position/y', frame.y + localY);
}

/**
 * Aligns blocks along x. One block aligns within its parent's frame; several align within their
 * common bounding box. Must run in a transaction.
 */
export function alignBlocks(core: EngineCore, records: readonly BlockRecord[], axis: 'x' | 'y', alignment: HorizontalAlignment | VerticalAlignment): void {
  let reference: Box | undefined;
  if (records.length === 1) {
    const parentId = core.parentOf(records[0]!);
    const parent = parentId === null ? undefined : core.blocks.get(parentId);
    if (!parent || parent.type === BlockType.scene) return;
    reference = globalBoundingBox(core, parent);
  } else {
    reference = unionBoxes(records.map((record) => globalBoundingBox(core, record)));
  }
  if (!reference) return;
  for (const record of records) {
    const box = globalBoundingBox(core, record);
    const start = axis === 'x' ? box.x : box.y;
    const size = axis === 'x' ? box.width : box.height;
    const referenceStart = axis === 'x' ? reference.x : reference.y;
    const referenceSize = axis === 'x' ? reference.width : reference.height;
    let target: number;
    if (alignment === 'Left' || alignment === 'Top') target = referenceStart;
    else if (alignment === 'Right' || alignment === 'Bottom') target = referenceStart + referenceSize - size;
    else target = referenceStart + (referenceSize - size) / 2;
    const delta = target - start;
    if (axis === 'x') moveByWorldDelta(core, record, delta, 0);
    else moveByWorldDelta(core, record, 0, delta);
  }
}

/** Spreads blocks so the gaps between their boxes are equal; the outermost two stay. Needs ≥ 3 blocks to move anything. */
export function distributeBlocks(core: EngineCore, records: readonly BlockRecord[], axis: 'x' | 'y'): void {
  const items = records.map((record) => ({ record, box: globalBoundingBox(core, record) }));
  const startOf = (box: Box): number => (axis === 'x' ? box.x : box.y);
  const sizeOf = (box: Box): number => (axis === 'x' ? box.width : box.height);
  items.sort((left, right) => startOf(left.box) - startOf(right.box) || left.record.id - right.record.id);
  if (items.length < 3) return;
  const first = items[0]!.box;
  const last = items[items.length - 1]!.box;
  const span = startOf(last) + sizeOf(last) - startOf(first);
  const occupied = items.reduce((sum, item) => sum + sizeOf(item.box), 0);
  const gap = (span - occupied) / (items.length - 1);
  let cursor = startOf(first) + sizeOf(first) + gap;
  for (let index = 1; index < items.length - 1; index += 1) {
    const item = items[index]!;
    const delta = cursor - startOf(item.box);
    if (axis === 'x') moveByWorldDelta(core, item.record, delta, 0);
    else moveByWorldDelta(core, item.record, 0, delta);
    cursor += sizeOf(item.box) + gap;
  }
}

/**
 * Groups blocks that share a parent: the group takes their bounding box in the parent's space and
 * the lowest z-index among them; children keep their order and look. Must run in a transaction.
 */
export function groupBlocks(core: EngineCore, records: readonly BlockRecord[]): BlockRecord {
  if (records.length === 0) throw new CesdkError('INVALID_VALUE', 'group needs at least one block');
  const parentId = core.parentOf(records[0]!);
  const parent = parentId === null ? undefined : core.blocks.get(parentId);
  if (!parent) throw new CesdkError('INVALID_VALUE', `block ${records[0]!.id} has no parent to group in`, { blockId: records[0]!.id });
  for (const record of records) {
    if (core.parentOf(record) !== parentId) throw new CesdkError('INVALID_VALUE', `blocks to group must share one parent; block ${record.id} does not`, { blockId: record.id });
    if (record.type !== BlockType.graphic && record.type !== BlockType.text && record.type !== BlockType.group) {
      throw new CesdkError('INVALID_VALUE', `block ${record.id} (${record.type}) cannot be grouped`, { blockId: record.id });
    }
  }
  const unique = [...new Set(records)];
  const siblings = core.childrenOf(parent);
  unique.sort((left, right) => siblings.indexOf(left.id) - siblings.indexOf(right.id));
  const box = unionBoxes(unique.map(boxInParent))!;
  const insertIndex = siblings.indexOf(unique[0]!.id);
  const group = core.createRecord(BlockType.group);
  for (const record of unique) {
    const frame = frameOf(record);
    detachFromParent(core, record);
    writeValidated(core, record, 'position/x', frame.x - box.x);
    writeValidated(core, record, 'position/y', frame.y - box.y);
    insertChild(core, group, record, core.childrenOf(group).length);
  }
  writeValidated(core, group, 'position/x', box.x);
  writeValidated(core, group, 'position/y', box.y);
  writeValidated(core, group, 'width', box.width);
  writeValidated(core, group, 'height', box.height);
  insertChild(core, parent, group, Math.min(insertIndex, core.childrenOf(parent).length));
  return group;
}

/** Dissolves a group: children move to its parent at its place, keeping their look. Returns them. */
export function ungroupBlock(core: EngineCore, group: BlockRecord): number[] {
  if (group.type !== BlockType.group) throw new CesdkError('INVALID_BLOCK', `block ${group.id} is not a group`, { blockId: group.id });
  const parentId = core.parentOf(group);
  const parent = parentId === null ? undefined : core.blocks.get(parentId);
  const groupMatrix = localMatrixOf(group);
  const groupRotation = frameOf(group).rotation;
  let insertIndex = parent ? core.childrenOf(parent).indexOf(group.id) : 0;
  const children = [...core.childrenOf(group)];
  for (const childId of children) {
    const child = core.blocks.get(childId)!;
    const frame = frameOf(child);
    const [centerX, centerY] = apply(groupMatrix, frame.x + frame.width / 2, frame.y + frame.height / 2);
    detachFromParent(core, child);
    writeValidated(core, child, 'position/x', centerX - frame.width / 2);
    writeValidated(core, child, 'position/y', centerY - frame.height / 2);
    if (groupRotation !== 0) writeValidated(core, child, 'rotation', frame.rotation + groupRotation);
    if (parent) {
      insertChild(core, parent, child, insertIndex + 1);
      insertIndex += 1;
    }
  }
  detachFromParent(core, group);
  core.destroyRecord(group);
  return children;
}

