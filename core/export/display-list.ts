/**
 * Turns a page (or any block) into a flat, back-to-front list of drawing items in page space
 * (design units) that the PDF and SVG writers translate one to one. What a vector format cannot
 * express exactly (effects, blurs, drop shadows, conical gradients) becomes a `raster` item that
 * the writers fill with the renderer's own pixels of that block.
 */
import type { Color, DesignBlockId, Engine, RGBAColor } from '../engine/index.js';
import type { RunAttributes } from '../render/text-run-layout.js';
import { toScreenColor, spotLookupFor } from '../render/color.js';
import { readBlockSnapshot, type BlockSnapshot, type CropSpec, type FillSpec, type ShapeSpec, type StrokeSpec, type TextSpec } from '../render/block-snapshot.js';
import { dashPatternFor } from '../render/shape-geometry.js';
import { blockOverhang } from '../render/block-drawing.js';
import {
  apply, frameBoxInPage, frameMatrix, isSpaceRoot, localToPage, roundedRectPath, transformPath, multiply,
  type Matrix, type PathCommand,
} from './geometry.js';
import { kinds } from '../render/kinds/vector.js';
import type { Paint, Rgba } from '../render/kinds/index.js';

// Colours and paints are the fill kinds' vector forms (core/render/kinds/).
export type { Paint, PaintStop, Rgba } from '../render/kinds/index.js';

/** A stroke; `width` is in page space design units. */
export interface StrokeStyle {
  color: Rgba;
  width: number;
  dash: number[];
  join: 'miter' | 'round' | 'bevel';
  cap: 'butt' | 'round';
  /** Where the stroke sits relative to the outline. */
  position: 'center' | 'inner' | 'outer';
}

/** A vector shape: `path` in page space. */
export interface ShapeItem {
  kind: 'shape';
  block: DesignBlockId;
  /** The block's `blend/mode` (CE.SDK name, e.g. 'Multiply'). */
  blendMode: string;
  /** The outline in page space (made when first read: the raster painter draws from {@link local}). */
  readonly path: PathCommand[];
  fill: Paint | undefined;
  stroke: StrokeStyle | undefined;
  opacity: number;
  /** The block's own geometry (absent for a page background); see {@link LocalGeometry}. */
  local?: LocalGeometry;
}

/**
 * A block's geometry in its own box, for the raster painter, which draws outlines and strokes
 * exactly as the renderer does (polygon corner radii, dashes along the inset outline): `matrix` maps
 * the local box (`width`×`height`) into page space; `shape`, `stroke` and `text` are the snapshot's.
 */
export interface LocalGeometry {
  matrix: Matrix;
  width: number;
  height: number;
  shape: ShapeSpec | undefined;
  stroke: StrokeSpec | undefined;
  text?: TextSpec;
}

/** An image fill laid into its frame: `matrix` maps the frame's local box into page space. */
export interface ImageItem {
  kind: 'image';
  block: DesignBlockId;
  /** The block's `blend/mode` (CE.SDK name, e.g. 'Multiply'). */
  blendMode: string;
  uri: string;
  matrix: Matrix;
  width: number;
  height: number;
  clip: PathCommand[];
  contentFillMode: string;
  crop: CropSpec;
  opacity: number;
  stroke: StrokeStyle | undefined;
  /** The block's own geometry; see {@link LocalGeometry}. */
  local: LocalGeometry;
}

/** A text block: `matrix` maps its local box into page space; sizes are in design units. */
export interface TextItem {
  kind: 'text';
  block: DesignBlockId;
  /** The block's `blend/mode` (CE.SDK name, e.g. 'Multiply'). */
  blendMode: string;
  text: string;
  matrix: Matrix;
  width: number;
  height: number;
  fontUri: string;
  fontSize: number;
  fontWeight: string;
  fontStyle: string;
  color: Rgba;
  horizontalAlignment: string;
  verticalAlignment: string;
  lineHeight: number;
  letterSpacing: number;
  opacity: number;
  /** Styled runs over `text`: sizes in design units, colours resolved to sRGB (0..1). */
  runs: readonly RunAttributes[];
  /** The block's own text case (`text/case`). */
  textCase: string;
  /** Auto-height text starts at the top whatever its vertical alignment (as the canvas draws it). */
  autoHeight: boolean;
  /** The block's own geometry and text spec; see {@link LocalGeometry}. */
  local: LocalGeometry;
}

/** A block drawn from the renderer's pixels: `bounds` is its axis-aligned box in page space. */
export interface RasterItem {
  kind: 'raster';
  block: DesignBlockId;
  /** The block's `blend/mode` (CE.SDK name, e.g. 'Multiply'). */
  blendMode: string;
  /** Where the pixels go (output units): the block's box grown by `margin`. */
  bounds: { x: number; y: number; width: number; height: number };
  /**
   * Design units around the block's frame box that its drawing reaches (shadow, blur, stroke, for a
   * group its members'): the renderer's pixels are taken over the box grown by this much.
   */
  margin: number;
  /** Why it is rasterized (for reports and tests); 'painter': the caller's `rasterize` asked for it. */
  reason: 'effect' | 'blur' | 'shadow' | 'gradient' | 'image' | 'painter';
}

