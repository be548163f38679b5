import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cameraAfterWheel, clampZoom, fitRect, MAX_ZOOM, viewToWorld, worldToView, zoomAbout } from './camera.js';

test('zooming about a point keeps the world point under it', () => {
  const camera = { x: 10, y: 20, zoom: 1 };
  const anchor = { x: 300, y: 200 };
  const before = viewToWorld(camera, anchor);
  const after = zoomAbout(camera, 2.5, anchor);
  const world = viewToWorld(after, anchor);
  assert.ok(Math.abs(world.x - before.x) < 1e-9 && Math.abs(world.y - before.y) < 1e-9);
  assert.equal(after.zoom, 2.5);
});

test('fitting a rect centres it and leaves padding', () => {
  const camera = fitRect({ x: 0, y: 0, width: 800, height: 600 }, 1000, 800, 32);
  const topLeft = worldToView(camera, { x: 0, y: 0 });
  const bottomRight = worldToView(camera, { x: 800, y: 600 });
  assert.ok(Math.abs((topLeft.x + bottomRight.x) / 2 - 500) < 1e-9);
  assert.ok(topLeft.x >= 32 - 1e-9 && topLeft.y >= 32 - 1e-9);
});

test('wheel: Ctrl zooms about the cursor, plain pans, Shift pans horizontally', () => {
  const camera = { x: 0, y: 0, zoom: 1 };
  const base = { deltaX: 0, deltaY: 100, deltaMode: 0, ctrlKey: false, metaKey: false, shiftKey: false };
  const zoomed = cameraAfterWheel(camera, { ...base, ctrlKey: true, deltaY: -100 }, { x: 50, y: 50 }, 800);
  assert.ok(zoomed.zoom > 1);
  const panned = cameraAfterWheel(camera, base, { x: 0, y: 0 }, 800);
  assert.deepEqual(panned, { x: 0, y: 100, zoom: 1 });
  const sideways = cameraAfterWheel(camera, { ...base, shiftKey: true }, { x: 0, y: 0 }, 800);
  assert.deepEqual(sideways, { x: 100, y: 0, zoom: 1 });
  const back = cameraAfterWheel(zoomed, { ...base, ctrlKey: true, deltaY: 100 }, { x: 50, y: 50 }, 800);
  assert.ok(Math.abs(back.zoom - 1) < 1e-9);
});

test('zoom is clamped', () => {
  assert.equal(clampZoom(1e9), MAX_ZOOM);
  assert.equal(clampZoom(Number.NaN), 1);
});
