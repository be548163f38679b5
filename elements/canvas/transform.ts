/**
 * The math of the selection handles: where the eight resize handles and the rotate handle sit, which
 * cursor each shows (rotated with the block), and the frame a resize or rotate drag produces.
 * Pure functions over frames in the block's parent coordinates.
 */
import { apply, frameMatrix, invert, type Point } from './geometry.js';

/** A resize handle, by compass direction; `rotate` is the rotation knob above the top edge. */
export type HandleName = 'nw' | 'n' | 'ne' | 'e' | 'se' | 's' | 'sw' | 'w' | 'rotate';

/** The eight resize handles with their position in unit block coordinates. */
export const RESIZE_HANDLES: ReadonlyArray<{ name: Exclude<HandleName, 'rotate'>; u: number; v: number }> = [
  { name: 'nw', u: 0, v: 0 },
  { name: 'n', u: 0.5, v: 0 },
  { name: 'ne', u: 1, v: 0 },
  { name: 'e', u: 1, v: 0.5 },
  { name: 'se', u: 1, v: 1 },
  { name: 's', u: 0.5, v: 1 },
  { name: 'sw', u: 0, v: 1 },
  { name: 'w', u: 0, v: 0.5 },
];

/** Distance of the rotate knob above the top edge, in screen pixels. */
export const ROTATE_HANDLE_OFFSET = 24;

/** A block's frame in its parent's coordinates: top-left of the unrotated frame, size, rotation. */
export interface Frame {
  x: number;
  y: number;
  width: number;
  height: number;
  rotation: number;
}

/** Modifier keys that change a resize or rotate. */
export interface TransformModifiers {
  /** Resize: keep the aspect ratio. Rotate: snap to 15°. */
  readonly shift: boolean;
  /** Resize from the centre. */
  readonly alt: boolean;
}

/** The smallest width or height a resize produces, in design units. */
export const MIN_SIZE = 1;

const RESIZE_CURSORS = ['ew-resize', 'nwse-resize', 'ns-resize', 'nesw-resize'] as const;

/**
 * The CSS cursor for a resize handle on a frame whose world rotation is `radians`: the handle's
 * direction is turned by the rotation and bucketed to the nearest of the four resize cursors.
 */
export function cursorForHandle(handle: HandleName, radians: number): string {
  if (handle === 'rotate') return 'grab';
  const entry = RESIZE_HANDLES.find((candidate) => candidate.name === handle)!;
  const direction = Math.atan2(entry.v - 0.5, entry.u - 0.5) + radians;
  const step = Math.round(direction / (Math.PI / 4));
  const index = ((step % 4) + 4) % 4;
  return RESIZE_CURSORS[index]!;
}

/**
 * The frame after dragging `handle` by `pointer` (parent coordinates), where the drag started at
 * `startPointer`. Shift keeps the aspect ratio (corner handles scale both sides; edge handles scale
 * the other side about its centre); Alt keeps the centre fixed. The size never drops below
 * {@link MIN_SIZE}. Rotation is unchanged; the anchor (opposite handle or centre) stays put.
 */
export function resizeFrame(start: Frame, handle: Exclude<HandleName, 'rotate'>, startPointer: Point, pointer: Point, modifiers: TransformModifiers): Frame {
  const matrix = frameMatrix(start.x, start.y, start.width, start.height, start.rotation);
  const inverse = invert(matrix);
  const startLocal = apply(inverse, startPointer);
  const local = apply(inverse, pointer);
  const entry = RESIZE_HANDLES.find((candidate) => candidate.name === handle)!;
  const movesX = entry.u !== 0.5;
  const movesY = entry.v !== 0.5;
  // The anchor, as a fraction of the size, that stays fixed: the opposite side or the centre.
  const anchorX = modifiers.alt || !movesX ? 0.5 : 1 - entry.u;
  const anchorY = modifiers.alt || !movesY ? 0.5 : 1 - entry.v;
  const handleX = entry.u * start.width + (local.x - startLocal.x);
  const handleY = entry.v * start.height + (local.y - startLocal.y);
  let width = start.width;
  let height = start.height;
  if (movesX) width = sizeFromEdge(handleX, start.width, anchorX, entry.u);
  if (movesY) height = sizeFromEdge(handleY, start.height, anchorY, entry.v);
  if (modifiers.shift && start.width > 0 && start.height > 0) {
    const scaleX = width / start.width;
    const scaleY = height / start.height;
    let scale: number;
    if (movesX && movesY) scale = Math.abs(scaleX - 1) >= Math.abs(scaleY - 1) ? scaleX : scaleY;
    else scale = movesX ? scaleX : scaleY;
    scale = Math.max(scale, MIN_SIZE / Math.min(start.width, start.height));
    width = start.width * scale;
    height = start.height * scale;
  }
  width = Math.max(MIN_SIZE, width);
  height = Math.max(MIN_SIZE, height);
  // The new frame in the old frame's coordinates keeps the anchor fixed; map its centre back.
  const left = anchorX * (start.width - width);
  const top = anchorY * (start.height - height);
  const centre = apply(matrix, { x: left + width / 2, y: top + height / 2 });
  return { x: centre.x - width / 2, y: centre.y - height / 2, width, height, rotation: start.rotation };
}

function sizeFromEdge(edge: number, startSize: number, anchor: number, handleFraction: number): number {
  // The dragged edge is at `edge`; the anchor at anchor·size (relative to the new size) stays at anchor·startSize.
  if (handleFraction === 1) return anchor === 1 ? startSize : (edge - anchor * startSize) / (1 - anchor);
  return anchor === 0 ? startSize : (anchor * startSize - edge) / anchor;
}

/** The rotation step used with Shift. */
export const ROTATION_SNAP = Math.PI / 12;

/**
 * The rotation after dragging the rotate knob: the angle swept about the frame's centre (all in
 * parent coordinates) is added to the start rotation; with Shift the result snaps to 15° steps.
 * The result is normalized to (-π, π].
 */
export function rotateFrame(start: Frame, startPointer: Point, pointer: Point, modifiers: Pick<TransformModifiers, 'shift'>): number {
  const centre = { x: start.x + start.width / 2, y: start.y + start.height / 2 };
  const startAngle = Math.atan2(startPointer.y - centre.y, startPointer.x - centre.x);
  const angle = Math.atan2(pointer.y - centre.y, pointer.x - centre.x);
  let rotation = start.rotation + (angle - startAngle);
  if (modifiers.shift) rotation = Math.round(rotation / ROTATION_SNAP) * ROTATION_SNAP;
  return normalizeAngle(rotation);
}

/** Normalizes an angle to (-π, π]. */
export function normalizeAngle(radians: number): number {
  let angle = radians % (2 * Math.PI);
  if (angle <= -Math.PI) angle += 2 * Math.PI;
  if (angle > Math.PI) angle -= 2 * Math.PI;
  return angle;
}
