import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { CesdkError } from './errors.js';
import { createTestEngine } from './test-helpers.js';

// A manifest in CE.SDK's content.json shape, with localized labels and tags and {{base_url}} paths.
const manifest = {
  version: '2.0.0',
  id: 'test.duotones',
  assets: [
    { id: 'duo-harbour', label: { en: 'Harbour', de: 'Hafen' }, tags: { en: ['blue', 'cold'] }, groups: ['duotone'], meta: { darkColor: '#102a43', lightColor: '#d9e2ec', thumbUri: '{{base_url}}/thumbs/harbour.png' } },
    { id: 'duo-ember', label: { en: 'Ember' }, tags: { en: ['warm'] }, groups: ['duotone'], meta: { darkColor: '#3e1f0d', lightColor: '#ffd8a8' } },
    { id: 'lut-faded', label: { en: 'Faded' }, groups: ['lut'], meta: { uri: '{{base_url}}/luts/faded.png' } },
  ],
};

let server: Server;
let origin = '';
const served: string[] = [];

before(async () => {
  server = createServer((request, response) => {
    served.push(request.url ?? '');
    if (request.url === '/assets/filters/content.json') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(manifest));
    } else if (request.url === '/assets/broken/content.json') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"id": "broken", "assets": [');
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('asset sources from JSON manifests', () => {
  it('addLocalAssetSourceFromJSONURI fetches the manifest, names the source by its id and resolves {{base_url}} to its folder', async () => {
    const { engine } = await createTestEngine();
    const updates: string[] = [];
    engine.asset.onAssetSourceUpdated((id) => updates.push(id));
    const id = await engine.asset.addLocalAssetSourceFromJSONURI(`${origin}/assets/filters/content.json`);
    assert.equal(id, 'test.duotones');
    assert.deepEqual(updates, ['test.duotones']);
    assert.ok(served.includes('/assets/filters/content.json'));
    const all = await engine.asset.findAssets(id, { page: 0, perPage: 10 });
    assert.equal(all.total, 3);
    const harbour = all.assets[0]!;
    assert.equal(harbour.label, 'Harbour', 'the English label');
    assert.deepEqual(harbour.tags, ['blue', 'cold']);
    assert.equal(harbour.meta?.darkColor, '#102a43');
    assert.equal(harbour.meta?.thumbUri, `${origin}/assets/filters/thumbs/harbour.png`);
    assert.equal((await engine.asset.findAssets(id, { query: 'warm' })).assets[0]?.id, 'duo-ember', 'localized tags are searchable');
    assert.equal((await engine.asset.findAssets(id, { groups: ['lut'] })).assets[0]?.meta?.uri, `${origin}/assets/filters/luts/faded.png`);
  });

  it('keeps only the assets a matcher pattern selects', async () => {
    const { engine } = await createTestEngine();
    const id = await engine.asset.addLocalAssetSourceFromJSONURI(`${origin}/assets/filters/content.json`, { matcher: ['duo-*'] });
    const result = await engine.asset.findAssets(id);
    assert.deepEqual(result.assets.map((asset) => asset.id), ['duo-harbour', 'duo-ember']);
  });

  it('addLocalAssetSourceFromJSONString uses the given base path, else the basePath setting', async () => {
    const { engine } = await createTestEngine();
    const text = JSON.stringify(manifest);
    const first = await engine.asset.addLocalAssetSourceFromJSONString(text, 'https://cdn.example.test/pack/');
    assert.equal((await engine.asset.findAssets(first, { groups: ['lut'] })).assets[0]?.meta?.uri, 'https://cdn.example.test/pack/luts/faded.png');
    engine.asset.removeSource(first);
    engine.editor.setSettingString('basePath', '/static');
    await engine.asset.addLocalAssetSourceFromJSONString(text);
    assert.equal((await engine.asset.findAssets('test.duotones', { groups: ['lut'] })).assets[0]?.meta?.uri, '/static/luts/faded.png');
  });

  it('rejects unreachable, malformed and duplicate manifests with typed errors and adds nothing', async () => {
    const { engine } = await createTestEngine();
    const code = (expected: string) => (error: unknown) => error instanceof CesdkError && error.code === expected;
    await assert.rejects(engine.asset.addLocalAssetSourceFromJSONURI(`${origin}/assets/missing/content.json`), code('RESOURCE_UNAVAILABLE'));
    await assert.rejects(engine.asset.addLocalAssetSourceFromJSONURI(`${origin}/assets/broken/content.json`), code('INVALID_VALUE'));
    await assert.rejects(engine.asset.addLocalAssetSourceFromJSONString('{"assets": []}'), code('INVALID_VALUE'));
    await assert.rejects(engine.asset.addLocalAssetSourceFromJSONString('{"id": "x", "assets": [{"label": "no id"}]}'), code('INVALID_VALUE'));
    await assert.rejects(engine.asset.addLocalAssetSourceFromJSONString('{"id": "x", "assets": []}', undefined, { matcher: 'duo-*' as never }), code('INVALID_VALUE'));
    await assert.rejects(engine.asset.addLocalAssetSourceFromJSONURI(42 as never), code('INVALID_VALUE'));
    await assert.rejects(engine.asset.addLocalAssetSourceFromJSONString(JSON.stringify(manifest), '', null as never), code('INVALID_VALUE'));
    assert.deepEqual(engine.asset.findAllSources(), []);
    await engine.asset.addLocalAssetSourceFromJSONString(JSON.stringify(manifest));
    await assert.rejects(engine.asset.addLocalAssetSourceFromJSONString(JSON.stringify(manifest)), code('INVALID_VALUE'));
    assert.deepEqual(engine.asset.findAllSources(), ['test.duotones']);
  });
});
