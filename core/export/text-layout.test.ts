import { test } from 'node:test';
import assert from 'node:assert/strict';
import { layoutText, type TextLayoutInput } from './text-layout.js';
import { parseSvgPath } from '../render/svg-path-commands.js';

/** A monospace measurer: every character is 0.5 em wide. */
const input = (overrides: Partial<TextLayoutInput>): TextLayoutInput => ({
  text: '', width: 100, height: 100, fontSize: 10, lineHeight: 1, letterSpacing: 0,
  horizontalAlignment: 'Left', verticalAlignment: 'Top', ascent: 0.8, descent: 0.2,
  measure: (text) => [...text].length * 5,
  ...overrides,
});

test('wraps at spaces within the width and keeps explicit newlines', () => {
  const lines = layoutText(input({ text: 'aaaa bbbb cccc\ndd', width: 50 }));
  assert.deepEqual(lines.map((line) => line.text), ['aaaa bbbb', 'cccc', 'dd']);
  assert.deepEqual(lines.map((line) => line.baseline), [8, 18, 28]);
});

test('splits a word longer than the width', () => {
  const lines = layoutText(input({ text: 'abcdefghij', width: 20 }));
  assert.deepEqual(lines.map((line) => line.text), ['abcd', 'efgh', 'ij']);
});

test('aligns horizontally and vertically, and spaces lines by lineHeight', () => {
  const [centred] = layoutText(input({ text: 'abcd', horizontalAlignment: 'Center', verticalAlignment: 'Center', lineHeight: 2 }));
  assert.equal(centred!.x, 40);
  // One line of 20 units (2 × (0.8 + 0.2) × 10) centred in 100: top 40, half leading 5, ascent 8.
  assert.equal(centred!.baseline, 53);
  const [right] = layoutText(input({ text: 'abcd', horizontalAlignment: 'Right', verticalAlignment: 'Bottom' }));
  assert.equal(right!.x, 80);
  assert.equal(right!.baseline, 98);
});

test('letter spacing widens lines', () => {
  const [line] = layoutText(input({ text: 'abcd', letterSpacing: 0.1 }));
  assert.equal(line!.width, 24);
});

test('parseSvgPath handles absolute, relative, shorthand, quadratic and arc commands', () => {
  const path = parseSvgPath('M10 10 h20 v20 H10 z m5 5 l5 0 Q 30 30 40 40 T 60 60 C 1 2 3 4 5 6 s 1 1 2 2 A 10 10 0 0 1 80 80');
  const ops = path.map((command) => command.op).join('');
  assert.match(ops, /^MLLLZMLCCCC+C$/);
  const last = path[path.length - 1]!;
  assert.ok(last.op === 'C' && Math.abs(last.x - 80) < 1e-9 && Math.abs(last.y - 80) < 1e-9);
  const relativeMove = path[5]!;
  assert.ok(relativeMove.op === 'M' && relativeMove.x === 15 && relativeMove.y === 15, 'z returns to the subpath start');
});

test('parseSvgPath keeps what it parsed before malformed input', () => {
  assert.deepEqual(parseSvgPath('M0 0 L10 10 L5'), [{ op: 'M', x: 0, y: 0 }, { op: 'L', x: 10, y: 10 }]);
  assert.deepEqual(parseSvgPath('garbage'), []);
});
