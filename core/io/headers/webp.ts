import { ascii, startsWithBytes, uint16LittleEndian, uint24LittleEndian, uint32LittleEndian } from './bytes.js';
import { malformed, type ImageHeaderParser } from './header-types.js';

/** Reads WebP dimensions from the first chunk (VP8, VP8L or VP8X) and checks the RIFF chunk layout. */
export const webpHeaderParser: ImageHeaderParser = {
  read(bytes) {
    const chunk = ascii(bytes, 12, 4);
    if (chunk === 'VP8 ') {
      if (!startsWithBytes(bytes, [0x9d, 0x01, 0x2a], 23)) throw malformed('WebP', 'the VP8 frame header is missing');
      const width = (uint16LittleEndian(bytes, 26) ?? 0) & 0x3fff;
      const height = (uint16LittleEndian(bytes, 28) ?? 0) & 0x3fff;
      if (width === 0 || height === 0) throw malformed('WebP', 'the VP8 frame has a zero dimension');
      return { width, height };
    }
    if (chunk === 'VP8L') {
      const bits = uint32LittleEndian(bytes, 21);
      if (bytes[20] !== 0x2f || bits === undefined) throw malformed('WebP', 'the VP8L header is missing');
      return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
    }
    if (chunk === 'VP8X') {
      const width = uint24LittleEndian(bytes, 24);
      const height = uint24LittleEndian(bytes, 27);
      if (width === undefined || height === undefined) throw malformed('WebP', 'the VP8X header is cut short');
      return { width: width + 1, height: height + 1 };
    }
    throw malformed('WebP', 'the first chunk is not VP8, VP8L or VP8X', { chunk });
  },
  verify(bytes) {
    const riffSize = uint32LittleEndian(bytes, 4)!;
    if (riffSize + 8 > bytes.length) throw malformed('WebP', 'the file is shorter than its RIFF header declares', { riffSize });
    let offset = 12;
    let sawImage = false;
    while (offset + 8 <= riffSize + 8) {
      const chunk = ascii(bytes, offset, 4)!;
      const size = uint32LittleEndian(bytes, offset + 4)!;
      if (offset + 8 + size > bytes.length) throw malformed('WebP', `the ${JSON.stringify(chunk)} chunk runs past the end`, { size });
      if (chunk === 'VP8 ' || chunk === 'VP8L' || chunk === 'ANMF') sawImage = true;
      offset += 8 + size + (size & 1);
    }
    if (!sawImage) throw malformed('WebP', 'there is no image chunk');
  },
};
