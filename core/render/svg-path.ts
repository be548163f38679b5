/**
 * Flattens SVG path data (`shape/vector_path/path`) into polylines for the canvas, dashes and hit
 * tests. It reads the path with the one SVG path parser ({@link parseSvgPath}: M L H V C S Q T A Z,
 * absolute and relative, quadratics and arcs as cubics) and samples each cubic. Malformed data stops
 * at the first bad token and keeps what was read, as browsers do.
 */
import { parseSvgPath } from './svg-path-commands.js';

/** One flattened subpath: x,y pairs, and whether it was closed with Z. */
export interface Polyline {
  points: number[];
  closed: boolean;
}

const CURVE_STEPS = 16;

/** Flattens SVG path data into polylines; subpaths with fewer than two points are dropped. */
export function flattenSvgPath(data: string): Polyline[] {
  const result: Polyline[] = [];
  let current: Polyline | undefined;
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  const open = (): Polyline => {
    if (!current) {
      current = { points: [x, y], closed: false };
      result.push(current);
    }
    return current;
  };
  for (const command of parseSvgPath(data)) {
    if (command.op === 'M') {
      x = startX = command.x;
      y = startY = command.y;
      current = { points: [x, y], closed: false };
      result.push(current);
    } else if (command.op === 'L') {
      x = command.x;
      y = command.y;
      open().points.push(x, y);
    } else if (command.op === 'C') {
      const points = open().points;
      for (let step = 1; step <= CURVE_STEPS; step += 1) {
        const t = step / CURVE_STEPS;
        const u = 1 - t;
        const [a, b, c, d] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
        points.push(a * x + b * command.x1 + c * command.x2 + d * command.x, a * y + b * command.y1 + c * command.y2 + d * command.y);
      }
      x = command.x;
      y = command.y;
    } else {
      if (current) current.closed = true;
      x = startX;
      y = startY;
      current = undefined;
    }
  }
  return result.filter((line) => line.points.length >= 4);
}
