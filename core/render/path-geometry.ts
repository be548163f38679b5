/**
 * Affine matrices and path commands, and the outlines of the built-in shapes as path commands in a
 * block's local box (0..width, 0..height): used by the shape kinds (./kinds/shapes.ts), and through
 * them by PDF, SVG and the direct painter.
 */

/** An affine matrix `[a, b, c, d, e, f]`: x' = a·x + c·y + e, y' = b·x + d·y + f (canvas order). */
export type Matrix = readonly [number, number, number, number, number, number];

/** The identity matrix. */
export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `left · right`: applies `right` first, then `left`. */
export function multiply(left: Matrix, right: Matrix): Matrix {
  const [a1, b1, c1, d1, e1, f1] = left;
  const [a2, b2, c2, d2, e2, f2] = right;
  return [a1 * a2 + c1 * b2, b1 * a2 + d1 * b2, a1 * c2 + c1 * d2, b1 * c2 + d1 * d2, a1 * e2 + c1 * f2 + e1, b1 * e2 + d1 * f2 + f1];
}

/** Applies `matrix` to the point (x, y). */
export function apply(matrix: Matrix, x: number, y: number): [number, number] {
  return [matrix[0] * x + matrix[2] * y + matrix[4], matrix[1] * x + matrix[3] * y + matrix[5]];
}

/** A translation matrix. */
export function translation(x: number, y: number): Matrix {
  return [1, 0, 0, 1, x, y];
}

/** A uniform or non-uniform scale matrix. */
export function scaling(x: number, y: number = x): Matrix {
  return [x, 0, 0, y, 0, 0];
}

/** One path command; coordinates are in the space the path was built in. */
export type PathCommand =
  | { op: 'M'; x: number; y: number }
  | { op: 'L'; x: number; y: number }
  | { op: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { op: 'Z' };

/** Applies `matrix` to every point of `path`. */
export function transformPath(path: readonly PathCommand[], matrix: Matrix): PathCommand[] {
  return path.map((command) => {
    if (command.op === 'Z') return command;
    if (command.op === 'C') {
      const [x1, y1] = apply(matrix, command.x1, command.y1);
      const [x2, y2] = apply(matrix, command.x2, command.y2);
      const [x, y] = apply(matrix, command.x, command.y);
      return { op: 'C', x1, y1, x2, y2, x, y };
    }
    const [x, y] = apply(matrix, command.x, command.y);
    return { op: command.op, x, y };
  });
}

/** Bézier handle length for a quarter circle of radius 1. */
const KAPPA = 0.5522847498307936;

/** A rectangle with per-corner radii (clamped to half the shorter side). */
export function roundedRectPath(width: number, height: number, radii: [number, number, number, number]): PathCommand[] {
  const limit = Math.min(width, height) / 2;
  const [tl, tr, br, bl] = radii.map((radius) => Math.max(0, Math.min(limit, radius))) as [number, number, number, number];
  const path: PathCommand[] = [{ op: 'M', x: tl, y: 0 }, { op: 'L', x: width - tr, y: 0 }];
  if (tr > 0) path.push({ op: 'C', x1: width - tr + tr * KAPPA, y1: 0, x2: width, y2: tr - tr * KAPPA, x: width, y: tr });
  path.push({ op: 'L', x: width, y: height - br });
  if (br > 0) path.push({ op: 'C', x1: width, y1: height - br + br * KAPPA, x2: width - br + br * KAPPA, y2: height, x: width - br, y: height });
  path.push({ op: 'L', x: bl, y: height });
  if (bl > 0) path.push({ op: 'C', x1: bl - bl * KAPPA, y1: height, x2: 0, y2: height - bl + bl * KAPPA, x: 0, y: height - bl });
  path.push({ op: 'L', x: 0, y: tl });
  if (tl > 0) path.push({ op: 'C', x1: 0, y1: tl - tl * KAPPA, x2: tl - tl * KAPPA, y2: 0, x: tl, y: 0 });
  path.push({ op: 'Z' });
  return path;
}

/** An ellipse filling the box, as four cubic arcs. */
export function ellipsePath(width: number, height: number): PathCommand[] {
  const rx = width / 2;
  const ry = height / 2;
  const kx = rx * KAPPA;
  const ky = ry * KAPPA;
  return [
    { op: 'M', x: width, y: ry },
    { op: 'C', x1: width, y1: ry + ky, x2: rx + kx, y2: height, x: rx, y: height },
    { op: 'C', x1: rx - kx, y1: height, x2: 0, y2: ry + ky, x: 0, y: ry },
    { op: 'C', x1: 0, y1: ry - ky, x2: rx - kx, y2: 0, x: rx, y: 0 },
    { op: 'C', x1: rx + kx, y1: 0, x2: width, y2: ry - ky, x: width, y: ry },
    { op: 'Z' },
  ];
}

/** A closed polygon through `points` given as fractions of the box. */
function polygonThrough(points: Array<[number, number]>, width: number, height: number): PathCommand[] {
  const path: PathCommand[] = points.map(([x, y], index) => ({ op: index === 0 ? 'M' : 'L', x: x * width, y: y * height }) as PathCommand);
  path.push({ op: 'Z' });
  return path;
}

/** A regular polygon with `sides` corners inscribed in the box, first corner at the top. */
export function polygonPath(width: number, height: number, sides: number): PathCommand[] {
  const count = Math.max(3, Math.round(sides));
  const points: Array<[number, number]> = [];
  for (let i = 0; i < count; i += 1) {
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / count;
    points.push([0.5 + 0.5 * Math.cos(angle), 0.5 + 0.5 * Math.sin(angle)]);
  }
  return polygonThrough(points, width, height);
}

/** A star with `points` tips inscribed in the box; `innerDiameter` is the inner radius as a fraction of the outer. */
export function starPath(width: number, height: number, tips: number, innerDiameter: number): PathCommand[] {
  const count = Math.max(3, Math.round(tips));
  const points: Array<[number, number]> = [];
  for (let i = 0; i < count * 2; i += 1) {
    const radius = i % 2 === 0 ? 0.5 : 0.5 * innerDiameter;
    const angle = -Math.PI / 2 + (i * Math.PI) / count;
    points.push([0.5 + radius * Math.cos(angle), 0.5 + radius * Math.sin(angle)]);
  }
  return polygonThrough(points, width, height);
}

