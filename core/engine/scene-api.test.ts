import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolveObjectURL } from 'node:buffer';
import { describe, it } from 'node:test';
import { Engine } from './engine.js';
import { CesdkError } from './errors.js';
import { addRect, createTestEngine } from './test-helpers.js';

const fixture = (name: string): string => readFileSync(new URL(`../../test/fixtures/hostile/${name}`, import.meta.url), 'utf8');

async function richEngine(): Promise<{ engine: Engine; page: number; block: number; text: number }> {
  const { engine, page } = await createTestEngine();
  const block = addRect(engine, page, 10, 20, 300, 200);
  engine.block.setRotation(block, 0.25);
  engine.block.setStrokeEnabled(block, true);
  engine.block.setStrokeColor(block, { c: 0.1, m: 0.2, y: 0.3, k: 0.4, tint: 1 });
  engine.block.setDropShadowColor(block, { name: 'Brand', tint: 0.5, externalReference: 'pantone' });
  engine.block.appendEffect(block, engine.block.createEffect('vignette'));
  engine.block.setBlur(block, engine.block.createBlur('linear'));
  engine.block.setScopeEnabled(block, 'layer/move', false);
  engine.block.setName(block, 'Card "quoted" ünïcode');
  const gradient = engine.block.createFill('gradient/radial');
  engine.block.setGradientColorStops(gradient, 'fill/gradient/colors', [{ color: { r: 1, g: 0, b: 0, a: 1 }, stop: 0 }, { color: { r: 0, g: 0, b: 1, a: 0.5 }, stop: 0.7 }]);
  engine.block.setFill(block, gradient);
  const text = engine.block.create('text');
  engine.block.appendChild(page, text);
  engine.block.replaceText(text, 'Hi {{who}}');
  engine.variable.setString('who', 'there');
  const group = engine.block.group([text]);
  engine.block.setOpacity(group, 0.5);
  engine.scene.addPage({ width: 500, height: 400 });
  engine.scene.setDesignUnit('Millimeter');
  engine.scene.setDPI(150);
  return { engine, page, block, text };
}

