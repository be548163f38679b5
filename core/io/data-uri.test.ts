/**
 * `data:` URIs are decoded by the loader itself (no fetch). Node's `fetch` implements the Fetch
 * standard's data: URL processor, so every case is checked against it: same bytes, same media type,
 * and where fetch fails, a typed FETCH_FAILED.
 */
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fetchAssetBytes } from './fetch-asset.js';
import { decodeDataUri } from './data-uri.js';
import { isAssetError } from './asset-error.js';

const png = new Uint8Array(readFileSync(new URL('../../test/fixtures/images/circle-alpha-400.png', import.meta.url)));
const base64 = Buffer.from(png).toString('base64');

async function byFetch(uri: string): Promise<{ bytes: Uint8Array; type: string } | 'error'> {
  try {
    const response = await fetch(uri);
    return { bytes: new Uint8Array(await response.arrayBuffer()), type: response.headers.get('content-type') ?? '' };
  } catch {
    return 'error';
  }
}

const CASES = [
  `data:image/png;base64,${base64}`,
  `data:image/png;BASE64,${base64}`,
  `data:image/png ; base64,${base64}`,
  `data:image/png;base64,${base64.slice(0, 40)}\n${base64.slice(40, 200)} ${base64.slice(200)}`,
  `data:image/png;base64,${base64.replace(/=+$/, '')}`,
  `data:image/png;base64,${encodeURIComponent(base64)}`,
  'data:,Hello%2C%20World%21',
  'data:text/plain,100%',
  'data:text/plain,%zz%4',
  'data:;charset=utf-8,caf%C3%A9',
  'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/%3E',
  'data:image/svg+xml;utf8,<svg xmlns="http://www.w3.org/2000/svg"/>',
  'data:text/plain;base64,SGVsbG8=',
  'data:text/plain;base64,SGVsbG8',
  'data:text/plain;base64,',
  'data:text/plain,',
  `data:image/png;base64,${base64}#fragment`,
  'data:text/plain,a%23b#c',
  'data:text/plain,abc#',
  'data:image/svg+xml,<svg fill="#f00"/>',
];

test('data: URIs decode to the bytes and media type fetch gives', async () => {
  for (const uri of CASES) {
    const expected = await byFetch(uri);
    assert.notEqual(expected, 'error', `fetch reads ${uri.slice(0, 60)}`);
    if (expected === 'error') continue;
    const decoded = decodeDataUri(uri);
    assert.deepEqual([...decoded.bytes], [...expected.bytes], `bytes of ${uri.slice(0, 60)}`);
    // fetch normalizes the media type's spelling (case, spaces); the decoder passes it on as given.
    assert.equal(decoded.declaredMimeType.toLowerCase().replace(/\s+/g, ''), expected.type.toLowerCase().replace(/\s+/g, ''), `type of ${uri.slice(0, 60)}`);
  }
});

test('data: URIs fetch refuses are refused with FETCH_FAILED', async () => {
  for (const uri of ['data:text/plain;base64,SGVsbG8===', 'data:text/plain;base64,S', 'data:text/plain;base64,SGV*bG8=']) {
    assert.equal(await byFetch(uri), 'error', `fetch refuses ${uri}`);
    assert.throws(() => decodeDataUri(uri), (error: unknown) => isAssetError(error) && error.code === 'FETCH_FAILED', uri);
  }
  assert.throws(() => decodeDataUri('data:text/plain'), (error: unknown) => isAssetError(error) && error.code === 'FETCH_FAILED');
});

test('an aborted load of a data: URI rejects with ABORTED', async () => {
  const controller = new AbortController();
  controller.abort();
  await assert.rejects(fetchAssetBytes('data:text/plain,abc', { signal: controller.signal }), (error: unknown) => isAssetError(error) && error.code === 'ABORTED');
});

test('a data: URI over the byte cap is refused', async () => {
  const uri = `data:image/png;base64,${base64}`;
  await assert.rejects(fetchAssetBytes(uri, { maxBytes: png.length - 1 }), (error: unknown) => isAssetError(error) && error.code === 'FILE_TOO_LARGE');
  const asset = await fetchAssetBytes(uri, { maxBytes: png.length });
  assert.deepEqual([...asset.bytes], [...png]);
  assert.equal(asset.declaredMimeType, 'image/png');
  assert.throws(() => decodeDataUri(`data:text/plain,${'a'.repeat(11)}`, 10), (error: unknown) => isAssetError(error) && error.code === 'FILE_TOO_LARGE');
});
