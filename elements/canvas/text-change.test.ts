import { test } from 'node:test';
import assert from 'node:assert/strict';
import { textChange } from './text-editing.js';

test('textChange finds the edited span between the stored text and the editor\'s', () => {
  assert.deepEqual(textChange('Hello world', 'Hello world'), { start: 11, originalEnd: 11, valueEnd: 11 });
  // Inserted in the middle.
  assert.deepEqual(textChange('Hello world', 'Hello brave world'), { start: 6, originalEnd: 6, valueEnd: 12 });
  // Removed at the end.
  assert.deepEqual(textChange('Hello world', 'Hello'), { start: 5, originalEnd: 11, valueEnd: 5 });
  // Replaced at the start.
  assert.deepEqual(textChange('Hello', 'Jello'), { start: 0, originalEnd: 1, valueEnd: 1 });
  // Repeated characters: the prefix wins, the suffix never overlaps it.
  assert.deepEqual(textChange('aaa', 'aaaa'), { start: 3, originalEnd: 3, valueEnd: 4 });
  assert.deepEqual(textChange('aaaa', 'aa'), { start: 2, originalEnd: 4, valueEnd: 2 });
  assert.deepEqual(textChange('', 'new'), { start: 0, originalEnd: 0, valueEnd: 3 });
});
