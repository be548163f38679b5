import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sniffMimeType } from './sniff.js';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../test/fixtures/${path}`, import.meta.url)));
const text = (value: string) => new TextEncoder().encode(value);

test('sniffs every image, font, video and audio fixture by content', () => {
  const expected: Record<string, string> = {
    'images/anim-160x120.gif': 'image/gif',
    'images/circle-alpha-400.png': 'image/png',
    'images/logo.svg': 'image/svg+xml',
    'images/pattern-640x480.webp': 'image/webp',
    'images/pattern-800x600.png': 'image/png',
    'images/photo-1600x1200.jpg': 'image/jpeg',
    'fonts/Lato-Bold.ttf': 'font/ttf',
    'fonts/Lato-Regular.ttf': 'font/ttf',
    'fonts/OpenSans-Regular.ttf': 'font/ttf',
    'video/clip-640x360-3s.mp4': 'video/mp4',
    'video/clip-640x360-3s.webm': 'video/webm',
    'audio/tone-4s.mp3': 'audio/mpeg',
    'audio/tone-4s.wav': 'audio/wav',
  };
  for (const [path, mimeType] of Object.entries(expected)) assert.equal(sniffMimeType(fixture(path)), mimeType, path);
});

test('the hostile fixtures sniff as what they really are, not what their names say', () => {
  assert.equal(sniffMimeType(fixture('hostile/html-named.png')), undefined);
  assert.equal(sniffMimeType(fixture('hostile/random-bytes.jpg')), undefined);
  assert.equal(sniffMimeType(fixture('hostile/zero-bytes.png')), undefined);
  assert.equal(sniffMimeType(fixture('hostile/text-injection.txt')), undefined);
  assert.equal(sniffMimeType(fixture('hostile/bomb-50000x50000.png')), 'image/png');
  assert.equal(sniffMimeType(fixture('hostile/lying-header-30000x30000.png')), 'image/png');
  // Still SVG, so it reaches the sanitizer, which refuses the DOCTYPE by name.
  assert.equal(sniffMimeType(fixture('hostile/billion-laughs.svg')), 'image/svg+xml');
  assert.equal(sniffMimeType(fixture('hostile/script.svg')), 'image/svg+xml');
});

test('SVG is found past a BOM, XML declaration, comments, whitespace and a DOCTYPE', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg"/>';
  assert.equal(sniffMimeType(text(svg)), 'image/svg+xml');
  assert.equal(sniffMimeType(text(`\uFEFF  \n<?xml version="1.0"?>\n<!-- a comment <svg -->\n${svg}`)), 'image/svg+xml');
  assert.equal(sniffMimeType(text(`<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd">${svg}`)), 'image/svg+xml');
  assert.equal(sniffMimeType(text('<svg:svg xmlns:svg="http://www.w3.org/2000/svg"/>')), 'image/svg+xml');
  const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(svg).flatMap((character) => [character.charCodeAt(0), 0])]);
  assert.equal(sniffMimeType(utf16), 'image/svg+xml');
});

test('markup that is not an SVG root is not SVG', () => {
  assert.equal(sniffMimeType(text('<html><svg></svg></html>')), undefined);
  assert.equal(sniffMimeType(text('<svgfoo/>')), undefined);
  assert.equal(sniffMimeType(text('hello <svg>')), undefined);
  assert.equal(sniffMimeType(text('<!-- never closed <svg>')), undefined);
  assert.equal(sniffMimeType(text('<?xml version="1.0"?><html/>')), undefined);
});

test('signatures of the formats without fixtures', () => {
  const bytes = (...values: (number | string)[]) =>
    new Uint8Array(values.flatMap((value) => (typeof value === 'string' ? Array.from(value, (character) => character.charCodeAt(0)) : [value])).concat(new Array(32).fill(0)));
  assert.equal(sniffMimeType(bytes('OTTO', 0, 9)), 'font/otf');
  assert.equal(sniffMimeType(bytes('wOFF', 0, 1)), 'font/woff');
  assert.equal(sniffMimeType(bytes('wOF2', 0, 1)), 'font/woff2');
  assert.equal(sniffMimeType(bytes('%PDF-1.7\n')), 'application/pdf');
  assert.equal(sniffMimeType(bytes(0, 0, 0, 0x1c, 'ftypavif', 0, 0, 0, 0, 'avifmif1miaf')), 'image/avif');
  assert.equal(sniffMimeType(bytes(0, 0, 0, 0x18, 'ftypmif1', 0, 0, 0, 0, 'mif1avif')), 'image/avif');
  assert.equal(sniffMimeType(bytes(0, 0, 0, 0x14, 'ftypqt  ', 0, 0, 0, 0, 'qt  ')), 'video/quicktime');
  assert.equal(sniffMimeType(bytes(0, 0, 0, 0x14, 'ftypheic', 0, 0, 0, 0, 'heic')), undefined);
  assert.equal(sniffMimeType(bytes('BM', 0, 0, 0, 0, 0, 0, 0, 0, 54, 0, 0, 0, 40, 0, 0, 0)), 'image/bmp');
  assert.equal(sniffMimeType(bytes('BMW is a car brand, not a bitmap')), undefined);
  assert.equal(sniffMimeType(bytes(0xff, 0xfb, 0x90, 0x64)), 'audio/mpeg');
  assert.equal(sniffMimeType(bytes(0xff, 0xf1, 0x50, 0x80)), undefined, 'AAC ADTS has layer 00');
  assert.equal(sniffMimeType(bytes(0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x88, 'matroska')), undefined);
  assert.equal(sniffMimeType(bytes('RIFF', 0, 0, 0, 0, 'AVI ')), undefined);
  assert.equal(sniffMimeType(new Uint8Array([0x89, 0x50])), undefined);
});
