/**
 * Parses the SVG path subset of `shape/vector_path/path` into {@link PathCommand}s:
 * M, L, H, V, C, S, Q, T, A and Z, absolute and relative. Quadratics become cubics; arcs become
 * cubic segments. A malformed path yields the commands parsed up to the error.
 */
import type { PathCommand } from './path-geometry.js';

const TOKEN = /([MLHVCSQTAZmlhvcsqtaz])|(-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/g;
/** Path commands read at most: bounds the work a hostile path can cause. */
const MAX_COMMANDS = 20_000;

/** Converts one SVG arc (endpoint form) into cubic commands. */
function arcToCubics(x0: number, y0: number, rxIn: number, ryIn: number, angle: number, large: boolean, sweep: boolean, x: number, y: number): PathCommand[] {
  let rx = Math.abs(rxIn);
  let ry = Math.abs(ryIn);
  if (rx === 0 || ry === 0 || (x0 === x && y0 === y)) return [{ op: 'L', x, y }];
  const phi = (angle * Math.PI) / 180;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  const dx = (x0 - x) / 2;
  const dy = (y0 - y) / 2;
  const x1 = cos * dx + sin * dy;
  const y1 = -sin * dx + cos * dy;
  const lambda = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry);
  if (lambda > 1) {
    rx *= Math.sqrt(lambda);
    ry *= Math.sqrt(lambda);
  }
  const numerator = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
  const denominator = rx * rx * y1 * y1 + ry * ry * x1 * x1;
  const factor = (large === sweep ? -1 : 1) * Math.sqrt(Math.max(0, numerator / denominator));
  const cx1 = (factor * rx * y1) / ry;
  const cy1 = (-factor * ry * x1) / rx;
  const cx = cos * cx1 - sin * cy1 + (x0 + x) / 2;
  const cy = sin * cx1 + cos * cy1 + (y0 + y) / 2;
  const angleOf = (ux: number, uy: number, vx: number, vy: number): number => Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
  const start = angleOf(1, 0, (x1 - cx1) / rx, (y1 - cy1) / ry);
  let delta = angleOf((x1 - cx1) / rx, (y1 - cy1) / ry, (-x1 - cx1) / rx, (-y1 - cy1) / ry);
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  const segments = Math.ceil(Math.abs(delta) / (Math.PI / 2));
  const step = delta / segments;
  const handle = (4 / 3) * Math.tan(step / 4);
  const point = (theta: number): [number, number] => [
    cx + rx * Math.cos(theta) * cos - ry * Math.sin(theta) * sin,
    cy + rx * Math.cos(theta) * sin + ry * Math.sin(theta) * cos,
  ];
  const derivative = (theta: number): [number, number] => [
    -rx * Math.sin(theta) * cos - ry * Math.cos(theta) * sin,
    -rx * Math.sin(theta) * sin + ry * Math.cos(theta) * cos,
  ];
  const commands: PathCommand[] = [];
  for (let i = 0; i < segments; i += 1) {
    const a = start + i * step;
    const b = a + step;
    const [ax, ay] = point(a);
    const [bx, by] = point(b);
    const [dax, day] = derivative(a);
    const [dbx, dby] = derivative(b);
    commands.push({ op: 'C', x1: ax + handle * dax, y1: ay + handle * day, x2: bx - handle * dbx, y2: by - handle * dby, x: bx, y: by });
  }
  return commands;
}

/** Parses `data` (an SVG path string) into absolute commands. */
export function parseSvgPath(data: string): PathCommand[] {
  const tokens = [...data.matchAll(TOKEN)].map((match) => match[0]);
  const commands: PathCommand[] = [];
  let index = 0;
  let command = '';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let controlX = 0;
  let controlY = 0;
  let previous = '';
  const number = (): number => {
    const token = tokens[index];
    if (token === undefined || /[a-z]/i.test(token)) throw new Error('number expected');
    index += 1;
    return Number(token);
  };
  try {
    for (let count = 0; index < tokens.length && count < MAX_COMMANDS; count += 1) {
      if (/[a-z]/i.test(tokens[index]!)) command = tokens[index++]!;
      // Numbers after Z (or before any command) are malformed: stop there.
      else if (command === '' || command === 'Z' || command === 'z') break;
      const relative = command === command.toLowerCase();
      const ox = relative ? x : 0;
      const oy = relative ? y : 0;
      switch (command.toUpperCase()) {
        case 'M':
          x = ox + number();
          y = oy + number();
          commands.push({ op: 'M', x, y });
          startX = x;
          startY = y;
          command = relative ? 'l' : 'L';
          break;
        case 'L':
          x = ox + number();
          y = oy + number();
          commands.push({ op: 'L', x, y });
          break;
        case 'H':
          x = ox + number();
          commands.push({ op: 'L', x, y });
          break;
        case 'V':
          y = oy + number();
          commands.push({ op: 'L', x, y });
          break;
        case 'C': {
          const x1 = ox + number(); const y1 = oy + number();
          controlX = ox + number(); controlY = oy + number();
          x = ox + number(); y = oy + number();
          commands.push({ op: 'C', x1, y1, x2: controlX, y2: controlY, x, y });
          break;
        }
        case 'S': {
          const reflect = /[CS]/i.test(previous);
          const x1 = reflect ? 2 * x - controlX : x;
          const y1 = reflect ? 2 * y - controlY : y;
          controlX = ox + number(); controlY = oy + number();
          x = ox + number(); y = oy + number();
          commands.push({ op: 'C', x1, y1, x2: controlX, y2: controlY, x, y });
          break;
        }
        case 'Q':
        case 'T': {
          let qx: number;
          let qy: number;
          if (command.toUpperCase() === 'Q') {
            qx = ox + number();
            qy = oy + number();
          } else {
            const reflect = /[QT]/i.test(previous);
            qx = reflect ? 2 * x - controlX : x;
            qy = reflect ? 2 * y - controlY : y;
          }
          const endX = ox + number();
          const endY = oy + number();
          commands.push({ op: 'C', x1: x + (2 / 3) * (qx - x), y1: y + (2 / 3) * (qy - y), x2: endX + (2 / 3) * (qx - endX), y2: endY + (2 / 3) * (qy - endY), x: endX, y: endY });
          controlX = qx;
          controlY = qy;
          x = endX;
          y = endY;
          break;
        }
        case 'A': {
          const rx = number(); const ry = number(); const rotation = number();
          const large = number() !== 0; const sweep = number() !== 0;
          const endX = ox + number(); const endY = oy + number();
          commands.push(...arcToCubics(x, y, rx, ry, rotation, large, sweep, endX, endY));
          x = endX;
          y = endY;
          break;
        }
        case 'Z':
          commands.push({ op: 'Z' });
          x = startX;
          y = startY;
          break;
        default:
          return commands;
      }
      previous = command;
    }
  } catch {
    // A malformed tail is dropped; what was parsed so far is kept, as browsers do.
  }
  return commands;
}
