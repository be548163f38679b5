/**
 * The weight and style a font file really has, read from its OS/2 table (TrueType/OpenType; WOFF
 * after inflating the table), so a face is registered with its true descriptors and a missing bold or
 * italic is simulated by the browser (and reported) instead of drawing the regular face as "bold".
 */

/** A face's own weight (100–900) and whether it is italic. */
export interface FontFaceInfo {
  readonly weight: number;
  readonly italic: boolean;
}

const OS2 = 0x4f532f32; // 'OS/2'

function parseOs2(table: DataView): FontFaceInfo | undefined {
  if (table.byteLength < 64) return undefined;
  const weightClass = table.getUint16(4);
  const fsSelection = table.getUint16(62);
  const weight = weightClass >= 1 && weightClass <= 1000 ? Math.min(900, Math.max(100, Math.round(weightClass / 100) * 100)) : 400;
  return { weight, italic: (fsSelection & 0x1) !== 0 || (fsSelection & 0x200) !== 0 };
}

async function inflate(bytes: Uint8Array): Promise<Uint8Array | undefined> {
  if (typeof DecompressionStream === 'undefined') return undefined;
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Reads the OS/2 weight and italic flag of a TTF, OTF or WOFF file; undefined when it cannot tell (WOFF2, no OS/2). */
export async function readFontFaceInfo(bytes: Uint8Array): Promise<FontFaceInfo | undefined> {
  try {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const signature = view.getUint32(0);
    if (signature === 0x00010000 || signature === 0x4f54544f || signature === 0x74727565) {
      const count = view.getUint16(4);
      for (let index = 0; index < count; index += 1) {
        const entry = 12 + index * 16;
        if (view.getUint32(entry) !== OS2) continue;
        const offset = view.getUint32(entry + 8);
        const length = view.getUint32(entry + 12);
        return parseOs2(new DataView(bytes.buffer, bytes.byteOffset + offset, Math.min(length, bytes.byteLength - offset)));
      }
      return undefined;
    }
    if (signature === 0x774f4646) {
      const count = view.getUint16(12);
      for (let index = 0; index < count; index += 1) {
        const entry = 44 + index * 20;
        if (view.getUint32(entry) !== OS2) continue;
        const offset = view.getUint32(entry + 4);
        const compressed = view.getUint32(entry + 8);
        const original = view.getUint32(entry + 12);
        let table = bytes.subarray(offset, offset + compressed);
        if (compressed < original) table = (await inflate(table)) ?? new Uint8Array();
        return parseOs2(new DataView(table.buffer, table.byteOffset, table.byteLength));
      }
    }
  } catch {
    // A file too short to hold its own table directory: the browser's loader judges it.
  }
  return undefined;
}
