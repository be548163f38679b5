import { ascii, uint32BigEndian } from './bytes.js';
import { malformed, type ImageHeaderParser } from './header-types.js';

interface Box {
  readonly type: string;
  readonly start: number;
  readonly contentStart: number;
  readonly end: number;
}

/** Lists the ISO-BMFF boxes between `start` and `end`; throws when one runs past `end`. */
function boxesIn(bytes: Uint8Array, start: number, end: number): Box[] {
  const boxes: Box[] = [];
  let offset = start;
  while (offset + 8 <= end) {
    let size = uint32BigEndian(bytes, offset)!;
    const type = ascii(bytes, offset + 4, 4)!;
    let contentStart = offset + 8;
    if (size === 1) {
      const high = uint32BigEndian(bytes, offset + 8);
      const low = uint32BigEndian(bytes, offset + 12);
      if (high === undefined || low === undefined) throw malformed('AVIF', 'a box header is cut short');
      size = high * 0x100000000 + low;
      contentStart += 8;
    } else if (size === 0) {
      size = end - offset;
    }
    if (size < contentStart - offset || offset + size > end) throw malformed('AVIF', `the ${JSON.stringify(type)} box runs past its container`);
    boxes.push({ type, start: offset, contentStart, end: offset + size });
    offset += size;
  }
  return boxes;
}

/** Reads the largest `ispe` (image spatial extent) property of an AVIF file's `meta/iprp/ipco` boxes. */
export const avifHeaderParser: ImageHeaderParser = {
  read(bytes) {
    const meta = boxesIn(bytes, 0, bytes.length).find((box) => box.type === 'meta');
    if (meta === undefined) throw malformed('AVIF', 'there is no meta box');
    // `meta` is a full box: four bytes of version and flags precede its children.
    const properties = boxesIn(bytes, meta.contentStart + 4, meta.end).find((box) => box.type === 'iprp');
    const container = properties && boxesIn(bytes, properties.contentStart, properties.end).find((box) => box.type === 'ipco');
    if (container === undefined) throw malformed('AVIF', 'there is no item property container');
    let width = 0;
    let height = 0;
    for (const box of boxesIn(bytes, container.contentStart, container.end)) {
      if (box.type !== 'ispe') continue;
      width = Math.max(width, uint32BigEndian(bytes, box.contentStart + 4) ?? 0);
      height = Math.max(height, uint32BigEndian(bytes, box.contentStart + 8) ?? 0);
    }
    if (width === 0 || height === 0) throw malformed('AVIF', 'there is no image size (ispe) property');
    return { width, height };
  },
  verify(bytes) {
    const top = boxesIn(bytes, 0, bytes.length);
    if (!top.some((box) => box.type === 'mdat') && !top.some((box) => box.type === 'meta')) {
      throw malformed('AVIF', 'there is no image data');
    }
  },
};
