/**
 * What the editor's shortcuts and context menu do to the engine. Every action is one undo step, checks
 * the block scopes it needs (a denied block is skipped, never an exception into the page) and leaves a
 * sensible selection behind.
 */
import type { DesignBlockId, Engine } from '../../core/engine/index.js';
import { currentPageOf, PAGE_TYPE } from '../page-navigator/page-actions.js';
import { stepZoom } from '../shared/zoom.js';

/** Design units a block moves per arrow key, and with Shift. */
export const NUDGE_STEP = 1;
/** Design units a block moves per Shift+arrow key. */
export const NUDGE_STEP_LARGE = 10;
/** How far pasted and duplicated blocks are offset from their source, in design units. */
export const PASTE_OFFSET = 10;

const SCENE_TYPE = '//ly.img.ubq/scene';
const GROUP_TYPE = '//ly.img.ubq/group';

/** Selected blocks that are content (not the scene or a page). */
export function selectedContent(engine: Engine): DesignBlockId[] {
  return engine.block.findAllSelected().filter((id) => {
    const type = engine.block.getType(id);
    return type !== SCENE_TYPE && type !== PAGE_TYPE;
  });
}

function allowed(engine: Engine, id: DesignBlockId, scope: string): boolean {
  try {
    return engine.block.isAllowedByScope(id, scope);
  } catch {
    return false;
  }
}

/** Selects exactly `ids` (clears the selection when empty). */
export function selectOnly(engine: Engine, ids: readonly DesignBlockId[]): void {
  for (const id of engine.block.findAllSelected()) if (!ids.includes(id)) engine.block.setSelected(id, false);
  for (const id of ids) if (engine.block.isValid(id)) engine.block.setSelected(id, true);
}

/**
 * An in-memory clipboard for blocks. Copy remembers the blocks; cut keeps detached copies (so a paste
 * after the originals are gone still works); paste duplicates into the current page. Nothing is written
 * to the system clipboard: the design stays inside the editor.
 */
export class BlockClipboard {
  private entries: DesignBlockId[] = [];
  private detached = false;

  /** Whether something can be pasted. */
  hasContent(engine: Engine): boolean {
    return this.entries.some((id) => engine.block.isValid(id));
  }

  /** Remembers the selected blocks. Returns how many. */
  copy(engine: Engine): number {
    const ids = selectedContent(engine).filter((id) => allowed(engine, id, 'lifecycle/duplicate'));
    if (ids.length === 0) return 0;
    this.releaseDetached(engine);
    this.entries = ids;
    this.detached = false;
    return ids.length;
  }

  /** Keeps detached copies of the selected blocks and deletes them, as one undo step. */
  cut(engine: Engine): number {
    const ids = selectedContent(engine).filter((id) => allowed(engine, id, 'lifecycle/destroy'));
    if (ids.length === 0) return 0;
    this.releaseDetached(engine);
    engine.editor.transact('Cut', () => {
      this.entries = ids.map((id) => engine.block.duplicate(id, false));
      for (const id of ids) engine.block.destroy(id);
    });
    this.detached = true;
    return ids.length;
  }

  /** Pastes copies into the current page, offset when the source is visible there; selects them. */
  paste(engine: Engine): DesignBlockId[] {
    const sources = this.entries.filter((id) => engine.block.isValid(id));
    const page = currentPageOf(engine);
    if (sources.length === 0 || page === undefined) return [];
    const pasted = engine.editor.transact('Paste', () =>
      sources.map((source) => {
        const copy = engine.block.duplicate(source, false);
        engine.block.appendChild(page, copy);
        if (!this.detached) {
          engine.block.setPositionX(copy, engine.block.getPositionX(copy) + PASTE_OFFSET);
          engine.block.setPositionY(copy, engine.block.getPositionY(copy) + PASTE_OFFSET);
        }
        return copy;
      }),
    );
    selectOnly(engine, pasted);
    return pasted;
  }

