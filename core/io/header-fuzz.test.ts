// Property tests: whatever bytes arrive, sniffing, decoder choice and header inspection either
// succeed or throw a typed AssetError, never a RangeError or TypeError from reading past the end.
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { AssetError } from './asset-error.js';
import { chooseDecoder } from './choose-decoder.js';
import { inspectImageHeader } from './image-header.js';
import type { RasterImageMimeType } from './mime-types.js';
import { sniffMimeType } from './sniff.js';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../test/fixtures/${path}`, import.meta.url)));
const seeds = [
  fixture('images/pattern-800x600.png').subarray(0, 4096),
  fixture('images/photo-1600x1200.jpg').subarray(0, 4096),
  fixture('images/anim-160x120.gif').subarray(0, 4096),
  fixture('images/pattern-640x480.webp').subarray(0, 4096),
  fixture('hostile/lying-header-30000x30000.png'),
];

/** Runs `action`; passes when it returns or throws an AssetError. */
function typedOrFine(action: () => unknown): void {
  try {
    action();
  } catch (error) {
    assert.ok(error instanceof AssetError, `untyped ${String(error)}`);
  }
}

/** A seed file with a few bytes overwritten and possibly cut short. */
const mutatedFile = fc
  .record({
    seed: fc.constantFrom(...seeds),
    edits: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
    cut: fc.option(fc.nat(), { nil: undefined }),
  })
  .map(({ seed, edits, cut }) => {
    const bytes = seed.slice();
    for (const [position, value] of edits) bytes[position % bytes.length] = value;
    return cut === undefined ? bytes : bytes.subarray(0, cut % (bytes.length + 1));
  });

test('mutated and truncated image files only ever give typed errors', () => {
  fc.assert(
    fc.property(mutatedFile, (bytes) => {
      typedOrFine(() => {
        const choice = chooseDecoder(undefined, bytes, ['raster-image']);
        inspectImageHeader(bytes, choice.mimeType as RasterImageMimeType);
      });
      for (const mimeType of ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/bmp', 'image/avif'] as const) {
        typedOrFine(() => inspectImageHeader(bytes, mimeType));
      }
    }),
    { numRuns: 400 },
  );
});

test('random bytes never crash the sniffer or the decoder choice', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 512 }), fc.constantFrom(undefined, 'image/png', 'image/svg+xml', 'font/ttf', 'text/html'), (bytes, declared) => {
      sniffMimeType(bytes);
      typedOrFine(() => chooseDecoder(declared, bytes));
    }),
    { numRuns: 500 },
  );
});
