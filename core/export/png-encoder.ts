/**
 * PNG encoding with a chosen deflate level. The browser's own encoder (`canvas.toBlob`) has no
 * level, so `pngCompressionLevel` is honoured by writing the PNG here: 8-bit RGBA, every row with
 * the "Sub" filter (cheap and good on both flat graphics and photos), the filtered rows deflated by
 * fflate's streaming zlib at the requested level. Rows are pushed band by band, so a large export
 * never holds all its pixels at once and yields to the event loop between bands.
 */
import { Zlib } from 'fflate';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(parts: Uint8Array[]): number {
  let crc = 0xffffffff;
  for (const part of parts) {
    for (let i = 0; i < part.length; i += 1) crc = CRC_TABLE[(crc ^ part[i]!) & 0xff]! ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  const typeBytes = new Uint8Array([...type].map((character) => character.charCodeAt(0)));
  out.set(typeBytes, 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32([typeBytes, data]));
  return out;
}

/**
 * Streams a PNG: push straight (non-premultiplied) RGBA rows top to bottom with {@link pushRows},
 * then {@link finish} returns the file's parts (IHDR, IDAT, IEND), ready for a `Blob`.
 */
export class PngWriter {
  private readonly compressed: Uint8Array[] = [];
  private readonly zlib: Zlib;
  private rowsWritten = 0;
  private readonly stride: number;

  /** Starts a `width`×`height` PNG deflated at `level` (0..9). */
  constructor(readonly width: number, readonly height: number, level: number) {
    this.stride = width * 4;
    this.zlib = new Zlib({ level: level as 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 });
    this.zlib.ondata = (data) => {
      this.compressed.push(data);
    };
  }

  /** Appends `count` rows read from `pixels` (tightly packed RGBA, `width * 4` bytes per row). */
  pushRows(pixels: Uint8Array | Uint8ClampedArray, count: number): void {
    const stride = this.stride;
    const batch = new Uint8Array(count * (stride + 1));
    for (let y = 0; y < count; y += 1) {
      const source = y * stride;
      const target = y * (stride + 1);
      batch[target] = 1; // filter type Sub: each byte minus the same channel of the pixel to its left
      for (let i = 0; i < 4 && i < stride; i += 1) batch[target + 1 + i] = pixels[source + i]!;
      for (let i = 4; i < stride; i += 1) batch[target + 1 + i] = (pixels[source + i]! - pixels[source + i - 4]!) & 0xff;
    }
    this.rowsWritten += count;
    this.zlib.push(batch, this.rowsWritten >= this.height);
  }

  /** Ends the stream and returns the PNG file as parts; throws if rows are missing. */
  finish(): Uint8Array[] {
    if (this.rowsWritten !== this.height) throw new Error(`PngWriter: ${this.rowsWritten} of ${this.height} rows were written`);
    const header = new Uint8Array(13);
    const headerView = new DataView(header.buffer);
    headerView.setUint32(0, this.width);
    headerView.setUint32(4, this.height);
    header[8] = 8; // bit depth
    header[9] = 6; // colour type RGBA
    const idatLength = this.compressed.reduce((sum, part) => sum + part.length, 0);
    const idat = new Uint8Array(idatLength);
    let offset = 0;
    for (const part of this.compressed) {
      idat.set(part, offset);
      offset += part.length;
    }
    this.compressed.length = 0;
    const signature = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);
    return [signature, chunk('IHDR', header), chunk('IDAT', idat), chunk('IEND', new Uint8Array(0))];
  }
}

/** Encodes tightly packed straight RGBA pixels as one PNG file (convenience over {@link PngWriter}). */
export function encodePng(width: number, height: number, pixels: Uint8Array | Uint8ClampedArray, level: number): Uint8Array {
  const writer = new PngWriter(width, height, level);
  writer.pushRows(pixels, height);
  const parts = writer.finish();
  const file = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    file.set(part, offset);
    offset += part.length;
  }
  return file;
}