describe('scene', () => {
  it('creates a scene with a page and manages pages and units', async () => {
    const engine = await Engine.create();
    assert.equal(engine.scene.get(), null);
    assert.deepEqual(engine.scene.getPages(), []);
    const scene = engine.scene.create('Free', { page: { size: { width: 800, height: 600 } } });
    assert.equal(engine.scene.get(), scene);
    const [page] = engine.scene.getPages();
    assert.equal(engine.block.getWidth(page!), 800);
    assert.equal(engine.block.getParent(page!), scene);
    assert.equal(engine.scene.getCurrentPage(), page);
    const second = engine.scene.addPage();
    engine.scene.setCurrentPage(second);
    assert.equal(engine.scene.getCurrentPage(), second);
    assert.equal(engine.block.getHeight(second), 600);
    assert.equal(engine.scene.getDesignUnit(), 'Pixel');
    engine.scene.setDesignUnit('Inch');
    assert.equal(engine.scene.getDesignUnit(), 'Inch');
    assert.equal(engine.scene.getDPI(), 300);
    assert.throws(() => engine.scene.setDesignUnit('Parsec' as never), CesdkError);
    assert.throws(() => engine.scene.setDPI(0), (error: unknown) => error instanceof CesdkError && error.code === 'OUT_OF_RANGE');
  });

  it('keeps zoom out of history and notifies', async () => {
    const { engine } = await createTestEngine();
    const levels: number[] = [];
    engine.scene.onZoomLevelChanged((level) => levels.push(level));
    engine.scene.setZoomLevel(2);
    assert.equal(engine.scene.getZoomLevel(), 2);
    assert.deepEqual(levels, [2]);
    assert.throws(() => engine.scene.setZoomLevel(Number.NaN), CesdkError);
    assert.throws(() => engine.scene.setZoomLevel(-1), CesdkError);
  });

  it('round-trips save → load → save byte-identically', async () => {
    const { engine, block } = await richEngine();
    const first = await engine.scene.saveToString();
    const other = await Engine.create();
    const sceneId = await other.scene.loadFromString(first);
    assert.equal(sceneId, engine.scene.get());
    assert.equal(await other.scene.saveToString(), first);
    assert.equal(other.block.getUUID(block), engine.block.getUUID(block));
    assert.deepEqual(other.block.getStrokeColor(block), { c: 0.1, m: 0.2, y: 0.3, k: 0.4, tint: 1 });
    assert.equal(other.block.isScopeEnabled(block, 'layer/move'), false);
    assert.equal(other.variable.getString('who'), 'there');
    assert.equal(other.scene.getDesignUnit(), 'Millimeter');
    assert.equal(other.editor.canUndo(), false, 'loading resets history');
  });

  it('rejects bad documents with a path and leaves the scene untouched', async () => {
    const { engine } = await richEngine();
    const before = engine.scene.saveToStringSync();
    const good = JSON.parse(before) as { blocks: Array<Record<string, unknown>> };
    const cases: Array<[string, string, string]> = [
      ['not json', '{"version": 2,', 'SCENE_INVALID'],
      ['array', '[]', 'SCENE_INVALID'],
      ['future version', JSON.stringify({ ...good, version: 99 }), 'SCENE_VERSION'],
      ['missing version', JSON.stringify({ ...good, version: undefined }), 'SCENE_VERSION'],
      ['bad property type', JSON.stringify({ ...good, blocks: good.blocks.map((entry, index) => (index === 3 ? { ...entry, properties: { opacity: 'high' } } : entry)) }), 'SCENE_INVALID'],
      ['unknown property', JSON.stringify({ ...good, blocks: good.blocks.map((entry, index) => (index === 3 ? { ...entry, properties: { 'size/depth': 1 } } : entry)) }), 'SCENE_INVALID'],
      ['dangling child', JSON.stringify({ ...good, blocks: good.blocks.map((entry, index) => (index === 0 ? { ...entry, children: [9999] } : entry)) }), 'SCENE_INVALID'],
      ['two parents', JSON.stringify({ ...good, blocks: good.blocks.map((entry, index) => (index === 0 ? { ...entry, children: [...(entry.children as number[]), (good.blocks[1]!.children as number[])[0]] } : entry)) }), 'SCENE_INVALID'],
      ['fill pointing at a shape', JSON.stringify({ ...good, blocks: good.blocks.map((entry) => (entry.fill !== undefined && entry.shape !== undefined ? { ...entry, fill: entry.shape, shape: entry.fill } : entry)) }), 'SCENE_INVALID'],
      ['orphan', JSON.stringify({ ...good, blocks: [...good.blocks, { id: 5000, type: '//ly.img.ubq/graphic', uuid: 'x' }] }), 'SCENE_INVALID'],
      ['proto key', before.replace('"properties":{', '"properties":{"__proto__":{"polluted":true},'), 'SCENE_INVALID'],
      ['NaN-like', JSON.stringify({ ...good, blocks: good.blocks.map((entry, index) => (index === 3 ? { ...entry, properties: { 'position/x': 1e400 } } : entry)) }), 'SCENE_INVALID'],
    ];
    for (const [label, text, code] of cases) {
      await assert.rejects(engine.scene.loadFromString(text), (error: unknown) => {
        assert.ok(error instanceof CesdkError, label);
        assert.equal(error.code, code, `${label}: ${error.message}`);
        assert.ok(error.path?.startsWith('$'), `${label} has a JSON path`);
        return true;
      });
      assert.equal(engine.scene.saveToStringSync(), before, `${label} left the scene unchanged`);
    }
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('rejects cycles and depth beyond the limit', async () => {
    const engine = await Engine.create({ limits: { maxDepth: 5 } });
    const groups = Array.from({ length: 6 }, (_, index) => ({ id: 10 + index, type: '//ly.img.ubq/group', uuid: `g${index}`, children: index < 5 ? [11 + index] : undefined }));
    const deep = { version: 2, scene: 1, variables: {}, blocks: [{ id: 1, type: '//ly.img.ubq/scene', uuid: 's', children: [2] }, { id: 2, type: '//ly.img.ubq/page', uuid: 'p', children: [10] }, ...groups] };
    await assert.rejects(engine.scene.loadFromString(JSON.stringify(deep)), (error: unknown) => error instanceof CesdkError && error.code === 'LIMIT_EXCEEDED');
    const cycle = { version: 2, scene: 1, blocks: [{ id: 1, type: '//ly.img.ubq/scene', uuid: 's', children: [2] }, { id: 2, type: '//ly.img.ubq/page', uuid: 'p' }, { id: 3, type: '//ly.img.ubq/group', uuid: 'a', children: [4] }, { id: 4, type: '//ly.img.ubq/group', uuid: 'b', children: [3] }] };
    await assert.rejects(engine.scene.loadFromString(JSON.stringify(cycle)), (error: unknown) => error instanceof CesdkError && error.code === 'SCENE_INVALID');
    const tooMany = await Engine.create({ limits: { maxBlocks: 3 } });
    const many = { version: 2, scene: 1, blocks: Array.from({ length: 4 }, (_, index) => ({ id: index + 1, type: '//ly.img.ubq/graphic', uuid: `u${index}` })) };
    await assert.rejects(tooMany.scene.loadFromString(JSON.stringify(many)), (error: unknown) => error instanceof CesdkError && error.code === 'LIMIT_EXCEEDED');
    const longText = await Engine.create({ limits: { maxStringLength: 10 } });
    const long = { version: 2, scene: 1, blocks: [{ id: 1, type: '//ly.img.ubq/scene', uuid: 's', name: 'x'.repeat(11) }] };
    await assert.rejects(longText.scene.loadFromString(JSON.stringify(long)), (error: unknown) => error instanceof CesdkError && error.code === 'LIMIT_EXCEEDED');
  });

  it('rejects the hostile fixtures cleanly', async () => {
    const { engine } = await createTestEngine();
    const before = engine.scene.saveToStringSync();
    for (const name of ['scene-deep-nesting.json', 'scene-not-json.json', 'scene-proto-pollution.json', 'scene-wrong-types.json']) {
      await assert.rejects(engine.scene.loadFromString(fixture(name)), (error: unknown) => error instanceof CesdkError && typeof error.path === 'string', name);
      assert.equal(engine.scene.saveToStringSync(), before, name);
    }
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal((Object.prototype as Record<string, unknown>).polluted, undefined);
  });

  it('migrates version 2 texts: their color moves into a color fill', async () => {
    const version2 = {
      version: 2,
      scene: 1,
      blocks: [
        { id: 1, type: '//ly.img.ubq/scene', uuid: 's', children: [2] },
        { id: 2, type: '//ly.img.ubq/page', uuid: 'p', children: [3] },
        { id: 3, type: '//ly.img.ubq/text', uuid: 't', properties: { 'text/text': 'red', 'fill/solid/color': { r: 1, g: 0, b: 0, a: 1 } } },
      ],
    };
    const engine = await Engine.create();
    await engine.scene.loadFromString(JSON.stringify(version2));
    const fill = engine.block.getFill(3)!;
    assert.equal(engine.block.getType(fill), '//ly.img.ubq/fill/color');
    assert.deepEqual(engine.block.getTextColor(3), { r: 1, g: 0, b: 0, a: 1 });
    const saved = await engine.scene.saveToString();
    assert.ok(!saved.includes('fill/solid/color'));
    await engine.scene.loadFromString(saved);
    assert.equal(await engine.scene.saveToString(), saved);
  });

  it('migrates version 1 documents', async () => {
    const version1 = {
      version: 1,
      scene: 1,
      blocks: [
        { id: 1, type: 'scene' },
        { id: 2, type: 'page', parent: 1, properties: { 'size/width': 640, 'size/height': 480 } },
        { id: 3, type: 'graphic', parent: 2, name: 'old', fill: 4, shape: 5, properties: { 'position/x': 12, 'stroke/color': [1, 0, 0, 1] } },
        { id: 4, type: 'fill/color', properties: { 'fill/color/value': [0, 1, 0] } },
        { id: 5, type: 'shape/ellipse' },
        { id: 6, type: 'text', parent: 2, properties: { 'text/text': 'second' } },
      ],
    };
    const engine = await Engine.create();
    await engine.scene.loadFromString(JSON.stringify(version1));
    assert.equal(engine.block.getWidth(2), 640);
    assert.deepEqual(engine.block.getChildren(2), [3, 6]);
    assert.equal(engine.block.getType(5), '//ly.img.ubq/shape/ellipse');
    assert.deepEqual(engine.block.getColor(4, 'fill/color/value'), { r: 0, g: 1, b: 0, a: 1 });
    assert.deepEqual(engine.block.getStrokeColor(3), { r: 1, g: 0, b: 0, a: 1 });
    const saved = await engine.scene.saveToString();
    assert.equal(JSON.parse(saved).version, 3);
    assert.deepEqual(engine.block.getTextColor(6), { r: 0, g: 0, b: 0, a: 1 }, 'the text got a color fill');
    const again = await Engine.create();
    await again.scene.loadFromString(JSON.stringify(version1));
    assert.equal(await again.scene.saveToString(), saved, 'migration is deterministic');
  });

  it('saves and loads an archive with embedded resources', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89]);
    const fetched: string[] = [];
    const { engine, page } = await createTestEngine({
      fetchResource: async (uri) => {
        fetched.push(uri);
        if (uri === 'https://assets.example/photo.png') return png;
        throw new Error('offline');
      },
    });
    const image = addRect(engine, page);
    const fill = engine.block.createFill('image');
    engine.block.setString(fill, 'fill/image/imageFileURI', 'https://assets.example/photo.png');
    engine.block.setFill(image, fill);
    const sticker = addRect(engine, page);
    const stickerFill = engine.block.createFill('image');
    const dataUri = `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64')}`;
    engine.block.setString(stickerFill, 'fill/image/imageFileURI', dataUri);
    engine.block.setFill(sticker, stickerFill);
    const archive = await engine.scene.saveToArchive();
    assert.equal(archive.type, 'application/zip');
    assert.deepEqual(fetched, ['https://assets.example/photo.png']);
    const other = await Engine.create();
    await other.scene.loadFromArchive(archive);
    const imageUri = other.block.getString(fill, 'fill/image/imageFileURI');
    const stickerUri = other.block.getString(stickerFill, 'fill/image/imageFileURI');
    assert.ok(imageUri.startsWith('blob:'), imageUri);
    const imageBytes = new Uint8Array(await resolveObjectURL(imageUri)!.arrayBuffer());
    assert.deepEqual(imageBytes, png);
    const stickerText = await resolveObjectURL(stickerUri)!.text();
    assert.equal(stickerText, '<svg xmlns="http://www.w3.org/2000/svg"/>');
    assert.equal(other.block.getWidth(image), 100);
    engine.block.setString(fill, 'fill/image/imageFileURI', 'https://offline.example/x.png');
    await assert.rejects(engine.scene.saveToArchive(), (error: unknown) => error instanceof CesdkError && error.code === 'RESOURCE_UNAVAILABLE');
    await assert.rejects(other.scene.loadFromArchive(new Uint8Array([1, 2, 3])), (error: unknown) => error instanceof CesdkError && error.code === 'SCENE_INVALID');
  });

  it('saveToString refuses blob: resources unless onDisallowedResourceScheme makes them persistent (CE.SDK)', async () => {
    const bytes = new Uint8Array([1, 2, 3, 4]);
    const { engine, page } = await createTestEngine({ fetchResource: async () => bytes });
    const image = addRect(engine, page);
    const fill = engine.block.createFill('image');
    engine.block.setString(fill, 'fill/image/imageFileURI', 'blob:http://localhost/upload-1');
    engine.block.setFill(image, fill);
    assert.equal(engine.scene.hasTransientResources(), true);
    await assert.rejects(engine.scene.saveToString(), (error: unknown) =>
      error instanceof CesdkError && error.code === 'RESOURCE_SCHEME_DISALLOWED' && /fill\/image\/imageFileURI/.test(error.path ?? ''));
    const calls: Array<[string, string]> = [];
    const saved = await engine.scene.saveToString(undefined, async (url, dataHash) => {
      calls.push([url, dataHash]);
      return 'https://cdn.example/uploads/1.png';
    });
    const { createHash } = await import('node:crypto');
    assert.deepEqual(calls, [['blob:http://localhost/upload-1', createHash('sha256').update(bytes).digest('hex')]]);
    assert.ok(!saved.includes('blob:'), 'no blob: URL is written');
    assert.ok(saved.includes('https://cdn.example/uploads/1.png'));
    assert.equal(engine.block.getString(fill, 'fill/image/imageFileURI'), 'blob:http://localhost/upload-1', 'the live scene keeps its URL');
    // A caller that allows blob: explicitly gets it as it is (CE.SDK's own default list has it).
    assert.ok((await engine.scene.saveToString(['blob', 'https'])).includes('blob:http://localhost/upload-1'));
    await assert.rejects(engine.scene.saveToString(undefined, async () => 42 as unknown as string), (error: unknown) => error instanceof CesdkError && error.code === 'INVALID_VALUE');
    await assert.rejects(engine.scene.saveToString('https' as unknown as string[]), (error: unknown) => error instanceof CesdkError && error.code === 'INVALID_VALUE');
    engine.block.setString(fill, 'fill/image/imageFileURI', 'https://cdn.example/a.png');
    assert.equal(engine.scene.hasTransientResources(), false);
    assert.ok((await engine.scene.saveToString()).includes('https://cdn.example/a.png'));
  });
});