/** One drawing item. */
export type DisplayItem = ShapeItem | ImageItem | TextItem | RasterItem;

/** Options of {@link buildDisplayList}. */
export interface DisplayListOptions {
  /** Draw image fills from the renderer's pixels (PDF high compatibility) instead of their files. */
  rasterizeImages: boolean;
  /** Maps page space to the export's space (identity for a page; minus the box origin for a block). */
  origin: Matrix;
  /** Converts `text/fontSize` (points) to design units. */
  fontSizeToDesignUnits: (points: number) => number;
  /**
   * Blocks (groups included, with their children) the caller wants from the renderer's pixels as one
   * `raster` item although the list could express them: the raster painter's features it does not draw.
   */
  rasterize?: (snapshot: BlockSnapshot) => boolean;
  /**
   * Opacity the root inherits (default 1): for a page its own opacity, which the renderer multiplies
   * into its background and children; for any other block its ancestors' (pages and groups included).
   */
  rootOpacity?: number;
}

const shortType = (type: string): string => type.replace('//ly.img.ubq/', '');

function rgba(engine: Engine, color: Color | undefined): Rgba {
  const screen = toScreenColor(color, spotLookupFor(engine));
  return { r: (screen.hex >> 16) & 255, g: (screen.hex >> 8) & 255, b: screen.hex & 255, a: screen.alpha };
}

/** An sRGB colour with channels 0..1 (as the engine spells RGBA). */
export function unitColor(color: Rgba): RGBAColor {
  return { r: color.r / 255, g: color.g / 255, b: color.b / 255, a: color.a };
}

/** Back to 0..255 channels. */
export function byteColor(color: Color): Rgba {
  const rgb = color as Partial<RGBAColor>;
  return { r: Math.round((rgb.r ?? 0) * 255), g: Math.round((rgb.g ?? 0) * 255), b: Math.round((rgb.b ?? 0) * 255), a: rgb.a ?? 1 };
}

/** Why a block must come from the renderer's pixels, or undefined when vectors express it exactly. */
export function rasterReason(snapshot: BlockSnapshot): RasterItem['reason'] | undefined {
  if (snapshot.effects.length > 0) return 'effect';
  if (snapshot.blur) return 'blur';
  if (snapshot.shadow) return 'shadow';
  if (snapshot.fill && kinds.fillOf(snapshot.fill) && !kinds.vectorOf(snapshot.fill)) return 'gradient';
  return undefined;
}

/** The block's outline in its local box, as its shape kind gives it (no shape: the frame). */
function outline(shape: ShapeSpec | undefined, width: number, height: number): PathCommand[] {
  return kinds.outlineOf(shape, width, height);
}

function strokeOf(engine: Engine, stroke: StrokeSpec | undefined, scale: number): StrokeStyle | undefined {
  if (!stroke || !(stroke.width > 0)) return undefined;
  const dash = dashPatternFor(stroke.style, stroke.width);
  return {
    color: rgba(engine, stroke.color),
    width: stroke.width * scale,
    dash: (dash?.pattern ?? []).map((length) => length * scale),
    join: stroke.cornerGeometry === 'Round' ? 'round' : stroke.cornerGeometry === 'Bevel' ? 'bevel' : 'miter',
    cap: dash?.round ? 'round' : 'butt',
    position: stroke.position === 'Inner' ? 'inner' : stroke.position === 'Outer' ? 'outer' : 'center',
  };
}

function paintOf(engine: Engine, fill: FillSpec, matrix: Matrix, width: number, height: number): Paint | undefined {
  const frame = { point: (x: number, y: number) => apply(matrix, x * width, y * height), scale: Math.hypot(matrix[0], matrix[1]), width, height };
  return kinds.vectorOf(fill)?.paint?.(fill, frame, (color) => rgba(engine, color));
}

/** How far the drawing of `block` (a group: of its members) reaches outside its frame, in design units. */
function marginOf(engine: Engine, block: DesignBlockId, snapshot: BlockSnapshot): number {
  if (snapshot.kind !== 'group') return Math.ceil(blockOverhang(snapshot));
  let margin = 0;
  for (const child of engine.block.getChildren(block)) margin = Math.max(margin, marginOf(engine, child, readBlockSnapshot(engine, child)));
  return margin;
}

/** A raster item: the block's frame box grown by its margin, in output units. */
function rasterItem(engine: Engine, block: DesignBlockId, snapshot: BlockSnapshot, origin: Matrix, reason: RasterItem['reason']): RasterItem {
  const margin = marginOf(engine, block, snapshot);
  const box = frameBoxInPage(engine, block);
  const bounds = {
    x: (box.x - margin) * origin[0] + origin[4], y: (box.y - margin) * origin[3] + origin[5],
    width: (box.width + 2 * margin) * origin[0], height: (box.height + 2 * margin) * origin[3],
  };
  return { kind: 'raster', block, blendMode: snapshot.blendMode, bounds, margin, reason };
}

