/**
 * Block geometry for the canvas's hit testing, handles and snapping, computed from engine state only.
 *
 * Conventions (the engine's, as in CE.SDK): `position/x|y` is the top-left corner of the block's
 * unrotated frame in its parent's coordinates, and `rotation` (radians) turns the frame about its
 * centre. Children of a page or a group are positioned relative to it; a page sits in the world at
 * its {@link PagePlacement} (pages in a column, from the renderer's `layoutPages`).
 */
import type { DesignBlockId, Engine } from '../../core/engine/index.js';
import type { PagePlacement } from '../../core/render/types.js';

/** A 2D point. */
export interface Point {
  x: number;
  y: number;
}

/** An axis-aligned rectangle. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An affine transform: `x' = a·x + c·y + e`, `y' = b·x + d·y + f`. */
export interface Matrix {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
}

/** The identity transform. */
export const IDENTITY: Matrix = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 };

/** `left · right` (apply `right` first). */
export function multiply(left: Matrix, right: Matrix): Matrix {
  return {
    a: left.a * right.a + left.c * right.b,
    b: left.b * right.a + left.d * right.b,
    c: left.a * right.c + left.c * right.d,
    d: left.b * right.c + left.d * right.d,
    e: left.a * right.e + left.c * right.f + left.e,
    f: left.b * right.e + left.d * right.f + left.f,
  };
}

/** The inverse transform (identity for a degenerate matrix, which cannot be inverted). */
export function invert(matrix: Matrix): Matrix {
  const determinant = matrix.a * matrix.d - matrix.b * matrix.c;
  if (determinant === 0 || !Number.isFinite(determinant)) return IDENTITY;
  return {
    a: matrix.d / determinant,
    b: -matrix.b / determinant,
    c: -matrix.c / determinant,
    d: matrix.a / determinant,
    e: (matrix.c * matrix.f - matrix.d * matrix.e) / determinant,
    f: (matrix.b * matrix.e - matrix.a * matrix.f) / determinant,
  };
}

/** Applies a transform to a point. */
export function apply(matrix: Matrix, point: Point): Point {
  return { x: matrix.a * point.x + matrix.c * point.y + matrix.e, y: matrix.b * point.x + matrix.d * point.y + matrix.f };
}

/** Applies only the linear part (for vectors such as drag deltas). */
export function applyVector(matrix: Matrix, vector: Point): Point {
  return { x: matrix.a * vector.x + matrix.c * vector.y, y: matrix.b * vector.x + matrix.d * vector.y };
}

/** A translation. */
export function translation(x: number, y: number): Matrix {
  return { a: 1, b: 0, c: 0, d: 1, e: x, f: y };
}

/** A rotation by `radians` about the origin. */
export function rotation(radians: number): Matrix {
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  return { a: cos, b: sin, c: -sin, d: cos, e: 0, f: 0 };
}

/** The transform of a frame at (x, y) of size width×height rotated about its centre. */
export function frameMatrix(x: number, y: number, width: number, height: number, radians: number): Matrix {
  if (radians === 0) return translation(x, y);
  const centre = translation(x + width / 2, y + height / 2);
  return multiply(multiply(centre, rotation(radians)), translation(-width / 2, -height / 2));
}

/** The block's transform relative to its parent (page, group). */
export function localMatrix(engine: Engine, block: DesignBlockId): Matrix {
  return frameMatrix(
    engine.block.getPositionX(block),
    engine.block.getPositionY(block),
    engine.block.getWidth(block),
    engine.block.getHeight(block),
    engine.block.getRotation(block),
  );
}

/** Page placements by page id, for quick lookup. */
export type PlacementMap = ReadonlyMap<DesignBlockId, PagePlacement>;

/** Indexes placements by page. */
export function placementMap(placements: readonly PagePlacement[]): PlacementMap {
  return new Map(placements.map((placement) => [placement.page, placement]));
}

/** The page that contains the block (the block itself for a page), or `undefined` when it is on none. */
export function pageOf(engine: Engine, block: DesignBlockId, placements: PlacementMap): DesignBlockId | undefined {
  let current: DesignBlockId | null = block;
  while (current !== null) {
    if (placements.has(current)) return current;
    current = engine.block.getParent(current);
  }
  return undefined;
}

/** The transform from the block's own coordinates (0..width, 0..height) to the world. */
export function worldMatrix(engine: Engine, block: DesignBlockId, placements: PlacementMap): Matrix {
  const placement = placements.get(block);
  if (placement !== undefined) return translation(placement.x, placement.y);
  const parent = engine.block.getParent(block);
  const parentMatrix = parent === null ? IDENTITY : worldMatrix(engine, parent, placements);
  return multiply(parentMatrix, localMatrix(engine, block));
}

