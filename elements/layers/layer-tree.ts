/**
 * The layers panel's model: the block tree of a page flattened into rows, front-most first (the
 * engine keeps children back to front, the panel lists them the way designers read a stack), plus the
 * reorder and naming helpers. Reads the engine, never the DOM.
 */
import type { DesignBlockId, Engine } from '../../core/engine/index.js';

/** One visible row of the tree. */
export interface LayerRow {
  /** The block. */
  id: DesignBlockId;
  /** Depth, 1 for the page's direct children (ARIA `aria-level`). */
  level: number;
  /** The block's parent (the page for top-level rows). */
  parent: DesignBlockId;
  /** Whether the block has children that can be listed. */
  hasChildren: boolean;
  /** Whether those children are shown. */
  expanded: boolean;
  /** 1-based position among its siblings as listed (ARIA `aria-posinset`). */
  position: number;
  /** Number of listed siblings (ARIA `aria-setsize`). */
  siblingCount: number;
}

/** Block types whose children the panel lists. */
const CONTAINER_TYPES = new Set(['//ly.img.ubq/group', '//ly.img.ubq/page', '//ly.img.ubq/stack']);

/** The children a layer row shows for `id`, front-most first. */
export function listedChildren(engine: Engine, id: DesignBlockId): DesignBlockId[] {
  if (!CONTAINER_TYPES.has(engine.block.getType(id))) return [];
  return [...engine.block.getChildren(id)].reverse();
}

/** The page the panel shows: the engine's current page, else the first page, else `undefined`. */
export function currentPage(engine: Engine): DesignBlockId | undefined {
  if (engine.scene.get() === null) return undefined;
  const current = engine.scene.getCurrentPage();
  if (current !== null && current !== undefined && engine.block.isValid(current)) return current;
  const pages = engine.scene.getPages();
  return pages[0];
}

/** Flattens the tree under `page` into rows; a block in `collapsed` hides its children. */
export function flattenLayers(engine: Engine, page: DesignBlockId, collapsed: ReadonlySet<DesignBlockId>): LayerRow[] {
  const rows: LayerRow[] = [];
  const visit = (parent: DesignBlockId, level: number): void => {
    const children = listedChildren(engine, parent);
    children.forEach((id, index) => {
      const hasChildren = listedChildren(engine, id).length > 0;
      const expanded = hasChildren && !collapsed.has(id);
      rows.push({ id, level, parent, hasChildren, expanded, position: index + 1, siblingCount: children.length });
      if (expanded) visit(id, level + 1);
    });
  };
  visit(page, 1);
  return rows;
}

/**
 * The name a layer shows: its own name, else a readable default from its kind, type and shape (the
 * caller translates the returned key with `layers.type.<key>`).
 */
export function defaultNameKey(engine: Engine, id: DesignBlockId): string {
  const type = engine.block.getType(id).replace('//ly.img.ubq/', '');
  if (type === 'graphic') {
    const fill = safe(() => (engine.block.supportsFill(id) ? engine.block.getFill(id) : undefined));
    const fillType = fill !== undefined && fill !== null ? safe(() => engine.block.getType(fill)) ?? '' : '';
    if (engine.block.getKind(id) === 'sticker') return 'sticker';
    if (fillType.endsWith('fill/image')) return 'image';
    if (fillType.endsWith('fill/video')) return 'video';
    const shape = safe(() => (engine.block.supportsShape(id) ? engine.block.getShape(id) : undefined));
    const shapeType = shape !== undefined && shape !== null ? safe(() => engine.block.getType(shape)) ?? '' : '';
    const shapeName = shapeType.split('/').pop() ?? '';
    if (['rect', 'ellipse', 'polygon', 'star', 'line', 'vector_path'].includes(shapeName)) return shapeName;
    return 'graphic';
  }
  return ['text', 'group', 'page', 'audio'].includes(type) ? type : 'block';
}

function safe<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** Where a dragged layer lands relative to the row it is dropped on. */
export type DropPlacement = 'before' | 'after' | 'inside';

/**
 * Computes the engine parent and child index for dropping a layer on `target` (`before` = above it in
 * the list = in front of it). Returns `undefined` for a drop that would be a no-op or a cycle.
 */
export function dropDestination(
  engine: Engine,
  dragged: DesignBlockId,
  target: DesignBlockId,
  placement: DropPlacement,
): { parent: DesignBlockId; index: number } | undefined {
  if (dragged === target) return undefined;
  for (let ancestor = engine.block.getParent(target); ancestor !== null; ancestor = engine.block.getParent(ancestor)) {
    if (ancestor === dragged) return undefined;
  }
  // Indexes follow `engine.block.insertChild`: the position in the current children list (the dragged
  // block included), which the engine corrects when the block moves within the same parent.
  if (placement === 'inside') {
    if (!CONTAINER_TYPES.has(engine.block.getType(target))) return undefined;
    // Dropped onto a group: becomes its front-most child.
    return { parent: target, index: engine.block.getChildren(target).length };
  }
  const parent = engine.block.getParent(target);
  if (parent === null) return undefined;
  const targetIndex = engine.block.getChildren(parent).indexOf(target);
  // The list is front-most first, so "before" (above) means one index higher in the engine order.
  return { parent, index: placement === 'before' ? targetIndex + 1 : targetIndex };
}
