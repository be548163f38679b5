/**
 * Layer edits the panel performs, each one undo step: move (reorder or re-parent, keeping the block
 * where it is on the page), rename, show/hide and lock/unlock.
 */
import type { DesignBlockId, Engine } from '../../core/engine/index.js';

/**
 * The scopes a lock turns off. Selecting stays allowed, so a locked block can still be found and
 * unlocked from the layers panel or the context menu.
 */
export const LOCK_SCOPES: readonly string[] = [
  'layer/move',
  'layer/resize',
  'layer/rotate',
  'layer/flip',
  'layer/crop',
  'layer/opacity',
  'layer/blendMode',
  'layer/visibility',
  'fill/change',
  'stroke/change',
  'shape/change',
  'text/edit',
  'text/character',
  'appearance/adjustments',
  'appearance/filter',
  'appearance/effect',
  'appearance/blur',
  'appearance/shadow',
  'lifecycle/destroy',
  'lifecycle/duplicate',
];

/** Whether a block is locked: `transformLocked` is set or its move scope is off. */
export function isBlockLocked(engine: Engine, id: DesignBlockId): boolean {
  return engine.block.getBool(id, 'transformLocked') || !engine.block.isScopeEnabled(id, 'layer/move');
}

/**
 * Locks or unlocks a block as one undo step. A lock sets `transformLocked` (which the canvas obeys for
 * every role: no move, resize or rotate) and turns {@link LOCK_SCOPES} off (which binds the Adopter
 * role, CE.SDK's template lock). Changing scopes is the Creator's right, so for other roles the engine
 * refuses with `SCOPE_DENIED` and nothing changes.
 */
export function setBlockLocked(engine: Engine, id: DesignBlockId, locked: boolean): void {
  engine.editor.transact(locked ? 'Lock layer' : 'Unlock layer', () => {
    engine.block.setBool(id, 'transformLocked', locked);
    for (const scope of LOCK_SCOPES) engine.block.setScopeEnabled(id, scope, !locked);
  });
}

/** Shows or hides a block as one undo step. */
export function setBlockVisible(engine: Engine, id: DesignBlockId, visible: boolean): void {
  engine.editor.transact(visible ? 'Show layer' : 'Hide layer', () => engine.block.setVisible(id, visible));
}

/** Renames a block as one undo step (surrounding whitespace is dropped). */
export function renameBlock(engine: Engine, id: DesignBlockId, name: string): void {
  const trimmed = name.trim();
  if (trimmed === engine.block.getName(id)) return;
  engine.editor.transact('Rename layer', () => engine.block.setName(id, trimmed));
}

/**
 * Moves `block` to `index` among `parent`'s children (engine order, back to front) as one undo step.
 * When the parent changes, the block's position is corrected so it stays where it was on the page.
 */
export function moveBlock(engine: Engine, block: DesignBlockId, parent: DesignBlockId, index: number): void {
  engine.editor.transact('Reorder layer', () => {
    const previousParent = engine.block.getParent(block);
    const beforeX = engine.block.getGlobalBoundingBoxX(block);
    const beforeY = engine.block.getGlobalBoundingBoxY(block);
    engine.block.insertChild(parent, block, index);
    if (previousParent !== parent) {
      const afterX = engine.block.getGlobalBoundingBoxX(block);
      const afterY = engine.block.getGlobalBoundingBoxY(block);
      if (afterX !== beforeX) engine.block.setPositionX(block, engine.block.getPositionX(block) + beforeX - afterX);
      if (afterY !== beforeY) engine.block.setPositionY(block, engine.block.getPositionY(block) + beforeY - afterY);
    }
  });
}