/** The transform from the block's parent's coordinates to the world. */
export function parentWorldMatrix(engine: Engine, block: DesignBlockId, placements: PlacementMap): Matrix {
  const parent = engine.block.getParent(block);
  return parent === null ? IDENTITY : worldMatrix(engine, parent, placements);
}

/** A block's oriented frame in the world. */
export interface BlockFrame {
  readonly block: DesignBlockId;
  /** Block coordinates → world. */
  readonly matrix: Matrix;
  readonly width: number;
  readonly height: number;
  /** Corners in world coordinates: top-left, top-right, bottom-right, bottom-left. */
  readonly corners: readonly [Point, Point, Point, Point];
  /** The world rotation of the frame's x axis, in radians. */
  readonly rotation: number;
  /** The axis-aligned bounds of the corners, in world coordinates. */
  readonly bounds: Rect;
}

/** Computes a block's world frame. */
export function blockFrame(engine: Engine, block: DesignBlockId, placements: PlacementMap): BlockFrame {
  const matrix = worldMatrix(engine, block, placements);
  const width = engine.block.getWidth(block);
  const height = engine.block.getHeight(block);
  const corners: [Point, Point, Point, Point] = [
    apply(matrix, { x: 0, y: 0 }),
    apply(matrix, { x: width, y: 0 }),
    apply(matrix, { x: width, y: height }),
    apply(matrix, { x: 0, y: height }),
  ];
  return { block, matrix, width, height, corners, rotation: Math.atan2(matrix.b, matrix.a), bounds: boundsOf(corners) };
}

/** The axis-aligned bounds of points. */
export function boundsOf(points: readonly Point[]): Rect {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const point of points) {
    minX = Math.min(minX, point.x);
    minY = Math.min(minY, point.y);
    maxX = Math.max(maxX, point.x);
    maxY = Math.max(maxY, point.y);
  }
  if (minX === Infinity) return { x: 0, y: 0, width: 0, height: 0 };
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** The union of rectangles. */
export function unionRects(rects: readonly Rect[]): Rect {
  return boundsOf(rects.flatMap((rect) => [{ x: rect.x, y: rect.y }, { x: rect.x + rect.width, y: rect.y + rect.height }]));
}

/** Whether two rectangles overlap (touching counts). */
export function rectsIntersect(first: Rect, second: Rect): boolean {
  return first.x <= second.x + second.width && second.x <= first.x + first.width && first.y <= second.y + second.height && second.y <= first.y + first.height;
}

/** Whether a world point lies inside the block's (rotated) frame, with `tolerance` in world units. */
export function frameContains(frame: BlockFrame, point: Point, tolerance = 0): boolean {
  const local = apply(invert(frame.matrix), point);
  const scale = Math.hypot(frame.matrix.a, frame.matrix.b) || 1;
  const slack = tolerance / scale;
  return local.x >= -slack && local.y >= -slack && local.x <= frame.width + slack && local.y <= frame.height + slack;
}

/** Whether the block is drawn (visible itself; hidden ancestors are checked by the traversal). */
function isShown(engine: Engine, block: DesignBlockId): boolean {
  try {
    return engine.block.isVisible(block);
  } catch {
    return true;
  }
}

/** The block's type in short form (`graphic`, `text`, `group`, `page`, ...). */
export function shortType(engine: Engine, block: DesignBlockId): string {
  const type = engine.block.getType(block);
  return type.startsWith('//ly.img.ubq/') ? type.slice('//ly.img.ubq/'.length) : type;
}

/**
 * Finds the topmost block under a world point: returns the path from the page's direct child down to
 * the hit leaf (so a group and its hit child are both known), or `[]` when only a page or nothing is hit.
 * Later siblings are on top; invisible blocks are skipped; rotation is respected. The point is
 * brought into each parent's coordinates once, so a miss over 10,000 blocks costs a few reads each.
 */
export function hitTest(engine: Engine, placements: readonly PagePlacement[], point: Point, tolerance = 0, index?: HitIndex): DesignBlockId[] {
  for (let pageIndex = placements.length - 1; pageIndex >= 0; pageIndex -= 1) {
    const placement = placements[pageIndex]!;
    const local = { x: point.x - placement.x, y: point.y - placement.y };
    const candidates = index?.candidates(placement.page, local, tolerance);
    const path = hitChildren(engine, placement.page, local, tolerance, candidates);
    if (path.length > 0) return path;
  }
  return [];
}

/**
 * The world-axis-aligned bounds (in page coordinates) of every page's direct children, built once
 * and reused until the scene changes, so hovering over 10,000 blocks only tests the few whose bounds
 * contain the pointer. Build it lazily and drop it on every engine update.
 */
