import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seededRandom as seeded } from '../../test/trust/soak-operations.js';
import { FieldMap } from './field-map.js';

/** A FieldMap holding `entries`, set in order. */
function fieldsOf(entries: Iterable<readonly [string, unknown]>): FieldMap {
  const fields = new FieldMap();
  for (const [key, value] of entries) fields.set(key, value);
  return fields;
}

function sameAsMap(fields: FieldMap, model: Map<string, unknown>, step: string): void {
  assert.equal(fields.size, model.size, step);
  assert.deepEqual([...fields], [...model], step);
  assert.deepEqual([...fields.keys()], [...model.keys()], step);
  for (const key of KEYS) {
    assert.equal(fields.has(key), model.has(key), `${step}: has ${key}`);
    assert.equal(fields.get(key), model.get(key), `${step}: get ${key}`);
  }
}

const KEYS = ['position/x', 'position/y', 'width', 'height', '#parent', '#fill', 'stroke/color', '#meta/a', '#meta/b', 'text/text'];

describe('FieldMap', () => {
  it('behaves as a Map<string, unknown> under random set, delete, clear and re-set (insertion order kept)', () => {
    for (let seed = 1; seed <= 40; seed += 1) {
      const random = seeded(seed);
      const fields = new FieldMap();
      const model = new Map<string, unknown>();
      for (let step = 0; step < 300; step += 1) {
        const key = KEYS[Math.floor(random() * KEYS.length)];
        const pick = random();
        const label = `seed ${seed} step ${step}`;
        if (pick < 0.6) {
          const value = random() < 0.5 ? random() * 100 : { step };
          assert.equal(fields.set(key, value), fields);
          model.set(key, value);
        } else if (pick < 0.95) {
          assert.equal(fields.delete(key), model.delete(key), label);
        } else {
          fields.clear();
          model.clear();
        }
        sameAsMap(fields, model, label);
      }
    }
  });

  it('iterates a snapshot of its entries while it changes', () => {
    const fields = fieldsOf([['a', 1], ['b', 2], ['c', 3]]);
    assert.deepEqual([...fields], [['a', 1], ['b', 2], ['c', 3]]);
    const seen: string[] = [];
    for (const [key] of fields) {
      seen.push(key);
      fields.delete(key);
      fields.set(`${key}2`, 0);
    }
    assert.deepEqual(seen, ['a', 'b', 'c']);
    assert.deepEqual([...fields.keys()], ['a2', 'b2', 'c2']);
    assert.deepEqual([...fields], [['a2', 0], ['b2', 0], ['c2', 0]]);
  });

  it('keeps records with the same keys independent (a shared layout holds keys, never values)', () => {
    const first = fieldsOf([['x', 1], ['y', 2]]);
    const second = fieldsOf([['x', 10], ['y', 20]]);
    first.set('x', 5);
    second.delete('x');
    assert.deepEqual([...first], [['x', 5], ['y', 2]]);
    assert.deepEqual([...second], [['y', 20]]);
    // Thousands of distinct key sets (user metadata) still work once layouts stop being shared.
    const many = Array.from({ length: 6000 }, (_, index) => fieldsOf([['#owner', index], [`#meta/${index}`, `v${index}`]]));
    many.forEach((fields, index) => assert.equal(fields.get(`#meta/${index}`), `v${index}`));
    const wide = fieldsOf(Array.from({ length: 100 }, (_, index): [string, unknown] => [`k${index}`, index]));
    assert.equal(wide.size, 100);
    assert.equal(wide.get('k99'), 99);
    wide.delete('k0');
    assert.equal(wide.get('k1'), 1);
    assert.equal(wide.size, 99);
  });
});
