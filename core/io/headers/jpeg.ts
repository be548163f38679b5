import { ascii, uint16BigEndian, uint16LittleEndian, uint32BigEndian, uint32LittleEndian } from './bytes.js';
import { malformed, type ImageHeader, type ImageHeaderParser } from './header-types.js';

interface JpegFrame {
  /** Dimensions as stored, before EXIF orientation. */
  readonly storedWidth: number;
  readonly storedHeight: number;
  /** EXIF orientation 1–8 (1 when absent). */
  readonly orientation: number;
  /** SOF9–SOF15 use arithmetic coding, which has no 1-bit-per-block floor. */
  readonly arithmetic: boolean;
  /** Offset of the first byte after the first SOS segment header, or -1 when there is none. */
  readonly scanStart: number;
}

/** Start-of-frame markers: C0–CF except DHT (C4), JPG (C8) and DAC (CC). */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/** Walks the marker segments up to the first scan, collecting the frame size and EXIF orientation. */
function readFrame(bytes: Uint8Array): JpegFrame {
  let offset = 2;
  let orientation = 1;
  let frame: { width: number; height: number; arithmetic: boolean } | undefined;
  while (offset < bytes.length) {
    if (bytes[offset] !== 0xff) throw malformed('JPEG', 'a marker segment is corrupt', { offset });
    while (bytes[offset] === 0xff) offset += 1;
    const marker = bytes[offset];
    offset += 1;
    if (marker === undefined) break;
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue;
    if (marker === 0xd9) break;
    const length = uint16BigEndian(bytes, offset);
    if (length === undefined || length < 2 || offset + length > bytes.length) {
      throw malformed('JPEG', 'a marker segment runs past the end of the file', { offset, marker });
    }
    if (marker === 0xe1 && ascii(bytes, offset + 2, 6) === 'Exif\0\0') {
      orientation = readExifOrientation(bytes.subarray(offset + 8, offset + length)) ?? orientation;
    } else if (isStartOfFrame(marker) && frame === undefined) {
      if (length < 8) throw malformed('JPEG', 'the frame header is cut short');
      frame = { height: uint16BigEndian(bytes, offset + 3)!, width: uint16BigEndian(bytes, offset + 5)!, arithmetic: marker >= 0xc9 };
    } else if (marker === 0xda) {
      if (frame === undefined) break;
      return { storedWidth: frame.width, storedHeight: frame.height, orientation, arithmetic: frame.arithmetic, scanStart: offset + length };
    }
    offset += length;
  }
  if (frame === undefined) throw malformed('JPEG', 'there is no frame header (SOF) before the image data');
  return { storedWidth: frame.width, storedHeight: frame.height, orientation, arithmetic: frame.arithmetic, scanStart: -1 };
}

/** Reads tag 0x0112 (Orientation) from IFD0 of a TIFF-structured EXIF block. */
function readExifOrientation(tiff: Uint8Array): number | undefined {
  const order = ascii(tiff, 0, 2);
  if (order !== 'II' && order !== 'MM') return undefined;
  const little = order === 'II';
  const read16 = (at: number) => (little ? uint16LittleEndian(tiff, at) : uint16BigEndian(tiff, at));
  const read32 = (at: number) => (little ? uint32LittleEndian(tiff, at) : uint32BigEndian(tiff, at));
  const directory = read32(4);
  const entryCount = directory === undefined ? undefined : read16(directory);
  if (directory === undefined || entryCount === undefined) return undefined;
  for (let index = 0; index < entryCount; index += 1) {
    const entry = directory + 2 + index * 12;
    const tag = read16(entry);
    if (tag === undefined) return undefined;
    if (tag === 0x0112) {
      const value = read16(entry + 8);
      return value !== undefined && value >= 1 && value <= 8 ? value : undefined;
    }
  }
  return undefined;
}

/**
 * Reads JPEG dimensions from the first SOFn segment (swapped for EXIF orientations 5–8, as the browser
 * decodes them upright) and checks that the entropy-coded data can hold the declared frame.
 */
export const jpegHeaderParser: ImageHeaderParser = {
  read(bytes) {
    const frame = readFrame(bytes);
    if (frame.storedWidth === 0 || frame.storedHeight === 0) {
      throw malformed('JPEG', 'the frame header declares a zero dimension', { width: frame.storedWidth, height: frame.storedHeight });
    }
    const swapped = frame.orientation >= 5;
    return { width: swapped ? frame.storedHeight : frame.storedWidth, height: swapped ? frame.storedWidth : frame.storedHeight };
  },
  verify(bytes, header: ImageHeader) {
    const frame = readFrame(bytes);
    if (frame.scanStart < 0 || frame.scanStart >= bytes.length) throw malformed('JPEG', 'the file ends before the image data');
    if (frame.arithmetic) return;
    // Huffman codes are at least one bit long, and every 8×8 block of the full-resolution component
    // codes its DC coefficient, so the scans hold at least one bit per block (less a little slack).
    const blocks = Math.ceil(header.width / 8) * Math.ceil(header.height / 8);
    const minimumScanBytes = Math.floor(blocks / 8) - 64;
    const scanBytes = bytes.length - frame.scanStart;
    if (scanBytes < minimumScanBytes) {
      throw malformed('JPEG', 'the image data is too small for the declared dimensions', {
        width: header.width,
        height: header.height,
        scanBytes,
        minimumScanBytes,
      });
    }
  },
};
