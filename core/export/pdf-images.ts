/**
 * Images in the PDF: renderer pixels (rasterized blocks, watermark) as losslessly compressed
 * images, and, with high compatibility off, image files embedded as their original bytes.
 */
import type { jsPDF as JsPdfDocument } from 'jspdf';
import type { ImageItem } from './display-list.js';
import { encodePng } from './png-encoder.js';
import { setOpacity, strokePath, tracePath } from './pdf-vectors.js';
import type { Pixels, VectorAssets } from './vector-assets.js';

let aliasCounter = 0;

/** Width, height and component count from a JPEG's start-of-frame marker, or undefined. */
export function readJpegFrame(bytes: Uint8Array): { width: number; height: number; components: number } | undefined {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    let marker = bytes[offset + 1]!;
    while (marker === 0xff && offset + 2 < bytes.length) {
      offset += 1;
      marker = bytes[offset + 1]!;
    }
    if ((marker >= 0xd0 && marker <= 0xd9) || marker === 0x01) {
      offset += 2;
      continue;
    }
    const length = (bytes[offset + 2]! << 8) | bytes[offset + 3]!;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame && offset + 9 < bytes.length) {
      return {
        height: (bytes[offset + 5]! << 8) | bytes[offset + 6]!,
        width: (bytes[offset + 7]! << 8) | bytes[offset + 8]!,
        components: bytes[offset + 9]!,
      };
    }
    offset += 2 + length;
  }
  return undefined;
}

type JpegProcessor = (data: unknown, ...rest: unknown[]) => { width: number; height: number; colorSpace: string } | null;

/**
 * jsPDF 4's JPEG header scan skips blocks from a wrong start and misreads files with a comment
 * segment (the photo fixture came out as 769×2 grey). The document's JPEG processor is wrapped so
 * the size and colour space come from the real start-of-frame marker; the bytes stay untouched.
 */
function fixJpegHeaderParsing(document: JsPdfDocument, bytes: Uint8Array): () => void {
  const frame = readJpegFrame(bytes);
  if (!frame) return () => {};
  const target = document as unknown as { processJPEG: JpegProcessor };
  const original = target.processJPEG;
  target.processJPEG = function processJpegWithRealFrame(this: unknown, ...args: unknown[]) {
    const result = original.apply(this, args as [unknown]);
    if (result) {
      result.width = frame.width;
      result.height = frame.height;
      result.colorSpace = frame.components === 1 ? 'DeviceGray' : frame.components === 4 ? 'DeviceCMYK' : 'DeviceRGB';
    }
    return result;
  };
  return () => {
    delete (target as { processJPEG?: JpegProcessor }).processJPEG;
  };
}
const originalAliases = new WeakMap<JsPdfDocument, Map<string, string>>();

/**
 * Places straight RGBA pixels at (x, y, width, height) points. They are handed to jsPDF as a PNG
 * (jsPDF stores raw RGBA uncompressed, a PNG becomes a Flate-compressed image with a soft mask).
 * jsPDF decodes the PNG and deflates it again itself ('FAST': Sub filter, level 1), so the PNG is
 * written stored (level 0): compressing it here would only be undone.
 */
export function drawPdfPixels(document: JsPdfDocument, pixels: Pixels, x: number, y: number, width: number, height: number): void {
  const png = encodePng(pixels.width, pixels.height, pixels.data, 0);
  document.addImage(png, 'PNG', x, y, width, height, `cesdk-pixels-${(aliasCounter += 1)}`, 'FAST');
}

/** The axis-aligned box of a path's points. */
function boxOf(item: ImageItem): { x: number; y: number; width: number; height: number } {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const command of item.clip) {
    if (command.op === 'Z') continue;
    xs.push(command.x);
    ys.push(command.y);
  }
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** Where the image file lands in the frame's local box, following the content fill mode and crop. */
export function imagePlacement(item: ImageItem, naturalWidth: number, naturalHeight: number): { x: number; y: number; width: number; height: number } {
  const { width, height, crop } = item;
  const cover = Math.max(width / naturalWidth, height / naturalHeight);
  const contain = Math.min(width / naturalWidth, height / naturalHeight);
  const scale = item.contentFillMode === 'Contain' ? contain : cover;
  const drawWidth = naturalWidth * scale * (item.contentFillMode === 'Crop' ? crop.scaleX : 1);
  const drawHeight = naturalHeight * scale * (item.contentFillMode === 'Crop' ? crop.scaleY : 1);
  const shiftX = item.contentFillMode === 'Crop' ? crop.translationX * width : 0;
  const shiftY = item.contentFillMode === 'Crop' ? crop.translationY * height : 0;
  return { x: (width - drawWidth) / 2 + shiftX, y: (height - drawHeight) / 2 + shiftY, width: drawWidth, height: drawHeight };
}

async function drawRasterized(document: JsPdfDocument, item: ImageItem, assets: VectorAssets, pixelsPerPoint: number): Promise<void> {
  const box = boxOf(item);
  if (!(box.width > 0) || !(box.height > 0)) return;
  const pixels = await assets.renderBlock(item.block, box.width * pixelsPerPoint, box.height * pixelsPerPoint);
  drawPdfPixels(document, pixels, box.x, box.y, box.width, box.height);
}

/**
 * Draws an image item from its original file: JPEG bytes as they are (DCTDecode), PNG through
 * jsPDF's lossless recompression. Rotated, flipped or cropped-with-rotation frames, other formats
 * and unreadable files are rasterized instead (an unreadable file then shows the renderer's placeholder).
 */
export async function drawPdfImage(document: JsPdfDocument, item: ImageItem, assets: VectorAssets, pixelsPerPoint: number): Promise<void> {
  const [a, b, c, d, e, f] = item.matrix;
  const axisAligned = Math.abs(b) < 1e-9 && Math.abs(c) < 1e-9 && a > 0 && d > 0 && Math.abs(item.crop.rotation) < 1e-9;
  const file = axisAligned ? await assets.imageBytes(item.uri, item.block) : undefined;
  const format = file?.mimeType === 'image/jpeg' ? 'JPEG' : file?.mimeType === 'image/png' ? 'PNG' : undefined;
  if (!file || !format) {
    await drawRasterized(document, item, assets, pixelsPerPoint);
    return;
  }
  let aliases = originalAliases.get(document);
  if (!aliases) {
    aliases = new Map();
    originalAliases.set(document, aliases);
  }
  let alias = aliases.get(item.uri);
  if (!alias) {
    alias = `cesdk-original-${(aliasCounter += 1)}`;
    aliases.set(item.uri, alias);
  }
  const frame = format === 'JPEG' ? readJpegFrame(file.bytes) : undefined;
  const properties = frame ?? document.getImageProperties(file.bytes);
  const placement = imagePlacement(item, properties.width, properties.height);

  document.saveGraphicsState();
  tracePath(document, item.clip);
  document.clip();
  document.discardPath();
  setOpacity(document, item.opacity);
  const restore = format === 'JPEG' ? fixJpegHeaderParsing(document, file.bytes) : () => {};
  try {
    document.addImage(file.bytes, format, a * placement.x + e, d * placement.y + f, a * placement.width, d * placement.height, alias, 'NONE');
  } finally {
    restore();
  }
  document.restoreGraphicsState();
  if (item.stroke) strokePath(document, item.clip, item.stroke, item.opacity);
}
