import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BlockRecord } from './block-record.js';
import { compactEntries, EntryKind, type HistoryEntry, type StepEntry } from './history-steps.js';
import { Engine } from './index.js';

const entry = (kind: EntryKind, record: BlockRecord, key = '', before?: unknown, after?: unknown, index = -1): HistoryEntry => ({ kind, record, key, before, after, index });

test('a step keeps each created record as itself, drops its own writes, and drops records created and destroyed in it', () => {
  const page = new BlockRecord(1, '//ly.img.ubq/page');
  const kept = new BlockRecord(2, '//ly.img.ubq/graphic');
  const gone = new BlockRecord(3, '//ly.img.ubq/graphic');
  const older = new BlockRecord(4, '//ly.img.ubq/graphic');
  const log: StepEntry[] = [
    entry(EntryKind.Create, kept),
    entry(EntryKind.Write, kept, 'position/x', 0, 10),
    entry(EntryKind.Insert, page, 'children', undefined, 2, 0),
    entry(EntryKind.Create, gone),
    entry(EntryKind.Destroy, gone),
    entry(EntryKind.Write, older, 'opacity', 1, 0.5),
    entry(EntryKind.Write, older, 'opacity', 0.5, 0.25),
    entry(EntryKind.Write, older, 'rotation', 0, 0),
  ];
  const step = compactEntries(log);
  assert.equal(step.length, 3);
  assert.equal(step[0], kept, 'the created record itself, no entry object');
  assert.equal((step[1] as HistoryEntry).kind, EntryKind.Insert);
  assert.deepEqual({ ...(step[2] as HistoryEntry) }, entry(EntryKind.Write, older, 'opacity', 1, 0.25));
  // A step put back (removeUndoStep) and compacted again with later changes reads its records as creations.
  const again = compactEntries([...step, entry(EntryKind.Write, kept, 'position/y', 0, 5), entry(EntryKind.Destroy, older)]);
  assert.equal(again[0], kept);
  assert.equal(again.filter((item) => item instanceof BlockRecord).length, 1);
  assert.equal((again.at(-1) as HistoryEntry).kind, EntryKind.Destroy);
  // Created in the step before and destroyed now: the creation goes with it.
  assert.deepEqual(compactEntries([kept, entry(EntryKind.Destroy, kept)]), []);
});

test('building many blocks in one step: undo removes them all, redo brings them back with their properties', async () => {
  const engine = await Engine.create();
  const scene = engine.scene.create('Free', { page: { size: { width: 800, height: 600 } } });
  const page = engine.scene.getPages()[0]!;
  engine.editor.addUndoStep();
  const blocks: number[] = [];
  for (let index = 0; index < 200; index += 1) {
    const block = engine.block.create('graphic');
    engine.block.setShape(block, engine.block.createShape('rect'));
    engine.block.setFill(block, engine.block.createFill('color'));
    engine.block.setPositionX(block, index);
    engine.block.appendChild(page, block);
    blocks.push(block);
  }
  engine.editor.addUndoStep();
  assert.equal(engine.block.getChildren(page).length, 200);
  engine.editor.undo();
  assert.equal(engine.block.getChildren(page).length, 0);
  assert.ok(blocks.every((block) => !engine.block.isValid(block)));
  engine.editor.redo();
  assert.deepEqual(engine.block.getChildren(page), blocks);
  assert.equal(engine.block.getPositionX(blocks[123]!), 123);
  assert.equal(engine.block.getType(engine.block.getFill(blocks[7]!)!), '//ly.img.ubq/fill/color');
  assert.ok(engine.block.isValid(scene));
  engine.dispose?.();
});

test('changes to records created in the open transaction are not logged, yet every rollback point restores the scene', async () => {
  const engine = await Engine.create();
  engine.scene.create('Free', { page: { size: { width: 800, height: 600 } } });
  const page = engine.scene.getPages()[0]!;
  engine.editor.addUndoStep();
  const saved = engine.scene.saveToStringSync();
  let early = -1;
  engine.editor.transact('outer', () => {
    // Created before the inner savepoint: the inner transaction's changes to it must be undone.
    early = engine.block.create('graphic');
    engine.block.appendChild(page, early);
    engine.block.setPositionX(early, 10);
    assert.throws(() => engine.editor.transact('inner', () => {
      engine.block.setPositionX(early, 99);
      engine.block.setWidth(early, 77);
      // Created after it: rolled back whole.
      const late = engine.block.create('graphic');
      engine.block.appendChild(page, late);
      engine.block.setPositionY(late, 5);
      throw new Error('inner');
    }), /inner/);
    assert.equal(engine.block.getPositionX(early), 10, 'the inner write to the earlier record is undone');
    assert.equal(engine.block.getWidth(early), 100);
    assert.equal(engine.block.getChildren(page).length, 1, 'the record created inside is gone');
  });
  // The same in a gesture, cancelled: everything it created goes, the scene is as before.
  const gesture = engine.editor.beginGesture('drag');
  const inGesture = engine.block.create('graphic');
  engine.block.appendChild(page, inGesture);
  engine.block.setPositionX(inGesture, 40);
  engine.block.setPositionX(early, 60);
  gesture.cancel();
  assert.equal(engine.block.isValid(inGesture), false);
  assert.equal(engine.block.getPositionX(early), 10);
  // A later transaction's changes to a record created in an earlier one of the same step are logged.
  engine.editor.transact('later', () => engine.block.setPositionX(early, 30));
  assert.throws(() => engine.editor.transact('broken', () => {
    engine.block.setPositionX(early, 45);
    throw new Error('broken');
  }), /broken/);
  assert.equal(engine.block.getPositionX(early), 30);
  engine.editor.addUndoStep();
  // Each outermost transaction is a step: undo them all, then redo them all.
  let steps = 0;
  while (engine.editor.canUndo()) { engine.editor.undo(); steps += 1; }
  assert.equal(steps, 2);
  assert.equal(engine.scene.saveToStringSync(), saved, 'undo returns to the scene before the transactions');
  while (engine.editor.canRedo()) engine.editor.redo();
  assert.equal(engine.block.getPositionX(early), 30);
  assert.equal(engine.block.getWidth(early), 100);
});