  private releaseDetached(engine: Engine): void {
    // Detached cut copies live outside the scene tree until the next copy or cut replaces them.
    if (this.detached) for (const id of this.entries) if (engine.block.isValid(id) && engine.block.getParent(id) === null) {
      try {
        engine.block.destroy(id);
      } catch {
        // Already gone with an undo: nothing to release.
      }
    }
    this.entries = [];
  }
}

/** Duplicates the selected blocks next to themselves and selects the copies. */
export function duplicateSelection(engine: Engine): DesignBlockId[] {
  const ids = selectedContent(engine).filter((id) => allowed(engine, id, 'lifecycle/duplicate'));
  if (ids.length === 0) return [];
  const copies = engine.editor.transact('Duplicate', () =>
    ids.map((id) => {
      const copy = engine.block.duplicate(id);
      engine.block.setPositionX(copy, engine.block.getPositionX(id) + PASTE_OFFSET);
      engine.block.setPositionY(copy, engine.block.getPositionY(id) + PASTE_OFFSET);
      return copy;
    }),
  );
  selectOnly(engine, copies);
  return copies;
}

/** Deletes the selected blocks that may be deleted. Returns how many were deleted. */
export function deleteSelection(engine: Engine): number {
  const ids = selectedContent(engine).filter((id) => allowed(engine, id, 'lifecycle/destroy'));
  if (ids.length === 0) return 0;
  engine.editor.transact('Delete', () => {
    for (const id of ids) if (engine.block.isValid(id)) engine.block.destroy(id);
  });
  return ids.length;
}

/** Groups the selected blocks (two or more) and selects the group. */
export function groupSelection(engine: Engine): DesignBlockId | undefined {
  const ids = selectedContent(engine);
  if (ids.length < 2) return undefined;
  const group = engine.block.group(ids);
  selectOnly(engine, [group]);
  return group;
}

/** Ungroups the selected groups and selects their former children. */
export function ungroupSelection(engine: Engine): DesignBlockId[] {
  const groups = selectedContent(engine).filter((id) => engine.block.getType(id) === GROUP_TYPE);
  if (groups.length === 0) return [];
  const children = engine.editor.transact('Ungroup', () =>
    groups.flatMap((group) => {
      const members = engine.block.getChildren(group);
      engine.block.ungroup(group);
      return members;
    }),
  );
  selectOnly(engine, children);
  return children;
}

/** Selects every top-level block of the current page. */
export function selectAll(engine: Engine): DesignBlockId[] {
  const page = currentPageOf(engine);
  if (page === undefined) return [];
  const children = engine.block.getChildren(page).filter((id) => allowed(engine, id, 'editor/select'));
  selectOnly(engine, children);
  return children;
}

/** Moves the selected blocks by (dx, dy) design units, one undo step per call. */
export function nudgeSelection(engine: Engine, dx: number, dy: number): number {
  const ids = selectedContent(engine).filter((id) => allowed(engine, id, 'layer/move'));
  if (ids.length === 0) return 0;
  engine.editor.transact('Nudge', () => {
    for (const id of ids) {
      if (dx !== 0) engine.block.setPositionX(id, engine.block.getPositionX(id) + dx);
      if (dy !== 0) engine.block.setPositionY(id, engine.block.getPositionY(id) + dy);
    }
  });
  return ids.length;
}

/** The z-order moves of the context menu. */
export type OrderAction = 'bringToFront' | 'bringForward' | 'sendBackward' | 'sendToBack';

/** Changes the stacking order of the selected blocks. */
export function orderSelection(engine: Engine, action: OrderAction): void {
  const ids = selectedContent(engine);
  if (ids.length === 0) return;
  engine.editor.transact('Arrange', () => {
    for (const id of ids) engine.block[action](id);
  });
}

/** Steps the zoom in or out. */
export function zoomStep(engine: Engine, direction: 1 | -1): void {
  stepZoom(engine, direction);
}
