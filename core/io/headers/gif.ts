import { uint16LittleEndian } from './bytes.js';
import { malformed, type ImageHeaderParser } from './header-types.js';

/**
 * LZW with 12-bit codes cannot emit more than 4096 pixels per code (1.5 bytes); a frame whose data
 * would need a better ratio than one byte per 4096 pixels is lying about its size.
 */
const maximumPixelsPerByte = 4096;

/** Skips a chain of GIF data sub-blocks; returns the offset after the terminator and the data size. */
function skipSubBlocks(bytes: Uint8Array, start: number): { next: number; dataBytes: number } | undefined {
  let offset = start;
  let dataBytes = 0;
  while (offset < bytes.length) {
    const size = bytes[offset]!;
    offset += 1;
    if (size === 0) return { next: offset, dataBytes };
    offset += size;
    dataBytes += size;
  }
  return undefined;
}

/**
 * Reads the GIF logical screen size and walks every block: each frame must fit the limits (the
 * browser grows the canvas to a frame larger than the screen) and carry enough LZW data for its size.
 * A file cut short after at least one complete frame is accepted, as browsers show such files.
 */
export const gifHeaderParser: ImageHeaderParser = {
  read(bytes) {
    const width = uint16LittleEndian(bytes, 6);
    const height = uint16LittleEndian(bytes, 8);
    if (width === undefined || height === undefined || bytes.length < 13) throw malformed('GIF', 'the header is cut short');
    if (width === 0 || height === 0) throw malformed('GIF', 'the logical screen has a zero dimension', { width, height });
    return { width, height };
  },
  verify(bytes, _header, checkSize) {
    const packed = bytes[10]!;
    let offset = 13 + (packed & 0x80 ? 3 * 2 ** ((packed & 0x07) + 1) : 0);
    let frames = 0;
    while (offset < bytes.length) {
      const introducer = bytes[offset]!;
      if (introducer === 0x3b) break;
      if (introducer === 0x21) {
        const skipped = skipSubBlocks(bytes, offset + 2);
        if (skipped === undefined) break;
        offset = skipped.next;
      } else if (introducer === 0x2c) {
        const left = uint16LittleEndian(bytes, offset + 1);
        const top = uint16LittleEndian(bytes, offset + 3);
        const width = uint16LittleEndian(bytes, offset + 5);
        const height = uint16LittleEndian(bytes, offset + 7);
        const framePacked = bytes[offset + 9];
        if (left === undefined || top === undefined || width === undefined || height === undefined || framePacked === undefined) break;
        checkSize(left + width, top + height);
        offset += 10 + (framePacked & 0x80 ? 3 * 2 ** ((framePacked & 0x07) + 1) : 0);
        const minimumCodeSize = bytes[offset];
        if (minimumCodeSize === undefined) break;
        if (minimumCodeSize < 1 || minimumCodeSize > 11) throw malformed('GIF', 'invalid LZW code size', { minimumCodeSize });
        const skipped = skipSubBlocks(bytes, offset + 1);
        if (skipped === undefined) break;
        const minimumDataBytes = Math.floor((width * height) / maximumPixelsPerByte);
        if (skipped.dataBytes < minimumDataBytes) {
          throw malformed('GIF', 'a frame has too little image data for its dimensions', { width, height, dataBytes: skipped.dataBytes });
        }
        frames += 1;
        offset = skipped.next;
      } else {
        throw malformed('GIF', 'an unknown block type', { offset, introducer });
      }
    }
    if (frames === 0) throw malformed('GIF', 'there is no complete image frame');
  },
};
