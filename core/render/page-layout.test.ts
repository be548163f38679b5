import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine } from '../engine/index.js';
import { DEFAULT_PAGE_GAP, layoutPages } from './page-layout.js';

test('lays pages out in a column with the default or a given gap', async () => {
  const engine = await Engine.create();
  assert.deepEqual(layoutPages(engine), []);
  engine.scene.create('Free', { page: { size: { width: 300, height: 200 } } });
  const scene = engine.scene.get()!;
  const second = engine.block.create('page');
  engine.block.setWidth(second, 100);
  engine.block.setHeight(second, 50);
  engine.block.appendChild(scene, second);
  const [first] = engine.scene.getPages();
  assert.deepEqual(layoutPages(engine), [
    { page: first, x: 0, y: 0, width: 300, height: 200 },
    { page: second, x: 0, y: 200 + DEFAULT_PAGE_GAP, width: 100, height: 50 },
  ]);
  assert.equal(layoutPages(engine, 10)[1].y, 210);
  assert.equal(layoutPages(engine, Number.NaN)[1].y, 240);
  engine.dispose();
});
