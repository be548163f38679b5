import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clamp, formatNumber, parseNumber } from './number-format.js';

test('formatNumber rounds, drops trailing zeros and negative zero', () => {
  assert.equal(formatNumber(1.23456), '1.23');
  assert.equal(formatNumber(2.5, 0), '3');
  assert.equal(formatNumber(10), '10');
  assert.equal(formatNumber(-0.0001), '0');
  assert.equal(formatNumber(Number.NaN), '');
  assert.equal(formatNumber(Number.POSITIVE_INFINITY), '');
});

test('parseNumber accepts decimal commas and signs, rejects everything else', () => {
  assert.equal(parseNumber(' 12,5 '), 12.5);
  assert.equal(parseNumber('+3'), 3);
  assert.equal(parseNumber('-.5'), -0.5);
  assert.equal(parseNumber('1e3'), 1000);
  for (const text of ['', 'abc', '1.2.3', '12px', 'Infinity', 'NaN', '0x10', '1e999']) assert.equal(parseNumber(text), undefined, text);
});

test('clamp ignores missing and infinite bounds', () => {
  assert.equal(clamp(5, 0, 3), 3);
  assert.equal(clamp(-5, 0), 0);
  assert.equal(clamp(5, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY), 5);
});
