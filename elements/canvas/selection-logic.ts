/**
 * Which block a click selects. A click on a block inside a group selects the group first; a second
 * click (the group already selected) or a double-click selects the child under the pointer; once a
 * child of a group is selected, clicks on its siblings select them directly (the group is "entered").
 */
import type { DesignBlockId, Engine } from '../../core/engine/index.js';

/**
 * The block a click on `path` (from the page's direct child down to the hit leaf, as `hitTest`
 * returns) should target, given the current selection. A double-click is two clicks, so it reaches
 * the child through the second click.
 */
export function clickTarget(engine: Engine, path: readonly DesignBlockId[]): DesignBlockId | undefined {
  if (path.length === 0) return undefined;
  const selected = new Set(engine.block.findAllSelected());
  // The deepest level whose parent group is "entered" (a selected block shares that parent, or the group itself is selected).
  let target = 0;
  for (let index = 0; index + 1 < path.length; index += 1) {
    const group = path[index]!;
    const siblingSelected = engine.block.getChildren(group).some((child) => selected.has(child));
    if (selected.has(group) || siblingSelected) target = index + 1;
  }
  return path[target];
}

/** Deselects every selected block. */
export function deselectAll(engine: Engine): void {
  for (const block of engine.block.findAllSelected()) engine.block.setSelected(block, false);
}

/** Whether a block may be selected (the `editor/select` scope). */
export function selectable(engine: Engine, block: DesignBlockId): boolean {
  try {
    return engine.block.isAllowedByScope(block, 'editor/select');
  } catch {
    return false;
  }
}

/**
 * Applies a click to the selection: Shift toggles the target; a plain click selects only the target
 * unless it is already selected (so a multi-selection can be dragged). Returns the resulting selection.
 */
export function applyClickSelection(engine: Engine, target: DesignBlockId, shift: boolean): DesignBlockId[] {
  if (!selectable(engine, target)) return engine.block.findAllSelected();
  if (shift) {
    const selected = engine.block.isSelected(target);
    // Selecting a child and its group together makes no sense: drop relatives first.
    if (!selected) {
      for (const other of engine.block.findAllSelected()) {
        if (isAncestor(engine, other, target) || isAncestor(engine, target, other)) engine.block.setSelected(other, false);
      }
    }
    engine.block.setSelected(target, !selected);
  } else if (!engine.block.isSelected(target)) {
    engine.block.select(target);
  }
  return engine.block.findAllSelected();
}

/** Whether `ancestor` is a (strict) ancestor of `block`. */
export function isAncestor(engine: Engine, ancestor: DesignBlockId, block: DesignBlockId): boolean {
  let current = engine.block.getParent(block);
  while (current !== null) {
    if (current === ancestor) return true;
    current = engine.block.getParent(current);
  }
  return false;
}
