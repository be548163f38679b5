// The renderer's run layout (core/render/text-run-layout.ts), here beside the export layout it must agree with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyTextCase, layoutStyledText, resolveRunStyles, styledTextHeight, type RunStyle, type StyledLayoutInput } from '../render/text-run-layout.js';

const BLACK = { r: 0, g: 0, b: 0, a: 1 };
const RED = { r: 1, g: 0, b: 0, a: 1 };
const base: RunStyle = { fontSize: 10, fontWeight: 'Normal', fontStyle: 'Normal', fontFileUri: '', color: BLACK, textCase: 'Normal' };

/** Monospace: every character is half its size wide; ascent 0.8 and descent 0.2 of the size. */
function input(text: string, runs: Parameters<typeof resolveRunStyles>[1], overrides: Partial<StyledLayoutInput> = {}): StyledLayoutInput {
  return {
    text, styles: resolveRunStyles(text, runs, base, 1), baseStyle: base, width: 100, height: 100, wrap: true,
    lineHeight: 1, letterSpacing: 0, horizontalAlignment: 'Left', verticalAlignment: 'Top',
    measure: (drawn, style) => [...drawn].length * style.fontSize / 2,
    fontMetrics: (style) => ({ ascent: 0.8 * style.fontSize, descent: 0.2 * style.fontSize }),
    ...overrides,
  };
}

test('applyTextCase: upper, lower, title (words may continue from the previous run), normal', () => {
  assert.equal(applyTextCase('Hello wOrld', 'Uppercase'), 'HELLO WORLD');
  assert.equal(applyTextCase('Hello wOrld', 'Lowercase'), 'hello world');
  assert.equal(applyTextCase('hello wOrld-and more', 'Titlecase'), 'Hello WOrld-And More');
  assert.equal(applyTextCase('llo world', 'Titlecase', 'e'), 'llo World');
  assert.equal(applyTextCase('llo', 'Titlecase', ' '), 'Llo');
  assert.equal(applyTextCase('aBc', 'Normal'), 'aBc');
});

test('resolveRunStyles: runs over the base, sizes converted from points', () => {
  const styles = resolveRunStyles('abcdef', [{ start: 1, end: 3, fontSize: 12, color: RED }, { start: 4, end: 9, fontWeight: 'Bold' }], base, 2);
  assert.equal(styles.length, 6);
  assert.equal(styles[0], base);
  assert.equal(styles[1]!.fontSize, 24);
  assert.deepEqual(styles[2]!.color, RED);
  assert.equal(styles[3], base);
  assert.equal(styles[5]!.fontWeight, 'Bold');
  assert.equal(styles[5]!.fontSize, 10);
});

test('one line splits into segments per style with case applied, placed side by side', () => {
  const [line, ...rest] = layoutStyledText(input('ab cd ef', [{ start: 3, end: 5, fontSize: 20, case: 'Uppercase' }]));
  assert.equal(rest.length, 0);
  assert.deepEqual(line!.segments.map((segment) => segment.text), ['ab ', 'CD', ' ef']);
  assert.deepEqual(line!.segments.map((segment) => segment.x), [0, 15, 35]);
  assert.equal(line!.width, 50);
  // The line is as tall as its largest run (20: ascent 16, descent 4).
  assert.equal(line!.height, 20);
  assert.equal(line!.baseline, 16);
});

test('runs of different sizes wrap by their own widths; each line takes its largest run', () => {
  // 'aaaa' at 10 (20 wide), 'BBBB' at 30 (60 wide), 'cc' at 10 (10 wide); box 80 wide.
  const lines = layoutStyledText(input('aaaa bbbb cc', [{ start: 5, end: 9, fontSize: 30, case: 'Uppercase' }], { width: 80 }));
  assert.deepEqual(lines.map((line) => line.segments.map((segment) => segment.text).join('')), ['aaaa', 'BBBB cc']);
  assert.deepEqual(lines.map((line) => line.height), [10, 30]);
  assert.deepEqual(lines.map((line) => line.top), [0, 10]);
  assert.equal(lines[1]!.baseline, 10 + 24);
  assert.equal(styledTextHeight(lines), 40);
  // A run split across a line break keeps its style on both lines.
  const split = layoutStyledText(input('aaaa bbbb', [{ start: 2, end: 7, color: RED }], { width: 25 }));
  assert.deepEqual(split.map((line) => line.segments.map((segment) => [segment.text, segment.style.color === RED])), [
    [['aa', false], ['aa', true]],
    [['bb', true], ['bb', false]],
  ]);
});

