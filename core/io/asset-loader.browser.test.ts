/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { AssetLoader, type AssetErrorEvent } from './asset-loader.js';
import { createPlaceholderBitmap } from './placeholder.js';
import { expectCode, fixtureBytes, fixtureUrl, pixelAt, probeState } from './test-support/browser-helpers.js';

/** Resource timing entries whose URL contains `fragment`. */
function requestsFor(fragment: string): PerformanceResourceTiming[] {
  return (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => entry.name.includes(fragment));
}

describe('AssetLoader', () => {
  let loader: AssetLoader;
  let errors: AssetErrorEvent[];

  beforeEach(() => {
    loader = new AssetLoader();
    errors = [];
    loader.onError((event) => errors.push(event));
  });
  afterEach(() => loader.dispose());

  it('loads an image once: concurrent and later calls share one fetch and one bitmap', async () => {
    const uri = `${fixtureUrl('images/pattern-800x600.png')}?dedupe=${Math.random()}`;
    const [first, second] = await Promise.all([loader.loadImage(uri), loader.loadImage(uri)]);
    const third = await loader.loadImage(uri);
    expect(loader.peekImage(uri)).to.equal(first);
    expect(loader.peekImage(uri, { maxSize: 80 })).to.equal(undefined);
    expect(first).to.equal(second);
    expect(third).to.equal(first);
    expect([first.width, first.height]).to.deep.equal([800, 600]);
    expect(loader.getStatus(uri)).to.equal('Ready');
    expect(requestsFor(uri.split('?')[1]!)).to.have.length(1);
    // Another size of the same image decodes again but reuses the bytes.
    const small = await loader.loadImage(uri, { maxSize: 80 });
    expect([small.width, small.height]).to.deep.equal([80, 60]);
    expect(small.bytes).to.equal(first.bytes);
    expect(requestsFor(uri.split('?')[1]!)).to.have.length(1);
  });

  it('loads data: URIs, relative same-origin paths and cross-origin http URIs without credentials or referrer', async () => {
    const bytes = await fixtureBytes('images/circle-alpha-400.png');
    const dataUri = `data:image/png;base64,${btoa(String.fromCharCode(...bytes))}`;
    expect((await loader.loadImage(dataUri)).width).to.equal(400);
    expect((await loader.loadImage('/test/fixtures/images/anim-160x120.gif')).width).to.equal(160);
    document.cookie = 'cesdk-io-test=1; path=/';
    const { origin } = await probeState();
    const token = `cross-${Math.random().toString(36).slice(2)}`;
    const image = await loader.loadImage(`${origin}/fixture/images/pattern-640x480.webp?type=image/webp&${token}`);
    expect([image.width, image.height, image.mimeType]).to.deep.equal([640, 480, 'image/webp']);
    const hit = (await probeState()).hits.find((entry) => entry.path.includes(token));
    expect(hit).to.deep.include({ cookie: null, referer: null });
  });

  it('trusts the magic bytes over a wrong Content-Type, and refuses mislabeled content', async () => {
    const { origin } = await probeState();
    const jpegAsPng = await loader.loadImage(`${origin}/fixture/images/photo-1600x1200.jpg?type=image/png`, { maxSize: 64 });
    expect(jpegAsPng.mimeType).to.equal('image/jpeg');
    await expectCode(loader.loadImage(`${origin}/fixture/hostile/html-named.png?type=image/png`), 'UNSUPPORTED_FORMAT');
  });

  it('user files get a blob: URI, are read locally and revoked on dispose', async () => {
    const file = new File([(await fixtureBytes('images/pattern-640x480.webp')) as BlobPart], 'holiday.webp', { type: 'image/webp' });
    const uri = loader.registerFile(file);
    expect(uri.startsWith('blob:')).to.equal(true);
    const image = await loader.loadImage(uri, { maxSize: 320 });
    expect([image.width, image.height]).to.deep.equal([320, 240]);
    expect(pixelAt(image.bitmap, 10, 10)[3]).to.equal(255);
    loader.dispose();
    expect(image.bitmap.width).to.equal(0, 'dispose closes the bitmaps it handed out');
    const revoked = await fetch(uri).then(() => 'fetched', () => 'revoked');
    expect(revoked).to.equal('revoked');
    await expectCode(loader.loadImage(uri), 'ABORTED');
  });

  it('refuses files over the byte cap: by Content-Length, while streaming, and for user files', async () => {
    const capped = new AssetLoader({ maxBytes: 100_000 });
    try {
      await expectCode(capped.loadImage(fixtureUrl('images/photo-1600x1200.jpg')), 'FILE_TOO_LARGE');
      const { origin } = await probeState();
      // Chunked, with no Content-Length: the cap must stop the read itself.
      const streamed = await expectCode(capped.getBytes(`${origin}/stream?bytes=20000000`), 'FILE_TOO_LARGE');
      // The read stops at the first chunk past the cap (chunk sizes are the browser's to choose).
      expect(streamed.details['byteLength']).to.be.greaterThan(100_000).and.lessThan(20_000_000);
      const big = capped.registerFile(new Blob([new Uint8Array(150_000)]));
      await expectCode(capped.getBytes(big), 'FILE_TOO_LARGE');
      expect((await capped.getBytes(`${origin}/stream?bytes=90000`)).bytes.length).to.equal(90000);
    } finally {
      capped.dispose();
    }
  });

  it('reports failures once through onError, caches them, and retries after evict', async () => {
    const uri = fixtureUrl('hostile/random-bytes.jpg');
    await expectCode(loader.loadImage(uri), 'UNSUPPORTED_FORMAT');
    await expectCode(loader.loadImage(uri), 'UNSUPPORTED_FORMAT');
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include({ uri, kind: 'image' });
    expect(errors[0]!.error.code).to.equal('UNSUPPORTED_FORMAT');
    expect(loader.getStatus(uri)).to.equal('Error');
    loader.evict(uri);
    expect(loader.getStatus(uri)).to.equal(undefined);
    await expectCode(loader.loadImage(uri), 'UNSUPPORTED_FORMAT');
    expect(errors).to.have.length(2);
  });

  it('gives typed errors for bad URIs, HTTP errors and unreachable hosts', async () => {
    await expectCode(loader.loadImage('javascript:alert(1)'), 'INVALID_URI');
    await expectCode(loader.loadImage('file:///etc/passwd'), 'INVALID_URI');
    await expectCode(loader.getBytes('http://[bad'), 'INVALID_URI');
    const { origin } = await probeState();
    const notFound = await expectCode(loader.loadImage(`${origin}/status/404`), 'FETCH_FAILED');
    expect(notFound.details['status']).to.equal(404);
    await expectCode(loader.loadImage('http://127.0.0.1:9/unreachable.png'), 'FETCH_FAILED');
    expect(errors.map((event) => event.error.code)).to.include.members(['INVALID_URI', 'FETCH_FAILED']);
  });

  it('aborting one caller leaves the other; aborting every caller stops the load', async () => {
    const { origin } = await probeState();
    const uri = `${origin}/fixture/images/photo-1600x1200.jpg?type=image/jpeg&abort=${Math.random()}`;
    const controller = new AbortController();
    const aborted = loader.loadImage(uri, { signal: controller.signal });
    const kept = loader.loadImage(uri);
    controller.abort();
    await expectCode(aborted, 'ABORTED');
    expect((await kept).width).to.equal(1600);
    const lone = new AbortController();
    const alone = loader.getBytes(`${origin}/stream?bytes=40000000&lone=${Math.random()}`, { signal: lone.signal });
    lone.abort();
    await expectCode(alone, 'ABORTED');
    expect(errors).to.have.length(0, 'aborts are not asset errors');
  });

  it('loads fonts by URI once per face and removes them on dispose', async () => {
    const request = { uri: fixtureUrl('fonts/OpenSans-Regular.ttf'), family: 'Io Loader Sans', weight: 400 };
    const [first, second] = await Promise.all([loader.loadFont(request), loader.loadFont(request)]);
    expect(first).to.equal(second);
    expect(document.fonts.has(first.fontFace)).to.equal(true);
    loader.dispose();
    expect(document.fonts.has(first.fontFace)).to.equal(false);
  });

  it('the placeholder is a neutral checker with a broken-image mark', () => {
    const placeholder = createPlaceholderBitmap(200, 120);
    expect([placeholder.width, placeholder.height]).to.deep.equal([200, 120]);
    const corner = pixelAt(placeholder, 2, 2);
    const nextSquare = pixelAt(placeholder, 18, 2);
    expect(corner[3]).to.equal(255);
    expect(corner[0]).to.equal(corner[1]);
    expect(corner).not.to.deep.equal(nextSquare);
    // The frame's outline crosses the middle row left of the centre.
    const row = Array.from({ length: 60 }, (_, index) => pixelAt(placeholder, 60 + index, 60)[0]!);
    expect(Math.min(...row)).to.be.lessThan(120);
    expect([createPlaceholderBitmap(0, Number.NaN).width, createPlaceholderBitmap(1e6, 5).width]).to.deep.equal([1, 4096]);
  });
});
