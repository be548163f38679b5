/**
 * Geometry for the vector exporters: affine matrices, block transforms through the hierarchy,
 * and shape outlines as path commands in a block's local box (0..width, 0..height).
 */
import type { DesignBlockId, Engine } from '../engine/index.js';
import { apply, multiply, type Matrix, type PathCommand } from '../render/path-geometry.js';

// Matrices and shape path builders live with the renderer's shape kinds (core/render/kinds/), which
// give PDF, SVG and the direct painter their outlines; the exporters take them from here as before.
export {
  apply, ellipsePath, IDENTITY, multiply, polygonPath, roundedRectPath, scaling, starPath, transformPath, translation,
  type Matrix, type PathCommand,
} from '../render/path-geometry.js';

/**
 * The transform of a frame (0..width, 0..height) whose unrotated top-left is at (x, y) in its
 * parent's space, rotated by `rotation` radians about its centre and flipped inside itself.
 */
export function frameMatrix(x: number, y: number, width: number, height: number, rotation: number, flipHorizontal: boolean, flipVertical: boolean): Matrix {
  const cos = Math.cos(rotation);
  const sin = Math.sin(rotation);
  const flipX = flipHorizontal ? -1 : 1;
  const flipY = flipVertical ? -1 : 1;
  const a = cos * flipX, b = sin * flipX, c = -sin * flipY, d = cos * flipY;
  // translate(x + w/2, y + h/2) · rotate · flip · translate(-w/2, -h/2)
  return [a, b, c, d, x + width / 2 - (a * width + c * height) / 2, y + height / 2 - (b * width + d * height) / 2];
}

/** Maps a block's local box (0..width, 0..height) into its parent's space ({@link frameMatrix}). */
export function localToParent(engine: Engine, block: DesignBlockId): Matrix {
  return frameMatrix(
    engine.block.getPositionX(block), engine.block.getPositionY(block), engine.block.getWidth(block), engine.block.getHeight(block),
    engine.block.getRotation(block), engine.block.getFlipHorizontal(block), engine.block.getFlipVertical(block),
  );
}

/** True for the block types whose coordinates start a new space (scene and page). */
export function isSpaceRoot(engine: Engine, block: DesignBlockId): boolean {
  const type = engine.block.getType(block);
  return type.endsWith('/page') || type.endsWith('/scene');
}

/** Maps a block's local box into its page's space, through every group above it. */
export function localToPage(engine: Engine, block: DesignBlockId): Matrix {
  let matrix = localToParent(engine, block);
  let parent = engine.block.getParent(block);
  while (parent != null && !isSpaceRoot(engine, parent)) {
    matrix = multiply(localToParent(engine, parent), matrix);
    parent = engine.block.getParent(parent);
  }
  return matrix;
}

/**
 * The axis-aligned box of a block's frame in its page's space (the renderer's `renderBlockToCanvas`
 * covers the same box), through groups, rotation and flips.
 */
export function frameBoxInPage(engine: Engine, block: DesignBlockId): { x: number; y: number; width: number; height: number } {
  const matrix = localToPage(engine, block);
  const width = engine.block.getWidth(block);
  const height = engine.block.getHeight(block);
  const corners = [apply(matrix, 0, 0), apply(matrix, width, 0), apply(matrix, 0, height), apply(matrix, width, height)];
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** Far beyond any page (PDF pages are at most 14,400 pt, SVG follows the design size). */
const OUTSIDE = 1e6;

/**
 * A box around everything: with a path added to it, the even-odd rule fills (or clips to) exactly
 * the outside of that path, holes included. Inner/outer strokes use it, as PDF and SVG strokes are centred.
 */
export const OUTSIDE_BOX: readonly PathCommand[] = [
  { op: 'M', x: -OUTSIDE, y: -OUTSIDE }, { op: 'L', x: OUTSIDE, y: -OUTSIDE },
  { op: 'L', x: OUTSIDE, y: OUTSIDE }, { op: 'L', x: -OUTSIDE, y: OUTSIDE }, { op: 'Z' },
];
