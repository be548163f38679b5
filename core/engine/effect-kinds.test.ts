import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EFFECT_KINDS, EFFECT_KIND_NAMES } from './effect-kinds.js';
import { BLUR_KINDS, EFFECT_KIND_DECLARATIONS, kindPropertyPath, type KindDeclaration } from './kind-tables.js';
import { findDeclaration } from './property-registry.js';
import './property-declarations.js';
import { CesdkError } from './errors.js';
import { addRect, createTestEngine } from './test-helpers.js';
import type { PropertyType } from './types.js';

// CE.SDK's effect reference (filters-and-effects/support): every kind with its properties, types and defaults.
const REFERENCE: Record<string, Array<[name: string, type: PropertyType, defaultValue: unknown]>> = {
  cross_cut: [['offset', 'Float', 0.07], ['slices', 'Float', 5], ['speedV', 'Float', 0.5], ['time', 'Float', 1]],
  dot_pattern: [['blur', 'Float', 0.3], ['dots', 'Float', 30], ['size', 'Float', 0.5]],
  extrude_blur: [['amount', 'Float', 0.2]],
  glow: [['amount', 'Float', 0.5], ['darkness', 'Float', 0.3], ['size', 'Float', 4]],
  green_screen: [['colorMatch', 'Float', 0.4], ['fromColor', 'Color', { r: 0, g: 1, b: 0, a: 1 }], ['smoothness', 'Float', 0.08], ['spill', 'Float', 0]],
  half_tone: [['angle', 'Float', 0], ['scale', 'Float', 0.5]],
  linocut: [['scale', 'Float', 0.5]],
  liquid: [['amount', 'Float', 0.06], ['scale', 'Float', 0.62], ['time', 'Float', 0.5]],
  lut_filter: [['filterId', 'String', ''], ['horizontalTileCount', 'Int', 5], ['intensity', 'Float', 1], ['lutFileURI', 'String', ''], ['verticalTileCount', 'Int', 5]],
  mirror: [['side', 'Int', 1]],
  outliner: [['amount', 'Float', 0.5], ['passthrough', 'Float', 0.5]],
  radial_pixel: [['radius', 'Float', 0.1], ['segments', 'Float', 0.01]],
  recolor: [['brightnessMatch', 'Float', 1], ['colorMatch', 'Float', 0.4], ['fromColor', 'Color', { r: 1, g: 1, b: 1, a: 1 }], ['smoothness', 'Float', 0.08], ['toColor', 'Color', { r: 0, g: 0, b: 1, a: 1 }]],
  sharpie: [],
  shifter: [['amount', 'Float', 0.05], ['angle', 'Float', 0.3]],
  tilt_shift: [['amount', 'Float', 0.016], ['position', 'Float', 0.4]],
  tv_glitch: [['distortion', 'Float', 3], ['distortion2', 'Float', 1], ['rollSpeed', 'Float', 1], ['speed', 'Float', 2]],
  pixelize: [['horizontalPixelSize', 'Int', 20], ['verticalPixelSize', 'Int', 20]],
  vignette: [['darkness', 'Float', 1], ['offset', 'Float', 1]],
  posterize: [['levels', 'Float', 3]],
};

/** A value different from the default, of the property's type. */
function otherValue(type: PropertyType, defaultValue: unknown): unknown {
  switch (type) {
    case 'Color': return { r: 0.25, g: 0.5, b: 0.75, a: 1 };
    case 'String': return 'https://example.com/lut.png';
    case 'Int': return (defaultValue as number) + 1;
    default: return defaultValue === 1 ? 0.625 : (defaultValue as number) + 0.125; // stays inside 0..1 ranges
  }
}

function read(engine: Awaited<ReturnType<typeof createTestEngine>>['engine'], id: number, path: string, type: PropertyType): unknown {
  switch (type) {
    case 'Color': return engine.block.getColor(id, path);
    case 'String': return engine.block.getString(id, path);
    case 'Int': return engine.block.getInt(id, path);
    default: return engine.block.getFloat(id, path);
  }
}

function write(engine: Awaited<ReturnType<typeof createTestEngine>>['engine'], id: number, path: string, type: PropertyType, value: unknown): void {
  switch (type) {
    case 'Color': return engine.block.setColor(id, path, value as never);
    case 'String': return engine.block.setString(id, path, value as string);
    case 'Int': return engine.block.setInt(id, path, value as number);
    default: return engine.block.setFloat(id, path, value as number);
  }
}

