/**
 * SVG export: shapes, strokes and linear/radial gradients as SVG vectors, text as `<text>` in the
 * block's font (embedded as an `@font-face` data URI), images as data URIs (SVG images sanitized by
 * the io layer first), and what SVG cannot express (effects, blurs, shadows, conical gradients) as
 * the renderer's pixels. The document is assembled from escaped strings: it never carries a script,
 * an event handler or an external reference.
 */
import type { DesignBlockId, Engine } from '../engine/index.js';
import { sanitizeSvg, type AssetLoader } from '../io/index.js';
import { designUnitsPerPoint } from '../render/text-style.js';
import { buildDisplayList, type DisplayItem, type ImageItem, type Paint, type Rgba, type StrokeStyle, type TextItem } from './display-list.js';
import type { ExportJob } from './export-job.js';
import { exportBounds, pixelsPerDesignUnit, planPixels, sceneDpi } from './export-size.js';
import { multiply, OUTSIDE_BOX, scaling, translation, type Matrix, type PathCommand } from './geometry.js';
import { imagePlacement } from './pdf-images.js';
import { encodePng } from './png-encoder.js';
import { layoutText } from './text-layout.js';
import { hasRuns, layoutStyledItem } from './styled-text.js';
import { cssFontWeight } from '../render/text-style.js';
import { VectorAssets, type LoadedFont, type Pixels } from './vector-assets.js';
import { watermarkPixels } from './watermark.js';

/** What the SVG writer needs. */
export interface SvgContext {
  readonly engine: Engine;
  readonly block: DesignBlockId;
  readonly job: ExportJob;
  readonly watermark: boolean;
  readonly assets: AssetLoader | undefined;
}

const number = (value: number): string => (Math.abs(value) < 1e-9 ? '0' : String(Math.round(value * 1000) / 1000));

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** Base64 of bytes, in chunks (a spread of megabytes would overflow the call stack). */
export function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function pathData(path: readonly PathCommand[]): string {
  return path
    .map((command) => {
      switch (command.op) {
        case 'M': return `M${number(command.x)} ${number(command.y)}`;
        case 'L': return `L${number(command.x)} ${number(command.y)}`;
        case 'C': return `C${number(command.x1)} ${number(command.y1)} ${number(command.x2)} ${number(command.y2)} ${number(command.x)} ${number(command.y)}`;
        case 'Z': return 'Z';
      }
    })
    .join('');
}

const rgb = (color: Rgba): string => `rgb(${color.r},${color.g},${color.b})`;
const matrixAttribute = (matrix: Matrix): string => `matrix(${matrix.map(number).join(' ')})`;

/** Collects `<defs>` entries with unique ids. */
class Definitions {
  private counter = 0;
  readonly entries: string[] = [];
  add(prefix: string, build: (id: string) => string): string {
    const id = `${prefix}${(this.counter += 1)}`;
    this.entries.push(build(id));
    return id;
  }
}

function paintAttributes(paint: Paint | undefined, definitions: Definitions): string {
  if (!paint) return 'fill="none"';
  if (paint.kind === 'color') return `fill="${rgb(paint.color)}" fill-opacity="${number(paint.color.a)}"`;
  const stops = [...paint.stops]
    .sort((a, b) => a.offset - b.offset)
    .map((stop) => `<stop offset="${number(Math.min(1, Math.max(0, stop.offset)))}" stop-color="${rgb(stop.color)}" stop-opacity="${number(stop.color.a)}"/>`)
    .join('');
  const id = paint.kind === 'linear'
    ? definitions.add('g', (key) => `<linearGradient id="${key}" gradientUnits="userSpaceOnUse" x1="${number(paint.x1)}" y1="${number(paint.y1)}" x2="${number(paint.x2)}" y2="${number(paint.y2)}">${stops}</linearGradient>`)
    : definitions.add('g', (key) => `<radialGradient id="${key}" gradientUnits="userSpaceOnUse" cx="${number(paint.cx)}" cy="${number(paint.cy)}" r="${number(paint.radius)}">${stops}</radialGradient>`);
  return `fill="url(#${id})"`;
}

