import { ascii, startsWithBytes, uint32BigEndian, uint32LittleEndian } from './headers/bytes.js';
import type { SniffedMimeType } from './mime-types.js';

/** How far into a text file the SVG sniffer looks for the root `<svg` tag. */
const svgSniffWindow = 16 * 1024;

/**
 * Identifies a file by its content alone ("magic bytes"). Recognises PNG, JPEG, GIF, WebP, AVIF, BMP,
 * SVG (a text sniff past an optional BOM, XML declaration, whitespace, comments and DOCTYPE), TTF, OTF,
 * WOFF, WOFF2, MP4/MOV (`ftyp`), WebM (EBML with the `webm` doc type), MP3 (ID3 tag or MPEG frame
 * sync), WAV (RIFF WAVE), Ogg (`OggS`) and PDF.
 *
 * @returns the canonical MIME type, or `undefined` when the bytes match none of them (HTML, plain
 * text, random bytes, an empty file).
 */
export function sniffMimeType(bytes: Uint8Array): SniffedMimeType | undefined {
  if (bytes.length < 4) return undefined;
  if (startsWithBytes(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWithBytes(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  const head = ascii(bytes, 0, Math.min(bytes.length, 12))!;
  if (head.startsWith('GIF87a') || head.startsWith('GIF89a')) return 'image/gif';
  if (head.startsWith('RIFF') && bytes.length >= 12) {
    const form = head.slice(8, 12);
    if (form === 'WEBP') return 'image/webp';
    if (form === 'WAVE') return 'audio/wav';
    return undefined;
  }
  if (head.startsWith('BM') && isBitmapHeader(bytes)) return 'image/bmp';
  if (head.startsWith('%PDF-')) return 'application/pdf';
  if (head.startsWith('wOFF')) return 'font/woff';
  if (head.startsWith('wOF2')) return 'font/woff2';
  if (head.startsWith('OTTO')) return 'font/otf';
  if (startsWithBytes(bytes, [0x00, 0x01, 0x00, 0x00]) || head.startsWith('true')) return isFontTable(bytes) ? 'font/ttf' : undefined;
  if (head.slice(4, 8) === 'ftyp') return sniffIsoBaseMedia(bytes);
  if (startsWithBytes(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return sniffEbml(bytes);
  if (head.startsWith('ID3') || isMpegAudioFrame(bytes, 0)) return 'audio/mpeg';
  if (head.startsWith('OggS')) return 'audio/ogg';
  if (looksLikeSvg(bytes)) return 'image/svg+xml';
  return undefined;
}

/** A BMP's DIB header size is one of a few fixed values; checking it keeps text starting with "BM" out. */
function isBitmapHeader(bytes: Uint8Array): boolean {
  const headerSize = uint32LittleEndian(bytes, 14);
  return headerSize !== undefined && [12, 16, 40, 52, 56, 64, 108, 124].includes(headerSize);
}

/** An sfnt font starts with a table count between 1 and a few hundred. */
function isFontTable(bytes: Uint8Array): boolean {
  const tableCount = bytes.length >= 6 ? (bytes[4]! << 8) | bytes[5]! : 0;
  return tableCount > 0 && tableCount < 512;
}

function sniffIsoBaseMedia(bytes: Uint8Array): SniffedMimeType | undefined {
  const boxSize = uint32BigEndian(bytes, 0) ?? 0;
  const majorBrand = ascii(bytes, 8, 4);
  if (majorBrand === undefined) return undefined;
  const brands = [majorBrand];
  for (let offset = 16; offset + 4 <= Math.min(boxSize, bytes.length, 256); offset += 4) brands.push(ascii(bytes, offset, 4)!);
  if (brands.includes('avif') || brands.includes('avis')) return 'image/avif';
  if (['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1'].includes(majorBrand)) return undefined;
  if (majorBrand === 'qt  ') return 'video/quicktime';
  if (majorBrand === 'M4A ' || majorBrand === 'M4B ') return 'audio/mp4';
  return 'video/mp4';
}

/** Matroska and WebM share the EBML header; only the `webm` doc type is accepted. */
function sniffEbml(bytes: Uint8Array): SniffedMimeType | undefined {
  const header = ascii(bytes, 0, Math.min(bytes.length, 64))!;
  return header.includes('webm') ? 'video/webm' : undefined;
}

/** An MPEG audio frame header: 11 sync bits, then no reserved version, layer, bitrate or sample rate. */
function isMpegAudioFrame(bytes: Uint8Array, offset: number): boolean {
  if (offset + 4 > bytes.length) return false;
  const first = bytes[offset]!;
  const second = bytes[offset + 1]!;
  const third = bytes[offset + 2]!;
  if (first !== 0xff || (second & 0xe0) !== 0xe0) return false;
  const version = (second >> 3) & 0b11;
  const layer = (second >> 1) & 0b11;
  const bitrateIndex = third >> 4;
  const sampleRateIndex = (third >> 2) & 0b11;
  return version !== 0b01 && layer !== 0b00 && bitrateIndex !== 0b1111 && sampleRateIndex !== 0b11;
}

/** Decodes the start of a text file, honouring a UTF-8 or UTF-16 byte order mark. */
function decodeTextStart(bytes: Uint8Array): string {
  const window = bytes.subarray(0, svgSniffWindow);
  if (startsWithBytes(window, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(window.subarray(2));
  if (startsWithBytes(window, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(window.subarray(2));
  return new TextDecoder('utf-8').decode(window).replace(/^\uFEFF/, '');
}

/**
 * True when the first markup in the text is an `<svg>` root, after optional whitespace, an XML
 * declaration or other processing instructions, comments and a DOCTYPE (whose internal subset is
 * skipped, so an entity-laden file still reaches the sanitizer, which then refuses it by name).
 */
function looksLikeSvg(bytes: Uint8Array): boolean {
  const text = decodeTextStart(bytes);
  let position = 0;
  for (;;) {
    while (position < text.length && /\s/.test(text[position]!)) position += 1;
    if (text.startsWith('<?', position)) {
      const end = text.indexOf('?>', position + 2);
      if (end < 0) return false;
      position = end + 2;
    } else if (text.startsWith('<!--', position)) {
      const end = text.indexOf('-->', position + 4);
      if (end < 0) return false;
      position = end + 3;
    } else if (text.slice(position, position + 9).toUpperCase() === '<!DOCTYPE') {
      const end = skipDoctype(text, position + 9);
      if (end < 0) return false;
      position = end;
    } else {
      return /^<(?:[A-Za-z_][\w.-]*:)?svg[\s/>]/.test(text.slice(position, position + 64));
    }
  }
}

/** Returns the index just past a DOCTYPE declaration (including a `[...]` internal subset), or -1. */
function skipDoctype(text: string, position: number): number {
  const bracket = text.indexOf('[', position);
  const close = text.indexOf('>', position);
  if (close < 0) return -1;
  if (bracket >= 0 && bracket < close) {
    const subsetEnd = text.indexOf(']', bracket);
    if (subsetEnd < 0) return -1;
    const end = text.indexOf('>', subsetEnd);
    return end < 0 ? -1 : end + 1;
  }
  return close + 1;
}