function visit(engine: Engine, block: DesignBlockId, options: DisplayListOptions, items: DisplayItem[], inheritedOpacity: number, parentToOutput?: Matrix): void {
  const snapshot = readBlockSnapshot(engine, block);
  if (!snapshot.visible || !snapshot.includedInExport) return;
  const opacity = inheritedOpacity * snapshot.opacity;
  if ((snapshot.kind === 'group' || snapshot.kind === 'graphic' || snapshot.kind === 'text') && options.rasterize?.(snapshot)) {
    items.push(rasterItem(engine, block, snapshot, options.origin, 'painter'));
    return;
  }
  // The first block visited may sit in groups: its parent's transform is read through the hierarchy once.
  const parent = snapshot.parent;
  const parentMatrix = parentToOutput ?? (parent == null || isSpaceRoot(engine, parent) ? options.origin : multiply(options.origin, localToPage(engine, parent)));
  // Top-down: the parent's transform times the block's own, from the snapshot (no ancestor reads per block).
  const matrix = multiply(parentMatrix, frameMatrix(snapshot.x, snapshot.y, snapshot.width, snapshot.height, snapshot.rotation, snapshot.flipHorizontal, snapshot.flipVertical));
  if (snapshot.kind === 'group') {
    for (const child of engine.block.getChildren(block)) visit(engine, child, options, items, opacity, matrix);
    return;
  }
  if (snapshot.kind !== 'graphic' && snapshot.kind !== 'text') return;
  const reason = rasterReason(snapshot);
  if (reason) {
    items.push(rasterItem(engine, block, snapshot, options.origin, reason));
    return;
  }
  const { width, height } = snapshot;
  const scale = Math.hypot(matrix[0], matrix[1]);
  const stroke = strokeOf(engine, snapshot.stroke, scale);
  const local: LocalGeometry = { matrix, width, height, shape: snapshot.shape, stroke: snapshot.stroke };
  if (snapshot.text) {
    const text = snapshot.text;
    items.push({
      kind: 'text', block, blendMode: snapshot.blendMode, matrix, width, height, opacity,
      text: text.text,
      fontUri: text.fontFileUri,
      fontSize: options.fontSizeToDesignUnits(text.fontSize),
      fontWeight: text.fontWeight,
      fontStyle: text.fontStyle,
      color: rgba(engine, text.color),
      horizontalAlignment: text.horizontalAlignment,
      verticalAlignment: text.verticalAlignment,
      lineHeight: text.lineHeight,
      letterSpacing: text.letterSpacing,
      runs: (text.runs ?? []).map((run) => ({
        ...run,
        ...(run.fontSize !== undefined ? { fontSize: options.fontSizeToDesignUnits(run.fontSize) } : {}),
        ...(run.color !== undefined ? { color: unitColor(rgba(engine, run.color)) } : {}),
      })),
      textCase: text.textCase ?? 'Normal',
      autoHeight: text.autoHeight,
      local: { ...local, text },
    });
    return;
  }
  const image = snapshot.fill && kinds.vectorOf(snapshot.fill)?.image?.(snapshot.fill);
  if (image !== undefined) {
    if (options.rasterizeImages) {
      items.push(rasterItem(engine, block, snapshot, options.origin, 'image'));
      return;
    }
    items.push({
      kind: 'image', block, blendMode: snapshot.blendMode, matrix, width, height, opacity, stroke,
      uri: image,
      clip: transformPath(outline(snapshot.shape, width, height), matrix),
      contentFillMode: snapshot.contentFillMode,
      crop: snapshot.crop,
      local,
    });
    return;
  }
  const paint = snapshot.fill ? paintOf(engine, snapshot.fill, matrix, width, height) : undefined;
  if (!paint && !stroke) return;
  let path: PathCommand[] | undefined;
  const shape = snapshot.shape;
  items.push({
    kind: 'shape', block, blendMode: snapshot.blendMode, fill: paint, stroke, opacity, local,
    get path() {
      return (path ??= transformPath(outline(shape, width, height), matrix));
    },
  });
}

/**
 * Lists what `root` shows, back to front. For a page: its children; for any other block: the block
 * itself (and its children when it is a group).
 */
export function buildDisplayList(engine: Engine, root: DesignBlockId, options: DisplayListOptions): DisplayItem[] {
  const items: DisplayItem[] = [];
  const type = shortType(engine.block.getType(root));
  if (type === 'page') {
    const page = readBlockSnapshot(engine, root);
    if (page.fill) {
      const { width, height } = page;
      const paint = paintOf(engine, page.fill, options.origin, width, height);
      if (paint) {
        const path = transformPath(roundedRectPath(width, height, [0, 0, 0, 0]), options.origin);
        items.push({ kind: 'shape', block: root, blendMode: 'Normal', path, fill: paint, stroke: undefined, opacity: options.rootOpacity ?? 1 });
      }
    }
    for (const child of engine.block.getChildren(root)) visit(engine, child, options, items, options.rootOpacity ?? 1, options.origin);
  } else {
    visit(engine, root, options, items, options.rootOpacity ?? 1);
  }
  return items;
}
