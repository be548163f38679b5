// Bounds-checked big- and little-endian readers shared by the header parsers.
// Every reader returns `undefined` past the end, so a truncated file can never read garbage.

/** Reads an unsigned 16-bit big-endian integer, or `undefined` past the end. */
export function uint16BigEndian(bytes: Uint8Array, offset: number): number | undefined {
  if (offset < 0 || offset + 2 > bytes.length) return undefined;
  return (bytes[offset]! << 8) | bytes[offset + 1]!;
}

/** Reads an unsigned 32-bit big-endian integer, or `undefined` past the end. */
export function uint32BigEndian(bytes: Uint8Array, offset: number): number | undefined {
  if (offset < 0 || offset + 4 > bytes.length) return undefined;
  return bytes[offset]! * 0x1000000 + ((bytes[offset + 1]! << 16) | (bytes[offset + 2]! << 8) | bytes[offset + 3]!);
}

/** Reads an unsigned 16-bit little-endian integer, or `undefined` past the end. */
export function uint16LittleEndian(bytes: Uint8Array, offset: number): number | undefined {
  if (offset < 0 || offset + 2 > bytes.length) return undefined;
  return bytes[offset]! | (bytes[offset + 1]! << 8);
}

/** Reads an unsigned 24-bit little-endian integer, or `undefined` past the end. */
export function uint24LittleEndian(bytes: Uint8Array, offset: number): number | undefined {
  if (offset < 0 || offset + 3 > bytes.length) return undefined;
  return bytes[offset]! | (bytes[offset + 1]! << 8) | (bytes[offset + 2]! << 16);
}

/** Reads an unsigned 32-bit little-endian integer, or `undefined` past the end. */
export function uint32LittleEndian(bytes: Uint8Array, offset: number): number | undefined {
  if (offset < 0 || offset + 4 > bytes.length) return undefined;
  return (bytes[offset]! | (bytes[offset + 1]! << 8) | (bytes[offset + 2]! << 16)) + bytes[offset + 3]! * 0x1000000;
}

/** Reads a signed 32-bit little-endian integer, or `undefined` past the end. */
export function int32LittleEndian(bytes: Uint8Array, offset: number): number | undefined {
  const value = uint32LittleEndian(bytes, offset);
  return value === undefined ? undefined : value | 0;
}

/** Reads `length` bytes as Latin-1 text (for four-character codes), or `undefined` past the end. */
export function ascii(bytes: Uint8Array, offset: number, length: number): string | undefined {
  if (offset < 0 || offset + length > bytes.length) return undefined;
  let text = '';
  for (let index = offset; index < offset + length; index += 1) text += String.fromCharCode(bytes[index]!);
  return text;
}

/** True when `bytes` holds exactly `expected` at `offset`. */
export function startsWithBytes(bytes: Uint8Array, expected: readonly number[], offset = 0): boolean {
  if (offset + expected.length > bytes.length) return false;
  return expected.every((value, index) => bytes[offset + index] === value);
}
