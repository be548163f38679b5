import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CesdkError } from './errors.js';
import { addRect, createTestEngine } from './test-helpers.js';

function assertCode(fn: () => unknown, code: string): void {
  assert.throws(fn, (error: unknown) => error instanceof CesdkError && error.code === code);
}

describe('history', () => {
  it('collects changes until addUndoStep, as CE.SDK, and undoes and redoes steps', async () => {
    const { engine, page } = await createTestEngine();
    const block = addRect(engine, page);
    assert.equal(engine.editor.canUndo(), false, 'changes alone make no step');
    engine.editor.addUndoStep();
    engine.block.setPositionX(block, 10);
    engine.editor.addUndoStep();
    engine.block.setPositionX(block, 20);
    engine.block.setPositionY(block, 5);
    engine.editor.addUndoStep();
    engine.editor.addUndoStep();
    assert.equal(engine.editor.undo(), true);
    assert.equal(engine.block.getPositionX(block), 10);
    assert.equal(engine.block.getPositionY(block), 0, 'the step held both changes');
    assert.equal(engine.editor.redo(), true);
    assert.equal(engine.block.getPositionX(block), 20);
    assert.equal(engine.editor.canRedo(), false);
    engine.editor.undo();
    engine.editor.undo();
    engine.editor.undo();
    assert.equal(engine.block.isValid(block), false, 'the first step created the block');
    assert.equal(engine.editor.undo(), false);
  });

  it('reverts changes made after the last step when undoing, as a snapshot history does', async () => {
    const { engine, page } = await createTestEngine();
    const block = addRect(engine, page);
    engine.editor.addUndoStep();
    engine.block.setPositionX(block, 10);
    engine.editor.addUndoStep();
    engine.block.setPositionX(block, 99);
    engine.editor.undo();
    assert.equal(engine.block.getPositionX(block), 0);
    engine.editor.redo();
    assert.equal(engine.block.getPositionX(block), 10);
  });

  it('removes the last undo step and lets its changes join the next one', async () => {
    const { engine, page } = await createTestEngine();
    const block = addRect(engine, page);
    engine.editor.addUndoStep();
    engine.block.setPositionX(block, 190);
    engine.editor.addUndoStep();
    let updates = 0;
    engine.editor.onHistoryUpdated(() => (updates += 1));
    engine.editor.removeUndoStep();
    assert.equal(updates, 1);
    assert.equal(engine.block.getPositionX(block), 190, 'the change stays');
    engine.block.setPositionY(block, 7);
    engine.editor.addUndoStep();
    engine.editor.undo();
    assert.equal(engine.block.getPositionX(block), 0);
    assert.equal(engine.block.getPositionY(block), 0);
    engine.editor.removeUndoStep();
    engine.editor.removeUndoStep();
    assert.equal(engine.editor.canUndo(), false);
  });

  it('keeps several histories apart and only the active one answers undo', async () => {
    const { engine, page } = await createTestEngine();
    const primary = engine.editor.getActiveHistory();
    assert.equal(engine.editor.getActiveHistory(), primary, 'stable handle');
    const block = addRect(engine, page);
    engine.editor.addUndoStep();
    const secondary = engine.editor.createHistory();
    assert.notEqual(secondary, primary);
    engine.editor.setActiveHistory(secondary);
    assert.equal(engine.editor.canUndo(), false, 'a new history is empty');
    engine.block.setPositionX(block, 40);
    engine.editor.addUndoStep();
    engine.editor.setActiveHistory(primary);
    assert.equal(engine.editor.canUndo(), true);
    engine.editor.setActiveHistory(secondary);
    engine.editor.undo();
    assert.equal(engine.block.getPositionX(block), 0);
    engine.editor.destroyHistory(secondary);
    assertCode(() => engine.editor.setActiveHistory(secondary), 'INVALID_VALUE');
    assertCode(() => engine.editor.destroyHistory(secondary), 'INVALID_VALUE');
    const created = engine.editor.getActiveHistory();
    assert.notEqual(created, secondary, 'destroying the active history leaves a fresh one on demand');
    engine.editor.setActiveHistory(primary);
    assert.equal(engine.editor.canUndo(), true);
  });

  it('turns each engine update into a step in the editor mode', async () => {
    const { engine, page } = await createTestEngine();
    engine.editor.setAutomaticUndoSteps(true);
    assert.equal(engine.editor.getAutomaticUndoSteps(), true);
    const block = addRect(engine, page);
    await Promise.resolve();
    await Promise.resolve();
    engine.block.setPositionX(block, 10);
    engine.block.setPositionY(block, 10);
    await new Promise((resolve) => setTimeout(resolve, 0));
    assert.equal(engine.editor.canUndo(), true);
    engine.editor.undo();
    assert.equal(engine.block.getPositionX(block), 0);
    assert.equal(engine.block.getPositionY(block), 0, 'one update, one step');
    assert.equal(engine.block.isValid(block), true);
    assertCode(() => engine.editor.setAutomaticUndoSteps('yes' as never), 'INVALID_VALUE');
  });

  it('rolls back a throwing transaction completely', async () => {
    const { engine, page } = await createTestEngine();
    const block = addRect(engine, page);
    const before = engine.scene.saveToStringSync();
    assert.throws(() => engine.editor.transact('broken', () => {
      engine.block.setPositionX(block, 50);
      const extra = engine.block.create('graphic');
      engine.block.appendChild(page, extra);
      engine.block.destroy(block);
      throw new Error('boom');
    }), /boom/);
    assert.equal(engine.scene.saveToStringSync(), before);
    assert.equal(engine.block.isValid(block), true);
  });

  it('joins nested transactions into one step, with an inner rollback point', async () => {
    const { engine, page } = await createTestEngine();
    const block = addRect(engine, page);
    engine.editor.addUndoStep();
    const steps = engine.editor.canUndo() && false;
    engine.editor.transact('outer', () => {
      engine.block.setPositionX(block, 1);
      try {
        engine.editor.transact('inner', () => {
          engine.block.setPositionY(block, 2);
          throw new Error('inner');
        });
      } catch {
        // the inner part is rolled back; the outer continues
      }
      engine.block.setWidth(block, 30);
    });
    assert.equal(steps, false);
    assert.equal(engine.block.getPositionY(block), 0);
    engine.editor.addUndoStep();
    engine.editor.undo();
    assert.equal(engine.block.getPositionX(block), 0);
    assert.equal(engine.block.getWidth(block), 100);
  });

  it('squashes a gesture into one step and cancels it completely', async () => {
    const { engine, page } = await createTestEngine();
    const block = addRect(engine, page);
    const drag = engine.editor.beginGesture('drag');
    for (let step = 1; step <= 50; step += 1) engine.block.setPosition(block, step, step * 2);
    assert.equal(engine.editor.canUndo(), false);
    assertCode(() => engine.editor.undo(), 'INVALID_STATE');
    drag.commit();
    assert.equal(engine.block.getPositionX(block), 50);
    engine.editor.undo();
    assert.equal(engine.block.getPositionX(block), 0);
    assert.equal(engine.block.getPositionY(block), 0);
    engine.editor.redo();
    assert.equal(engine.block.getPositionY(block), 100);
    const slider = engine.editor.beginGesture('opacity');
    engine.block.setOpacity(block, 0.2);
    engine.block.setOpacity(block, 0.3);
    slider.cancel();
    assert.equal(engine.block.getOpacity(block), 1);
    assert.equal(engine.editor.canRedo(), false);
  });

  it('bounds the history and reports updates', async () => {
    const { engine, page } = await createTestEngine({ historyLimit: 3 });
    const block = addRect(engine, page);
    let updates = 0;
    const unsubscribe = engine.editor.onHistoryUpdated(() => (updates += 1));
    for (let index = 1; index <= 10; index += 1) {
      engine.block.setPositionX(block, index);
      engine.editor.addUndoStep();
    }
    let undone = 0;
    while (engine.editor.undo()) undone += 1;
    assert.equal(undone, 3);
    assert.equal(engine.block.getPositionX(block), 7);
    assert.ok(updates >= 13);
    unsubscribe();
    engine.editor.setHistoryLimit(50);
    assert.equal(engine.editor.getHistoryLimit(), 50);
  });

  it('commits part of a gesture with addUndoStep', async () => {
    const { engine, page } = await createTestEngine();
    const block = addRect(engine, page);
    const gesture = engine.editor.beginGesture('two parts');
    engine.block.setPositionX(block, 5);
    engine.editor.addUndoStep();
    engine.block.setPositionX(block, 9);
    gesture.commit();
    engine.editor.undo();
    assert.equal(engine.block.getPositionX(block), 5);
    engine.editor.undo();
    assert.equal(engine.block.getPositionX(block), 0);
  });
});

