import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CesdkError } from './errors.js';
import { addRect, createTestEngine } from './test-helpers.js';

function assertCode(fn: () => unknown, code: string): void {
  assert.throws(fn, (error: unknown) => error instanceof CesdkError && error.code === code);
}

describe('block lifecycle and hierarchy', () => {
  it('creates blocks in short and long form and reports the long type', async () => {
    const { engine } = await createTestEngine();
    for (const type of ['graphic', 'text', 'group', 'audio', 'page']) {
      const id = engine.block.create(type);
      assert.equal(engine.block.getType(id), `//ly.img.ubq/${type}`);
      assert.equal(engine.block.isValid(id), true);
    }
    const long = engine.block.create('//ly.img.ubq/graphic');
    assert.equal(engine.block.getType(long), '//ly.img.ubq/graphic');
    assertCode(() => engine.block.create('banana'), 'INVALID_VALUE');
  });

  it('appends, inserts, reorders and reports parents and children', async () => {
    const { engine, page } = await createTestEngine();
    const a = addRect(engine, page);
    const b = addRect(engine, page);
    const c = engine.block.create('graphic');
    engine.block.insertChild(page, c, 0);
    assert.deepEqual(engine.block.getChildren(page), [c, a, b]);
    assert.equal(engine.block.getParent(a), page);
    engine.block.bringToFront(c);
    assert.deepEqual(engine.block.getChildren(page), [a, b, c]);
    engine.block.sendToBack(c);
    assert.deepEqual(engine.block.getChildren(page), [c, a, b]);
    engine.block.bringForward(c);
    assert.deepEqual(engine.block.getChildren(page), [a, c, b]);
    engine.block.sendBackward(b);
    assert.deepEqual(engine.block.getChildren(page), [a, b, c]);
    engine.block.insertChild(page, a, 2);
    assert.deepEqual(engine.block.getChildren(page), [b, c, a]);
    engine.block.insertChild(page, a, 0);
    assert.deepEqual(engine.block.getChildren(page), [a, b, c]);
    assertCode(() => engine.block.insertChild(page, c, 7), 'OUT_OF_RANGE');
  });

  it('refuses cycles, wrong kinds and unknown ids, leaving state unchanged', async () => {
    const { engine, page } = await createTestEngine();
    const outer = engine.block.create('group');
    const inner = engine.block.create('group');
    engine.block.appendChild(page, outer);
    engine.block.appendChild(outer, inner);
    assertCode(() => engine.block.appendChild(inner, outer), 'HIERARCHY_CYCLE');
    assertCode(() => engine.block.appendChild(outer, outer), 'HIERARCHY_CYCLE');
    assertCode(() => engine.block.appendChild(page, engine.scene.get()!), 'INVALID_VALUE');
    assertCode(() => engine.block.appendChild(page, 9999), 'INVALID_BLOCK');
    assert.deepEqual(engine.block.getChildren(outer), [inner]);
    assert.equal(engine.block.getParent(outer), page);
  });

  it('destroys a block with its children, fill and shape', async () => {
    const { engine, page } = await createTestEngine();
    const group = engine.block.create('group');
    engine.block.appendChild(page, group);
    const child = addRect(engine, group);
    const fill = engine.block.getFill(child)!;
    const shape = engine.block.getShape(child)!;
    engine.editor.addUndoStep();
    engine.block.destroy(group);
    engine.editor.addUndoStep();
    for (const id of [group, child, fill, shape]) assert.equal(engine.block.isValid(id), false);
    assert.deepEqual(engine.block.getChildren(page), []);
    assertCode(() => engine.block.getType(group), 'INVALID_BLOCK');
    engine.editor.undo();
    for (const id of [group, child, fill, shape]) assert.equal(engine.block.isValid(id), true);
    assert.deepEqual(engine.block.getChildren(group), [child]);
  });

  it('duplicates deeply with new ids and UUIDs, right above the original', async () => {
    const { engine, page } = await createTestEngine();
    const block = addRect(engine, page, 5, 6);
    const effect = engine.block.createEffect('pixelize');
    engine.block.appendEffect(block, effect);
    engine.block.setBlur(block, engine.block.createBlur('uniform'));
    engine.block.setName(block, 'hero');
    const copy = engine.block.duplicate(block);
    assert.deepEqual(engine.block.getChildren(page), [block, copy]);
    assert.notEqual(engine.block.getFill(copy), engine.block.getFill(block));
    assert.notEqual(engine.block.getShape(copy), engine.block.getShape(block));
    assert.notEqual(engine.block.getEffects(copy)[0], effect);
    assert.notEqual(engine.block.getBlur(copy), engine.block.getBlur(block));
    assert.notEqual(engine.block.getUUID(copy), engine.block.getUUID(block));
    assert.equal(engine.block.getName(copy), 'hero');
    assert.equal(engine.block.getPositionX(copy), 5);
    const detached = engine.block.duplicate(block, false);
    assert.equal(engine.block.getParent(detached), null);
  });

  it('gives each block one UUID for its life: the same on every call, after undo and redo, and in the saved scene', async () => {
    const { engine, page } = await createTestEngine();
    engine.editor.addUndoStep();
    const block = addRect(engine, page);
    engine.editor.addUndoStep();
    const uuid = engine.block.getUUID(block);
    assert.match(uuid, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(engine.block.getUUID(block), uuid);
    engine.editor.undo();
    engine.editor.redo();
    assert.equal(engine.block.getUUID(block), uuid);
    const saved = await engine.scene.saveToString();
    const others = [page, engine.block.getFill(block)!, engine.block.getShape(block)!].map((id) => engine.block.getUUID(id));
    assert.equal(new Set([uuid, ...others]).size, 4, 'UUIDs are unique');
    const loaded = await createTestEngine();
    await loaded.engine.scene.loadFromString(saved);
    const [reloaded] = loaded.engine.block.findByType('graphic');
    assert.equal(loaded.engine.block.getUUID(reloaded!), uuid);
    // Blocks pasted next to themselves get new UUIDs; the originals keep theirs.
    const pasted = await engine.block.loadFromString(await engine.block.saveToString([block]));
    assert.notEqual(engine.block.getUUID(pasted[0]!), uuid);
    assert.equal(engine.block.getUUID(block), uuid);
  });

  it('finds by type, name and kind', async () => {
    const { engine, page } = await createTestEngine();
    const a = addRect(engine, page);
    engine.block.setName(a, 'logo');
    engine.block.setKind(a, 'sticker');
    assert.deepEqual(engine.block.findByName('logo'), [a]);
    assert.deepEqual(engine.block.findByKind('sticker'), [a]);
    assert.deepEqual(engine.block.findByType('graphic'), [a]);
    assert.deepEqual(engine.block.findByType('//ly.img.ubq/graphic'), [a]);
    assert.equal(engine.block.findByType('shape/rect').length, 1);
    assert.equal(engine.block.findByType('fill/color').length, 2);
    assert.ok(engine.block.findAll().includes(a));
    assertCode(() => engine.block.findByType('nope'), 'INVALID_VALUE');
  });
});

describe('typed properties', () => {
  it('reads defaults and writes values through every accessor', async () => {
    const { engine, page } = await createTestEngine();
    const block = addRect(engine, page);
    assert.equal(engine.block.getFloat(block, 'opacity'), 1);
    assert.equal(engine.block.getBool(block, 'visible'), true);
    assert.equal(engine.block.getEnum(block, 'blend/mode'), 'Normal');
    engine.block.setFloat(block, 'opacity', 0.5);
    engine.block.setBool(block, 'flip/horizontal', true);
    engine.block.setEnum(block, 'stroke/style', 'Dashed');
    engine.block.setColor(block, 'stroke/color', { c: 0, m: 1, y: 0, k: 0, tint: 1 });
    engine.block.setDouble(block, 'playback/duration', 2.5);
    const shape = engine.block.getShape(block)!;
    engine.block.setFloat(shape, 'shape/rect/cornerRadiusTL', 8);
    const polygon = engine.block.createShape('polygon');
    engine.block.setInt(polygon, 'shape/polygon/sides', 7);
    assert.equal(engine.block.getInt(polygon, 'shape/polygon/sides'), 7);
    assert.equal(engine.block.getFloat(block, 'opacity'), 0.5);
    assert.equal(engine.block.getFlipHorizontal(block), true);
    assert.equal(engine.block.getStrokeStyle(block), 'Dashed');
    assert.deepEqual(engine.block.getStrokeColor(block), { c: 0, m: 1, y: 0, k: 0, tint: 1 });
    assert.equal(engine.block.getDouble(block, 'playback/duration'), 2.5);
    const text = engine.block.create('text');
    engine.block.setString(text, 'text/text', 'Hello');
    assert.equal(engine.block.getString(text, 'text/text'), 'Hello');
  });

  it('rejects wrong types, unknown paths, NaN, ranges and enum values with stable codes', async () => {
    const { engine, page } = await createTestEngine();
    const block = addRect(engine, page);
    assertCode(() => engine.block.setBool(block, 'opacity', true), 'TYPE_MISMATCH');
    assertCode(() => engine.block.setFloat(block, 'no/such/path', 1), 'UNKNOWN_PROPERTY');
    assertCode(() => engine.block.setString(block, 'text/text', 'x'), 'UNKNOWN_PROPERTY');
    assertCode(() => engine.block.setFloat(block, 'opacity', Number.NaN), 'INVALID_VALUE');
    assertCode(() => engine.block.setFloat(block, 'position/x', Number.POSITIVE_INFINITY), 'INVALID_VALUE');
    assertCode(() => engine.block.setFloat(block, 'opacity', 2), 'OUT_OF_RANGE');
    assertCode(() => engine.block.setEnum(block, 'blend/mode', 'Sparkle'), 'INVALID_VALUE');
    assertCode(() => engine.block.setColor(block, 'stroke/color', { r: 2, g: 0, b: 0, a: 1 }), 'OUT_OF_RANGE');
    assertCode(() => engine.block.setColor(block, 'stroke/color', { x: 1 } as never), 'INVALID_VALUE');
    assertCode(() => engine.block.getFloat(424242, 'opacity'), 'INVALID_BLOCK');
    const error = (() => {
      try {
        engine.block.setFloat(block, 'opacity', 3);
      } catch (caught) {
        return caught as CesdkError;
      }
      return undefined;
    })();
    assert.ok(error?.message.includes(`block ${block}`));
    assert.ok(error?.message.includes('opacity'));
    assert.equal(error?.path, 'opacity');
    assert.equal(engine.block.getOpacity(block), 1);
    assert.equal(engine.editor.canRedo(), false);
  });

  it('reflects on properties, types and enum values', async () => {
    const { engine, page } = await createTestEngine();
    const block = addRect(engine, page);
    const properties = engine.block.findAllProperties(block);
    for (const path of ['position/x', 'width', 'rotation', 'opacity', 'blend/mode', 'stroke/width', 'dropShadow/color', 'crop/scaleX', 'contentFill/mode']) {
      assert.ok(properties.includes(path), path);
    }
    assert.equal(engine.block.getPropertyType('opacity'), 'Float');
    assert.equal(engine.block.getPropertyType('fill/color/value'), 'Color');
    assert.equal(engine.block.getPropertyType('shape/polygon/sides'), 'Int');
    assert.deepEqual(engine.block.getEnumValues('contentFill/mode'), ['Crop', 'Cover', 'Contain']);
    assert.equal(engine.block.isPropertyReadable('opacity'), true);
    assert.equal(engine.block.isPropertyWritable('scene/mode'), false);
    assertCode(() => engine.block.getEnumValues('opacity'), 'TYPE_MISMATCH');
    assertCode(() => engine.block.getPropertyType('nope'), 'UNKNOWN_PROPERTY');
  });

  it('returns frozen colors that cannot corrupt the stored value', async () => {
    const { engine, page } = await createTestEngine();
    const block = addRect(engine, page);
    const input = { r: 0.1, g: 0.2, b: 0.3, a: 1 };
    engine.block.setStrokeColor(block, input);
    input.r = 0.9;
    const color = engine.block.getStrokeColor(block);
    assert.deepEqual(color, { r: 0.1, g: 0.2, b: 0.3, a: 1 });
    assert.ok(Object.isFrozen(color));
  });
});

describe('fills, shapes, effects and blur', () => {
  it('swaps fills, destroys an old fill nobody uses, and shares fills as CE.SDK', async () => {
    const { engine, page } = await createTestEngine();
    const a = addRect(engine, page);
    const b = addRect(engine, page);
    const oldFill = engine.block.getFill(a)!;
    const gradient = engine.block.createFill('gradient/linear');
    engine.block.setFill(a, gradient);
    assert.equal(engine.block.isValid(oldFill), false);
    const bFill = engine.block.getFill(b)!;
    engine.block.setFill(b, gradient);
    assert.equal(engine.block.getFill(b), gradient, 'a fill can be shared');
    assert.equal(engine.block.isValid(bFill), false);
    engine.editor.addUndoStep();
    engine.block.destroy(a);
    assert.equal(engine.block.isValid(gradient), true, 'a shared fill survives one of its users');
    const saved = engine.scene.saveToStringSync();
    assert.equal(saved.split('"//ly.img.ubq/fill/gradient/linear"').length, 2, 'saved once');
    await engine.scene.loadFromString(saved);
    assert.equal(engine.block.getFill(b), gradient, 'the shared fill loads back');
    engine.block.destroy(b);
    assert.equal(engine.block.isValid(gradient), false, 'the last user takes the fill with it');
    await engine.scene.loadFromString(saved);
    const c = addRect(engine, page);
    engine.block.setFill(c, gradient);
    engine.editor.addUndoStep();
    engine.block.destroy(b);
    assert.equal(engine.block.isValid(gradient), true);
    engine.editor.addUndoStep();
    engine.editor.undo();
    assert.equal(engine.block.isValid(b), true);
    assert.equal(engine.block.getFill(b), gradient);
    engine.block.setGradientColorStops(gradient, 'fill/gradient/colors', [
      { color: { r: 1, g: 0, b: 0, a: 1 }, stop: 0 },
      { color: { r: 0, g: 0, b: 1, a: 1 }, stop: 1 },
    ]);
    assert.equal(engine.block.getGradientColorStops(gradient, 'fill/gradient/colors').length, 2);
    assertCode(() => engine.block.setGradientColorStops(gradient, 'fill/gradient/colors', [{ color: { r: 1, g: 0, b: 0, a: 1 }, stop: 3 }]), 'OUT_OF_RANGE');
    assert.equal(engine.block.supportsFill(c), true);
    assert.equal(engine.block.supportsShape(engine.block.create('text')), false);
    assertCode(() => engine.block.setShape(engine.block.create('text'), engine.block.createShape('star')), 'INVALID_BLOCK');
    assertCode(() => engine.block.setFill(c, engine.block.createShape('star')), 'INVALID_BLOCK');
    engine.block.setFillEnabled(c, false);
    assert.equal(engine.block.isFillEnabled(c), false);
    engine.block.setContentFillMode(c, 'Contain');
    assert.equal(engine.block.getContentFillMode(c), 'Contain');
  });

  it('keeps an effect stack and a blur', async () => {
    const { engine, page } = await createTestEngine();
    const block = addRect(engine, page);
    const first = engine.block.createEffect('adjustments');
    const second = engine.block.createEffect('//ly.img.ubq/effect/sepia');
    const third = engine.block.createEffect('duotone_filter');
    engine.block.appendEffect(block, first);
    engine.block.appendEffect(block, second);
    engine.block.insertEffect(block, third, 1);
    assert.deepEqual(engine.block.getEffects(block), [first, third, second]);
    engine.block.setFloat(first, 'effect/adjustments/brightness', 0.4);
    engine.block.setFloat(second, 'effect/sepia/intensity', 0.7);
    engine.block.setEffectEnabled(third, false);
    assert.equal(engine.block.isEffectEnabled(third), false);
    engine.block.removeEffect(block, 1);
    assert.deepEqual(engine.block.getEffects(block), [first, second]);
    assert.equal(engine.block.isValid(third), true);
    assertCode(() => engine.block.removeEffect(block, 5), 'OUT_OF_RANGE');
    assertCode(() => engine.block.createEffect('nope'), 'INVALID_VALUE');
    const blur = engine.block.createBlur('radial');
    engine.block.setBlur(block, blur);
    assert.equal(engine.block.getBlur(block), blur);
    engine.block.setBlurEnabled(block, false);
    assert.equal(engine.block.isBlurEnabled(block), false);
    assert.equal(engine.block.getFloat(engine.block.createBlur('uniform'), 'blur/uniform/intensity'), 0.5);
  });
});
