import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cursorForHandle, normalizeAngle, resizeFrame, rotateFrame, MIN_SIZE, type Frame } from './transform.js';
import { apply, frameMatrix } from './geometry.js';

const frame: Frame = { x: 100, y: 100, width: 200, height: 100, rotation: 0 };
const close = (actual: number, expected: number, message?: string) => assert.ok(Math.abs(actual - expected) < 1e-9, `${message ?? ''} ${actual} != ${expected}`);

test('dragging the south-east handle grows the frame and keeps the top-left corner', () => {
  const next = resizeFrame(frame, 'se', { x: 300, y: 200 }, { x: 350, y: 240 }, { shift: false, alt: false });
  assert.deepEqual(next, { x: 100, y: 100, width: 250, height: 140, rotation: 0 });
});

test('the north-west handle keeps the bottom-right corner', () => {
  const next = resizeFrame(frame, 'nw', { x: 100, y: 100 }, { x: 80, y: 90 }, { shift: false, alt: false });
  assert.deepEqual(next, { x: 80, y: 90, width: 220, height: 110, rotation: 0 });
});

test('Shift keeps the aspect ratio on a corner handle', () => {
  const next = resizeFrame(frame, 'se', { x: 300, y: 200 }, { x: 500, y: 210 }, { shift: true, alt: false });
  close(next.width / next.height, 2);
  close(next.width, 400);
  close(next.x, 100);
  close(next.y, 100);
});

test('Shift on an edge handle scales the other side about its centre', () => {
  const next = resizeFrame(frame, 'e', { x: 300, y: 150 }, { x: 500, y: 150 }, { shift: true, alt: false });
  close(next.width, 400);
  close(next.height, 200);
  close(next.y, 50);
});

test('Alt resizes from the centre', () => {
  const next = resizeFrame(frame, 'e', { x: 300, y: 150 }, { x: 320, y: 150 }, { shift: false, alt: true });
  close(next.width, 240);
  close(next.x + next.width / 2, 200);
});

test('a resize never goes below the minimum size', () => {
  const next = resizeFrame(frame, 'se', { x: 300, y: 200 }, { x: -500, y: -500 }, { shift: false, alt: false });
  assert.equal(next.width, MIN_SIZE);
  assert.equal(next.height, MIN_SIZE);
});

test('a rotated frame resized from a corner keeps the opposite corner in place', () => {
  const rotated: Frame = { ...frame, rotation: Math.PI / 6 };
  const before = apply(frameMatrix(rotated.x, rotated.y, rotated.width, rotated.height, rotated.rotation), { x: 0, y: 0 });
  const handle = apply(frameMatrix(rotated.x, rotated.y, rotated.width, rotated.height, rotated.rotation), { x: 200, y: 100 });
  const next = resizeFrame(rotated, 'se', handle, { x: handle.x + 30, y: handle.y + 10 }, { shift: false, alt: false });
  const after = apply(frameMatrix(next.x, next.y, next.width, next.height, next.rotation), { x: 0, y: 0 });
  close(after.x, before.x);
  close(after.y, before.y);
  assert.ok(next.width > 200);
});

test('rotation follows the swept angle and snaps to 15 degrees with Shift', () => {
  const centre = { x: 200, y: 150 };
  const free = rotateFrame(frame, { x: centre.x, y: centre.y - 100 }, { x: centre.x + 100, y: centre.y }, { shift: false });
  close(free, Math.PI / 2);
  const snapped = rotateFrame(frame, { x: centre.x, y: centre.y - 100 }, { x: centre.x + 100, y: centre.y - 80 }, { shift: true });
  // The swept angle is about 51.3 degrees, which snaps to 45.
  close(snapped, Math.PI / 4);
});

test('angles normalize to (-pi, pi]', () => {
  close(normalizeAngle(3 * Math.PI), Math.PI);
  close(normalizeAngle(-Math.PI / 2 - 2 * Math.PI), -Math.PI / 2);
});

test('resize cursors turn with the block', () => {
  assert.equal(cursorForHandle('e', 0), 'ew-resize');
  assert.equal(cursorForHandle('se', 0), 'nwse-resize');
  assert.equal(cursorForHandle('e', Math.PI / 2), 'ns-resize');
  assert.equal(cursorForHandle('n', Math.PI / 4), 'nesw-resize');
  assert.equal(cursorForHandle('rotate', 1), 'grab');
});
