import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { Engine } from './engine.js';
import { CesdkError } from './errors.js';
import { addRect } from './test-helpers.js';

// A fixed seed keeps CI deterministic; set FUZZ_SEED to explore other cases.
const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261129);

type Operation = { kind: number; first: number; second: number; value: number };

const operationArbitrary: fc.Arbitrary<Operation> = fc.record({
  kind: fc.integer({ min: 0, max: 30 }),
  first: fc.nat(1000),
  second: fc.nat(1000),
  value: fc.double({ min: -500, max: 500, noNaN: true, noDefaultInfinity: true }),
});

function pick<T>(items: readonly T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}

function designBlocks(engine: Engine): number[] {
  return [...engine.block.findByType('graphic'), ...engine.block.findByType('text'), ...engine.block.findByType('group')]
    .filter((id) => engine.block.getParent(id) !== null)
    .sort((left, right) => left - right);
}

function containers(engine: Engine): number[] {
  return [...engine.scene.getPages(), ...engine.block.findByType('group').filter((id) => engine.block.getParent(id) !== null)].sort((left, right) => left - right);
}

function apply(engine: Engine, operation: Operation): void {
  const blocks = designBlocks(engine);
  const block = pick(blocks, operation.first);
  const other = pick(blocks, operation.second);
  const container = pick(containers(engine), operation.second)!;
  const unit = Math.abs(operation.value) / 500;
  switch (operation.kind) {
    case 0: addRect(engine, container, operation.value, -operation.value, 10 + unit * 100, 20); break;
    case 1: if (block) engine.block.setPositionX(block, operation.value); break;
    case 2: if (block) engine.block.setOpacity(block, unit); break;
    case 3: if (block) engine.block.destroy(block); break;
    case 4: if (block) engine.block.duplicate(block); break;
    case 5: if (block && other && engine.block.isGroupable([block, other])) engine.block.group([block, other]); break;
    case 6: { const group = pick(engine.block.findByType('group'), operation.first); if (group) engine.block.ungroup(group); break; }
    case 7: if (block && engine.block.supportsEffects(block)) engine.block.appendEffect(block, engine.block.createEffect(pick(['adjustments', 'sepia', 'pixelize'], operation.second)!)); break;
    case 8: engine.variable.setString(pick(['a', 'b', 'c'], operation.first)!, String(operation.value)); break;
    case 9: engine.variable.remove(pick(['a', 'b', 'c'], operation.first)!); break;
    case 10: if (block) engine.block.bringToFront(block); break;
    case 11: if (block) engine.block.sendBackward(block); break;
    case 12: if (block) engine.block.appendChild(container, block); break;
    case 13: {
      const text = engine.block.create('text');
      engine.block.appendChild(container, text);
      engine.block.replaceText(text, `T{{a}}${operation.value}`);
      break;
    }
    case 14: if (block) { const fill = engine.block.supportsFill(block) ? engine.block.getFill(block) : null; if (fill !== null && engine.block.getType(fill).endsWith('color')) engine.block.setColor(fill, 'fill/color/value', { r: unit, g: 0.5, b: 0, a: 1 }); } break;
    case 15: if (block) {
      const gesture = engine.editor.beginGesture('drag');
      for (let step = 0; step < 5; step += 1) engine.block.setPosition(block, operation.value + step, step);
      if (operation.second % 3 === 0) gesture.cancel();
      else gesture.commit();
    } break;
    case 16: try {
      engine.editor.transact('fails', () => {
        if (block) engine.block.setRotation(block, operation.value);
        addRect(engine, container);
        throw new Error('rollback');
      });
    } catch (error) {
      if (!(error instanceof Error) || error.message !== 'rollback') throw error;
    } break;
    case 17: if (block) engine.block.setScopeEnabled(block, 'layer/move', operation.second % 2 === 0); break;
    case 18: if (block && other) engine.block.alignHorizontally([block, other], pick(['Left', 'Right', 'Center'] as const, operation.second)!); break;
    case 19: if (block && engine.block.supportsShape(block)) engine.block.setShape(block, engine.block.createShape(pick(['star', 'ellipse', 'polygon'], operation.second)!)); break;
    case 20: engine.editor.undo(); break;
    case 21: engine.editor.redo(); break;
    case 22: if (block) engine.block.setMetadata(block, pick(['k1', 'k2'], operation.second)!, String(operation.value)); break;
    case 23: if (block && engine.block.supportsFill(block)) {
      const gradient = engine.block.createFill('gradient/linear');
      engine.block.setGradientColorStops(gradient, 'fill/gradient/colors', [{ color: { r: unit, g: 0, b: 0, a: 1 }, stop: 0 }, { color: { r: 0, g: 0, b: 1, a: 1 }, stop: 1 }]);
      engine.block.setFill(block, gradient);
    } break;
    case 24: if (block && engine.block.supportsEffects(block) && engine.block.getEffects(block).length > 0) engine.block.removeEffect(block, 0); break;
    case 25: engine.editor.addUndoStep(); break;
    case 26: engine.editor.removeUndoStep(); break;
    case 27: {
      const text = pick(engine.block.findByType('text').filter((id) => engine.block.getParent(id) !== null), operation.first);
      if (text) {
        const length = engine.block.getString(text, 'text/text').length;
        const from = operation.second % (length + 1);
        engine.block.setTextColor(text, { r: unit, g: 0, b: 1, a: 1 }, from, length);
        engine.block.replaceText(text, 'x', Math.min(from, length));
      }
    } break;
    case 28: engine.scene.setDesignUnit(pick(['Pixel', 'Millimeter', 'Inch'] as const, operation.second)!); break;
    case 29: engine.scene.setLayout(pick(['Free', 'VerticalStack', 'HorizontalStack'] as const, operation.second)!); break;
    case 30: if (block) {
      const fill = engine.block.supportsFill(block) ? engine.block.getFill(block) : null;
      const target = pick(designBlocks(engine).filter((id) => id !== block && engine.block.supportsFill(id)), operation.second);
      if (fill !== null && target !== undefined) engine.block.setFill(target, fill);
    } break;
  }
  // Changes collect until a step is added (CE.SDK); about half the operations close one.
  if (operation.value > 0) engine.editor.addUndoStep();
}

