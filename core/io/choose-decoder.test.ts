import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAssetError } from './asset-error.js';
import { chooseDecoder } from './choose-decoder.js';
import { normalizeMimeType } from './mime-types.js';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../test/fixtures/${path}`, import.meta.url)));

test('a supported declared type that the bytes confirm picks the decoder', () => {
  assert.deepEqual(chooseDecoder('image/png', fixture('images/pattern-800x600.png')), { mimeType: 'image/png', kind: 'raster-image', source: 'declared' });
  assert.deepEqual(chooseDecoder('image/jpg', fixture('images/photo-1600x1200.jpg')), { mimeType: 'image/jpeg', kind: 'raster-image', source: 'declared' });
  assert.deepEqual(chooseDecoder('image/svg+xml; charset=utf-8', fixture('images/logo.svg')), { mimeType: 'image/svg+xml', kind: 'svg', source: 'declared' });
  assert.deepEqual(chooseDecoder('application/x-font-ttf', fixture('fonts/Lato-Regular.ttf')), { mimeType: 'font/ttf', kind: 'font', source: 'declared' });
  assert.deepEqual(chooseDecoder('video/quicktime', fixture('video/clip-640x360-3s.mp4')).source, 'declared');
});

test('a missing, unsupported or contradicted declared type falls back to the magic bytes', () => {
  const png = fixture('images/circle-alpha-400.png');
  assert.deepEqual(chooseDecoder(undefined, png), { mimeType: 'image/png', kind: 'raster-image', source: 'magic-bytes' });
  assert.deepEqual(chooseDecoder('application/octet-stream', png).source, 'magic-bytes');
  assert.deepEqual(chooseDecoder('image/jpeg', png), { mimeType: 'image/png', kind: 'raster-image', source: 'magic-bytes' });
  assert.deepEqual(chooseDecoder('image/svg+xml', png).mimeType, 'image/png');
  assert.deepEqual(chooseDecoder('text/html', fixture('images/logo.svg')).mimeType, 'image/svg+xml');
});

test('mislabeled files that match no format are refused with UNSUPPORTED_FORMAT', () => {
  for (const [declared, path] of [
    ['image/png', 'hostile/html-named.png'],
    ['image/jpeg', 'hostile/random-bytes.jpg'],
    ['image/svg+xml', 'hostile/text-injection.txt'],
    [undefined, 'hostile/text-injection.txt'],
    ['text/html', 'hostile/html-named.png'],
  ] as const) {
    assert.throws(() => chooseDecoder(declared, fixture(path)), (error) => isAssetError(error, 'UNSUPPORTED_FORMAT'), path);
  }
});

test('an empty file is refused with EMPTY_FILE', () => {
  assert.throws(() => chooseDecoder('image/png', fixture('hostile/zero-bytes.png')), (error) => isAssetError(error, 'EMPTY_FILE'));
});

test('a kind the caller cannot use is refused', () => {
  assert.throws(
    () => chooseDecoder('image/png', fixture('fonts/Lato-Regular.ttf'), ['raster-image', 'svg']),
    (error) => isAssetError(error, 'UNSUPPORTED_FORMAT') && error.details['mimeType'] === 'font/ttf',
  );
  assert.equal(chooseDecoder(undefined, fixture('fonts/Lato-Regular.ttf'), ['font']).mimeType, 'font/ttf');
});

test('MIME types are normalized: case, parameters and aliases', () => {
  assert.equal(normalizeMimeType('IMAGE/PNG'), 'image/png');
  assert.equal(normalizeMimeType('image/x-ms-bmp'), 'image/bmp');
  assert.equal(normalizeMimeType('font/woff2'), 'font/woff2');
  assert.equal(normalizeMimeType('text/html'), undefined);
  assert.equal(normalizeMimeType(''), undefined);
  assert.equal(normalizeMimeType(null), undefined);
});
