/**
 * Seeded mutations that turn a valid file into a corrupt one: bit flips, byte stamps, truncation,
 * lying lengths (format-aware: the length and size fields of PNG chunks, JPEG segments, RIFF/WebP
 * chunks, GIF screens, ISO-BMFF boxes, EBML elements, zip headers, sfnt tables and WOFF2 headers),
 * spliced ranges, and for text formats hostile snippets (script, handlers, prototype keys). The same
 * seed and case number always give the same bytes, so a failure is reproduced from its case number.
 */
import { seededRandom } from '../../trust/soak-operations.js';

/** A file format the fuzzer knows the structure of. */
export type FuzzFormat = 'png' | 'jpeg' | 'webp' | 'gif' | 'svg' | 'ttf' | 'woff2' | 'mp4' | 'webm' | 'scene' | 'archive';

/** A mutated file and how it was made. */
export interface Mutation { readonly bytes: Uint8Array; readonly description: string }

/** The random source for one case: independent of every other case. */
export function caseRandom(seed: number, index: number): () => number {
  return seededRandom((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
}

const int = (rng: () => number, below: number): number => Math.floor(rng() * below);
const pick = <T>(rng: () => number, items: readonly T[]): T => items[int(rng, items.length)]!;

/** A size field: where, how wide, which byte order. */
interface Field { readonly at: number; readonly width: 1 | 2 | 4 | 8; readonly little: boolean; readonly name: string }

const u16be = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!;
const u32be = (b: Uint8Array, at: number) => ((b[at]! << 24) >>> 0) + (b[at + 1]! << 16) + (b[at + 2]! << 8) + b[at + 3]!;
const u32le = (b: Uint8Array, at: number) => ((b[at + 3]! << 24) >>> 0) + (b[at + 2]! << 16) + (b[at + 1]! << 8) + b[at]!;

/** The length fields of a file, found by walking its structure (as far as it is intact). */
function lengthFields(format: FuzzFormat, b: Uint8Array): Field[] {
  const fields: Field[] = [];
  const be = (at: number, width: 2 | 4, name: string) => { if (at + width <= b.length) fields.push({ at, width, little: false, name }); };
  const le = (at: number, width: 2 | 4, name: string) => { if (at + width <= b.length) fields.push({ at, width, little: true, name }); };
  switch (format) {
    case 'png':
      for (let at = 8; at + 8 <= b.length && fields.length < 64;) {
        const length = u32be(b, at);
        be(at, 4, `chunk@${at} length`);
        if (String.fromCharCode(...b.subarray(at + 4, at + 8)) === 'IHDR') { be(at + 8, 4, 'IHDR width'); be(at + 12, 4, 'IHDR height'); }
        at += 12 + length;
      }
      break;
    case 'jpeg':
      for (let at = 2; at + 4 <= b.length && b[at] === 0xff && fields.length < 64;) {
        const marker = b[at + 1]!;
        be(at + 2, 2, `segment ${marker.toString(16)}@${at} length`);
        if (marker >= 0xc0 && marker <= 0xc2) { be(at + 5, 2, 'frame height'); be(at + 7, 2, 'frame width'); }
        if (marker === 0xda) break;
        at += 2 + u16be(b, at + 2);
      }
      break;
    case 'webp':
      le(4, 4, 'RIFF size');
      for (let at = 12; at + 8 <= b.length && fields.length < 32;) {
        le(at + 4, 4, `chunk@${at} size`);
        at += 8 + u32le(b, at + 4) + (u32le(b, at + 4) & 1);
      }
      break;
    case 'gif':
      le(6, 2, 'screen width'); le(8, 2, 'screen height');
      break;
    case 'mp4': {
      const walk = (start: number, end: number, depth: number) => {
        for (let at = start; at + 8 <= end && fields.length < 96;) {
          const size = u32be(b, at);
          const type = String.fromCharCode(...b.subarray(at + 4, at + 8));
          be(at, 4, `${type}@${at} size`);
          if (depth < 4 && ['moov', 'trak', 'mdia', 'minf', 'stbl', 'edts', 'dinf'].includes(type)) walk(at + 8, Math.min(end, at + size), depth + 1);
          if (['stsz', 'stco', 'stts', 'stsc', 'stss'].includes(type)) be(at + 12, 4, `${type} entry count`);
          if (type === 'tkhd') { be(at + 84, 4, 'tkhd width'); be(at + 88, 4, 'tkhd height'); }
          if (size < 8) break;
          at += size;
        }
      };
      walk(0, b.length, 0);
      break;
    }
    case 'webm':
      // EBML sizes are variable-length; the size byte after each of the first IDs is a fair target.
      for (let at = 0; at < Math.min(b.length - 1, 4096) && fields.length < 64; at += 1) {
        if ((b[at] === 0x1a && b[at + 1] === 0x45) || (b[at] === 0x18 && b[at + 1] === 0x53) || b[at] === 0xa3 || b[at] === 0xb0 || b[at] === 0xba) {
          fields.push({ at: at + (b[at] === 0xa3 || b[at] === 0xb0 || b[at] === 0xba ? 1 : 4), width: 1, little: false, name: `EBML size@${at}` });
        }
      }
      break;
    case 'ttf': {
      const tables = Math.min(u16be(b, 4), 64);
      for (let index = 0; index < tables; index += 1) {
        const entry = 12 + index * 16;
        be(entry + 8, 4, `table ${index} offset`); be(entry + 12, 4, `table ${index} length`);
      }
      break;
    }
    case 'woff2':
      be(8, 4, 'WOFF2 length'); be(12, 2, 'numTables'); be(16, 4, 'totalSfntSize'); be(20, 4, 'totalCompressedSize');
      break;
    case 'archive':
      for (let at = 0; at + 30 <= b.length && fields.length < 64; at += 1) {
        if (b[at] === 0x50 && b[at + 1] === 0x4b && b[at + 2] === 3 && b[at + 3] === 4) {
          le(at + 18, 4, `local@${at} compressed size`); le(at + 22, 4, `local@${at} size`); le(at + 26, 2, `local@${at} name length`);
        } else if (b[at] === 0x50 && b[at + 1] === 0x4b && b[at + 2] === 1 && b[at + 3] === 2) {
          le(at + 20, 4, `central@${at} compressed size`); le(at + 24, 4, `central@${at} size`); le(at + 42, 4, `central@${at} offset`);
        } else if (b[at] === 0x50 && b[at + 1] === 0x4b && b[at + 2] === 5 && b[at + 3] === 6) {
          le(at + 8, 2, 'EOCD entries here'); le(at + 10, 2, 'EOCD entries'); le(at + 12, 4, 'EOCD directory size'); le(at + 16, 4, 'EOCD directory offset');
        }
      }
      break;
    default:
      break;
  }
  return fields;
}

function writeField(b: Uint8Array, field: Field, value: number): void {
  for (let i = 0; i < field.width; i += 1) {
    const shift = 8 * (field.little ? i : field.width - 1 - i);
    b[field.at + i] = shift >= 32 ? 0 : (value >>> shift) & 0xff;
  }
}

function readField(b: Uint8Array, field: Field): number {
  let value = 0;
  for (let i = 0; i < field.width; i += 1) value = value * 256 + b[field.at + (field.little ? field.width - 1 - i : i)]!;
  return value;
}

/** Snippets that must stay inert wherever they land. `__cesdkFuzzCanary` counts any that ran. */
export const HOSTILE_SNIPPETS: readonly string[] = [
  '<script>window.__cesdkFuzzCanary=(window.__cesdkFuzzCanary||0)+1</script>',
  '" onload="window.__cesdkFuzzCanary=(window.__cesdkFuzzCanary||0)+1" x="',
  '<img src=x onerror="window.__cesdkFuzzCanary=(window.__cesdkFuzzCanary||0)+1">',
  '<foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:parent.__cesdkFuzzCanary=1"></iframe></foreignObject>',
  '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
  '"__proto__":{"polluted":true},',
  '"constructor":{"prototype":{"polluted":true}},',
  '99999999999999999999999',
  '-1e309',
  '"\\ud800"',
  '{"blocks":[',
];

const textFormats: ReadonlySet<FuzzFormat> = new Set(['svg', 'scene']);

/** Derives corrupt case `index` from `seed`, the valid file of `format`. */
export function mutate(format: FuzzFormat, seed: Uint8Array, rng: () => number): Mutation {
  const b = new Uint8Array(seed);
  const strategies = ['bits', 'bits', 'stamp', 'truncate', 'lying-length', 'lying-length', 'splice'];
  if (textFormats.has(format)) strategies.push('snippet', 'snippet', 'delete-range');
  const strategy = pick(rng, strategies);
  // Headers matter most: half of the byte-level mutations land in the first 512 bytes.
  const position = (): number => (rng() < 0.5 ? int(rng, Math.min(b.length, 512)) : int(rng, b.length));
  switch (strategy) {
    case 'bits': {
      const flips = 1 + int(rng, 8);
      for (let i = 0; i < flips; i += 1) { const at = position(); b[at]! ^= 1 << int(rng, 8); }
      return { bytes: b, description: `${flips} bit flips` };
    }
    case 'stamp': {
      const count = 1 + int(rng, 4);
      for (let i = 0; i < count; i += 1) b[position()] = pick(rng, [0x00, 0xff, 0x7f, 0x80, 0x01, 0xfe]);
      return { bytes: b, description: `${count} bytes stamped` };
    }
    case 'truncate': {
      const at = rng() < 0.5 ? int(rng, Math.min(b.length, 1024)) : int(rng, b.length);
      return { bytes: b.slice(0, at), description: `truncated at ${at} of ${b.length}` };
    }
    case 'lying-length': {
      const fields = lengthFields(format, b);
      if (fields.length === 0) {
        // Text formats have no binary lengths: lie about a number in the text instead.
        const text = new TextDecoder().decode(b);
        const numbers = [...text.matchAll(/\d+(\.\d+)?/g)];
        if (numbers.length === 0) return mutate(format, seed, rng);
        const match = pick(rng, numbers);
        const lie = pick(rng, ['0', '-1', '1e308', '4294967295', '99999999', 'NaN']);
        const next = text.slice(0, match.index) + lie + text.slice(match.index! + match[0].length);
        return { bytes: new TextEncoder().encode(next), description: `number at ${match.index} became ${lie}` };
      }
      const field = pick(rng, fields);
      const max = field.width >= 4 ? 0xffffffff : 2 ** (8 * field.width) - 1;
      const old = readField(b, field);
      const value = pick(rng, [0, 1, max, max >>> 1, old + 1, Math.max(0, old - 1), old * 2, old * 1000, int(rng, max)]) >>> 0;
      writeField(b, field, Math.min(value, max));
      return { bytes: b, description: `${field.name}: ${old} → ${Math.min(value, max)}` };
    }
    case 'splice': {
      const from = int(rng, b.length);
      const length = 1 + int(rng, Math.min(256, b.length - from));
      const to = position();
      const out = new Uint8Array(b.length + length);
      out.set(b.subarray(0, to));
      out.set(b.subarray(from, from + length), to);
      out.set(b.subarray(to), to + length);
      return { bytes: out, description: `${length} bytes from ${from} inserted at ${to}` };
    }
    case 'snippet': {
      const text = new TextDecoder().decode(b);
      const snippet = pick(rng, HOSTILE_SNIPPETS);
      const at = int(rng, text.length + 1);
      return { bytes: new TextEncoder().encode(text.slice(0, at) + snippet + text.slice(at)), description: `snippet ${JSON.stringify(snippet.slice(0, 24))} at ${at}` };
    }
    default: {
      const from = int(rng, b.length);
      const length = 1 + int(rng, Math.min(64, b.length - from));
      const out = new Uint8Array(b.length - length);
      out.set(b.subarray(0, from));
      out.set(b.subarray(from + length), from);
      return { bytes: out, description: `deleted ${length} bytes at ${from}` };
    }
  }
}