it('undoing every step restores the start; redoing every step restores the end; events mirror the blocks (1,000 sequences of CE.SDK steps)', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(operationArbitrary, { minLength: 1, maxLength: 30 }), async (operations) => {
      const engine = await Engine.create({ historyLimit: 10_000 });
      engine.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
      addRect(engine, engine.scene.getPages()[0]!);
      // Loading resets the history, so the run starts with one block and nothing to undo or redo.
      const start = engine.scene.saveToStringSync();
      await engine.scene.loadFromString(start);
      // A mirror kept only from events must always agree with the engine's live blocks.
      const mirror = new Set<number>(engine.block.findAll());
      engine.event.flush();
      engine.event.subscribe([], (events) => {
        for (const event of events) {
          if (event.type === 'Destroyed') mirror.delete(event.block);
          else mirror.add(event.block);
        }
      });
      const checkMirror = (): void => {
        engine.event.flush();
        assert.deepEqual([...mirror].sort((left, right) => left - right), engine.block.findAll().sort((left, right) => left - right));
      };
      for (const operation of operations) {
        try {
          apply(engine, operation);
        } catch (error) {
          if (!(error instanceof CesdkError)) throw error;
          assert.notEqual(error.code, 'INVALID_STATE', error.message);
        }
        if (operation.first % 4 === 0) checkMirror();
      }
      // Changes made after the last step become one; interleaved undos may leave redo steps: the
      // end state is the one with every step applied.
      engine.editor.addUndoStep();
      while (engine.editor.redo()) { /* re-apply what the sequence undid */ }
      const end = engine.scene.saveToStringSync();
      while (engine.editor.undo()) { /* all the way back */ }
      assert.equal(engine.scene.saveToStringSync(), start);
      checkMirror();
      while (engine.editor.redo()) { /* all the way forward */ }
      assert.equal(engine.scene.saveToStringSync(), end);
      checkMirror();
    }),
    { numRuns: 1000, seed: FUZZ_SEED, includeErrorInReport: true },
  );
});