export class HitIndex {
  private readonly pages = new Map<DesignBlockId, { blocks: DesignBlockId[]; bounds: Float64Array }>();

  constructor(engine: Engine, placements: readonly PagePlacement[]) {
    const map = placementMap(placements.map((placement) => ({ ...placement, x: 0, y: 0 })));
    for (const placement of placements) {
      const blocks = engine.block.getChildren(placement.page);
      const bounds = new Float64Array(blocks.length * 4);
      blocks.forEach((block, position) => {
        const rect = selectionBounds(engine, [block], map);
        bounds.set([rect.x, rect.y, rect.x + rect.width, rect.y + rect.height], position * 4);
      });
      this.pages.set(placement.page, { blocks, bounds });
    }
  }

  /** The bounds of the page's children in world coordinates (for snapping), except `skip`. */
  childBounds(page: PagePlacement, skip: ReadonlySet<DesignBlockId>): Rect[] {
    const entry = this.pages.get(page.page);
    if (entry === undefined) return [];
    const rects: Rect[] = [];
    const { blocks, bounds } = entry;
    for (let position = 0; position < blocks.length; position += 1) {
      if (skip.has(blocks[position]!)) continue;
      const offset = position * 4;
      rects.push({ x: page.x + bounds[offset]!, y: page.y + bounds[offset + 1]!, width: bounds[offset + 2]! - bounds[offset]!, height: bounds[offset + 3]! - bounds[offset + 1]! });
    }
    return rects;
  }

  /** The page's children whose bounds contain the point (page coordinates), in z-order. */
  candidates(page: DesignBlockId, point: Point, tolerance: number): Set<DesignBlockId> | undefined {
    const entry = this.pages.get(page);
    if (entry === undefined) return undefined;
    const found = new Set<DesignBlockId>();
    const { blocks, bounds } = entry;
    // The exact test pads a rotated frame in its own axes, whose corners reach √2 × tolerance out.
    tolerance *= Math.SQRT2;
    for (let position = 0; position < blocks.length; position += 1) {
      const offset = position * 4;
      if (point.x >= bounds[offset]! - tolerance && point.y >= bounds[offset + 1]! - tolerance && point.x <= bounds[offset + 2]! + tolerance && point.y <= bounds[offset + 3]! + tolerance) {
        found.add(blocks[position]!);
      }
    }
    return found;
  }
}

/** `point` is in `parent`'s own coordinates; `tolerance` in the same units. */
function hitChildren(engine: Engine, parent: DesignBlockId, point: Point, tolerance: number, only?: ReadonlySet<DesignBlockId>): DesignBlockId[] {
  const children = engine.block.getChildren(parent);
  for (let index = children.length - 1; index >= 0; index -= 1) {
    const child = children[index]!;
    if (only !== undefined && !only.has(child)) continue;
    if (!isShown(engine, child)) continue;
    const x = engine.block.getPositionX(child);
    const y = engine.block.getPositionY(child);
    const width = engine.block.getWidth(child);
    const height = engine.block.getHeight(child);
    const radians = engine.block.getRotation(child);
    let local: Point;
    if (radians === 0) {
      local = { x: point.x - x, y: point.y - y };
    } else {
      local = apply(invert(frameMatrix(x, y, width, height, radians)), point);
    }
    if (shortType(engine, child) === 'group') {
      const inner = hitChildren(engine, child, local, tolerance);
      if (inner.length > 0) return [child, ...inner];
      continue;
    }
    if (local.x >= -tolerance && local.y >= -tolerance && local.x <= width + tolerance && local.y <= height + tolerance) return [child];
  }
  return [];
}

/** Blocks (page children, groups as a whole) whose frames intersect a world rectangle, for marquee selection. */
export function blocksInRect(engine: Engine, placements: readonly PagePlacement[], rect: Rect): DesignBlockId[] {
  const map = placementMap(placements);
  const found: DesignBlockId[] = [];
  for (const placement of placements) {
    for (const child of engine.block.getChildren(placement.page)) {
      if (!isShown(engine, child)) continue;
      if (rectsIntersect(selectionBounds(engine, [child], map), rect)) found.push(child);
    }
  }
  return found;
}

/** The world axis-aligned bounds of blocks; a group's bounds are those of its descendants. */
export function selectionBounds(engine: Engine, blocks: readonly DesignBlockId[], map: PlacementMap): Rect {
  const rects: Rect[] = [];
  const visit = (block: DesignBlockId): void => {
    if (shortType(engine, block) === 'group') {
      const children = engine.block.getChildren(block);
      if (children.length > 0) {
        for (const child of children) visit(child);
        return;
      }
    }
    rects.push(blockFrame(engine, block, map).bounds);
  };
  for (const block of blocks) visit(block);
  return unionRects(rects);
}
