import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatCombination, helpRows, matchShortcut, SHORTCUTS, type KeyStroke } from './shortcuts.js';
import { en } from './locales/en.js';

const stroke = (key: string, modifiers: Partial<KeyStroke> = {}): KeyStroke =>
  ({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...modifiers });

test('Mod is Control elsewhere and Command on Apple platforms', () => {
  assert.equal(matchShortcut(stroke('z', { ctrlKey: true }), false), 'undo');
  assert.equal(matchShortcut(stroke('z', { metaKey: true }), false), undefined);
  assert.equal(matchShortcut(stroke('z', { metaKey: true }), true), 'undo');
  assert.equal(matchShortcut(stroke('Z', { metaKey: true, shiftKey: true }), true), 'redo');
  assert.equal(matchShortcut(stroke('Z', { ctrlKey: true, shiftKey: true }), false), 'redo');
  assert.equal(matchShortcut(stroke('y', { ctrlKey: true }), false), 'redo');
});

test('every required shortcut is bound', () => {
  const cases: Array<[KeyStroke, string]> = [
    [stroke('c', { ctrlKey: true }), 'copy'], [stroke('v', { ctrlKey: true }), 'paste'], [stroke('d', { ctrlKey: true }), 'duplicate'],
    [stroke('Delete'), 'delete'], [stroke('Backspace'), 'delete'], [stroke('g', { ctrlKey: true }), 'group'],
    [stroke('G', { ctrlKey: true, shiftKey: true }), 'ungroup'], [stroke('a', { ctrlKey: true }), 'selectAll'],
    [stroke('=', { ctrlKey: true }), 'zoomIn'], [stroke('+', { ctrlKey: true, shiftKey: true }), 'zoomIn'],
    [stroke('-', { ctrlKey: true }), 'zoomOut'], [stroke('0', { ctrlKey: true }), 'zoomReset'],
    [stroke('ArrowLeft'), 'nudgeLeft'], [stroke('ArrowDown', { shiftKey: true }), 'nudgeDownLarge'],
    [stroke('Escape'), 'deselect'], [stroke('?', { shiftKey: true }), 'help'], [stroke('F10', { shiftKey: true }), 'contextMenu'],
  ];
  for (const [keys, action] of cases) assert.equal(matchShortcut(keys, false), action, JSON.stringify(keys));
});

test('zoom keys match by code on layouts where the symbol differs', () => {
  assert.equal(matchShortcut({ ...stroke('ß', { ctrlKey: true }), code: 'Minus' }, false), 'zoomOut');
});

test('unbound strokes and extra modifiers do not match', () => {
  assert.equal(matchShortcut(stroke('z'), false), undefined);
  assert.equal(matchShortcut(stroke('z', { ctrlKey: true, altKey: true }), false), undefined);
  assert.equal(matchShortcut(stroke('c', { ctrlKey: true, metaKey: true }), false), undefined);
  assert.equal(matchShortcut(stroke('q', { ctrlKey: true }), false), undefined);
});

test('the help rows cover every shortcut and name existing messages', () => {
  const rows = helpRows();
  const labels = new Set(rows.map((row) => row.labelKey));
  for (const shortcut of SHORTCUTS) assert.ok(labels.has(shortcut.labelKey), shortcut.action);
  for (const key of labels) assert.ok(key in en, key);
  assert.equal(formatCombination('Mod+Shift+Z', false), 'Ctrl+Shift+Z');
  assert.equal(formatCombination('Mod+Shift+Z', true), '⌘ ⇧ Z');
  assert.equal(formatCombination('Mod++', false), 'Ctrl++');
});
