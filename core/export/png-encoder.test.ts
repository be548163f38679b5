import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crc32, inflateSync } from 'node:zlib';
import { encodePng, PngWriter } from './png-encoder.js';

/** Parses a PNG into its chunks, checking every CRC with Node's own implementation. */
function chunks(file: Uint8Array): Map<string, Uint8Array[]> {
  assert.deepEqual([...file.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10]);
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const found = new Map<string, Uint8Array[]>();
  let offset = 8;
  while (offset < file.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...file.subarray(offset + 4, offset + 8));
    const data = file.subarray(offset + 8, offset + 8 + length);
    assert.equal(view.getUint32(offset + 8 + length), crc32(file.subarray(offset + 4, offset + 8 + length)), `CRC of ${type}`);
    found.set(type, [...(found.get(type) ?? []), data]);
    offset += 12 + length;
  }
  return found;
}

/** Decodes an 8-bit RGBA PNG written with any of the five filters. */
function decode(file: Uint8Array): { width: number; height: number; pixels: Uint8Array } {
  const parts = chunks(file);
  const header = new DataView(parts.get('IHDR')![0]!.buffer, parts.get('IHDR')![0]!.byteOffset);
  const width = header.getUint32(0);
  const height = header.getUint32(4);
  assert.equal(parts.get('IHDR')![0]![8], 8);
  assert.equal(parts.get('IHDR')![0]![9], 6);
  const raw = inflateSync(Buffer.concat(parts.get('IDAT')!));
  const stride = width * 4;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x += 1) {
      const value = raw[y * (stride + 1) + 1 + x]!;
      const left = x >= 4 ? pixels[y * stride + x - 4]! : 0;
      const up = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const prediction = filter === 0 ? 0 : filter === 1 ? left : filter === 2 ? up : Number.NaN;
      assert.ok(!Number.isNaN(prediction), `unexpected filter ${filter}`);
      pixels[y * stride + x] = (value + prediction) & 0xff;
    }
  }
  return { width, height, pixels };
}

function randomPixels(width: number, height: number, seed: number): Uint8Array {
  const pixels = new Uint8Array(width * height * 4);
  let state = seed;
  for (let i = 0; i < pixels.length; i += 1) {
    state = (state * 1103515245 + 12345) >>> 0;
    pixels[i] = state >>> 24;
  }
  return pixels;
}

test('encodePng round-trips random RGBA pixels at every level', () => {
  const pixels = randomPixels(37, 23, 7);
  for (let level = 0; level <= 9; level += 1) {
    const decoded = decode(encodePng(37, 23, pixels, level));
    assert.equal(decoded.width, 37);
    assert.equal(decoded.height, 23);
    assert.deepEqual(decoded.pixels, pixels);
  }
});

test('a higher level gives a smaller file on compressible pixels', () => {
  const pixels = new Uint8Array(200 * 200 * 4);
  for (let i = 0; i < pixels.length; i += 4) pixels.set([(i / 4) % 200, 120, 30, 255], i);
  const stored = encodePng(200, 200, pixels, 0).length;
  const best = encodePng(200, 200, pixels, 9).length;
  assert.ok(stored > 160_000, `level 0 stores the rows (${stored} bytes)`);
  assert.ok(best < stored / 20, `level 9 compresses (${best} vs ${stored} bytes)`);
});

test('PngWriter accepts rows in bands and refuses a short image', () => {
  const pixels = randomPixels(16, 10, 3);
  const writer = new PngWriter(16, 10, 5);
  writer.pushRows(pixels.subarray(0, 16 * 4 * 4), 4);
  writer.pushRows(pixels.subarray(16 * 4 * 4), 6);
  const parts = writer.finish();
  const file = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    file.set(part, offset);
    offset += part.length;
  }
  assert.deepEqual(decode(file).pixels, pixels);
  const short = new PngWriter(4, 4, 5);
  short.pushRows(new Uint8Array(4 * 4 * 2), 2);
  assert.throws(() => short.finish(), /2 of 4 rows/);
});
