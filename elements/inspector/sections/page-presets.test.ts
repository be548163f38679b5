import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PAGE_PRESETS, convertLength, matchPreset, presetSize } from './page-presets.js';

test('unit conversion goes through inches and the DPI', () => {
  assert.equal(convertLength(25.4, 'Millimeter', 'Inch', 300), 1);
  assert.equal(convertLength(1, 'Inch', 'Pixel', 300), 300);
  assert.equal(convertLength(300, 'Pixel', 'Millimeter', 300), 25.4);
  assert.equal(convertLength(7, 'Pixel', 'Pixel', 72), 7);
});

test('A4 at 300 DPI is 2480 × 3508 pixels and is recognized', () => {
  const a4 = PAGE_PRESETS.find((preset) => preset.id === 'a4')!;
  const size = presetSize(a4, 'Pixel', 300);
  assert.equal(Math.round(size.width), 2480);
  assert.equal(Math.round(size.height), 3508);
  assert.equal(matchPreset(size.width, size.height, 'Pixel', 300)?.id, 'a4');
  assert.equal(matchPreset(210, 297, 'Millimeter', 300)?.id, 'a4');
});

test('every preset matches itself in every unit, and a custom size matches none', () => {
  for (const preset of PAGE_PRESETS) {
    for (const unit of ['Pixel', 'Millimeter', 'Inch'] as const) {
      const size = presetSize(preset, unit, 150);
      assert.equal(matchPreset(size.width, size.height, unit, 150)?.id, preset.id, `${preset.id} in ${unit}`);
    }
  }
  assert.equal(matchPreset(1000, 700, 'Pixel', 300), undefined);
  assert.equal(matchPreset(1920, 1080, 'Pixel', 72)?.id, 'hd1080p');
  assert.equal(matchPreset(1080, 1920, 'Pixel', 72)?.id, 'instagramStory');
});
