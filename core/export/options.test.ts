import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CesdkError, Engine } from '../engine/index.js';
import { assertPossibleSize, exportBounds, planPixels, pointsPerDesignUnit, pixelsPerDesignUnit } from './export-size.js';
import { resolveExportOptions } from './options.js';

const code = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof CesdkError, `a CesdkError, got ${String(error)}`);
    return error.code;
  }
  return 'no error';
};

test('resolveExportOptions applies CE.SDK defaults', () => {
  const options = resolveExportOptions(undefined);
  assert.equal(options.mimeType, 'image/png');
  assert.equal(options.pngCompressionLevel, undefined);
  assert.equal(options.jpegQuality, 0.9);
  assert.equal(options.exportPdfWithHighCompatibility, true);
  assert.equal(options.dpi, undefined);
});

test('resolveExportOptions refuses bad values with typed errors', () => {
  assert.equal(code(() => resolveExportOptions({ mimeType: 'image/gif' as never })), 'INVALID_VALUE');
  assert.equal(code(() => resolveExportOptions({ targetWidth: -1 })), 'INVALID_VALUE');
  assert.equal(code(() => resolveExportOptions({ targetWidth: Number.NaN })), 'INVALID_VALUE');
  assert.equal(code(() => resolveExportOptions({ jpegQuality: 0 })), 'OUT_OF_RANGE');
  assert.equal(code(() => resolveExportOptions({ webpQuality: 1.5 })), 'OUT_OF_RANGE');
  assert.equal(code(() => resolveExportOptions({ pngCompressionLevel: 10 })), 'OUT_OF_RANGE');
  assert.equal(code(() => resolveExportOptions({ pngCompressionLevel: 2.5 })), 'OUT_OF_RANGE');
  assert.equal(code(() => resolveExportOptions({ maxTileSize: 8 })), 'OUT_OF_RANGE');
  assert.equal(code(() => resolveExportOptions({ onProgress: 'yes' as never })), 'INVALID_VALUE');
  assert.equal(code(() => resolveExportOptions({ dpi: 0 })), 'INVALID_VALUE');
});

test('sizes follow the design unit and DPI', async () => {
  const engine = await Engine.create();
  engine.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
  const page = engine.scene.getPages()[0]!;
  engine.scene.setDesignUnit('Millimeter'); // converts the scene's lengths (CE.SDK), so set the size after
  engine.scene.setDPI(300);
  engine.block.setWidth(page, 210);
  engine.block.setHeight(page, 297);
  assert.ok(Math.abs(pointsPerDesignUnit(engine, 300) * 210 - 595.28) < 0.01);
  assert.ok(Math.abs(pixelsPerDesignUnit(engine, 300) * 210 - 2480.3) < 0.1);
  const plan = planPixels(engine, exportBounds(engine, page), resolveExportOptions({}));
  assert.deepEqual([plan.width, plan.height], [2480, 3508]);
  const half = planPixels(engine, exportBounds(engine, page), resolveExportOptions({ dpi: 150 }));
  assert.deepEqual([half.width, half.height], [1240, 1754]);
  engine.scene.setDesignUnit('Pixel');
  assert.equal(pointsPerDesignUnit(engine, 300), 72 / 300);
  engine.dispose();
});

test('target sizes keep the aspect ratio, or cover exactly when both are given', async () => {
  const engine = await Engine.create();
  engine.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
  const page = engine.scene.getPages()[0]!;
  engine.block.setWidth(page, 400);
  engine.block.setHeight(page, 200);
  const bounds = exportBounds(engine, page);
  assert.deepEqual(planPixels(engine, bounds, resolveExportOptions({ targetWidth: 100 })), { width: 100, height: 50, renderWidth: 100, renderHeight: 50, offsetX: 0, offsetY: 0 });
  assert.deepEqual(planPixels(engine, bounds, resolveExportOptions({ targetHeight: 100 })), { width: 200, height: 100, renderWidth: 200, renderHeight: 100, offsetX: 0, offsetY: 0 });
  assert.deepEqual(planPixels(engine, bounds, resolveExportOptions({ targetWidth: 100, targetHeight: 100 })), { width: 100, height: 100, renderWidth: 200, renderHeight: 100, offsetX: 50, offsetY: 0 });
  assert.equal(code(() => planPixels(engine, bounds, resolveExportOptions({ targetWidth: 40_000 }))), 'LIMIT_EXCEEDED');
  assert.equal(code(() => assertPossibleSize(20_000, 20_000)), 'LIMIT_EXCEEDED');
  engine.block.setHeight(page, 0);
  assert.equal(code(() => exportBounds(engine, page)), 'INVALID_VALUE');
  engine.dispose();
});
