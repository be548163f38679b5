import { test } from 'node:test';
import assert from 'node:assert/strict';
import { snapMove } from './snapping.js';

const page = { x: 0, y: 0, width: 800, height: 600 };

test('a block near the page centre snaps onto it and reports a centre guide', () => {
  const result = snapMove({ x: 352, y: 247, width: 100, height: 100 }, page, [], 8);
  assert.equal(result.dx, -2);
  assert.equal(result.dy, 3);
  assert.ok(result.guides.some((guide) => guide.orientation === 'vertical' && guide.position === 400 && guide.kind === 'center'));
  assert.ok(result.guides.some((guide) => guide.orientation === 'horizontal' && guide.position === 300));
});

test('nothing snaps outside the threshold, and a zero threshold turns snapping off', () => {
  assert.deepEqual(snapMove({ x: 120, y: 130, width: 50, height: 50 }, page, [], 8), { dx: 0, dy: 0, guides: [] });
  assert.deepEqual(snapMove({ x: 2, y: 2, width: 50, height: 50 }, page, [], 0), { dx: 0, dy: 0, guides: [] });
});

test('edges snap to another block edge', () => {
  const other = { x: 500, y: 100, width: 100, height: 100 };
  const result = snapMove({ x: 395, y: 140, width: 100, height: 40 }, undefined, [other], 8);
  assert.equal(result.dx, 5);
  assert.ok(result.guides.some((guide) => guide.position === 500));
});

test('equal spacing: a third block snaps to continue the gap of two neighbours', () => {
  const first = { x: 100, y: 100, width: 50, height: 50 };
  const second = { x: 200, y: 100, width: 50, height: 50 };
  const result = snapMove({ x: 303, y: 100, width: 50, height: 50 }, undefined, [first, second], 8);
  assert.equal(result.dx, -3);
  assert.ok(result.guides.some((guide) => guide.kind === 'spacing'));
});

test('equal spacing: a block centres between two neighbours', () => {
  const first = { x: 0, y: 0, width: 100, height: 50 };
  const second = { x: 300, y: 0, width: 100, height: 50 };
  const result = snapMove({ x: 172, y: 0, width: 50, height: 50 }, undefined, [first, second], 5);
  assert.equal(result.dx, 3);
  assert.equal(result.guides.filter((guide) => guide.kind === 'spacing').length, 2);
});

test('a resized edge snaps to the nearest line within the threshold', async () => {
  const { prepareSnapTargets, snapEdge } = await import('./snapping.js');
  const targets = prepareSnapTargets(page, [{ x: 500, y: 0, width: 10, height: 10 }]);
  assert.equal(snapEdge(397, 'x', targets, 8)?.delta, 3);
  assert.equal(snapEdge(507, 'x', targets, 8)?.delta, -2);
  assert.equal(snapEdge(304, 'y', targets, 8)?.delta, -4);
  assert.equal(snapEdge(450, 'x', targets, 8), undefined);
  assert.equal(snapEdge(397, 'x', targets, 0), undefined);
});
