/// <reference types="mocha" />
// The display list's block matrices (computed top-down from each snapshot) against the transforms
// read through the hierarchy (localToPage), through rotated and flipped groups.
import { expect } from '@open-wc/testing';
import { Engine } from '../../core/engine/index.js';
import { buildDisplayList } from '../../core/export/display-list.js';
import { localToPage, multiply, type Matrix } from '../../core/export/geometry.js';
import { addGraphic } from '../visual/scene-builders.js';

const close = (actual: Matrix, expected: Matrix, message: string): void => {
  for (let index = 0; index < 6; index += 1) expect(Math.abs(actual[index]! - expected[index]!), `${message}: ${actual} against ${expected}`).to.be.below(1e-9);
};

it('display-list matrices match the block transforms through rotated and flipped groups, exported as a page or alone', async () => {
  const engine = await Engine.create();
  engine.scene.create('Free', { page: { size: { width: 400, height: 300 } } });
  const page = engine.scene.getPages()[0]!;
  const add = (x: number, y: number, width: number, height: number, rotation: number, flipX: boolean, flipY: boolean): number => {
    const block = addGraphic(engine, page, { x, y, width, height });
    engine.block.setRotation(block, rotation);
    engine.block.setFlipHorizontal(block, flipX);
    engine.block.setFlipVertical(block, flipY);
    return block;
  };
  const a = add(20, 30, 80, 40, 0.3, true, false);
  const b = add(150, 60, 50, 90, -1.1, false, true);
  const c = add(250, 200, 60, 30, 2.2, true, true);
  const inner = engine.block.group([a, b]);
  engine.block.setRotation(inner, 0.7);
  engine.block.setFlipHorizontal(inner, true);
  const outer = engine.block.group([inner, c]);
  engine.block.setRotation(outer, -0.4);
  engine.block.setFlipVertical(outer, true);
  const fontSizeToDesignUnits = (points: number): number => points;
  const origin: Matrix = [1, 0, 0, 1, 0, 0];
  const shapes = (root: number, rootOrigin: Matrix) => buildDisplayList(engine, root, { rasterizeImages: false, origin: rootOrigin, fontSizeToDesignUnits })
    .flatMap((item) => (item.kind === 'shape' && item.local ? [[item.block, item.local.matrix] as const] : []));
  const fromPage = shapes(page, origin);
  expect(fromPage.map(([block]) => block)).to.deep.equal([a, b, c]);
  for (const [block, matrix] of fromPage) close(matrix, localToPage(engine, block), `block ${block} in the page`);
  // Exported alone (the first block visited sits in two groups), with an origin that moves the box.
  const shifted: Matrix = [2, 0, 0, 2, -15, 7];
  for (const root of [b, inner]) {
    for (const [block, matrix] of shapes(root, shifted)) close(matrix, multiply(shifted, localToPage(engine, block)), `block ${block} exported from ${root}`);
  }
});
