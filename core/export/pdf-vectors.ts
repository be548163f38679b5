/**
 * Vector drawing into a jsPDF document: shape paths with solid or gradient fills and strokes, and
 * text in an embedded TrueType font. Coordinates are PDF points from the page's top-left corner.
 */
import type { jsPDF as JsPdfDocument } from 'jspdf';
import type { Paint, Rgba, ShapeItem, StrokeStyle, TextItem } from './display-list.js';
import { layoutText } from './text-layout.js';
import { hasRuns, layoutStyledItem } from './styled-text.js';
import type { VectorAssets } from './vector-assets.js';
import { apply, OUTSIDE_BOX, type PathCommand } from './geometry.js';

type GStateConstructor = new (parameters: { opacity?: number; 'stroke-opacity'?: number }) => object;
type ShadingConstructor = new (type: 'axial' | 'radial', coords: number[], colors: Array<{ offset: number; color: number[] }>) => object;

/** Sets fill and stroke opacity through an ExtGState (jsPDF deduplicates equal states). */
export function setOpacity(document: JsPdfDocument, fill: number, stroke: number = fill): void {
  const GState = document.GState as unknown as GStateConstructor;
  document.setGState(new GState({ opacity: fill, 'stroke-opacity': stroke }));
}

/** Adds `path` as the current path (nothing is painted until fill/stroke/clip). */
export function tracePath(document: JsPdfDocument, path: readonly PathCommand[]): void {
  for (const command of path) {
    switch (command.op) {
      case 'M': document.moveTo(command.x, command.y); break;
      case 'L': document.lineTo(command.x, command.y); break;
      case 'C': document.curveTo(command.x1, command.y1, command.x2, command.y2, command.x, command.y); break;
      case 'Z': document.close(); break;
    }
  }
}

let shadingCounter = 0;

/** Fills `path` with a gradient; jsPDF's shading patterns need its "advanced" API mode. */
function fillGradient(document: JsPdfDocument, path: readonly PathCommand[], paint: Exclude<Paint, { kind: 'color' }>, opacity: number): void {
  const ShadingPattern = document.ShadingPattern as unknown as ShadingConstructor;
  const stops = [...paint.stops].sort((a, b) => a.offset - b.offset);
  if (stops.length === 0) return;
  if (stops.length === 1) stops.push({ ...stops[0]! });
  const colors = stops.map((stop) => ({ offset: Math.min(1, Math.max(0, stop.offset)), color: [stop.color.r, stop.color.g, stop.color.b] }));
  const coords = paint.kind === 'linear' ? [paint.x1, paint.y1, paint.x2, paint.y2] : [paint.cx, paint.cy, 0, paint.cx, paint.cy, paint.radius];
  const key = `cesdk-shading-${(shadingCounter += 1)}`;
  const alpha = stops.reduce((sum, stop) => sum + stop.color.a, 0) / stops.length;
  document.advancedAPI(() => {
    document.addShadingPattern(key, new ShadingPattern(paint.kind === 'linear' ? 'axial' : 'radial', coords, colors) as never);
    setOpacity(document, opacity * alpha);
    tracePath(document, path);
    document.fill({ key, matrix: document.unitMatrix } as never);
  });
}

function applyStroke(document: JsPdfDocument, stroke: StrokeStyle, opacity: number): void {
  document.setDrawColor(stroke.color.r, stroke.color.g, stroke.color.b);
  setOpacity(document, opacity, opacity * stroke.color.a);
  document.setLineWidth(stroke.width);
  document.setLineJoin(stroke.join);
  document.setLineCap(stroke.cap);
  document.setLineDashPattern(stroke.dash, 0);
}

/**
 * Strokes `path`. PDF strokes are centred on the outline, so inner and outer strokes are a
 * double-width stroke clipped to the inside of the outline, or to its outside (a huge box plus the
 * path under the even-odd rule, which also keeps the stroke inside holes).
 */
export function strokePath(document: JsPdfDocument, path: readonly PathCommand[], stroke: StrokeStyle, opacity: number): void {
  document.saveGraphicsState();
  if (stroke.position === 'inner') {
    tracePath(document, path);
    document.clip();
    document.discardPath();
    applyStroke(document, { ...stroke, width: stroke.width * 2 }, opacity);
  } else if (stroke.position === 'outer') {
    tracePath(document, OUTSIDE_BOX);
    tracePath(document, path);
    document.clipEvenOdd();
    document.discardPath();
    applyStroke(document, { ...stroke, width: stroke.width * 2 }, opacity);
  } else {
    applyStroke(document, stroke, opacity);
  }
  tracePath(document, path);
  document.stroke();
  document.restoreGraphicsState();
}

