/**
 * Snapping for moves on the canvas: the moving selection's edges and centre snap to the page's edges
 * and centre, to other blocks' edges and centres, and to equal spacing between neighbours. Pure: it
 * gets rectangles in world units and returns the correction and the guides to draw.
 *
 * The threshold comes from the engine setting {@link SNAPPING_THRESHOLD_SETTING}, in screen pixels,
 * and is divided by the zoom so snapping feels the same at every zoom.
 */
import type { Rect } from './geometry.js';
import type { Guide } from './snap-settings.js';

export { DEFAULT_SNAPPING_THRESHOLD, SNAPPING_ENABLED_SETTING, SNAPPING_THRESHOLD_SETTING, type Guide } from './snap-settings.js';

/** The result of {@link snapMove}. */
export interface SnapResult {
  /** The correction to add to the proposed move, in world units. */
  readonly dx: number;
  readonly dy: number;
  readonly guides: Guide[];
}

interface Line {
  value: number;
  kind: 'edge' | 'center';
  rect: Rect;
}

interface AxisCandidate {
  delta: number;
  guides: (moved: Rect) => Guide[];
}

type Axis = 'x' | 'y';

function start(rect: Rect, axis: Axis): number {
  return axis === 'x' ? rect.x : rect.y;
}

function size(rect: Rect, axis: Axis): number {
  return axis === 'x' ? rect.width : rect.height;
}

function crossStart(rect: Rect, axis: Axis): number {
  return axis === 'x' ? rect.y : rect.x;
}

function crossSize(rect: Rect, axis: Axis): number {
  return axis === 'x' ? rect.height : rect.width;
}

function linesOf(rect: Rect, axis: Axis): Line[] {
  const origin = start(rect, axis);
  const length = size(rect, axis);
  return [
    { value: origin, kind: 'edge', rect },
    { value: origin + length / 2, kind: 'center', rect },
    { value: origin + length, kind: 'edge', rect },
  ];
}

function lineGuide(axis: Axis, value: number, kind: 'edge' | 'center', first: Rect, second: Rect): Guide {
  const from = Math.min(crossStart(first, axis), crossStart(second, axis));
  const to = Math.max(crossStart(first, axis) + crossSize(first, axis), crossStart(second, axis) + crossSize(second, axis));
  return { orientation: axis === 'x' ? 'vertical' : 'horizontal', position: value, from, to, kind };
}

/** Edge and centre lines of the targets along one axis, sorted by position (for binary search). */
interface SortedLines {
  readonly values: Float64Array;
  readonly kinds: Uint8Array;
  readonly rects: readonly Rect[];
}

function sortLines(targets: readonly Rect[], axis: Axis): SortedLines {
  const entries: Array<{ value: number; kind: number; rect: Rect }> = [];
  for (const rect of targets) {
    for (const line of linesOf(rect, axis)) entries.push({ value: line.value, kind: line.kind === 'center' ? 1 : 0, rect });
  }
  entries.sort((first, second) => first.value - second.value);
  return {
    values: Float64Array.from(entries, (entry) => entry.value),
    kinds: Uint8Array.from(entries, (entry) => entry.kind),
    rects: entries.map((entry) => entry.rect),
  };
}

