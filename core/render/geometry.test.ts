import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flattenSvgPath } from './svg-path.js';
import { parseSvgPath } from './svg-path-commands.js';
import { dashPatternFor, dashPolyline, roundedRectOutline, shapeOutlines, starOutline } from './shape-geometry.js';
import { applyMatrixToPixels, brightnessMatrix, grayscaleMatrix, IDENTITY, invertMatrix, multiplyMatrices, saturateMatrix } from './color-matrix.js';

test('flattens absolute and relative SVG path commands', () => {
  const [square] = flattenSvgPath('M 0 0 L 10 0 l 0 10 H 0 Z');
  assert.equal(square.closed, true);
  assert.deepEqual(square.points, [0, 0, 10, 0, 10, 10, 0, 10]);
  const [curve] = flattenSvgPath('M0,0 C 0 10 10 10 10 0');
  assert.equal(curve.closed, false);
  assert.deepEqual(curve.points.slice(-2), [10, 0]);
  assert.ok(curve.points.length > 10);
  const [arc] = flattenSvgPath('M 0 0 A 5 5 0 0 1 10 0');
  const last = arc.points.slice(-2);
  assert.ok(Math.abs(last[0] - 10) < 1e-9 && Math.abs(last[1]) < 1e-9);
  // The arc bulges to one side: some point lies 5 units off the chord.
  assert.ok(arc.points.some((value, index) => index % 2 === 1 && Math.abs(Math.abs(value) - 5) < 0.2));
});

test('malformed or hostile path data stops cleanly', () => {
  assert.deepEqual(flattenSvgPath(''), []);
  assert.deepEqual(flattenSvgPath('<script>alert(1)</script>'), []);
  const [line] = flattenSvgPath('M 0 0 L 5 5 L oops 7');
  assert.deepEqual(line.points, [0, 0, 5, 5]);
  const huge = `M 0 0 ${'L 1 1 '.repeat(50_000)}`;
  const [bounded] = flattenSvgPath(huge);
  assert.ok(bounded.points.length <= 2 * 20_001);
  assert.ok(parseSvgPath(huge).length <= 20_000);
  // Numbers after Z belong to no command: parsing stops there (it once looped forever).
  assert.deepEqual(parseSvgPath('M 0 0 L 10 0 L 10 10 Z 5 5').map((command) => command.op), ['M', 'L', 'L', 'Z']);
  const [closed] = flattenSvgPath('M 0 0 L 10 0 L 10 10 Z 5 5');
  assert.equal(closed.closed, true);
  assert.deepEqual(closed.points, [0, 0, 10, 0, 10, 10]);
});

test('rounded rectangles clamp each corner radius to half the shorter side', () => {
  const points = roundedRectOutline(100, 20, [50, 0, 0, 0]);
  const xs = points.filter((_, index) => index % 2 === 0);
  const ys = points.filter((_, index) => index % 2 === 1);
  assert.equal(Math.min(...xs), 0);
  assert.equal(Math.max(...xs), 100);
  assert.equal(Math.min(...ys), 0);
  assert.equal(Math.max(...ys), 20);
  // The top-left arc starts at (0, 10): the radius was clamped to 10.
  assert.ok(Math.abs(points[0]) < 1e-9 && Math.abs(points[1] - 10) < 1e-9);
});

test('stars alternate outer and inner radii; vector paths scale into the frame', () => {
  const star = starOutline(100, 100, 5, 0.5);
  assert.equal(star.length, 20);
  assert.deepEqual(star.slice(0, 2).map(Math.round), [50, 0]);
  const distance = Math.hypot(star[2] - 50, star[3] - 50);
  assert.ok(Math.abs(distance - 25) < 1e-9);
  const [path] = shapeOutlines({ type: 'vector_path', path: 'M 0 0 L 100 0 L 100 100 Z', width: 100, height: 100 }, 200, 50);
  assert.deepEqual(path.points, [0, 0, 200, 0, 200, 50]);
});

test('dashes follow the pattern along the outline', () => {
  const dash = dashPatternFor('Dashed', 2)!;
  assert.deepEqual(dash.pattern, [6, 4]);
  assert.equal(dashPatternFor('Solid', 2), undefined);
  const segments = dashPolyline({ points: [0, 0, 100, 0], closed: false }, dash.pattern);
  assert.equal(segments.length, 10);
  assert.deepEqual(segments[0], [0, 0, 6, 0]);
  assert.deepEqual(segments[1], [10, 0, 16, 0]);
});

test('colour matrices follow the Filter Effects formulas and compose in order', () => {
  const pixel = new Uint8ClampedArray([200, 100, 50, 255]);
  applyMatrixToPixels(pixel, invertMatrix(1));
  assert.deepEqual([...pixel], [55, 155, 205, 255]);
  const grey = new Uint8ClampedArray([255, 0, 0, 255]);
  applyMatrixToPixels(grey, grayscaleMatrix(1));
  assert.ok(Math.abs(grey[0] - grey[1]) <= 1 && Math.abs(grey[1] - grey[2]) <= 1);
  assert.deepEqual(saturateMatrix(1).map((value) => Math.round(value * 1000) / 1000), IDENTITY);
  const composed = multiplyMatrices(brightnessMatrix(0.5), invertMatrix(1));
  const value = new Uint8ClampedArray([0, 0, 0, 255]);
  applyMatrixToPixels(value, composed);
  assert.deepEqual([...value], [128, 128, 128, 255]);
});
