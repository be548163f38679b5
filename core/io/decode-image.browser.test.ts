/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { decodeImage } from './decode-image.js';
import { expectCode, fixtureBytes, generatedPng, pixelAt } from './test-support/browser-helpers.js';
import { pngWithHeader, solidBmp, solidPng, withExifOrientation } from './test-support/synthetic-images.js';

describe('decodeImage', () => {
  const rasterFixtures = [
    ['images/pattern-800x600.png', 'image/png', 800, 600],
    ['images/circle-alpha-400.png', 'image/png', 400, 400],
    ['images/photo-1600x1200.jpg', 'image/jpeg', 1600, 1200],
    ['images/anim-160x120.gif', 'image/gif', 160, 120],
    ['images/pattern-640x480.webp', 'image/webp', 640, 480],
  ] as const;

  for (const [path, mimeType, width, height] of rasterFixtures) {
    it(`decodes ${path} at its size and keeps the original bytes`, async () => {
      const bytes = await fixtureBytes(path);
      const image = await decodeImage(bytes, mimeType);
      expect([image.width, image.height, image.naturalWidth, image.naturalHeight]).to.deep.equal([width, height, width, height]);
      expect([image.bitmap.width, image.bitmap.height]).to.deep.equal([width, height]);
      expect(image.mimeType).to.equal(mimeType);
      expect(image.bytes).to.equal(bytes);
      image.bitmap.close();
    });
  }

  it('decodes by magic bytes when the declared type is wrong or missing', async () => {
    const image = await decodeImage(await fixtureBytes('images/photo-1600x1200.jpg'), 'image/png', { maxSize: 100 });
    expect(image.mimeType).to.equal('image/jpeg');
    const untyped = await decodeImage(await fixtureBytes('images/pattern-640x480.webp'), undefined, { maxSize: 100 });
    expect(untyped.mimeType).to.equal('image/webp');
  });

  it('downscales to maxSize on the long side while decoding, keeping the aspect ratio', async () => {
    const image = await decodeImage(await fixtureBytes('images/photo-1600x1200.jpg'), 'image/jpeg', { maxSize: 500 });
    expect([image.width, image.height]).to.deep.equal([500, 375]);
    expect([image.naturalWidth, image.naturalHeight]).to.deep.equal([1600, 1200]);
    expect(pixelAt(image.bitmap, 250, 187)[3]).to.equal(255);
  });

  it('applies EXIF orientation, and downscales the upright image', async () => {
    const rotated = withExifOrientation(await fixtureBytes('images/photo-1600x1200.jpg'), 6);
    const image = await decodeImage(rotated, 'image/jpeg');
    expect([image.width, image.height, image.naturalWidth, image.naturalHeight]).to.deep.equal([1200, 1600, 1200, 1600]);
    const small = await decodeImage(rotated, 'image/jpeg', { maxSize: 400 });
    expect([small.width, small.height]).to.deep.equal([300, 400]);
  });

  it('downscales a generated 5000×1000 PNG to the 4096 default', async () => {
    const image = await decodeImage(await generatedPng(5000, 1000), 'image/png');
    expect([image.width, image.height]).to.deep.equal([4096, 819]);
    const [red, , blue] = pixelAt(image.bitmap, 4, 4);
    expect(red).to.be.greaterThan(200);
    expect(blue).to.be.lessThan(60);
    image.bitmap.close();
  });

  it('decodes the pixels themselves: a synthetic solid PNG and BMP come back with their colours', async () => {
    const png = await decodeImage(solidPng(3, 2, [10, 200, 30, 255]), 'image/png');
    expect(pixelAt(png.bitmap, 2, 1)).to.deep.equal([10, 200, 30, 255]);
    const bmp = await decodeImage(solidBmp(5, 4), 'image/bmp');
    expect([bmp.width, bmp.height]).to.deep.equal([5, 4]);
    expect(pixelAt(bmp.bitmap, 1, 1)).to.deep.equal([0, 128, 255, 255]);
  });

  it('decodes a sanitized SVG at its intrinsic size, or at a requested raster size', async () => {
    const bytes = await fixtureBytes('images/logo.svg');
    const image = await decodeImage(bytes, 'image/svg+xml');
    expect([image.width, image.height]).to.deep.equal([256, 256]);
    // The centre is the 90 % white circle over the orange-to-violet gradient.
    const [red, green, blue, alpha] = pixelAt(image.bitmap, 128, 128);
    expect(alpha).to.equal(255);
    expect(Math.min(red!, green!, blue!)).to.be.greaterThan(220);
    expect(pixelAt(image.bitmap, 2, 2)[3]).to.equal(0);
    expect(image.sanitizedSvg).to.contain('linearGradient');
    const large = await decodeImage(bytes, 'image/svg+xml', { rasterWidth: 1024, rasterHeight: 1024 });
    expect([large.width, large.height]).to.deep.equal([1024, 1024]);
    const capped = await decodeImage(bytes, 'image/svg+xml', { rasterWidth: 8000, rasterHeight: 4000, maxSize: 1000 });
    expect([capped.width, capped.height]).to.deep.equal([1000, 500]);
    await expectCode(decodeImage(bytes, 'image/svg+xml', { rasterWidth: 20000, rasterHeight: 100 }), 'IMAGE_TOO_LARGE');
  });

  it('refuses the decompression bomb and the lying header with IMAGE_TOO_LARGE before decoding', async () => {
    const bomb = await expectCode(decodeImage(await fixtureBytes('hostile/bomb-50000x50000.png'), 'image/png'), 'IMAGE_TOO_LARGE');
    expect(bomb.details).to.include({ width: 50000, height: 50000 });
    const lying = await expectCode(decodeImage(await fixtureBytes('hostile/lying-header-30000x30000.png'), 'image/png'), 'IMAGE_TOO_LARGE');
    expect(lying.details).to.include({ width: 30000, height: 30000 });
  });

  it('refuses a lying header within the limits, a truncated file and corrupt pixel data with DECODE_FAILED', async () => {
    await expectCode(decodeImage(pngWithHeader(9000, 9000, new Uint8Array(16)), 'image/png'), 'DECODE_FAILED');
    const png = await fixtureBytes('images/pattern-800x600.png');
    await expectCode(decodeImage(png.subarray(0, png.length / 2), 'image/png'), 'DECODE_FAILED');
    // Structurally sound, but the IDAT is not a zlib stream: the browser's decoder rejects it.
    await expectCode(decodeImage(pngWithHeader(4, 4, new Uint8Array(64).fill(0xab)), 'image/png'), 'DECODE_FAILED');
  });

  it('refuses mislabeled and empty files', async () => {
    await expectCode(decodeImage(await fixtureBytes('hostile/html-named.png'), 'image/png'), 'UNSUPPORTED_FORMAT');
    await expectCode(decodeImage(await fixtureBytes('hostile/random-bytes.jpg'), 'image/jpeg'), 'UNSUPPORTED_FORMAT');
    await expectCode(decodeImage(await fixtureBytes('hostile/zero-bytes.png'), 'image/png'), 'EMPTY_FILE');
    await expectCode(decodeImage(await fixtureBytes('fonts/OpenSans-Regular.ttf'), 'image/png'), 'UNSUPPORTED_FORMAT');
    await expectCode(decodeImage(await fixtureBytes('hostile/billion-laughs.svg'), 'image/svg+xml'), 'UNSAFE_SVG');
  });
});
