// Configurable limits (issue #14): scene size, blocks, depth, pages, string length, archive entries
// and unpacked size. Each refuses with LIMIT_EXCEEDED and leaves the scene as it was.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { strToU8, zipSync } from 'fflate';
import { CesdkError } from './errors.js';
import { Engine } from './engine.js';
import { createTestEngine } from './test-helpers.js';

const limitExceeded = (pattern: RegExp) => (error: unknown) => error instanceof CesdkError && error.code === 'LIMIT_EXCEEDED' && pattern.test(error.message);

describe('configurable limits', () => {
  it('pages: appending one past the limit is refused, removing one makes room', async () => {
    const { engine, scene } = await createTestEngine({ limits: { maxPages: 3 } });
    engine.block.appendChild(scene, engine.block.create('page'));
    engine.block.appendChild(scene, engine.block.create('page'));
    const extra = engine.block.create('page');
    assert.throws(() => engine.block.appendChild(scene, extra), limitExceeded(/limit of 3 pages/));
    assert.equal(engine.scene.getPages().length, 3);
    // Moving a page that is already in the scene is not adding one.
    engine.block.appendChild(scene, engine.scene.getPages()[0]!);
    engine.block.destroy(engine.scene.getPages()[2]!);
    engine.block.appendChild(scene, extra);
    assert.equal(engine.scene.getPages().length, 3);
  });

  it('pages: a scene document with more pages than the limit is refused and the scene kept', async () => {
    const source = await createTestEngine();
    for (let i = 0; i < 4; i += 1) source.engine.block.appendChild(source.scene, source.engine.block.create('page'));
    const text = await source.engine.scene.saveToString();
    const { engine, scene } = await createTestEngine({ limits: { maxPages: 4 } });
    await assert.rejects(engine.scene.loadFromString(text), limitExceeded(/5 pages exceed the limit of 4/));
    assert.equal(engine.scene.get(), scene);
    const roomy = await Engine.create({ limits: { maxPages: 5 } });
    await roomy.scene.loadFromString(text);
    assert.equal(roomy.scene.getPages().length, 5);
  });

  it('scene size, blocks and string length on load', async () => {
    const source = await createTestEngine();
    source.engine.block.setName(source.page, 'a name of 27 characters...');
    const text = await source.engine.scene.saveToString();
    await assert.rejects((await Engine.create({ limits: { maxDocumentLength: text.length - 1 } })).scene.loadFromString(text), limitExceeded(/document of \d+ characters exceeds/));
    await assert.rejects((await Engine.create({ limits: { maxBlocks: 1 } })).scene.loadFromString(text), limitExceeded(/exceed the limit of 1/));
    await assert.rejects((await Engine.create({ limits: { maxStringLength: 20 } })).scene.loadFromString(text), limitExceeded(/exceeds the limit of 20/));
  });

  it('archives: too many entries, or more unpacked bytes than allowed (a zip bomb), are refused before inflating', async () => {
    const { engine, scene } = await createTestEngine();
    const good = await engine.scene.saveToArchive();
    const goodBytes = new Uint8Array(await good.arrayBuffer());
    const entries: Record<string, Uint8Array> = { 'scene.json': strToU8(await engine.scene.saveToString()) };
    for (let i = 0; i < 20; i += 1) entries[`resources/${i}.bin`] = new Uint8Array(1);
    const many = zipSync(entries);
    const few = await Engine.create({ limits: { maxArchiveEntries: 10 } });
    few.scene.create();
    const before = few.scene.get();
    await assert.rejects(few.scene.loadFromArchive(many), limitExceeded(/more than 10 entries/));
    assert.equal(few.scene.get(), before);
    await few.scene.loadFromArchive(goodBytes);

    // 64 MB of zeros compress to about 64 KB: refused by the declared size, before any inflating.
    const bomb = zipSync({ 'scene.json': entries['scene.json']!, 'resources/zeros.bin': new Uint8Array(64 * 1024 * 1024) }, { level: 9 });
    assert.ok(bomb.length < 200_000);
    const small = await Engine.create({ limits: { maxArchiveBytes: 16 * 1024 * 1024 } });
    await assert.rejects(small.scene.loadFromArchive(bomb), limitExceeded(/unpacks to more than 16777216 bytes/));
    assert.equal(engine.scene.get(), scene);
  });

  it('limits must be positive integers', async () => {
    await assert.rejects(Engine.create({ limits: { maxPages: 0 } }), (error: unknown) => error instanceof CesdkError && error.code === 'INVALID_VALUE');
    await assert.rejects(Engine.create({ limits: { maxArchiveEntries: 1.5 } }), (error: unknown) => error instanceof CesdkError && error.code === 'INVALID_VALUE');
  });
});