test('measures the cased text (Uppercase ß becomes SS, wider)', () => {
  const [line] = layoutStyledText(input('aß', [{ start: 0, end: 2, case: 'Uppercase' }]));
  assert.equal(line!.segments[0]!.text, 'ASS');
  assert.equal(line!.width, 15);
});

test('alignment, line height, letter spacing and vertical placement', () => {
  const [centred] = layoutStyledText(input('abcd', [{ start: 0, end: 2, fontSize: 20 }], { horizontalAlignment: 'Center', verticalAlignment: 'Center', lineHeight: 2 }));
  // Width 20 + 10 = 30 centred in 100; one 40-unit line (2 × 20) centred in 100: top 30, half leading 10, ascent 16.
  assert.equal(centred!.x, 35);
  assert.equal(centred!.top, 30);
  assert.equal(centred!.baseline, 56);
  const [right] = layoutStyledText(input('abcd', [{ start: 0, end: 1, color: RED }], { horizontalAlignment: 'Right', verticalAlignment: 'Bottom' }));
  assert.equal(right!.x, 80);
  assert.equal(right!.baseline, 98);
  const [spaced] = layoutStyledText(input('abcd', [{ start: 0, end: 2, fontSize: 20 }], { letterSpacing: 0.1 }));
  // Two characters at 20 (2 × 10 + 2 × 2) and two at 10 (2 × 5 + 2 × 1).
  assert.equal(spaced!.width, 36);
  assert.equal(spaced!.segments[1]!.x, 24);
  // Taller than the box: starts at the top, whatever the alignment.
  const [tall] = layoutStyledText(input('ab', [{ start: 0, end: 1, fontSize: 300 }], { verticalAlignment: 'Bottom', wrap: false }));
  assert.equal(tall!.top, 0);
});

test('explicit newlines, empty lines and a word wider than the box', () => {
  const lines = layoutStyledText(input('ab\n\ncd', [{ start: 4, end: 6, fontSize: 20 }]));
  assert.deepEqual(lines.map((line) => [line.start, line.end]), [[0, 2], [3, 3], [4, 6]]);
  assert.deepEqual(lines.map((line) => line.height), [10, 10, 20]);
  const broken = layoutStyledText(input('abcdefghij', [{ start: 0, end: 10, color: RED }], { width: 20 }));
  assert.deepEqual(broken.map((line) => line.segments.map((segment) => segment.text).join('')), ['abcd', 'efgh', 'ij']);
});

test('with one style it breaks lines as the plain vector layout does', async () => {
  const { layoutText } = await import('./text-layout.js');
  const text = 'The quick brown fox jumps over the lazy dog and keeps running\nfar away';
  const plain = layoutText({ text, width: 80, height: 100, fontSize: 10, lineHeight: 1.2, letterSpacing: 0.05, horizontalAlignment: 'Center', verticalAlignment: 'Top', ascent: 0.8, descent: 0.2, measure: (drawn) => [...drawn].length * 5 });
  const styled = layoutStyledText(input(text, [{ start: 0, end: text.length, color: RED }], { width: 80, lineHeight: 1.2, letterSpacing: 0.05, horizontalAlignment: 'Center' }));
  assert.deepEqual(styled.map((line) => line.segments.map((segment) => segment.text).join('')), plain.map((line) => line.text));
  styled.forEach((line, index) => {
    assert.ok(Math.abs(line.x - plain[index]!.x) < 1e-9);
    assert.ok(Math.abs(line.baseline - plain[index]!.baseline) < 1e-9);
  });
});
