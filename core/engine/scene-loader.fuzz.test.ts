import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { it } from 'node:test';
import fc from 'fast-check';
import { Engine } from './engine.js';
import { CesdkError } from './errors.js';
import { addRect } from './test-helpers.js';

// A fixed seed keeps CI deterministic; set FUZZ_SEED to explore other cases.
const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261129);

/** Mulberry32: a small seeded generator, so every run mutates the same way. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const VALUE_POOL: Json[] = [
  null, true, false, 0, -1, 1, 1.5, 7, 2 ** 53, -(2 ** 60), 1e308, '', 'x', '__proto__', '//ly.img.ubq/graphic', '//ly.img.ubq/scene',
  '//ly.img.ubq/fill/color', 'Normal', [], {}, [1], [1, 1], { r: 2, g: 0, b: 0, a: 1 }, { r: 0, g: 0, b: 0, a: 1 }, { name: '', tint: 1 }, 'a'.repeat(5000),
];
const KEY_POOL = ['__proto__', 'constructor', 'prototype', 'children', 'fill', 'shape', 'effects', 'blur', 'properties', 'opacity', 'position/x', 'scopes', 'x'];

function collectContainers(root: Json, found: Array<Json[] | { [key: string]: Json }> = []): Array<Json[] | { [key: string]: Json }> {
  if (root !== null && typeof root === 'object') {
    found.push(root);
    for (const value of Array.isArray(root) ? root : Object.values(root)) collectContainers(value, found);
  }
  return found;
}

function mutate(document: Json, random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const containers = collectContainers(document);
  const rounds = 1 + Math.floor(random() * 3);
  for (let round = 0; round < rounds; round += 1) {
    const target = pick(containers);
    const keys: Array<string | number> = Array.isArray(target) ? target.map((_, index) => index) : Object.keys(target);
    const operation = Math.floor(random() * 6);
    if (keys.length === 0 || operation === 0) {
      const key = pick(KEY_POOL);
      if (Array.isArray(target)) target.push(pick(VALUE_POOL));
      else Object.defineProperty(target, key, { value: pick(VALUE_POOL), enumerable: true, writable: true, configurable: true });
      continue;
    }
    const key = pick(keys) as never;
    if (operation === 1) (target as Record<string, Json>)[key] = structuredClone(pick(VALUE_POOL));
    else if (operation === 2) {
      if (Array.isArray(target)) target.splice(key, 1);
      else delete (target as Record<string, Json>)[key];
    } else if (operation === 3 && Array.isArray(target)) target.push(structuredClone(target[key]!));
    else if (operation === 4) {
      const other = pick(containers);
      (target as Record<string, Json>)[key] = structuredClone(Array.isArray(other) ? other[0] ?? null : other) as Json;
    } else {
      const value = (target as Record<string, Json>)[key];
      if (typeof value === 'number') (target as Record<string, Json>)[key] = value + (random() < 0.5 ? 1 : -1);
    }
  }
  let text = JSON.stringify(document);
  const textual = random();
  if (textual < 0.05) text = text.slice(0, Math.floor(random() * text.length));
  else if (textual < 0.1) {
    const position = Math.floor(random() * text.length);
    text = text.slice(0, position) + pick(['{', '}', '"', ',', ']', '\\', '0']) + text.slice(position + 1);
  }
  return text;
}

async function buildScene(): Promise<Engine> {
  const engine = await Engine.create({ limits: { maxBlocks: 500, maxDepth: 12, maxStringLength: 4000 } });
  engine.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
  const page = engine.scene.getPages()[0]!;
  for (let index = 0; index < 6; index += 1) addRect(engine, page, index * 10, index * 5);
  const [first, second] = engine.block.getChildren(page);
  engine.block.appendEffect(first!, engine.block.createEffect('pixelize'));
  engine.block.setBlur(first!, engine.block.createBlur('uniform'));
  engine.block.group([first!, second!]);
  const text = engine.block.create('text');
  engine.block.replaceText(text, 'Hello {{name}}');
  engine.block.appendChild(page, text);
  engine.variable.setString('name', 'fuzz');
  engine.block.setScopeEnabled(text, 'text/edit', false);
  // One asynchronous load fetches the validator chunk; the fuzz loops below then load synchronously.
  await engine.scene.loadFromString(engine.scene.saveToStringSync());
  return engine;
}

function loadOrReject(engine: Engine, text: string, before: string): boolean {
  try {
    engine.scene.loadFromStringSync(text);
  } catch (error) {
    assert.ok(error instanceof CesdkError, `not a CesdkError: ${String(error)}`);
    assert.ok(['SCENE_INVALID', 'SCENE_VERSION', 'LIMIT_EXCEEDED'].includes(error.code), error.code);
    assert.equal(engine.scene.saveToStringSync(), before, 'a failed load changed the scene');
    return false;
  }
  // A document that loads must be a stable one: save → load → save is identical.
  const saved = engine.scene.saveToStringSync();
  engine.scene.loadFromStringSync(saved);
  assert.equal(engine.scene.saveToStringSync(), saved);
  return true;
}

it('survives 4,000 seeded mutations of a real scene: clean load or CesdkError, scene untouched on failure', async () => {
  const engine = await buildScene();
  const original = engine.scene.saveToStringSync();
  const random = seededRandom(20261128);
  let loaded = 0;
  for (let run = 0; run < 4000; run += 1) {
    const before = engine.scene.saveToStringSync();
    if (loadOrReject(engine, mutate(JSON.parse(original) as Json, random), before)) {
      loaded += 1;
      engine.scene.loadFromStringSync(original);
    }
  }
  assert.ok(loaded > 0 && loaded < 4000, `some mutations load, most do not (${loaded} loaded)`);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

it('rejects 1,000 arbitrary JSON documents without crashing', async () => {
  const engine = await buildScene();
  await fc.assert(
    fc.asyncProperty(fc.oneof(fc.jsonValue({ maxDepth: 6 }), fc.record({ version: fc.constantFrom(1, 2), scene: fc.nat(10), blocks: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 5 }) })), async (value) => {
      const before = engine.scene.saveToStringSync();
      loadOrReject(engine, JSON.stringify(value) ?? 'null', before);
    }),
    { numRuns: 1000, seed: FUZZ_SEED, includeErrorInReport: true },
  );
});

it('rejects the hostile fixture scenes and hostile text', async () => {
  const engine = await buildScene();
  const before = engine.scene.saveToStringSync();
  for (const name of ['scene-deep-nesting.json', 'scene-not-json.json', 'scene-proto-pollution.json', 'scene-wrong-types.json']) {
    const text = readFileSync(new URL(`../../test/fixtures/hostile/${name}`, import.meta.url), 'utf8');
    assert.equal(loadOrReject(engine, text, before), false, name);
  }
  const deepArray = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  assert.equal(loadOrReject(engine, deepArray, before), false);
  assert.equal(loadOrReject(engine, '\u0000', before), false);
});
