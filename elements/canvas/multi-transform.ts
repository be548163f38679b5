/**
 * Resizing and rotating a multi-selection through the handles of its common bounding box (world
 * axis-aligned). A resize scales every block's centre and size about the box's anchor; a rotation
 * turns every block's centre about the box's centre and adds the same angle to each rotation.
 * Blocks keep their own rotation while resizing, so a rotated block is stretched along its own axes.
 */
import { roundFrame } from './design-grid.js';
import type { DesignBlockId, Engine } from '../../core/engine/index.js';
import { apply, invert, parentWorldMatrix, type Matrix, type PlacementMap, type Point, type Rect } from './geometry.js';
import { normalizeAngle, resizeFrame, rotateFrame, type Frame, type HandleName, type TransformModifiers } from './transform.js';

/** The start state of a multi-selection transform. */
export interface MultiTransformStart {
  readonly box: Rect;
  readonly blocks: ReadonlyArray<{
    readonly block: DesignBlockId;
    readonly frame: Frame;
    /** The block's centre in world coordinates. */
    readonly centre: Point;
    readonly parent: Matrix;
    readonly parentInverse: Matrix;
  }>;
}

/** Records where every block starts. */
export function startMultiTransform(engine: Engine, blocks: readonly DesignBlockId[], box: Rect, placements: PlacementMap): MultiTransformStart {
  return {
    box,
    blocks: blocks.map((block) => {
      const frame: Frame = {
        x: engine.block.getPositionX(block),
        y: engine.block.getPositionY(block),
        width: engine.block.getWidth(block),
        height: engine.block.getHeight(block),
        rotation: engine.block.getRotation(block),
      };
      const parent = parentWorldMatrix(engine, block, placements);
      return { block, frame, centre: apply(parent, { x: frame.x + frame.width / 2, y: frame.y + frame.height / 2 }), parent, parentInverse: invert(parent) };
    }),
  };
}

function place(engine: Engine, entry: MultiTransformStart['blocks'][number], centre: Point, width: number, height: number, gridStep?: number): void {
  const local = apply(entry.parentInverse, centre);
  let frame = { x: local.x - width / 2, y: local.y - height / 2, width, height };
  if (gridStep !== undefined) frame = roundFrame(frame, gridStep);
  engine.block.setWidth(entry.block, frame.width);
  engine.block.setHeight(entry.block, frame.height);
  engine.block.setPositionX(entry.block, frame.x);
  engine.block.setPositionY(entry.block, frame.y);
}

/**
 * Applies a resize of the common box by dragging `handle` from `startPointer` to `pointer` (world);
 * with `gridStep`, each block's edges land on that grid.
 */
export function applyMultiResize(engine: Engine, start: MultiTransformStart, handle: Exclude<HandleName, 'rotate'>, startPointer: Point, pointer: Point, modifiers: TransformModifiers, gridStep?: number): void {
  const box: Frame = { ...start.box, rotation: 0 };
  const next = resizeFrame(box, handle, startPointer, pointer, modifiers);
  const scaleX = box.width > 0 ? next.width / box.width : 1;
  const scaleY = box.height > 0 ? next.height / box.height : 1;
  for (const entry of start.blocks) {
    const centre = { x: next.x + (entry.centre.x - box.x) * scaleX, y: next.y + (entry.centre.y - box.y) * scaleY };
    place(engine, entry, centre, Math.max(1, entry.frame.width * scaleX), Math.max(1, entry.frame.height * scaleY), gridStep);
  }
}

/** Applies a rotation of the common box about its centre; Shift snaps the swept angle to 15°. */
export function applyMultiRotate(engine: Engine, start: MultiTransformStart, startPointer: Point, pointer: Point, modifiers: Pick<TransformModifiers, 'shift'>): void {
  const box: Frame = { ...start.box, rotation: 0 };
  const angle = rotateFrame(box, startPointer, pointer, modifiers);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const centreX = box.x + box.width / 2;
  const centreY = box.y + box.height / 2;
  for (const entry of start.blocks) {
    const dx = entry.centre.x - centreX;
    const dy = entry.centre.y - centreY;
    const centre = { x: centreX + dx * cos - dy * sin, y: centreY + dx * sin + dy * cos };
    place(engine, entry, centre, entry.frame.width, entry.frame.height);
    engine.block.setRotation(entry.block, normalizeAngle(entry.frame.rotation + angle));
  }
}
