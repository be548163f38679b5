import { int32LittleEndian, uint16LittleEndian, uint32LittleEndian } from './bytes.js';
import { malformed, type ImageHeaderParser } from './header-types.js';

/** Reads BMP dimensions from the DIB header and checks that the pixel array fits in the file. */
export const bmpHeaderParser: ImageHeaderParser = {
  read(bytes) {
    const headerSize = uint32LittleEndian(bytes, 14);
    if (headerSize === undefined) throw malformed('BMP', 'the DIB header is cut short');
    const core = headerSize === 12;
    const width = core ? uint16LittleEndian(bytes, 18) : int32LittleEndian(bytes, 18);
    const height = core ? uint16LittleEndian(bytes, 20) : int32LittleEndian(bytes, 22);
    if (width === undefined || height === undefined) throw malformed('BMP', 'the DIB header is cut short');
    // A negative height marks a top-down bitmap.
    if (width <= 0 || height === 0 || height === -0x80000000) throw malformed('BMP', 'invalid dimensions', { width, height });
    return { width, height: Math.abs(height) };
  },
  verify(bytes, header) {
    const core = uint32LittleEndian(bytes, 14) === 12;
    const pixelOffset = uint32LittleEndian(bytes, 10)!;
    const bitCount = (core ? uint16LittleEndian(bytes, 24) : uint16LittleEndian(bytes, 28)) ?? 0;
    const compression = core ? 0 : (uint32LittleEndian(bytes, 30) ?? 0);
    if (![1, 2, 4, 8, 16, 24, 32].includes(bitCount) && !(bitCount === 0 && (compression === 4 || compression === 5))) {
      throw malformed('BMP', 'invalid bit count', { bitCount });
    }
    if (compression === 0 || compression === 3 || compression === 6) {
      const rowBytes = Math.ceil((header.width * bitCount) / 32) * 4;
      const needed = pixelOffset + rowBytes * header.height;
      if (needed > bytes.length) throw malformed('BMP', 'the pixel array runs past the end of the file', { needed, length: bytes.length });
    } else if (compression === 1 || compression === 2) {
      // Run-length encoding spends two bytes on at most 255 pixels.
      const minimumBytes = Math.floor((header.width * header.height) / 256);
      if (bytes.length - pixelOffset < minimumBytes) {
        throw malformed('BMP', 'the run-length data is too small for the declared dimensions', { minimumBytes });
      }
    }
  },
};
