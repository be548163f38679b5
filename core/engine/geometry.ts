/** A 2D affine matrix [a b c d e f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = [number, number, number, number, number, number];

/** The identity matrix. */
export function identity(): Matrix {
  return [1, 0, 0, 1, 0, 0];
}

/** left × right (apply right first). */
export function multiply(left: Matrix, right: Matrix): Matrix {
  const [a1, b1, c1, d1, e1, f1] = left;
  const [a2, b2, c2, d2, e2, f2] = right;
  return [
    a1 * a2 + c1 * b2,
    b1 * a2 + d1 * b2,
    a1 * c2 + c1 * d2,
    b1 * c2 + d1 * d2,
    a1 * e2 + c1 * f2 + e1,
    b1 * e2 + d1 * f2 + f1,
  ];
}

/**
 * The local transform of a block: its unrotated top-left at (x, y) in the parent's space, rotated
 * by `rotation` radians around its own center.
 */
export function localMatrix(x: number, y: number, width: number, height: number, rotation: number): Matrix {
  if (rotation === 0) return [1, 0, 0, 1, x, y];
  const cos = Math.cos(rotation);
  const sin = Math.sin(rotation);
  const centerX = width / 2;
  const centerY = height / 2;
  // translate(x + cx, y + cy) · rotate · translate(-cx, -cy)
  return [cos, sin, -sin, cos, x + centerX - cos * centerX + sin * centerY, y + centerY - sin * centerX - cos * centerY];
}

/** Applies a matrix to a point. */
export function apply(matrix: Matrix, x: number, y: number): [number, number] {
  return [matrix[0] * x + matrix[2] * y + matrix[4], matrix[1] * x + matrix[3] * y + matrix[5]];
}

/** Applies only the linear part (for direction vectors). */
export function applyLinear(matrix: Matrix, x: number, y: number): [number, number] {
  return [matrix[0] * x + matrix[2] * y, matrix[1] * x + matrix[3] * y];
}

/** The inverse of a matrix (identity when singular). */
export function invert(matrix: Matrix): Matrix {
  const [a, b, c, d, e, f] = matrix;
  const determinant = a * d - b * c;
  if (determinant === 0) return identity();
  return [d / determinant, -b / determinant, -c / determinant, a / determinant, (c * f - d * e) / determinant, (b * e - a * f) / determinant];
}

/** An axis-aligned rectangle. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The axis-aligned box around the rectangle (0, 0, width, height) transformed by a matrix. */
export function transformedBox(matrix: Matrix, width: number, height: number): Box {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [cornerX, cornerY] of [[0, 0], [width, 0], [0, height], [width, height]] as const) {
    const [x, y] = apply(matrix, cornerX, cornerY);
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** The union of boxes (undefined for none). */
export function unionBoxes(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const box of boxes) {
    minX = Math.min(minX, box.x);
    minY = Math.min(minY, box.y);
    maxX = Math.max(maxX, box.x + box.width);
    maxY = Math.max(maxY, box.y + box.height);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
