import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHex, sameColor, toHex, toHexWithAlpha, toRGBA } from './color.js';

test('hex round trip keeps 8-bit channels and alpha', () => {
  const color = parseHex('#3366cc80');
  assert.ok(color);
  assert.equal(toHexWithAlpha(color), '#3366cc80');
  assert.equal(toHex(color), '#3366cc');
  assert.ok(Math.abs(color.a - 128 / 255) < 1e-9);
});

test('short forms, missing # and fallback alpha', () => {
  assert.deepEqual(parseHex('fff', 0.5), { r: 1, g: 1, b: 1, a: 0.5 });
  assert.equal(toHexWithAlpha(parseHex('#0f08')!), '#00ff0088');
  assert.equal(toHexWithAlpha({ r: 1, g: 0, b: 0, a: 1 }), '#ff0000');
});

test('rejects what is not a hex colour', () => {
  for (const text of ['', '#', '#12', '#12345', '#1234567', 'red', '#gggggg', 'javascript:alert(1)']) {
    assert.equal(parseHex(text), undefined, text);
  }
});

test('toRGBA clamps RGBA and converts CMYK and spot colours', () => {
  assert.deepEqual(toRGBA({ r: 2, g: -1, b: Number.NaN, a: 0.5 }), { r: 1, g: 0, b: 0, a: 0.5 });
  assert.deepEqual(toRGBA({ c: 0, m: 1, y: 1, k: 0, tint: 1 }), { r: 1, g: 0, b: 0, a: 1 });
  assert.deepEqual(toRGBA({ name: 'Brand', tint: 0.4, externalReference: '' }), { r: 0.5, g: 0.5, b: 0.5, a: 0.4 });
  assert.deepEqual(toRGBA(undefined), { r: 0, g: 0, b: 0, a: 1 });
});

test('sameColor compares at 8-bit precision', () => {
  assert.ok(sameColor({ r: 0.5, g: 0.5, b: 0.5, a: 1 }, { r: 0.5001, g: 0.5, b: 0.5, a: 1 }));
  assert.ok(!sameColor({ r: 0.5, g: 0.5, b: 0.5, a: 1 }, { r: 0.6, g: 0.5, b: 0.5, a: 1 }));
});
