import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Engine } from '../../core/engine/index.js';
import { layoutPages } from '../../core/render/page-layout.js';
import { blockFrame, blocksInRect, HitIndex, hitTest, placementMap } from './geometry.js';

async function scene() {
  const engine = await Engine.create();
  engine.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
  const page = engine.scene.getPages()[0]!;
  engine.block.setWidth(page, 800);
  engine.block.setHeight(page, 600);
  const rect = (x: number, y: number, width: number, height: number) => {
    const block = engine.block.create('graphic');
    engine.block.setShape(block, engine.block.createShape('rect'));
    engine.block.setPositionX(block, x);
    engine.block.setPositionY(block, y);
    engine.block.setWidth(block, width);
    engine.block.setHeight(block, height);
    engine.block.appendChild(page, block);
    return block;
  };
  return { engine, page, rect };
}

test('hit testing finds the topmost block and respects rotation', async () => {
  const { engine, rect } = await scene();
  const below = rect(100, 100, 200, 200);
  const above = rect(150, 150, 200, 200);
  const placements = layoutPages(engine);
  assert.deepEqual(hitTest(engine, placements, { x: 200, y: 200 }), [above]);
  assert.deepEqual(hitTest(engine, placements, { x: 120, y: 120 }), [below]);
  assert.deepEqual(hitTest(engine, placements, { x: 700, y: 500 }), []);
  const bar = rect(400, 400, 300, 20);
  engine.block.setRotation(bar, Math.PI / 2);
  assert.deepEqual(hitTest(engine, placements, { x: 420, y: 410 }), []);
  assert.deepEqual(hitTest(engine, placements, { x: 550, y: 300 }), [bar]);
  const frame = blockFrame(engine, bar, placementMap(placements));
  assert.ok(Math.abs(frame.bounds.width - 20) < 1e-9 && Math.abs(frame.bounds.height - 300) < 1e-9);
});

test('a hit inside a group returns the path from the group to the child', async () => {
  const { engine, rect } = await scene();
  const first = rect(100, 100, 100, 100);
  const second = rect(300, 100, 100, 100);
  const group = engine.block.group([first, second]);
  const placements = layoutPages(engine);
  assert.deepEqual(hitTest(engine, placements, { x: 350, y: 150 }), [group, second]);
  assert.deepEqual(hitTest(engine, placements, { x: 250, y: 150 }), []);
  assert.deepEqual(blocksInRect(engine, placements, { x: 0, y: 0, width: 120, height: 120 }), [group]);
});

test('blocks on the second page are hit at its place in the column', async () => {
  const { engine } = await scene();
  const second = engine.scene.addPage({ width: 400, height: 300 });
  const block = engine.block.create('graphic');
  engine.block.setWidth(block, 50);
  engine.block.setHeight(block, 50);
  engine.block.appendChild(second, block);
  const placements = layoutPages(engine);
  assert.deepEqual(hitTest(engine, placements, { x: 25, y: 640 + 25 }), [block]);
  assert.deepEqual(hitTest(engine, placements, { x: 25, y: 25 }), []);
});

test('the hit index gives the same answers as a full scan', async () => {
  const { engine, rect } = await scene();
  for (let index = 0; index < 400; index += 1) {
    const block = rect((index * 37) % 760, (index * 53) % 560, 10 + (index % 7) * 5, 10 + (index % 5) * 6);
    if (index % 3 === 0) engine.block.setRotation(block, index / 10);
  }
  const placements = layoutPages(engine);
  const hitIndex = new HitIndex(engine, placements);
  for (let x = 0; x < 800; x += 13) {
    for (let y = 0; y < 600; y += 17) {
      assert.deepEqual(hitTest(engine, placements, { x, y }, 1, hitIndex), hitTest(engine, placements, { x, y }, 1));
    }
  }
});