describe('roles and scopes', () => {
  it('denies changes the scopes forbid, naming block and scope', async () => {
    const { engine, page } = await createTestEngine();
    const block = addRect(engine, page);
    engine.block.setScopeEnabled(block, 'layer/move', false);
    assert.equal(engine.block.isScopeEnabled(block, 'layer/move'), false);
    assert.equal(engine.block.isAllowedByScope(block, 'layer/move'), true, 'Creator ignores block scopes');
    engine.editor.setRole('Adopter');
    assert.equal(engine.editor.getGlobalScope('layer/move'), 'Defer');
    assert.equal(engine.block.isAllowedByScope(block, 'layer/move'), false);
    assert.throws(() => engine.block.setPositionX(block, 5), (error: unknown) => error instanceof CesdkError && error.code === 'SCOPE_DENIED' && error.message.includes(`block ${block}`) && error.scope === 'layer/move');
    engine.block.setOpacity(block, 0.5);
    assertCode(() => engine.block.setScopeEnabled(block, 'layer/move', true), 'SCOPE_DENIED');
    engine.editor.setGlobalScope('lifecycle/destroy', 'Deny');
    assertCode(() => engine.block.destroy(block), 'SCOPE_DENIED');
    engine.editor.setRole('Viewer');
    assertCode(() => engine.block.setOpacity(block, 0.1), 'SCOPE_DENIED');
    engine.block.select(block);
    assert.equal(engine.block.isSelected(block), true);
    assert.equal(engine.block.getPositionX(block), 0);
    assertCode(() => engine.editor.setRole('King' as never), 'INVALID_VALUE');
    assertCode(() => engine.editor.setGlobalScope('nope', 'Allow'), 'INVALID_VALUE');
    assert.ok(engine.editor.findAllScopes().includes('text/edit'));
  });

  it('lets a fill obey the scopes of the block that owns it', async () => {
    const { engine, page } = await createTestEngine();
    const block = addRect(engine, page);
    engine.block.setScopeEnabled(block, 'fill/change', false);
    engine.editor.setRole('Adopter');
    const fill = engine.block.getFill(block)!;
    assertCode(() => engine.block.setColor(fill, 'fill/color/value', { r: 0, g: 0, b: 0, a: 1 }), 'SCOPE_DENIED');
  });

  it('notifies role changes', async () => {
    const { engine } = await createTestEngine();
    const roles: string[] = [];
    engine.editor.onRoleChanged((role) => roles.push(role));
    engine.editor.setRole('Adopter');
    assert.deepEqual(roles, ['Adopter']);
    assert.equal(engine.editor.getRole(), 'Adopter');
  });
});

