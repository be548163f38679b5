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
const originalAliases = new WeakMap<JsPdfDocument, Map<string, string>>();

/**
 * Places straight RGBA pixels at (x, y, width, height) points. They are handed to jsPDF as a PNG
 * (jsPDF stores raw RGBA uncompressed, a PNG becomes a Flate-compressed image with a soft mask).
 */
export function drawPdfPixels(document: JsPdfDocument, pixels: Pixels, x: number, y: number, width: number, height: number): void {
  const png = encodePng(pixels.width, pixels.height, pixels.data, 6);
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
  const properties = document.getImageProperties(file.bytes);
  const placement = imagePlacement(item, properties.width, properties.height);
  document.saveGraphicsState();
  tracePath(document, item.clip);
  document.clip();
  document.discardPath();
  setOpacity(document, item.opacity);
  document.addImage(file.bytes, format, a * placement.x + e, d * placement.y + f, a * placement.width, d * placement.height, alias, 'NONE');
  document.restoreGraphicsState();
  if (item.stroke) strokePath(document, item.clip, item.stroke, item.opacity);
}
