import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toCssColor, toScreenColor } from './color.js';

test('screen colours: RGBA as given, CMYK by the naive formula, spot by its approximation (magenta when none), tints toward white', () => {
  assert.deepEqual(toScreenColor({ r: 1, g: 0.5, b: 0, a: 0.25 }), { hex: 0xff8000, alpha: 0.25 });
  assert.deepEqual(toScreenColor({ c: 0, m: 1, y: 1, k: 0, tint: 1 }), { hex: 0xff0000, alpha: 1 });
  assert.deepEqual(toScreenColor({ c: 0, m: 0, y: 0, k: 0.5, tint: 1 }), { hex: 0x808080, alpha: 1 });
  // Half tint of pure cyan: (0, 1, 1) halfway to white.
  assert.deepEqual(toScreenColor({ c: 1, m: 0, y: 0, k: 0, tint: 0.5 }), { hex: 0x80ffff, alpha: 1 });
  const spot = (name: string) => (name === 'Brand' ? { r: 0, g: 0, b: 1 } : undefined);
  assert.deepEqual(toScreenColor({ name: 'Brand', tint: 1, externalReference: '' }, spot), { hex: 0x0000ff, alpha: 1 });
  assert.deepEqual(toScreenColor({ name: 'Brand', tint: 0.5, externalReference: '' }, spot), { hex: 0x8080ff, alpha: 1 });
  assert.deepEqual(toScreenColor({ name: 'Unknown', tint: 1, externalReference: '' }, spot), { hex: 0xff00ff, alpha: 1 });
  // Out-of-range and missing values are clamped, never NaN.
  assert.deepEqual(toScreenColor({ c: 0, m: 0, y: 0, k: 0, tint: 7 }), { hex: 0xffffff, alpha: 1 });
  assert.deepEqual(toScreenColor(undefined), { hex: 0, alpha: 1 });
  assert.equal(toCssColor({ hex: 0x102030, alpha: 0.5 }), 'rgba(16, 32, 48, 0.5)');
  assert.equal(toCssColor({ hex: 0x0a0b0c, alpha: 1 }), '#0a0b0c');
  assert.equal(toCssColor({ hex: 0, alpha: 1 }), '#000000');
  assert.equal(toCssColor({ hex: 0xffffff, alpha: 1 }), '#ffffff');
});