/** Draws one shape item. */
export function drawPdfShape(document: JsPdfDocument, item: ShapeItem): void {
  if (item.fill?.kind === 'color') {
    const color: Rgba = item.fill.color;
    document.saveGraphicsState();
    document.setFillColor(color.r, color.g, color.b);
    setOpacity(document, item.opacity * color.a);
    tracePath(document, item.path);
    document.fill();
    document.restoreGraphicsState();
  } else if (item.fill) {
    fillGradient(document, item.path, item.fill, item.opacity);
  }
  if (item.stroke) strokePath(document, item.path, item.stroke, item.opacity);
}

/** Registers a TrueType font with jsPDF once per document; returns the family name to select. */
function embedFont(document: JsPdfDocument, bytes: Uint8Array, fonts: Map<string, string>, uri: string): string {
  const known = fonts.get(uri);
  if (known) return known;
  const family = `CesdkFont${fonts.size + 1}`;
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const fileName = `${family}.ttf`;
  document.addFileToVFS(fileName, btoa(binary));
  document.addFont(fileName, family, 'normal', 'normal', 'Identity-H');
  fonts.set(uri, family);
  return family;
}

/**
 * Draws a text block as real PDF text: lines broken as the canvas breaks them, the TrueType font
 * embedded (subset by jsPDF) so the text can be selected and searched. A font jsPDF cannot embed
 * (WOFF/WOFF2/CFF, or none) falls back to Helvetica, which every reader has.
 */
export async function drawPdfText(document: JsPdfDocument, item: TextItem, assets: VectorAssets, fonts: Map<string, string>): Promise<void> {
  if (item.text.trim() === '') return;
  if (hasRuns(item)) {
    await drawPdfStyledText(document, item, assets, fonts);
    return;
  }
  const font = await assets.font(item);
  const metrics = assets.metrics(font, item);
  const lines = layoutText({ ...item, ...metrics });
  const scale = Math.hypot(item.matrix[0], item.matrix[1]);
  const family = font.trueTypeBytes ? embedFont(document, font.trueTypeBytes, fonts, font.key) : 'helvetica';
  document.setFont(family, font.trueTypeBytes ? 'normal' : item.fontWeight === 'Bold' ? 'bold' : 'normal');
  document.setFontSize(item.fontSize * scale);
  document.setTextColor(item.color.r, item.color.g, item.color.b);
  document.saveGraphicsState();
  setOpacity(document, item.opacity * item.color.a);
  const angle = (-Math.atan2(item.matrix[1], item.matrix[0]) * 180) / Math.PI;
  for (const line of lines) {
    if (line.text === '') continue;
    const [x, y] = apply(item.matrix, line.x, line.baseline);
    document.text(line.text, x, y, {
      baseline: 'alphabetic',
      charSpace: item.letterSpacing * item.fontSize * scale,
      ...(Math.abs(angle) > 1e-6 ? { angle } : {}),
    });
  }
  document.restoreGraphicsState();
}

const BOLD_WEIGHTS = new Set(['SemiBold', 'Bold', 'ExtraBold', 'Heavy', 'Black']);

/** jsPDF's standard font style for a weight and style (the Helvetica fallback). */
function standardFontStyle(weight: string, style: string): string {
  const bold = BOLD_WEIGHTS.has(weight) || (/^\d+$/.test(weight) && Number(weight) >= 600);
  const italic = style === 'Italic';
  return bold && italic ? 'bolditalic' : bold ? 'bold' : italic ? 'italic' : 'normal';
}

/**
 * Text with styled runs: laid out as the canvas lays it out, each segment drawn in its run's font
 * (embedded once per file, weight and style), size and colour, with its case applied.
 */
async function drawPdfStyledText(document: JsPdfDocument, item: TextItem, assets: VectorAssets, fonts: Map<string, string>): Promise<void> {
  const { lines, fontOf, colorOf } = await layoutStyledItem(item, assets);
  const scale = Math.hypot(item.matrix[0], item.matrix[1]);
  const angle = (-Math.atan2(item.matrix[1], item.matrix[0]) * 180) / Math.PI;
  document.saveGraphicsState();
  for (const line of lines) {
    for (const segment of line.segments) {
      if (segment.text.trim() === '') continue;
      const style = segment.style;
      const font = fontOf(style);
      const family = font.trueTypeBytes ? embedFont(document, font.trueTypeBytes, fonts, font.key) : 'helvetica';
      document.setFont(family, font.trueTypeBytes ? 'normal' : standardFontStyle(style.fontWeight, style.fontStyle));
      document.setFontSize(style.fontSize * scale);
      const color = colorOf(style);
      document.setTextColor(color.r, color.g, color.b);
      setOpacity(document, item.opacity * color.a);
      const [x, y] = apply(item.matrix, line.x + segment.x, line.baseline);
      document.text(segment.text, x, y, {
        baseline: 'alphabetic',
        charSpace: item.letterSpacing * style.fontSize * scale,
        ...(Math.abs(angle) > 1e-6 ? { angle } : {}),
      });
    }
  }
  document.restoreGraphicsState();
}