/** SVG strokes are centred: inner and outer strokes are double-width strokes clipped to the inside or the outside of the outline. */
function strokeElement(path: readonly PathCommand[], stroke: StrokeStyle, definitions: Definitions): string {
  const data = pathData(path);
  const clipped = stroke.position !== 'center';
  const attributes = [
    `d="${data}"`, 'fill="none"', `stroke="${rgb(stroke.color)}"`, `stroke-opacity="${number(stroke.color.a)}"`,
    `stroke-width="${number(clipped ? stroke.width * 2 : stroke.width)}"`, `stroke-linejoin="${stroke.join}"`, `stroke-linecap="${stroke.cap}"`,
    ...(stroke.dash.length > 0 ? [`stroke-dasharray="${stroke.dash.map(number).join(' ')}"`] : []),
  ];
  if (!clipped) return `<path ${attributes.join(' ')}/>`;
  const clip = stroke.position === 'inner'
    ? definitions.add('c', (key) => `<clipPath id="${key}"><path d="${data}"/></clipPath>`)
    : definitions.add('c', (key) => `<clipPath id="${key}"><path clip-rule="evenodd" d="${pathData(OUTSIDE_BOX)} ${data}"/></clipPath>`);
  return `<path clip-path="url(#${clip})" ${attributes.join(' ')}/>`;
}

function pixelsImage(pixels: Pixels, x: number, y: number, width: number, height: number): string {
  const png = encodePng(pixels.width, pixels.height, pixels.data, 6);
  return `<image x="${number(x)}" y="${number(y)}" width="${number(width)}" height="${number(height)}" preserveAspectRatio="none" href="data:image/png;base64,${base64(png)}"/>`;
}

/** The CSS family of a loaded font in the SVG (its `@font-face` added once per file), or sans-serif. */
function svgFontFamily(font: LoadedFont, key: string, definitions: Definitions, fontFaces: Map<string, string>): string {
  if (!font.bytes || !font.mimeType) return 'sans-serif';
  let family = fontFaces.get(key);
  if (!family) {
    family = `cesdk-font-${fontFaces.size + 1}`;
    fontFaces.set(key, family);
    const formats: Record<string, string> = { 'font/ttf': 'truetype', 'font/otf': 'opentype', 'font/woff': 'woff', 'font/woff2': 'woff2' };
    const format = formats[font.mimeType] ?? 'truetype';
    definitions.entries.push(`<style>@font-face{font-family:"${family}";src:url(data:${font.mimeType};base64,${base64(font.bytes)}) format("${format}");}</style>`);
  }
  return family;
}

const svgWeight = (weight: string): string => (/^\d+$/.test(weight) ? weight : String(cssFontWeight(weight)));

async function textElement(item: TextItem, assets: VectorAssets, definitions: Definitions, fontFaces: Map<string, string>): Promise<string> {
  if (item.text.trim() === '') return '';
  if (hasRuns(item)) return styledTextElement(item, assets, definitions, fontFaces);
  const font = await assets.font(item);
  const metrics = assets.metrics(font, item);
  const lines = layoutText({ ...item, ...metrics });
  const family = svgFontFamily(font, font.key, definitions, fontFaces);
  const weight = /^\d+$/.test(item.fontWeight) ? item.fontWeight : item.fontWeight === 'Bold' ? 'bold' : 'normal';
  const spans = lines
    .filter((line) => line.text !== '')
    .map((line) => `<tspan x="${number(line.x)}" y="${number(line.baseline)}">${escapeXml(line.text)}</tspan>`)
    .join('');
  return `<text transform="${matrixAttribute(item.matrix)}" xml:space="preserve" font-family="${family}, sans-serif" font-size="${number(item.fontSize)}" font-weight="${weight}" font-style="${item.fontStyle === 'Italic' ? 'italic' : 'normal'}" letter-spacing="${number(item.letterSpacing * item.fontSize)}" fill="${rgb(item.color)}" fill-opacity="${number(item.color.a)}" opacity="${number(item.opacity)}">${spans}</text>`;
}