function lowerBound(values: Float64Array, target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

function alignmentCandidates(moving: Rect, lines: SortedLines, axis: Axis, threshold: number): AxisCandidate[] {
  let best: AxisCandidate | undefined;
  for (const movingLine of linesOf(moving, axis)) {
    for (let index = lowerBound(lines.values, movingLine.value - threshold); index < lines.values.length; index += 1) {
      const value = lines.values[index]!;
      if (value > movingLine.value + threshold) break;
      const delta = value - movingLine.value;
      if (best !== undefined && Math.abs(delta) >= Math.abs(best.delta) - 1e-9) continue;
      const kind = lines.kinds[index] === 1 && movingLine.kind === 'center' ? 'center' : 'edge';
      const target = lines.rects[index]!;
      best = { delta, guides: (moved) => [lineGuide(axis, value, kind, moved, target)] };
    }
  }
  return best === undefined ? [] : [best];
}

/** Gap markers: a guide across the middle of the shared cross range, spanning the gap. */
function gapGuide(axis: Axis, from: number, to: number, first: Rect, second: Rect): Guide {
  const crossFrom = Math.max(crossStart(first, axis), crossStart(second, axis));
  const crossTo = Math.min(crossStart(first, axis) + crossSize(first, axis), crossStart(second, axis) + crossSize(second, axis));
  const middle = crossFrom <= crossTo ? (crossFrom + crossTo) / 2 : (crossStart(first, axis) + crossSize(first, axis) / 2);
  // A gap along x is drawn as a horizontal segment at the middle of the shared vertical range.
  return { orientation: axis === 'x' ? 'horizontal' : 'vertical', position: middle, from, to, kind: 'spacing' };
}

function spacingCandidates(moving: Rect, others: readonly Rect[], axis: Axis, threshold: number): AxisCandidate[] {
  const movingCrossStart = crossStart(moving, axis);
  const movingCrossEnd = movingCrossStart + crossSize(moving, axis);
  const row = others
    .filter((rect) => crossStart(rect, axis) < movingCrossEnd && crossStart(rect, axis) + crossSize(rect, axis) > movingCrossStart)
    .sort((first, second) => start(first, axis) - start(second, axis));
  const candidates: AxisCandidate[] = [];
  const length = size(moving, axis);
  const origin = start(moving, axis);
  const end = (rect: Rect): number => start(rect, axis) + size(rect, axis);
  for (let index = 0; index + 1 < row.length; index += 1) {
    const first = row[index]!;
    const second = row[index + 1]!;
    const gap = start(second, axis) - end(first);
    if (gap <= 0) continue;
    // Continue the pattern after the pair, before it, or centre between two neighbours.
    const after = end(second) + gap;
    const before = start(first, axis) - gap - length;
    for (const [target, anchor] of [
      [after, second],
      [before, first],
    ] as const) {
      const delta = target - origin;
      if (Math.abs(delta) > threshold) continue;
      candidates.push({
        delta,
        guides: (moved) => {
          const nearStart = target > start(anchor, axis) ? end(anchor) : target + length;
          const nearEnd = target > start(anchor, axis) ? target : start(anchor, axis);
          return [
            gapGuide(axis, Math.min(nearStart, nearEnd), Math.max(nearStart, nearEnd), moved, anchor),
            gapGuide(axis, end(first), start(second, axis), first, second),
          ];
        },
      });
    }
  }
  for (let index = 0; index + 1 < row.length; index += 1) {
    const first = row[index]!;
    const second = row[index + 1]!;
    const free = start(second, axis) - end(first) - length;
    if (free <= 0) continue;
    const target = end(first) + free / 2;
    const delta = target - origin;
    if (Math.abs(delta) > threshold) continue;
    candidates.push({
      delta,
      guides: (moved) => [
        gapGuide(axis, end(first), start(moved, axis), first, moved),
        gapGuide(axis, start(moved, axis) + length, start(second, axis), moved, second),
      ],
    });
  }
  return candidates;
}

function best(candidates: AxisCandidate[]): AxisCandidate | undefined {
  let chosen: AxisCandidate | undefined;
  for (const candidate of candidates) {
    if (chosen === undefined || Math.abs(candidate.delta) < Math.abs(chosen.delta) - 1e-9) chosen = candidate;
  }
  return chosen;
}

/** Snap targets prepared once per drag: sorted edge and centre lines per axis, and the neighbours. */
export interface SnapTargets {
  readonly others: readonly Rect[];
  readonly xLines: SortedLines;
  readonly yLines: SortedLines;
}

/** Prepares the targets of a drag: the page (edges and centre) and the other blocks' bounds. */
export function prepareSnapTargets(page: Rect | undefined, others: readonly Rect[]): SnapTargets {
  const targets = page === undefined ? [...others] : [page, ...others];
  return { others, xLines: sortLines(targets, 'x'), yLines: sortLines(targets, 'y') };
}

/**
 * Snaps a moving rectangle against prepared targets. Returns the correction per axis (0 when
 * nothing is within `threshold`, in world units) and the guides for the snapped position.
 * Alignment lookups are binary searches, so a drag among 10,000 blocks stays cheap per move.
 */
export function snapToTargets(moving: Rect, targets: SnapTargets, threshold: number): SnapResult {
  if (!(threshold > 0)) return { dx: 0, dy: 0, guides: [] };
  const bestX = best([...alignmentCandidates(moving, targets.xLines, 'x', threshold), ...spacingCandidates(moving, targets.others, 'x', threshold)]);
  const bestY = best([...alignmentCandidates(moving, targets.yLines, 'y', threshold), ...spacingCandidates(moving, targets.others, 'y', threshold)]);
  const dx = bestX?.delta ?? 0;
  const dy = bestY?.delta ?? 0;
  const moved: Rect = { x: moving.x + dx, y: moving.y + dy, width: moving.width, height: moving.height };
  const guides = [...(bestX?.guides(moved) ?? []), ...(bestY?.guides(moved) ?? [])];
  return { dx, dy, guides };
}

/**
 * Snaps one edge being resized (world position `value` on `axis`) to the nearest target line within
 * `threshold`. Returns the correction and the guide across `moved` (the resized rectangle after the
 * correction is applied by the caller) and the target, or `undefined` when nothing is near.
 */
export function snapEdge(value: number, axis: 'x' | 'y', targets: SnapTargets, threshold: number): { delta: number; guide: (moved: Rect) => Guide } | undefined {
  if (!(threshold > 0)) return undefined;
  const lines = axis === 'x' ? targets.xLines : targets.yLines;
  let best: { delta: number; guide: (moved: Rect) => Guide } | undefined;
  for (let index = lowerBound(lines.values, value - threshold); index < lines.values.length; index += 1) {
    const line = lines.values[index]!;
    if (line > value + threshold) break;
    const delta = line - value;
    if (best !== undefined && Math.abs(delta) >= Math.abs(best.delta)) continue;
    const target = lines.rects[index]!;
    best = { delta, guide: (moved) => lineGuide(axis, line, 'edge', moved, target) };
  }
  return best;
}

/**
 * Snaps a moving rectangle. `page` is the page it is on (edges and centre), `others` the other
 * blocks' bounds on that page. A one-off form of {@link snapToTargets}.
 */
export function snapMove(moving: Rect, page: Rect | undefined, others: readonly Rect[], threshold: number): SnapResult {
  return snapToTargets(moving, prepareSnapTargets(page, others), threshold);
}
