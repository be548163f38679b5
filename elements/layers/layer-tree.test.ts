import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine } from '../../core/engine/index.js';
import { currentPage, defaultNameKey, dropDestination, flattenLayers } from './layer-tree.js';
import { moveBlock, renameBlock } from './layer-actions.js';

async function sceneWithBlocks() {
  const engine = await Engine.create();
  engine.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
  const page = currentPage(engine)!;
  const make = (shape: string) => {
    const block = engine.block.create('graphic');
    engine.block.setShape(block, engine.block.createShape(shape));
    engine.block.appendChild(page, block);
    return block;
  };
  return { engine, page, make };
}

test('flattenLayers lists front-most first, nests groups and honours collapsed groups', async () => {
  const { engine, page, make } = await sceneWithBlocks();
  const a = make('rect');
  const b = make('ellipse');
  const c = make('star');
  const group = engine.block.group([b, c]);
  const rows = flattenLayers(engine, page, new Set());
  assert.deepEqual(rows.map((row) => [row.id, row.level]), [[group, 1], [c, 2], [b, 2], [a, 1]]);
  assert.deepEqual(rows.map((row) => `${row.position}/${row.siblingCount}`), ['1/2', '1/2', '2/2', '2/2']);
  assert.equal(rows[0]!.expanded, true);
  const collapsed = flattenLayers(engine, page, new Set([group]));
  assert.deepEqual(collapsed.map((row) => row.id), [group, a]);
  assert.equal(collapsed[0]!.expanded, false);
  assert.deepEqual([a, b, c, group].map((id) => defaultNameKey(engine, id)), ['rect', 'ellipse', 'star', 'group']);
  engine.dispose();
});

test('dropDestination matches insertChild indexes and refuses cycles and no-ops', async () => {
  const { engine, page, make } = await sceneWithBlocks();
  const a = make('rect');
  const b = make('rect');
  const c = make('rect');
  const apply = (dragged: number, target: number, placement: 'before' | 'after' | 'inside') => {
    const destination = dropDestination(engine, dragged, target, placement);
    assert.ok(destination);
    moveBlock(engine, dragged, destination.parent, destination.index);
    return engine.block.getChildren(page);
  };
  assert.deepEqual(apply(a, c, 'before'), [b, c, a]);
  assert.deepEqual(apply(a, b, 'after'), [a, b, c]);
  assert.deepEqual(apply(c, a, 'after'), [c, a, b]);
  assert.equal(dropDestination(engine, a, a, 'before'), undefined);
  const group = engine.block.group([a, b]);
  assert.equal(dropDestination(engine, group, a, 'before'), undefined, 'a group cannot go into itself');
  assert.equal(dropDestination(engine, c, a, 'inside'), undefined, 'only groups take children');
  const inside = dropDestination(engine, c, group, 'inside')!;
  assert.equal(inside.parent, group);
  moveBlock(engine, c, inside.parent, inside.index);
  assert.equal(engine.block.getParent(c), group);
  assert.equal(engine.block.getChildren(group).at(-1), c);
  engine.dispose();
});

test('renameBlock trims, skips no-op renames, and is one undo step', async () => {
  const { engine, make } = await sceneWithBlocks();
  const a = make('rect');
  renameBlock(engine, a, '  Logo  ');
  assert.equal(engine.block.getName(a), 'Logo');
  const canUndoBefore = engine.editor.canUndo();
  renameBlock(engine, a, 'Logo');
  assert.equal(engine.editor.canUndo(), canUndoBefore);
  engine.editor.undo();
  assert.equal(engine.block.getName(a), '');
  engine.dispose();
});
