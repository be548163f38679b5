import assert from 'node:assert/strict';
import { it } from 'node:test';
import { CesdkError } from './errors.js';
import { addRect, createTestEngine } from './test-helpers.js';

const RED = { r: 1, g: 0, b: 0, a: 1 };

it('getResolvedTextRuns: the runs over the resolved text (a variable takes its reference\'s style)', async () => {
  const { engine, page } = await createTestEngine();
  const text = engine.block.create('text');
  engine.block.appendChild(page, text);
  engine.block.replaceText(text, 'Hello there {{name}}!');
  assert.deepEqual(engine.block.getResolvedTextRuns(text), []);
  engine.block.setTextColor(text, RED, 12, 20);
  engine.block.setTextFontWeight(text, 'bold', 20, 21);
  // Unknown variable: the text stays as written, and so do the runs.
  assert.deepEqual(engine.block.getResolvedTextRuns(text).map((run) => [run.start, run.end]), [[12, 20], [20, 21]]);
  engine.variable.setString('name', 'Ada Lovelace');
  assert.equal(engine.block.getResolvedText(text), 'Hello there Ada Lovelace!');
  const runs = engine.block.getResolvedTextRuns(text);
  assert.deepEqual(runs.map((run) => [run.start, run.end]), [[12, 24], [24, 25]]);
  assert.deepEqual(runs[0]!.color, RED);
  assert.equal(runs[1]!.fontWeight, 'Bold');
  const rect = addRect(engine, page, 5, 5);
  assert.throws(() => engine.block.getResolvedTextRuns(rect), (error: unknown) => error instanceof CesdkError && error.code === 'INVALID_BLOCK');
});
