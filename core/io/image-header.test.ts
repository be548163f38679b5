import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAssetError, type AssetErrorCode } from './asset-error.js';
import { inspectImageHeader } from './image-header.js';
import { patchUint16BigEndian, pngWithHeader, solidBmp, solidPng, withExifOrientation } from './test-support/synthetic-images.js';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../test/fixtures/${path}`, import.meta.url)));
const fails = (code: AssetErrorCode) => (error: unknown) => isAssetError(error, code);

/** Offset of the first SOF0/SOF2 marker in a JPEG. */
function startOfFrameOffset(bytes: Uint8Array): number {
  for (let offset = 2; offset < bytes.length - 1; offset += 1) {
    if (bytes[offset] === 0xff && (bytes[offset + 1] === 0xc0 || bytes[offset + 1] === 0xc2)) return offset;
  }
  throw new Error('no SOF marker');
}

test('reads the declared size of every raster fixture', () => {
  assert.deepEqual(inspectImageHeader(fixture('images/pattern-800x600.png'), 'image/png'), { width: 800, height: 600 });
  assert.deepEqual(inspectImageHeader(fixture('images/circle-alpha-400.png'), 'image/png'), { width: 400, height: 400 });
  assert.deepEqual(inspectImageHeader(fixture('images/photo-1600x1200.jpg'), 'image/jpeg'), { width: 1600, height: 1200 });
  assert.deepEqual(inspectImageHeader(fixture('images/anim-160x120.gif'), 'image/gif'), { width: 160, height: 120 });
  assert.deepEqual(inspectImageHeader(fixture('images/pattern-640x480.webp'), 'image/webp'), { width: 640, height: 480 });
  assert.deepEqual(inspectImageHeader(solidBmp(7, 5), 'image/bmp'), { width: 7, height: 5 });
  assert.deepEqual(inspectImageHeader(solidPng(3, 2), 'image/png'), { width: 3, height: 2 });
});

test('the decompression bomb and the 30000×30000 lying header are refused as too large', () => {
  assert.throws(() => inspectImageHeader(fixture('hostile/bomb-50000x50000.png'), 'image/png'), (error) => {
    return isAssetError(error, 'IMAGE_TOO_LARGE') && error.details['width'] === 50000 && error.details['height'] === 50000;
  });
  assert.throws(() => inspectImageHeader(fixture('hostile/lying-header-30000x30000.png'), 'image/png'), fails('IMAGE_TOO_LARGE'));
});

test('limits are configurable per side and per pixel count', () => {
  const png = fixture('images/pattern-800x600.png');
  assert.throws(() => inspectImageHeader(png, 'image/png', { maxSide: 799, maxPixels: 1e9 }), fails('IMAGE_TOO_LARGE'));
  assert.throws(() => inspectImageHeader(png, 'image/png', { maxSide: 1000, maxPixels: 479_999 }), fails('IMAGE_TOO_LARGE'));
  assert.deepEqual(inspectImageHeader(png, 'image/png', { maxSide: 800, maxPixels: 480_000 }), { width: 800, height: 600 });
  assert.throws(() => inspectImageHeader(fixture('images/photo-1600x1200.jpg'), 'image/jpeg', { maxSide: 1024, maxPixels: 1e9 }), fails('IMAGE_TOO_LARGE'));
});

test('a header within limits that lies about its size is refused as DECODE_FAILED', () => {
  // 10000×10000 RGBA needs at least 400 MB / 1032 ≈ 388 KB of deflate data; this has 11 bytes.
  const lyingPng = pngWithHeader(10000, 10000, new Uint8Array([0x78, 0x9c, 0x63, 0x60, 0x80, 0x01, 0, 0, 0x0a, 0, 0x01]));
  assert.throws(() => inspectImageHeader(lyingPng, 'image/png'), fails('DECODE_FAILED'));
  const photo = fixture('images/photo-1600x1200.jpg');
  const sof = startOfFrameOffset(photo);
  // 16000×6000 needs at least 1.5 million blocks, one bit each: 187 KB; keep 100 KB of the photo.
  const lyingJpeg = patchUint16BigEndian(patchUint16BigEndian(photo, sof + 5, 16000), sof + 7, 6000).subarray(0, 100_000);
  assert.throws(() => inspectImageHeader(lyingJpeg, 'image/jpeg'), fails('DECODE_FAILED'));
  assert.deepEqual(inspectImageHeader(patchUint16BigEndian(patchUint16BigEndian(photo, sof + 5, 6000), sof + 7, 6000), 'image/jpeg'), {
    width: 6000,
    height: 6000,
  }, 'a plausible size is let through to the decoder, which then judges the data');
  assert.throws(() => inspectImageHeader(solidBmp(100, 10, 9000), 'image/bmp'), fails('DECODE_FAILED'));
  const gif = fixture('images/anim-160x120.gif');
  const lyingGif = gif.slice();
  // The first image descriptor follows the header, the colour table and the extensions; enlarge the
  // logical screen and every frame to 16000×6000 by rewriting the descriptors' sizes.
  for (let offset = 13; offset < lyingGif.length - 9; offset += 1) {
    if (lyingGif[offset] === 0x2c && lyingGif[offset + 5] === 160 && lyingGif[offset + 7] === 120) {
      lyingGif.set([0x80, 0x3e, 0x70, 0x17], offset + 5);
    }
  }
  lyingGif.set([0x80, 0x3e, 0x70, 0x17], 6);
  assert.throws(() => inspectImageHeader(lyingGif, 'image/gif'), fails('DECODE_FAILED'));
});

test('truncated files are refused as DECODE_FAILED', () => {
  const png = fixture('images/pattern-800x600.png');
  assert.throws(() => inspectImageHeader(png.subarray(0, 20), 'image/png'), fails('DECODE_FAILED'));
  assert.throws(() => inspectImageHeader(png.subarray(0, png.length - 100), 'image/png'), fails('DECODE_FAILED'));
  assert.throws(() => inspectImageHeader(pngWithHeader(2, 2, new Uint8Array(4), { end: false }), 'image/png'), fails('DECODE_FAILED'));
  const webp = fixture('images/pattern-640x480.webp');
  assert.throws(() => inspectImageHeader(webp.subarray(0, webp.length - 10), 'image/webp'), fails('DECODE_FAILED'));
  assert.throws(() => inspectImageHeader(webp.subarray(0, 16), 'image/webp'), fails('DECODE_FAILED'));
  const jpeg = fixture('images/photo-1600x1200.jpg');
  assert.throws(() => inspectImageHeader(jpeg.subarray(0, startOfFrameOffset(jpeg) + 4), 'image/jpeg'), fails('DECODE_FAILED'));
  assert.throws(() => inspectImageHeader(jpeg.subarray(0, 2000), 'image/jpeg'), fails('DECODE_FAILED'));
  const gif = fixture('images/anim-160x120.gif');
  assert.throws(() => inspectImageHeader(gif.subarray(0, 10), 'image/gif'), fails('DECODE_FAILED'));
  assert.throws(() => inspectImageHeader(gif.subarray(0, 800), 'image/gif'), fails('DECODE_FAILED'));
  assert.throws(() => inspectImageHeader(solidBmp(7, 5).subarray(0, 60), 'image/bmp'), fails('DECODE_FAILED'));
  assert.throws(() => inspectImageHeader(new Uint8Array(), 'image/png'), fails('EMPTY_FILE'));
});

test('a PNG with a zero dimension or an invalid colour type is refused', () => {
  assert.throws(() => inspectImageHeader(pngWithHeader(0, 10, new Uint8Array(10)), 'image/png'), fails('DECODE_FAILED'));
  const badColorType = solidPng(2, 2).slice();
  badColorType[25] = 5;
  assert.throws(() => inspectImageHeader(badColorType, 'image/png'), fails('DECODE_FAILED'));
});

test('the work is independent of the declared size: a 16384² header with 16 bytes of data is refused at once', () => {
  const header = pngWithHeader(16384, 6000, new Uint8Array(16));
  assert.throws(() => inspectImageHeader(header, 'image/png'), fails('DECODE_FAILED'));
});

test('AVIF: the largest ispe property gives the size', () => {
  const box = (type: string, ...content: Uint8Array[]) => {
    const body = content.reduce((all, part) => new Uint8Array([...all, ...part]), new Uint8Array());
    const size = body.length + 8;
    return new Uint8Array([size >>> 24, (size >>> 16) & 255, (size >>> 8) & 255, size & 255, ...new TextEncoder().encode(type), ...body]);
  };
  const u32 = (value: number) => new Uint8Array([value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255]);
  const ispe = (width: number, height: number) => box('ispe', u32(0), u32(width), u32(height));
  const file = (width: number, height: number) =>
    new Uint8Array([
      ...box('ftyp', new TextEncoder().encode('avif'), u32(0), new TextEncoder().encode('avifmif1')),
      ...box('meta', u32(0), box('iprp', box('ipco', ispe(width, height), ispe(32, 32)))),
      ...box('mdat', new Uint8Array(64)),
    ]);
  assert.deepEqual(inspectImageHeader(file(1920, 1080), 'image/avif'), { width: 1920, height: 1080 });
  assert.throws(() => inspectImageHeader(file(40000, 1080), 'image/avif'), fails('IMAGE_TOO_LARGE'));
  assert.throws(() => inspectImageHeader(file(1920, 1080).subarray(0, 60), 'image/avif'), fails('DECODE_FAILED'));
});

test('JPEG EXIF orientations 5–8 swap the displayed width and height', () => {
  const photo = fixture('images/photo-1600x1200.jpg');
  assert.deepEqual(inspectImageHeader(withExifOrientation(photo, 1), 'image/jpeg'), { width: 1600, height: 1200 });
  assert.deepEqual(inspectImageHeader(withExifOrientation(photo, 3), 'image/jpeg'), { width: 1600, height: 1200 });
  assert.deepEqual(inspectImageHeader(withExifOrientation(photo, 6), 'image/jpeg'), { width: 1200, height: 1600 });
  assert.deepEqual(inspectImageHeader(withExifOrientation(photo, 8), 'image/jpeg'), { width: 1200, height: 1600 });
  assert.deepEqual(inspectImageHeader(withExifOrientation(photo, 9), 'image/jpeg'), { width: 1600, height: 1200 }, 'invalid values are ignored');
});
