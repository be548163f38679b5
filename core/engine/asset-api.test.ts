import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CesdkError } from './errors.js';
import { createTestEngine } from './test-helpers.js';

describe('assets', () => {
  it('queries local sources with text, tags and paging', async () => {
    const { engine } = await createTestEngine();
    engine.asset.addLocalSource('images');
    for (let index = 0; index < 25; index += 1) {
      engine.asset.addAssetToSource('images', { id: `photo-${index}`, label: index % 2 === 0 ? `Beach ${index}` : `Forest ${index}`, tags: index % 5 === 0 ? ['featured'] : [], meta: { uri: `https://example.test/${index}.jpg`, kind: 'image', width: 400, height: 300 } });
    }
    assert.deepEqual(engine.asset.findAllSources(), ['images']);
    const first = await engine.asset.findAssets('images', { perPage: 10 });
    assert.equal(first.total, 25);
    assert.equal(first.assets.length, 10);
    assert.equal(first.nextPage, 1);
    const last = await engine.asset.findAssets('images', { perPage: 10, page: 2 });
    assert.equal(last.assets.length, 5);
    assert.equal(last.nextPage, undefined);
    const beach = await engine.asset.findAssets('images', { query: 'beach' });
    assert.equal(beach.total, 13);
    const featured = await engine.asset.findAssets('images', { tags: ['featured'] });
    assert.equal(featured.total, 5);
    engine.asset.removeAssetFromSource('images', 'photo-0');
    assert.equal((await engine.asset.findAssets('images', { tags: ['featured'] })).total, 4);
    await assert.rejects(engine.asset.findAssets('nope'), (error: unknown) => error instanceof CesdkError && error.code === 'NOT_FOUND');
    await assert.rejects(engine.asset.findAssets('images', { perPage: 0 }), CesdkError);
    assert.throws(() => engine.asset.addLocalSource('images'), CesdkError);
    engine.asset.removeSource('images');
    assert.deepEqual(engine.asset.findAllSources(), []);
  });

  it('applies image, shape and text assets as one undo step each', async () => {
    const { engine, page } = await createTestEngine();
    engine.asset.addLocalSource('local');
    const image = await engine.asset.apply('local', { id: 'img', meta: { uri: 'https://example.test/a.png', kind: 'image', width: 200, height: 100 } });
    assert.ok(image !== undefined);
    assert.equal(engine.block.getParent(image), page);
    assert.equal(engine.block.getWidth(image), 200);
    assert.equal(engine.block.getPositionX(image), 440);
    const fill = engine.block.getFill(image)!;
    assert.equal(engine.block.getString(fill, 'fill/image/imageFileURI'), 'https://example.test/a.png');
    assert.deepEqual(engine.block.findAllSelected(), [image]);
    const star = await engine.asset.apply('local', { id: 'star', meta: { kind: 'shape', shapeType: 'star' } });
    assert.equal(engine.block.getType(engine.block.getShape(star!)!), '//ly.img.ubq/shape/star');
    const text = await engine.asset.apply('local', { id: 'title', meta: { kind: 'text', text: 'Title' } });
    assert.equal(engine.block.getString(text!, 'text/text'), 'Title');
    engine.editor.undo();
    assert.equal(engine.block.isValid(text!), false);
    await assert.rejects(engine.asset.apply('local', { id: 'bad', meta: { kind: 'image' } }), CesdkError);
  });

  it('delegates to custom sources', async () => {
    const { engine } = await createTestEngine();
    engine.asset.addSource({
      id: 'remote',
      findAssets: async (query) => ({ assets: [{ id: `q-${query.query}` }], currentPage: query.page, nextPage: undefined, total: 1 }),
      applyAsset: async () => 12345,
    });
    const result = await engine.asset.findAssets('remote', { query: 'cats' });
    assert.equal(result.assets[0]!.id, 'q-cats');
    assert.equal(await engine.asset.apply('remote', { id: 'x' }), 12345);
  });
});

describe('asset input', () => {
  it('refuses assets that are not plain data', async () => {
    const { engine } = await createTestEngine();
    engine.asset.addLocalSource('local');
    const cyclic: Record<string, unknown> = { id: 'loop' };
    cyclic.meta = { self: cyclic };
    assert.throws(() => engine.asset.addAssetToSource('local', cyclic as never), (error: unknown) => error instanceof CesdkError && error.code === 'INVALID_VALUE');
    assert.throws(() => engine.asset.addAssetToSource('local', { id: 'big', meta: { size: 1n } } as never), CesdkError);
    assert.equal((await engine.asset.findAssets('local')).total, 0);
  });
});
