import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CesdkError } from './errors.js';
import { addRect, createTestEngine } from './test-helpers.js';

const close = (actual: number, expected: number): void => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≈ ${expected}`);

describe('geometry', () => {
  it('computes global bounding boxes through parents and rotation', async () => {
    const { engine, page } = await createTestEngine();
    const group = engine.block.create('group');
    engine.block.appendChild(page, group);
    engine.block.setPosition(group, 100, 50);
    const block = addRect(engine, group, 10, 20, 100, 50);
    close(engine.block.getGlobalBoundingBoxX(block), 110);
    close(engine.block.getGlobalBoundingBoxY(block), 70);
    engine.block.setRotation(block, Math.PI / 2);
    close(engine.block.getGlobalBoundingBoxX(block), 135);
    close(engine.block.getGlobalBoundingBoxY(block), 45);
    close(engine.block.getGlobalBoundingBoxWidth(block), 50);
    close(engine.block.getGlobalBoundingBoxHeight(block), 100);
  });

  it('groups and ungroups without moving anything on screen', async () => {
    const { engine, page } = await createTestEngine();
    const a = addRect(engine, page, 10, 10, 20, 20);
    const b = addRect(engine, page, 50, 40, 30, 30);
    const c = addRect(engine, page, 0, 0, 5, 5);
    const group = engine.block.group([b, a]);
    assert.deepEqual(engine.block.getChildren(page), [group, c]);
    assert.deepEqual(engine.block.getChildren(group), [a, b]);
    close(engine.block.getPositionX(group), 10);
    close(engine.block.getWidth(group), 70);
    close(engine.block.getGlobalBoundingBoxX(b), 50);
    engine.block.setRotation(group, Math.PI);
    const boxBefore = [engine.block.getGlobalBoundingBoxX(a), engine.block.getGlobalBoundingBoxY(a)];
    engine.editor.addUndoStep();
    const children = engine.block.ungroup(group);
    engine.editor.addUndoStep();
    assert.deepEqual(children, [a, b]);
    assert.equal(engine.block.isValid(group), false);
    assert.deepEqual(engine.block.getChildren(page), [a, b, c]);
    close(engine.block.getGlobalBoundingBoxX(a), boxBefore[0]!);
    close(engine.block.getGlobalBoundingBoxY(a), boxBefore[1]!);
    close(engine.block.getRotation(a), Math.PI);
    engine.editor.undo();
    assert.deepEqual(engine.block.getChildren(group), [a, b]);
    assert.equal(engine.block.isGroupable([a, c]), false);
    assert.throws(() => engine.block.group([a, c]), CesdkError);
    assert.throws(() => engine.block.ungroup(c), (error: unknown) => error instanceof CesdkError && error.code === 'INVALID_BLOCK');
  });

  it('aligns in the parent and among each other, and distributes', async () => {
    const { engine, page } = await createTestEngine();
    const a = addRect(engine, page, 10, 10, 20, 20);
    engine.block.alignHorizontally([a], 'Right');
    close(engine.block.getPositionX(a), 1060);
    engine.block.alignVertically([a], 'Center');
    close(engine.block.getPositionY(a), 530);
    const b = addRect(engine, page, 100, 0, 40, 40);
    const c = addRect(engine, page, 300, 0, 60, 60);
    engine.block.setPosition(a, 0, 0);
    engine.block.alignVertically([a, b, c], 'Bottom');
    close(engine.block.getPositionY(a), 40);
    close(engine.block.getPositionY(c), 0);
    engine.block.alignHorizontally([a, b, c], 'Left');
    close(engine.block.getPositionX(c), 0);
    engine.block.setPositionX(b, 10);
    engine.block.setPositionX(c, 200);
    engine.editor.addUndoStep();
    engine.block.distributeHorizontally([a, b, c]);
    engine.editor.addUndoStep();
    // span 0..260, widths 20+40+60 = 120, gap 70: b starts at 90.
    close(engine.block.getPositionX(b), 90);
    engine.editor.undo();
    close(engine.block.getPositionX(b), 10);
    assert.throws(() => engine.block.alignHorizontally([a], 'Top' as never), CesdkError);
  });
});