describe('settings and edit mode', () => {
  it('keeps typed settings with defaults', async () => {
    const { engine } = await createTestEngine();
    assert.equal(engine.editor.getSettingInt('maxImageSize'), 4096);
    engine.editor.setSettingFloat('snapping/threshold', 8);
    assert.equal(engine.editor.getSettingFloat('snapping/threshold'), 8);
    engine.editor.setSettingBool('doubleClickToCropEnabled', false);
    assert.equal(engine.editor.getSettingBool('doubleClickToCropEnabled'), false);
    engine.editor.setSettingString('basePath', '/assets');
    assert.equal(engine.editor.getSettingString('basePath'), '/assets');
    engine.editor.setSettingColor('highlightColor', { r: 1, g: 0, b: 0, a: 1 });
    assert.deepEqual(engine.editor.getSettingColor('highlightColor'), { r: 1, g: 0, b: 0, a: 1 });
    assertCode(() => engine.editor.setSettingInt('nope', 1), 'UNKNOWN_PROPERTY');
    assertCode(() => engine.editor.setSettingBool('maxImageSize', true), 'TYPE_MISMATCH');
    assertCode(() => engine.editor.setSettingInt('maxImageSize', 1.5), 'INVALID_VALUE');
    assertCode(() => engine.editor.setSettingInt('maxImageSize', 1), 'OUT_OF_RANGE');
    assert.ok(engine.editor.findAllSettings().includes('maxImageSize'));
  });

  it('switches edit modes', async () => {
    const { engine } = await createTestEngine();
    assert.equal(engine.editor.getEditMode(), 'Transform');
    const modes: string[] = [];
    engine.editor.onEditModeChanged((mode) => modes.push(mode));
    engine.editor.setEditMode('Crop');
    assert.equal(engine.editor.getEditMode(), 'Crop');
    assert.deepEqual(modes, ['Crop']);
    assertCode(() => engine.editor.setEditMode(''), 'INVALID_VALUE');
  });
});

describe('host listeners', () => {
  it('never let a throwing listener break a change', async () => {
    const { engine, page } = await createTestEngine();
    const errors: string[] = [];
    engine.onEvent('error', ({ source }) => errors.push(source));
    engine.editor.onHistoryUpdated(() => { throw new Error('history'); });
    engine.editor.onRoleChanged(() => { throw new Error('role'); });
    engine.editor.onSettingsChanged(() => { throw new Error('settings'); });
    engine.block.onSelectionChanged(() => { throw new Error('selection'); });
    engine.scene.onZoomLevelChanged(() => { throw new Error('zoom'); });
    const block = addRect(engine, page);
    engine.editor.addUndoStep();
    engine.block.select(block);
    engine.editor.setRole('Adopter');
    engine.editor.setSettingBool('snapping/enabled', false);
    engine.scene.setZoomLevel(3);
    assert.equal(engine.block.isValid(block), true);
    assert.equal(engine.editor.getRole(), 'Adopter');
    assert.equal(engine.scene.getZoomLevel(), 3);
    for (const source of ['history listener', 'role listener', 'settings listener', 'selection listener', 'zoom listener']) assert.ok(errors.includes(source), source);
  });
});
