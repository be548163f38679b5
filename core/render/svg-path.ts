/**
 * A small SVG path-data flattener (M L H V C S Q T A Z, absolute and relative) into polylines,
 * for `shape/vector_path/path`. Curves are sampled; arcs are converted exactly to centre form.
 * Malformed data stops at the first bad token and keeps what was read, like browsers do.
 */

/** One flattened subpath: x,y pairs, and whether it was closed with Z. */
export interface Polyline {
  points: number[];
  closed: boolean;
}

const TOKEN = /([MmLlHhVvCcSsQqTtAaZz])|(-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/g;
const CURVE_STEPS = 16;
/** Path commands read at most: bounds the work a hostile path can cause. */
const MAX_COMMANDS = 20_000;

function arcToPoints(x1: number, y1: number, rx: number, ry: number, angle: number, largeArc: boolean, sweep: boolean, x2: number, y2: number, out: number[]): void {
  // SVG spec F.6.5: endpoint to centre parameterisation.
  if (rx === 0 || ry === 0) {
    out.push(x2, y2);
    return;
  }
  rx = Math.abs(rx);
  ry = Math.abs(ry);
  const phi = (angle * Math.PI) / 180;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  const dx = (x1 - x2) / 2;
  const dy = (y1 - y2) / 2;
  const x1p = cos * dx + sin * dy;
  const y1p = -sin * dx + cos * dy;
  const lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
  if (lambda > 1) {
    rx *= Math.sqrt(lambda);
    ry *= Math.sqrt(lambda);
  }
  const numerator = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
  const denominator = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
  let factor = denominator === 0 ? 0 : Math.sqrt(Math.max(0, numerator / denominator));
  if (largeArc === sweep) factor = -factor;
  const cxp = (factor * rx * y1p) / ry;
  const cyp = (-factor * ry * x1p) / rx;
  const cx = cos * cxp - sin * cyp + (x1 + x2) / 2;
  const cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
  const angleOf = (ux: number, uy: number) => Math.atan2(uy, ux);
  const start = angleOf((x1p - cxp) / rx, (y1p - cyp) / ry);
  let delta = angleOf((-x1p - cxp) / rx, (-y1p - cyp) / ry) - start;
  if (sweep && delta < 0) delta += Math.PI * 2;
  if (!sweep && delta > 0) delta -= Math.PI * 2;
  const steps = Math.max(4, Math.ceil((Math.abs(delta) / (Math.PI * 2)) * 32));
  for (let step = 1; step <= steps; step += 1) {
    const t = start + (delta * step) / steps;
    const ex = rx * Math.cos(t);
    const ey = ry * Math.sin(t);
    out.push(cos * ex - sin * ey + cx, sin * ex + cos * ey + cy);
  }
}

/** Flattens SVG path data into polylines. */
export function flattenSvgPath(data: string): Polyline[] {
  const tokens: (string | number)[] = [];
  for (const match of data.matchAll(TOKEN)) tokens.push(match[1] ?? Number(match[2]));
  const result: Polyline[] = [];
  let current: Polyline | undefined;
  let x = 0, y = 0, startX = 0, startY = 0;
  let controlX = 0, controlY = 0;
  let command = '';
  let previous = '';
  let index = 0;
  const number = (): number | undefined => {
    const token = tokens[index];
    if (typeof token !== 'number') return undefined;
    index += 1;
    return token;
  };
  const ensure = () => {
    if (!current) {
      current = { points: [x, y], closed: false };
      result.push(current);
    }
    return current;
  };
  let total = 0;
  while (index < tokens.length && total < MAX_COMMANDS) {
    const token = tokens[index];
    if (typeof token === 'string') {
      command = token;
      index += 1;
    } else if (!command || command === 'Z' || command === 'z') {
      break;
    }
    const relative = command === command.toLowerCase();
    const upper = command.toUpperCase();
    const baseX = relative ? x : 0;
    const baseY = relative ? y : 0;
    if (upper === 'Z') {
      if (current) current.closed = true;
      x = startX;
      y = startY;
      current = undefined;
      previous = 'Z';
      continue;
    }
    const values: number[] = [];
    const needed = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7 }[upper] ?? 0;
    for (let count = 0; count < needed; count += 1) {
      const value = number();
      if (value === undefined) return result;
      values.push(value);
    }
    const points = upper === 'M' ? undefined : ensure().points;
    switch (upper) {
      case 'M':
        x = baseX + values[0]; y = baseY + values[1];
        startX = x; startY = y;
        current = { points: [x, y], closed: false };
        result.push(current);
        command = relative ? 'l' : 'L';
        break;
      case 'L': x = baseX + values[0]; y = baseY + values[1]; points!.push(x, y); break;
      case 'H': x = baseX + values[0]; points!.push(x, y); break;
      case 'V': y = baseY + values[0]; points!.push(x, y); break;
      case 'C': case 'S': case 'Q': case 'T': {
        let c1x: number, c1y: number, c2x: number, c2y: number, ex: number, ey: number;
        const reflect = (/[CS]/.test(upper) && /[CS]/.test(previous)) || (/[QT]/.test(upper) && /[QT]/.test(previous));
        const reflectedX = reflect ? 2 * x - controlX : x;
        const reflectedY = reflect ? 2 * y - controlY : y;
        if (upper === 'C') [c1x, c1y, c2x, c2y, ex, ey] = [baseX + values[0], baseY + values[1], baseX + values[2], baseY + values[3], baseX + values[4], baseY + values[5]];
        else if (upper === 'S') [c1x, c1y, c2x, c2y, ex, ey] = [reflectedX, reflectedY, baseX + values[0], baseY + values[1], baseX + values[2], baseY + values[3]];
        else if (upper === 'Q') [c1x, c1y, ex, ey] = [baseX + values[0], baseY + values[1], baseX + values[2], baseY + values[3]], c2x = c1x, c2y = c1y;
        else [c1x, c1y, ex, ey] = [reflectedX, reflectedY, baseX + values[0], baseY + values[1]], c2x = c1x, c2y = c1y;
        const quadratic = upper === 'Q' || upper === 'T';
        for (let step = 1; step <= CURVE_STEPS; step += 1) {
          const t = step / CURVE_STEPS;
          const u = 1 - t;
          if (quadratic) points!.push(u * u * x + 2 * u * t * c1x + t * t * ex, u * u * y + 2 * u * t * c1y + t * t * ey);
          else points!.push(u * u * u * x + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t * t * t * ex, u * u * u * y + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t * t * t * ey);
        }
        controlX = quadratic ? c1x : c2x;
        controlY = quadratic ? c1y : c2y;
        x = ex; y = ey;
        break;
      }
      case 'A': {
        const ex = baseX + values[5];
        const ey = baseY + values[6];
        arcToPoints(x, y, values[0], values[1], values[2], values[3] !== 0, values[4] !== 0, ex, ey, points!);
        x = ex; y = ey;
        break;
      }
    }
    previous = upper;
    total += 1;
  }
  return result.filter((line) => line.points.length >= 4);
}
