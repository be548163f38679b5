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