describe('effect kinds', () => {
  it('declares every kind of CE.SDK\'s effect reference with its properties, types and defaults', async () => {
    const { engine } = await createTestEngine();
    for (const [kind, properties] of Object.entries(REFERENCE)) {
      assert.ok(EFFECT_KIND_NAMES.includes(kind as never), `${kind} is declared`);
      for (const type of [kind, `effect/${kind}`, `//ly.img.ubq/effect/${kind}`]) {
        const effect = engine.block.createEffect(type as never);
        assert.equal(engine.block.getType(effect), `//ly.img.ubq/effect/${kind}`);
        assert.equal(engine.block.isEffectEnabled(effect), true);
        const expectedPaths = ['effect/enabled', 'type', ...properties.map(([name]) => `effect/${kind}/${name}`)].sort();
        assert.deepEqual(engine.block.findAllProperties(effect), expectedPaths, `${kind} property list`);
        for (const [name, propertyType, defaultValue] of properties) {
          const path = `effect/${kind}/${name}`;
          assert.equal(engine.block.getPropertyType(path), propertyType, path);
          assert.deepEqual(read(engine, effect, path, propertyType), defaultValue, `${path} default`);
        }
      }
    }
    assert.ok(EFFECT_KIND_NAMES.length >= Object.keys(REFERENCE).length + 2, 'adjustments and duotone are kept');
  });

  it('sets and gets with full and short paths, saves, loads and undoes them', async () => {
    const { engine, page } = await createTestEngine();
    const block = addRect(engine, page);
    const written = new Map<number, Array<[string, PropertyType, unknown]>>();
    for (const [kind, properties] of Object.entries(REFERENCE)) {
      const effect = engine.block.createEffect(kind as never);
      engine.block.appendEffect(block, effect);
      const values: Array<[string, PropertyType, unknown]> = [];
      properties.forEach(([name, type, defaultValue], index) => {
        const full = `effect/${kind}/${name}`;
        const short = `${kind}/${name}`;
        const value = otherValue(type, defaultValue);
        // Alternate: write with the short path and read with the full one, and the other way round.
        write(engine, effect, index % 2 === 0 ? short : full, type, value);
        assert.deepEqual(read(engine, effect, index % 2 === 0 ? full : short, type), value, `${full} read back`);
        values.push([full, type, value]);
      });
      written.set(effect, values);
    }
    engine.editor.addUndoStep();
    const saved = await engine.scene.saveToString();
    assert.ok(!saved.includes('"glow/size"'), 'saved under full paths only');
    assert.ok(saved.includes('"effect/glow/size"'));

    const { engine: other } = await createTestEngine();
    await other.scene.loadFromString(saved);
    const [loadedBlock] = other.block.findByType('graphic');
    const loadedEffects = other.block.getEffects(loadedBlock);
    assert.equal(loadedEffects.length, written.size);
    [...written.values()].forEach((values, index) => {
      for (const [path, type, value] of values) assert.deepEqual(read(other, loadedEffects[index], path, type), value, `${path} after load`);
    });
    assert.equal(await other.scene.saveToString(), saved, 'save → load → save is identical');

    const glow = [...written.keys()][Object.keys(REFERENCE).indexOf('glow')];
    engine.block.setFloat(glow, 'glow/size', 12);
    engine.editor.addUndoStep();
    assert.equal(engine.block.getFloat(glow, 'effect/glow/size'), 12);
    engine.editor.undo();
    assert.equal(engine.block.getFloat(glow, 'effect/glow/size'), 4.125, 'undo restores the previous size');
  });

  it('keeps short blur paths and existing effect paths working', async () => {
    const { engine } = await createTestEngine();
    const radial = engine.block.createBlur('radial');
    engine.block.setFloat(radial, 'radial/radius', 40);
    assert.equal(engine.block.getFloat(radial, 'blur/radial/radius'), 40);
    const duotone = engine.block.createEffect('duotone_filter');
    engine.block.setFloat(duotone, 'duotone_filter/intensity', 0.6);
    assert.equal(engine.block.getFloat(duotone, 'effect/duotone_filter/intensity'), 0.6);
    const pixelize = engine.block.createEffect('pixelize');
    engine.block.setInt(pixelize, 'pixelize/horizontalPixelSize', 8);
    assert.equal(engine.block.getInt(pixelize, 'effect/pixelize/horizontalPixelSize'), 8);
    assert.equal(engine.block.getPropertyType('glow/size'), 'Float');
  });

  it('refuses bad values and unknown kinds with typed errors, changing nothing', async () => {
    const { engine } = await createTestEngine();
    const code = (run: () => unknown): string | undefined => {
      try {
        run();
        return undefined;
      } catch (error) {
        assert.ok(error instanceof CesdkError, 'a CesdkError');
        return error.code;
      }
    };
    assert.equal(code(() => engine.block.createEffect('sparkle' as never)), 'INVALID_VALUE');
    const lut = engine.block.createEffect('lut_filter');
    assert.equal(code(() => engine.block.setFloat(lut, 'effect/lut_filter/intensity', 1.5)), 'OUT_OF_RANGE');
    assert.equal(code(() => engine.block.setInt(lut, 'lut_filter/horizontalTileCount', 0)), 'OUT_OF_RANGE');
    assert.equal(code(() => engine.block.setInt(lut, 'effect/lut_filter/verticalTileCount', 2.5)), 'INVALID_VALUE');
    assert.equal(code(() => engine.block.setFloat(lut, 'effect/lut_filter/horizontalTileCount', 3)), 'TYPE_MISMATCH');
    assert.equal(code(() => engine.block.setString(lut, 'effect/lut_filter/lutFileURI', 42 as never)), 'INVALID_VALUE');
    assert.equal(engine.block.getInt(lut, 'effect/lut_filter/horizontalTileCount'), 5, 'unchanged');
    const glow = engine.block.createEffect('glow');
    assert.equal(code(() => engine.block.setFloat(glow, 'effect/glow/size', Number.NaN)), 'INVALID_VALUE');
    assert.equal(code(() => engine.block.setFloat(glow, 'effect/glow/size', -1)), 'OUT_OF_RANGE');
    assert.equal(code(() => engine.block.setFloat(glow, 'glow/nothing', 1)), 'UNKNOWN_PROPERTY');
    assert.equal(code(() => engine.block.setFloat(glow, 'effect/half_tone/scale', 1)), 'UNKNOWN_PROPERTY');
    const mirror = engine.block.createEffect('mirror');
    assert.equal(code(() => engine.block.setInt(mirror, 'mirror/side', 4)), 'OUT_OF_RANGE');
    const recolor = engine.block.createEffect('recolor');
    assert.equal(code(() => engine.block.setColor(recolor, 'recolor/toColor', { r: 'red' } as never)), 'INVALID_VALUE');
    assert.equal(engine.block.getFloat(glow, 'effect/glow/size'), 4);
  });

  it('declares effect and blur kinds as the registry has them; every slider hint stays inside the declared range', () => {
    assert.deepEqual(Object.keys(EFFECT_KIND_DECLARATIONS), [...EFFECT_KIND_NAMES]);
    const kinds: KindDeclaration[] = [...Object.values(EFFECT_KIND_DECLARATIONS), ...Object.values(BLUR_KINDS)];
    for (const kind of kinds) {
      for (const property of kind.properties) {
        const path = kindPropertyPath(kind, property);
        const declared = findDeclaration(path);
        assert.ok(declared, `${path} is declared`);
        assert.equal(declared.type, property.type, path);
        assert.deepEqual(declared.defaultValue, property.defaultValue, path);
        assert.equal(declared.min, property.min, path);
        assert.equal(declared.max, property.max, path);
        const ui = property.ui;
        if (ui?.min !== undefined && declared.min !== undefined) assert.ok(ui.min >= declared.min, `${path}: slider from ${ui.min} below ${declared.min}`);
        if (ui?.max !== undefined && declared.max !== undefined) assert.ok(ui.max <= declared.max, `${path}: slider to ${ui.max} above ${declared.max}`);
      }
    }
  });

  it('has one table entry per kind, each property typed as declared', () => {
    for (const [kind, spec] of Object.entries(EFFECT_KINDS)) {
      for (const [name, type] of spec.properties) assert.match(`${kind}/${name}:${type}`, /^[a-z_]+\/[A-Za-z0-9]+:(Float|Int|Color|String)$/);
    }
  });
});
