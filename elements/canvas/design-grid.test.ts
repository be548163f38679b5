import { test } from 'node:test';
import assert from 'node:assert/strict';
import { roundFrame, roundToGrid } from './design-grid.js';

test('values round to whole units, 0.1 mm or 0.01 in without float noise', () => {
  assert.equal(roundToGrid(414.6, 1), 415);
  assert.equal(roundToGrid(12.345, 0.1), 12.3);
  assert.equal(roundToGrid(0.30000000000000004, 0.1), 0.3);
  assert.equal(roundToGrid(3.14159, 0.01), 3.14);
});

test('a frame keeps its unmoved edge and lands both edges on the grid', () => {
  assert.deepEqual(roundFrame({ x: 100, y: 50, width: 690.63, height: 450.38 }, 1), { x: 100, y: 50, width: 691, height: 450 });
  assert.deepEqual(roundFrame({ x: 10.26, y: 0, width: 0.01, height: 5 }, 0.1), { x: 10.3, y: 0, width: 0.1, height: 5 });
});
