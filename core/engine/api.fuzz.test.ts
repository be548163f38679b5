import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import { Engine } from './engine.js';
import { CesdkError, describeValue } from './errors.js';
import { addRect } from './test-helpers.js';

// A fixed seed keeps CI deterministic; set FUZZ_SEED to explore other cases.
const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261129);

// Calls every public method of every namespace with hostile arguments: a wrong call must throw a
// CesdkError and leave the scene exactly as it was; a call that succeeds must leave a loadable scene.

function methodsOf(target: object): string[] {
  const names = new Set<string>();
  for (let prototype = Object.getPrototypeOf(target); prototype && prototype !== Object.prototype; prototype = Object.getPrototypeOf(prototype)) {
    for (const name of Object.getOwnPropertyNames(prototype)) {
      if (name !== 'constructor' && typeof (target as Record<string, unknown>)[name] === 'function' && !name.startsWith('on')) names.add(name);
    }
  }
  return [...names].sort();
}

// TypeScript-private helpers are visible at run time; they are not API.
const PRIVATE = new Set(['attachSlot', 'checkName', 'checkNewId', 'checkProperty', 'checkWholeRange', 'createDetached', 'effectsOf', 'findByField', 'notify', 'reorder', 'replace', 'requireRecords', 'requireScene', 'requireSource', 'requireText', 'setMetaString', 'slotOf', 'scaleSubtree',
  'applyFonts', 'styleRange', 'setStyle', 'stylesIn', 'toggleTarget', 'toggle', 'spliceText', 'normalizeColorValue', 'descendants', 'visibleLines', 'carries', 'stackOf', 'createStaged', 'revertPending']);
// A gesture left open would turn every later call into INVALID_STATE, and a measurer is host code.
const SKIPPED = new Set([...PRIVATE, 'transact', 'beginGesture', 'setTextMeasurer']);

it('throws only CesdkErrors and never corrupts the scene under 3,000 hostile calls', async () => {
  const engine = await Engine.create({ historyLimit: 10_000 });
  engine.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
  const page = engine.scene.getPages()[0]!;
  const block = addRect(engine, page);
  const text = engine.block.create('text');
  engine.block.appendChild(page, text);
  const namespaces = { block: engine.block, scene: engine.scene, editor: engine.editor, variable: engine.variable, event: engine.event, asset: engine.asset } as Record<string, object>;
  const calls: Array<[string, string]> = [];
  for (const [namespace, target] of Object.entries(namespaces)) for (const name of methodsOf(target)) if (!SKIPPED.has(name)) calls.push([namespace, name]);
  const hostile = fc.oneof(
    fc.constantFrom<unknown>(undefined, null, Number.NaN, Number.POSITIVE_INFINITY, -1, 0, 0.5, 1, 2 ** 40, '', 'x', '__proto__', 'opacity', 'position/x', 'fill/color/value', 'text/text', 'layer/move', 'Creator', 'Viewer', 'Left', 'Allow', 'rect', 'graphic', [], [0], {}, { r: 1, g: 0, b: 0, a: 1 }, { r: Number.NaN }, true, false, () => 1, Object.create(null), Symbol('hostile'), { toString: () => { throw new Error('toString'); } }),
    fc.constantFrom(page, block, text, block + 1, block + 2, engine.scene.get()!),
    fc.array(fc.constantFrom(page, block, text, block + 1, block + 2, 999), { maxLength: 3 }),
    fc.record({ id: fc.constantFrom('a', ''), meta: fc.constantFrom<unknown>(undefined, null, { kind: 'shape' }, { kind: 'image', uri: 'https://example.test/x.png' }, { kind: 'text', text: 'T' }) }),
  );
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...calls), fc.array(hostile, { maxLength: 4 }), async ([namespace, name], args) => {
      if (engine.scene.get() === null) engine.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
      const before = engine.scene.saveToStringSync();
      const target = namespaces[namespace] as Record<string, (...parameters: unknown[]) => unknown>;
      try {
        const result = target[name]!.apply(target, args);
        if (result instanceof Promise) await result;
      } catch (error) {
        assert.ok(error instanceof CesdkError, `${namespace}.${name}(${args.map((arg) => describeValue(arg)).join(', ')}) threw ${String(error)}`);
        assert.equal(engine.scene.saveToStringSync(), before, `${namespace}.${name} failed but changed the scene`);
        return;
      }
      if (engine.scene.get() === null) engine.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
      const saved = engine.scene.saveToStringSync();
      const other = await Engine.create();
      await other.scene.loadFromString(saved);
      assert.equal(other.scene.saveToStringSync(), saved);
    }),
    { numRuns: 3000, seed: FUZZ_SEED, includeErrorInReport: true },
  );
});