/** Text with styled runs: one `<tspan>` per segment with its run's font, size, weight, style and colour (case applied). */
async function styledTextElement(item: TextItem, assets: VectorAssets, definitions: Definitions, fontFaces: Map<string, string>): Promise<string> {
  const { lines, fontOf, colorOf } = await layoutStyledItem(item, assets);
  const spans: string[] = [];
  for (const line of lines) {
    for (const segment of line.segments) {
      if (segment.text.trim() === '') continue;
      const style = segment.style;
      // One face per file: weight and style stay attributes, as in the plain text element.
      const family = svgFontFamily(fontOf(style), fontOf(style).key, definitions, fontFaces);
      const color = colorOf(style);
      spans.push(`<tspan x="${number(line.x + segment.x)}" y="${number(line.baseline)}" font-family="${family}, sans-serif" font-size="${number(style.fontSize)}" font-weight="${svgWeight(style.fontWeight)}" font-style="${style.fontStyle === 'Italic' ? 'italic' : 'normal'}" letter-spacing="${number(item.letterSpacing * style.fontSize)}" fill="${rgb(color)}" fill-opacity="${number(color.a)}">${escapeXml(segment.text)}</tspan>`);
    }
  }
  return `<text transform="${matrixAttribute(item.matrix)}" xml:space="preserve" opacity="${number(item.opacity)}">${spans.join('')}</text>`;
}

async function imageElement(item: ImageItem, assets: VectorAssets, definitions: Definitions): Promise<string> {
  const file = await assets.imageBytes(item.uri, item.block);
  let href: string;
  let naturalWidth: number;
  let naturalHeight: number;
  if (file && file.mimeType === 'image/svg+xml') {
    let sanitized: ReturnType<typeof sanitizeSvg>;
    try {
      sanitized = sanitizeSvg(new TextDecoder().decode(file.bytes));
    } catch (error) {
      assets.report(error, `export: SVG image ${item.uri} was refused by the sanitizer; its placeholder is exported`, item.block);
      return '';
    }
    const bytes = new TextEncoder().encode(sanitized.text);
    href = `data:image/svg+xml;base64,${base64(bytes)}`;
    naturalWidth = sanitized.width;
    naturalHeight = sanitized.height;
  } else if (file) {
    const bitmap = await createImageBitmap(new Blob([file.bytes.slice()], { type: file.mimeType }));
    naturalWidth = bitmap.width;
    naturalHeight = bitmap.height;
    bitmap.close();
    href = `data:${file.mimeType};base64,${base64(file.bytes)}`;
  } else {
    return '';
  }
  const placement = imagePlacement(item, naturalWidth, naturalHeight);
  const clip = definitions.add('c', (key) => `<clipPath id="${key}"><path d="${pathData(item.clip)}"/></clipPath>`);
  const image = `<image transform="${matrixAttribute(item.matrix)}" x="${number(placement.x)}" y="${number(placement.y)}" width="${number(placement.width)}" height="${number(placement.height)}" preserveAspectRatio="none" href="${href}"/>`;
  const stroke = item.stroke ? strokeElement(item.clip, item.stroke, definitions) : '';
  return `<g opacity="${number(item.opacity)}"><g clip-path="url(#${clip})">${image}</g>${stroke}</g>`;
}

/** CE.SDK blend modes that CSS `mix-blend-mode` (and so SVG in browsers) can express. */
const CSS_BLEND_MODES: Readonly<Record<string, string>> = {
  Multiply: 'multiply', Screen: 'screen', Overlay: 'overlay', Darken: 'darken', Lighten: 'lighten',
  ColorDodge: 'color-dodge', ColorBurn: 'color-burn', HardLight: 'hard-light', SoftLight: 'soft-light',
  Difference: 'difference', Exclusion: 'exclusion', Hue: 'hue', Saturation: 'saturation', Color: 'color', Luminosity: 'luminosity',
};

