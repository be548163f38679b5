// Builders for small, exact image files used by the header tests, in Node and in the browser alike.
// They produce real encoders' layouts (PNG via a stored-block zlib stream, BMP uncompressed) so a
// browser decoder accepts them, and let a test set a header to any lie.

const crcTable = (() => {
  const table = new Uint32Array(256);
  for (let value = 0; value < 256; value += 1) {
    let crc = value;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
    table[value] = crc >>> 0;
  }
  return table;
})();

/** CRC-32 as PNG chunks use it. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Concatenates byte arrays. */
export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const result = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.length;
  }
  return result;
}

function uint32(value: number): Uint8Array {
  return new Uint8Array([(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff]);
}

/** One PNG chunk with a correct CRC. */
export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const typeBytes = new TextEncoder().encode(type);
  return concatBytes(uint32(data.length), typeBytes, data, uint32(crc32(concatBytes(typeBytes, data))));
}

/** A zlib stream of stored (uncompressed) deflate blocks, with its Adler-32 trailer. */
function zlibStored(data: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [new Uint8Array([0x78, 0x01])];
  for (let offset = 0; offset < data.length || offset === 0; offset += 65535) {
    const block = data.subarray(offset, offset + 65535);
    const final = offset + 65535 >= data.length ? 1 : 0;
    parts.push(new Uint8Array([final, block.length & 0xff, block.length >> 8, ~block.length & 0xff, (~block.length >> 8) & 0xff]), block);
    if (data.length === 0) break;
  }
  let a = 1;
  let b = 0;
  for (const byte of data) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  parts.push(uint32(((b << 16) | a) >>> 0));
  return concatBytes(...parts);
}

/** A valid RGBA PNG of the given size, filled with one colour. */
export function solidPng(width: number, height: number, rgba: readonly number[] = [255, 0, 0, 255]): Uint8Array {
  const row = new Uint8Array(1 + width * 4);
  for (let x = 0; x < width; x += 1) row.set(rgba, 1 + x * 4);
  const raw = new Uint8Array(row.length * height);
  for (let y = 0; y < height; y += 1) raw.set(row, y * row.length);
  return pngWithHeader(width, height, zlibStored(raw));
}

/** A PNG whose IHDR declares `width × height` (RGBA, 8 bit) around the given IDAT payload. */
export function pngWithHeader(width: number, height: number, imageData: Uint8Array, options: { end?: boolean } = {}): Uint8Array {
  const header = concatBytes(uint32(width), uint32(height), new Uint8Array([8, 6, 0, 0, 0]));
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', header), pngChunk('IDAT', imageData)];
  if (options.end !== false) parts.push(pngChunk('IEND', new Uint8Array()));
  return concatBytes(...parts);
}

/** A minimal uncompressed 24-bit BMP of the given size, or with a header that claims `declaredHeight`. */
export function solidBmp(width: number, height: number, declaredHeight = height): Uint8Array {
  const rowBytes = Math.ceil((width * 24) / 32) * 4;
  const bytes = new Uint8Array(54 + rowBytes * height);
  const view = new DataView(bytes.buffer);
  bytes.set([0x42, 0x4d]);
  view.setUint32(2, bytes.length, true);
  view.setUint32(10, 54, true);
  view.setUint32(14, 40, true);
  view.setInt32(18, width, true);
  view.setInt32(22, declaredHeight, true);
  view.setUint16(26, 1, true);
  view.setUint16(28, 24, true);
  for (let row = 0; row < height; row += 1) {
    for (let column = 0; column < width; column += 1) bytes.set([255, 128, 0], 54 + row * rowBytes + column * 3);
  }
  return bytes;
}

/** Overwrites a big-endian 16-bit value, returning a copy. */
export function patchUint16BigEndian(bytes: Uint8Array, offset: number, value: number): Uint8Array {
  const copy = bytes.slice();
  copy[offset] = value >> 8;
  copy[offset + 1] = value & 0xff;
  return copy;
}

/** Inserts an APP1 EXIF segment with the given orientation (1–8) right after a JPEG's SOI marker. */
export function withExifOrientation(jpeg: Uint8Array, orientation: number): Uint8Array {
  // "Exif\0\0", then a little-endian TIFF header and an IFD0 with one SHORT entry: tag 0x0112.
  const tiff = [0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00, 0x01, 0x00, 0x12, 0x01, 0x03, 0x00, 0x01, 0x00, 0x00, 0x00, orientation, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];
  const payload = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00, ...tiff];
  const length = payload.length + 2;
  const segment = new Uint8Array([0xff, 0xe1, length >> 8, length & 0xff, ...payload]);
  return concatBytes(jpeg.subarray(0, 2), segment, jpeg.subarray(2));
}
