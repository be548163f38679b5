import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CesdkError } from './errors.js';
import { addRect, createTestEngine } from './test-helpers.js';
import type { BlockEvent } from './types.js';

describe('events', () => {
  it('delivers one deduplicated batch per tick', async () => {
    const { engine, page } = await createTestEngine();
    const batches: BlockEvent[][] = [];
    engine.event.subscribe([], (events) => batches.push([...events]));
    const ids: number[] = [];
    engine.editor.transact('many', () => {
      for (let index = 0; index < 10_000; index += 1) {
        const id = engine.block.create('graphic');
        engine.block.appendChild(page, id);
        engine.block.setPositionX(id, index);
        ids.push(id);
      }
    });
    assert.equal(batches.length, 0, 'not delivered synchronously');
    await Promise.resolve();
    await Promise.resolve();
    assert.equal(batches.length, 1);
    const created = batches[0]!.filter((event) => event.type === 'Created');
    assert.equal(created.length, 10_000);
    assert.equal(batches[0]!.filter((event) => event.block === page).length, 1);
  });

  it('filters by block, reports updates and destruction, and unsubscribes', async () => {
    const { engine, page } = await createTestEngine();
    const a = addRect(engine, page);
    const b = addRect(engine, page);
    engine.event.flush();
    const seen: BlockEvent[] = [];
    const unsubscribe = engine.event.subscribe([a], (events) => seen.push(...events));
    engine.block.setPositionX(a, 5);
    engine.block.setPositionX(b, 5);
    engine.event.flush();
    assert.deepEqual(seen, [{ type: 'Updated', block: a }]);
    engine.block.destroy(a);
    engine.event.flush();
    assert.deepEqual(seen.at(-1), { type: 'Destroyed', block: a });
    assert.equal(engine.block.isValid(a), false);
    unsubscribe();
    engine.editor.undo();
    engine.event.flush();
    assert.equal(seen.length, 2);
  });

  it('reports Created then Destroyed for a block created and destroyed within one batch', async () => {
    const { engine } = await createTestEngine();
    engine.event.flush();
    const seen: BlockEvent[] = [];
    const filtered: BlockEvent[] = [];
    engine.event.subscribe([], (events) => seen.push(...events));
    const id = engine.block.create('graphic');
    engine.event.subscribe([id], (events) => filtered.push(...events));
    engine.block.setPositionX(id, 5);
    engine.block.destroy(id);
    engine.event.flush();
    assert.deepEqual(seen, [{ type: 'Created', block: id }, { type: 'Destroyed', block: id }]);
    assert.deepEqual(filtered, seen, 'a subscription to the block gets both too');
  });

  it('reports a rebuilt block as Created after a load', async () => {
    const { engine, page } = await createTestEngine();
    const block = addRect(engine, page);
    const saved = engine.scene.saveToStringSync();
    engine.event.flush();
    const seen: BlockEvent[] = [];
    engine.event.subscribe([block], (events) => seen.push(...events));
    await engine.scene.loadFromString(saved);
    engine.event.flush();
    assert.deepEqual(seen, [{ type: 'Created', block }]);
  });

  it('rejects bad arguments', async () => {
    const { engine } = await createTestEngine();
    assert.throws(() => engine.event.subscribe('all' as never, () => {}), CesdkError);
  });
});

describe('selection', () => {
  it('selects, multi-selects and notifies', async () => {
    const { engine, page } = await createTestEngine();
    const a = addRect(engine, page);
    const b = addRect(engine, page);
    let changes = 0;
    engine.block.onSelectionChanged(() => (changes += 1));
    engine.block.setSelected(a, true);
    engine.block.setSelected(b, true);
    assert.deepEqual(engine.block.findAllSelected(), [a, b]);
    engine.block.select(b);
    assert.deepEqual(engine.block.findAllSelected(), [b]);
    assert.equal(engine.block.isSelected(a), false);
    engine.block.destroy(b);
    assert.deepEqual(engine.block.findAllSelected(), []);
    assert.equal(changes, 4);
    engine.editor.addUndoStep();
    assert.equal(engine.editor.canUndo(), true);
  });
});

describe('variables', () => {
  it('resolves {{name}} in text, saves, undoes and lists variables', async () => {
    const { engine, page } = await createTestEngine();
    const text = engine.block.create('text');
    engine.block.appendChild(page, text);
    engine.block.replaceText(text, 'Hello {{name}}, {{unknown}}!');
    engine.variable.setString('name', 'Ada');
    engine.editor.addUndoStep();
    assert.equal(engine.block.getResolvedText(text), 'Hello Ada, {{unknown}}!');
    assert.deepEqual(engine.variable.findAll(), ['name']);
    engine.event.flush();
    const seen: BlockEvent[] = [];
    engine.event.subscribe([text], (events) => seen.push(...events));
    engine.variable.setString('name', 'Grace');
    engine.event.flush();
    assert.deepEqual(seen, [{ type: 'Updated', block: text }]);
    const saved = engine.scene.saveToStringSync();
    assert.ok(saved.includes('"variables":{"name":"Grace"}'));
    engine.editor.addUndoStep();
    engine.editor.undo();
    assert.equal(engine.variable.getString('name'), 'Ada');
    engine.variable.remove('name');
    assert.deepEqual(engine.variable.findAll(), []);
    assert.throws(() => engine.variable.getString('name'), (error: unknown) => error instanceof CesdkError && error.code === 'NOT_FOUND');
    assert.throws(() => engine.variable.setString('__proto__ x{', 'v'), (error: unknown) => error instanceof CesdkError && error.code === 'INVALID_VALUE');
    for (const name of ['__proto__', 'constructor', 'prototype']) {
      assert.throws(() => engine.variable.setString(name, 'v'), (error: unknown) => error instanceof CesdkError && error.code === 'INVALID_VALUE');
      assert.throws(() => engine.block.setMetadata(text, name, 'v'), (error: unknown) => error instanceof CesdkError && error.code === 'INVALID_VALUE');
    }
  });

  it('re-measures auto-height text through the measurer', async () => {
    const { engine, page } = await createTestEngine({
      textMeasurer: (request) => Math.ceil(request.text.length / 10) * request.fontSize * request.lineHeight,
    });
    const text = engine.block.create('text');
    engine.block.appendChild(page, text);
    engine.block.replaceText(text, 'x'.repeat(25));
    engine.block.setTextFontSize(text, 10);
    assert.equal(engine.block.getHeight(text), 30);
    engine.editor.addUndoStep();
    engine.variable.setString('long', 'y'.repeat(100));
    engine.block.replaceText(text, '{{long}}');
    assert.equal(engine.block.getHeight(text), 100);
    engine.editor.addUndoStep();
    engine.editor.undo();
    assert.equal(engine.block.getHeight(text), 30);
    engine.block.setEnum(text, 'height/mode', 'Absolute');
    engine.block.setHeight(text, 7);
    engine.block.replaceText(text, 'short');
    assert.equal(engine.block.getHeight(text), 7);
  });
});
