/**
 * Snapping of resized edges: while a handle of an unrotated block (in an unrotated parent) is
 * dragged, the moving edges snap to the page's and the siblings' edge and centre lines.
 */
import type { DesignBlockId, Engine } from '../../core/engine/index.js';
import { pageOf, placementMap, type Matrix, type Point, type Rect } from './geometry.js';
import type { Guide } from './snap-settings.js';
import { prepareSnapTargets, snapEdge, type SnapTargets } from './snapping.js';
import type { CanvasSurface } from './surface.js';
import type { Frame, HandleName } from './transform.js';

/** Prepared targets of one resize, with the parent's offset in the world. */
export interface ResizeSnap {
  readonly targets: SnapTargets;
  readonly offset: Point;
}

/**
 * Edge snapping while resizing applies to unrotated blocks whose parent is not rotated (the
 * edges are then world-axis lines); other resizes do not snap.
 */
export function resizeSnapTargets(surface: Pick<CanvasSurface, 'placements' | 'hitIndex'>, engine: Engine, block: DesignBlockId, frame: Frame, parentInverse: Matrix): ResizeSnap | undefined {
  if (frame.rotation !== 0 || parentInverse.b !== 0 || parentInverse.c !== 0 || parentInverse.a !== 1 || parentInverse.d !== 1) return undefined;
  const placements = surface.placements();
  const page = pageOf(engine, block, placementMap(placements));
  const placement = placements.find((entry) => entry.page === page);
  if (placement === undefined) return undefined;
  const skip = new Set<DesignBlockId>([block]);
  for (let parent = engine.block.getParent(block); parent !== null && parent !== page; parent = engine.block.getParent(parent)) skip.add(parent);
  const others = surface.hitIndex()?.childBounds(placement, skip) ?? [];
  const pageRect = { x: placement.x, y: placement.y, width: placement.width, height: placement.height };
  return { targets: prepareSnapTargets(pageRect, others), offset: { x: -parentInverse.e, y: -parentInverse.f } };
}

/**
 * Moves the dragged edges of `frame` (parent coordinates, changed in place) onto nearby lines;
 * returns the guides to show.
 */
export function snapResize(frame: Frame, handle: HandleName, snap: ResizeSnap, threshold: number): Guide[] {
  const guides: Array<(moved: Rect) => Guide> = [];
  const horizontal = handle.includes('e') ? 'right' : handle.includes('w') ? 'left' : undefined;
  const vertical = handle.includes('s') ? 'bottom' : handle.includes('n') ? 'top' : undefined;
  if (horizontal !== undefined) {
    const edge = snap.offset.x + frame.x + (horizontal === 'right' ? frame.width : 0);
    const hit = snapEdge(edge, 'x', snap.targets, threshold);
    if (hit !== undefined && frame.width + (horizontal === 'right' ? hit.delta : -hit.delta) >= 1) {
      if (horizontal === 'right') frame.width += hit.delta;
      else {
        frame.x += hit.delta;
        frame.width -= hit.delta;
      }
      guides.push(hit.guide);
    }
  }
  if (vertical !== undefined) {
    const edge = snap.offset.y + frame.y + (vertical === 'bottom' ? frame.height : 0);
    const hit = snapEdge(edge, 'y', snap.targets, threshold);
    if (hit !== undefined && frame.height + (vertical === 'bottom' ? hit.delta : -hit.delta) >= 1) {
      if (vertical === 'bottom') frame.height += hit.delta;
      else {
        frame.y += hit.delta;
        frame.height -= hit.delta;
      }
      guides.push(hit.guide);
    }
  }
  const moved = { x: snap.offset.x + frame.x, y: snap.offset.y + frame.y, width: frame.width, height: frame.height };
  return guides.map((guide) => guide(moved));
}
