import { ascii, uint32BigEndian } from './bytes.js';
import { malformed, type ImageHeader, type ImageHeaderParser } from './header-types.js';

/** Bits per pixel for each valid PNG colour type and bit depth combination. */
const channelsByColorType: Record<number, { channels: number; depths: readonly number[] }> = {
  0: { channels: 1, depths: [1, 2, 4, 8, 16] },
  2: { channels: 3, depths: [8, 16] },
  3: { channels: 1, depths: [1, 2, 4, 8] },
  4: { channels: 2, depths: [8, 16] },
  6: { channels: 4, depths: [8, 16] },
};

/**
 * DEFLATE cannot do better than about 1032:1 (a 258-byte match coded in 2 bits); a header whose pixel
 * data would need a better ratio than that from its IDAT chunks is lying about its size.
 */
const maximumDeflateRatio = 1032;

/** Reads PNG dimensions from the IHDR chunk and checks the chunk layout (see {@link ImageHeaderParser}). */
export const pngHeaderParser: ImageHeaderParser = {
  read(bytes) {
    if (bytes.length < 33 || ascii(bytes, 12, 4) !== 'IHDR' || uint32BigEndian(bytes, 8) !== 13) {
      throw malformed('PNG', 'the IHDR chunk is missing or cut short');
    }
    const width = uint32BigEndian(bytes, 16)!;
    const height = uint32BigEndian(bytes, 20)!;
    if (width === 0 || height === 0 || width > 0x7fffffff || height > 0x7fffffff) {
      throw malformed('PNG', 'the IHDR dimensions are zero or out of range', { width, height });
    }
    return { width, height };
  },
  verify(bytes, header: ImageHeader) {
    const bitDepth = bytes[24]!;
    const colorType = bytes[25]!;
    const format = channelsByColorType[colorType];
    if (format === undefined || !format.depths.includes(bitDepth)) {
      throw malformed('PNG', 'invalid colour type and bit depth', { colorType, bitDepth });
    }
    let offset = 8;
    let imageDataBytes = 0;
    let sawEnd = false;
    while (offset + 12 <= bytes.length) {
      const length = uint32BigEndian(bytes, offset)!;
      const type = ascii(bytes, offset + 4, 4)!;
      if (length > 0x7fffffff || offset + 12 + length > bytes.length) {
        throw malformed('PNG', `the ${JSON.stringify(type)} chunk runs past the end of the file`, { offset, length });
      }
      if (type === 'IDAT') imageDataBytes += length;
      offset += 12 + length;
      if (type === 'IEND') {
        sawEnd = true;
        break;
      }
    }
    if (!sawEnd) throw malformed('PNG', 'the file ends before the IEND chunk');
    if (imageDataBytes === 0) throw malformed('PNG', 'there is no IDAT chunk');
    const rowBytes = Math.ceil((header.width * format.channels * bitDepth) / 8);
    const pixelDataBytes = rowBytes * header.height;
    const minimumCompressedBytes = Math.floor(pixelDataBytes / maximumDeflateRatio) - 64;
    if (imageDataBytes < minimumCompressedBytes) {
      throw malformed('PNG', 'the compressed data is too small for the declared dimensions', {
        width: header.width,
        height: header.height,
        imageDataBytes,
        minimumCompressedBytes,
      });
    }
  },
};