/** Wraps an item's element in a group with its blend mode; modes CSS lacks stay Normal (documented). */
function withBlendMode(element: string, blendMode: string): string {
  const css = CSS_BLEND_MODES[blendMode];
  return css && element ? `<g style="mix-blend-mode:${css}">${element}</g>` : element;
}

async function blendedItemElement(item: DisplayItem, assets: VectorAssets, definitions: Definitions, fontFaces: Map<string, string>): Promise<string> {
  return withBlendMode(await itemElement(item, assets, definitions, fontFaces), item.blendMode);
}

async function itemElement(item: DisplayItem, assets: VectorAssets, definitions: Definitions, fontFaces: Map<string, string>): Promise<string> {
  switch (item.kind) {
    case 'shape': {
      const fill = item.fill ? `<path d="${pathData(item.path)}" ${paintAttributes(item.fill, definitions)}/>` : '';
      const stroke = item.stroke ? strokeElement(item.path, item.stroke, definitions) : '';
      return `<g opacity="${number(item.opacity)}">${fill}${stroke}</g>`;
    }
    case 'text':
      return textElement(item, assets, definitions, fontFaces);
    case 'image': {
      const element = await imageElement(item, assets, definitions);
      if (element) return element;
      // Unreadable file (reported): the renderer draws the io placeholder.
      const xs = item.clip.flatMap((command) => (command.op === 'Z' ? [] : [command.x]));
      const ys = item.clip.flatMap((command) => (command.op === 'Z' ? [] : [command.y]));
      const box = { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
      return pixelsImage(await assets.renderBlock(item.block, box.width, box.height), box.x, box.y, box.width, box.height);
    }
    case 'raster': {
      const { x, y, width, height } = item.bounds;
      if (!(width > 0) || !(height > 0)) return '';
      return pixelsImage(await assets.renderBlock(item.block, width, height, item.margin), x, y, width, height);
    }
  }
}

/** Writes the SVG of a page or block (a scene: its pages in a column) and returns it as a Blob. */
export async function exportSvg(context: SvgContext): Promise<Blob> {
  const { engine, block, job } = context;
  const bounds = exportBounds(engine, block);
  const plan = planPixels(engine, bounds, job.options);
  const scale = plan.renderWidth / bounds.width;
  const isScene = engine.block.getType(block).endsWith('/scene');
  const roots = isScene ? engine.scene.getPages() : [block];
  const vectorAssets = new VectorAssets(engine, job, context.assets);
  const definitions = new Definitions();
  const fontFaces = new Map<string, string>();
  const body: string[] = [];
  void pixelsPerDesignUnit;
  void sceneDpi;
  let pageTop = 0;
  const lists = roots.map((root) => {
    const rootBounds = isScene ? { x: 0, y: -pageTop, width: 0, height: 0 } : bounds;
    if (isScene) pageTop += engine.block.getHeight(root) + 40;
    const origin = multiply(translation(-plan.offsetX, -plan.offsetY), multiply(scaling(scale), translation(-rootBounds.x, -rootBounds.y)));
    return buildDisplayList(engine, root, { origin, rasterizeImages: false, fontSizeToDesignUnits: (points) => points * designUnitsPerPoint(engine) });
  });
  const total = lists.reduce((sum, items) => sum + items.length, 0);
  let done = 0;
  job.progress('render', 0, total);
  for (const items of lists) {
    for (const item of items) {
      body.push(await blendedItemElement(item, vectorAssets, definitions, fontFaces));
      done += 1;
      job.progress('render', done, total);
      job.throwIfAborted();
    }
  }
  if (context.watermark) body.push(pixelsImage(watermarkPixels(plan.width, plan.height), 0, 0, plan.width, plan.height));
  job.progress('encode', 0, 1);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${plan.width}" height="${plan.height}" viewBox="0 0 ${plan.width} ${plan.height}">`,
    definitions.entries.length > 0 ? `<defs>${definitions.entries.join('')}</defs>` : '',
    ...body,
    '</svg>',
  ].join('');
  job.progress('encode', 1, 1);
  return new Blob([svg], { type: 'image/svg+xml' });
}
