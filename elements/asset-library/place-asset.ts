/**
 * Creates the blocks an asset stands for (shape, text preset, sticker, image) on the current page, or
 * applies a font to the selected text. Each placement is one undo step and selects the new block.
 */
import type { DesignBlockId, Engine } from '../../core/engine/index.js';
import { CesdkError } from '../../core/engine/index.js';
import { currentPage } from '../layers/layer-tree.js';
import { SHAPES } from './sources/shapes.js';
import { fontFileFor, groupFontFamilies } from './sources/fonts.js';
import { TEXT_PRESETS } from './sources/text-presets.js';

/** Where to put a new block: a point on a page in design units (its centre lands there). */
export interface PlacementPoint {
  page: DesignBlockId;
  x: number;
  y: number;
}

/** The asset fields placement reads (a subset of the engine's asset result). */
export interface PlaceableAsset {
  id: string;
  label?: string;
  meta?: Readonly<Record<string, unknown>>;
}

function targetPage(engine: Engine, at?: PlacementPoint): DesignBlockId {
  const page = at?.page ?? currentPage(engine);
  if (page === undefined || !engine.block.isValid(page)) throw new CesdkError('INVALID_STATE', 'there is no page to place the asset on');
  return page;
}

function positionBlock(engine: Engine, id: DesignBlockId, page: DesignBlockId, width: number, height: number, at?: PlacementPoint): void {
  const pageWidth = engine.block.getWidth(page);
  const pageHeight = engine.block.getHeight(page);
  const centerX = at ? at.x : pageWidth / 2;
  const centerY = at ? at.y : pageHeight / 2;
  engine.block.setWidth(id, width);
  engine.block.setHeight(id, height);
  engine.block.setPositionX(id, centerX - width / 2);
  engine.block.setPositionY(id, centerY - height / 2);
}

function finish(engine: Engine, page: DesignBlockId, id: DesignBlockId): DesignBlockId {
  engine.block.appendChild(page, id);
  engine.block.select(id);
  return id;
}

/** Creates a shape block (`meta.shapeType` or the asset id names the engine shape type). */
export function placeShape(engine: Engine, asset: PlaceableAsset, at?: PlacementPoint): DesignBlockId {
  const type = String(asset.meta?.shapeType ?? asset.id);
  const definition = SHAPES.find((shape) => shape.id === type);
  if (!definition) throw new CesdkError('NOT_FOUND', `unknown shape "${type}"`);
  return engine.editor.transact('Add shape', () => {
    const page = targetPage(engine, at);
    const block = engine.block.create('graphic');
    const shape = engine.block.createShape(definition.id);
    engine.block.setShape(block, shape);
    for (const [path, value] of Object.entries(definition.settings ?? {})) engine.block.setInt(shape, path, value);
    const fill = engine.block.createFill('color');
    engine.block.setColor(fill, 'fill/color/value', { r: 0.36, g: 0.5, b: 0.84, a: 1 });
    engine.block.setFill(block, fill);
    if (definition.id === 'line') {
      engine.block.setBool(block, 'stroke/enabled', true);
      engine.block.setColor(block, 'stroke/color', { r: 0.14, g: 0.25, b: 0.56, a: 1 });
    }
    engine.block.setName(block, asset.label ?? definition.id);
    const base = Math.min(engine.block.getWidth(page), engine.block.getHeight(page)) * 0.3;
    positionBlock(engine, block, page, base, Math.max(1, base * (definition.aspect ?? 1)), at);
    return finish(engine, page, block);
  });
}

/** Creates a text block from a preset (`meta.preset`: heading, body or caption; `meta.text` for the text). */
export function placeText(engine: Engine, asset: PlaceableAsset, at?: PlacementPoint): DesignBlockId {
  const presetId = String(asset.meta?.preset ?? asset.id);
  const preset = TEXT_PRESETS.find((entry) => entry.id === presetId) ?? TEXT_PRESETS[1]!;
  const text = typeof asset.meta?.text === 'string' ? asset.meta.text : asset.label ?? preset.id;
  return engine.editor.transact('Add text', () => {
    const page = targetPage(engine, at);
    const block = engine.block.create('text');
    engine.block.setString(block, 'text/text', text);
    engine.block.setFloat(block, 'text/fontSize', preset.fontSize);
    engine.block.setEnum(block, 'text/fontWeight', preset.fontWeight);
    const fontUri = asset.meta?.fontUri;
    const typeface = asset.meta?.typeface;
    if (typeof fontUri === 'string' && typeof typeface === 'string') engine.block.setFont(block, fontUri, typeface);
    engine.block.setName(block, asset.label ?? preset.id);
    const width = engine.block.getWidth(page) * preset.widthRatio;
    const height = preset.fontSize * 1.5;
    positionBlock(engine, block, page, width, height, at);
    if (engine.block.findAllProperties(block).includes('height/mode')) engine.block.setEnum(block, 'height/mode', 'Auto');
    return finish(engine, page, block);
  });
}

/**
 * Creates an image block (a rectangle with an image fill) from `meta.uri`, sized to fit half the page
 * with the image's aspect ratio (`meta.width`/`meta.height`). `kind` is `image` or `sticker`.
 */
export function placeImage(engine: Engine, asset: PlaceableAsset, at?: PlacementPoint, kind: 'image' | 'sticker' = 'image'): DesignBlockId {
  const uri = asset.meta?.uri;
  if (typeof uri !== 'string' || uri === '') throw new CesdkError('INVALID_VALUE', `asset "${asset.id}" has no image uri`);
  const naturalWidth = Number(asset.meta?.width) > 0 ? Number(asset.meta?.width) : 100;
  const naturalHeight = Number(asset.meta?.height) > 0 ? Number(asset.meta?.height) : 100;
  return engine.editor.transact(kind === 'sticker' ? 'Add sticker' : 'Add image', () => {
    const page = targetPage(engine, at);
    const block = engine.block.create('graphic');
    engine.block.setShape(block, engine.block.createShape('rect'));
    const fill = engine.block.createFill('image');
    engine.block.setString(fill, 'fill/image/imageFileURI', uri);
    engine.block.setFill(block, fill);
    engine.block.setKind(block, kind);
    engine.block.setName(block, asset.label ?? asset.id);
    const limit = Math.min(engine.block.getWidth(page), engine.block.getHeight(page)) * (kind === 'sticker' ? 0.25 : 0.5);
    const scale = Math.min(limit / naturalWidth, limit / naturalHeight);
    positionBlock(engine, block, page, naturalWidth * scale, naturalHeight * scale, at);
    if (engine.block.findAllProperties(block).includes('contentFill/mode')) engine.block.setContentFillMode(block, kind === 'sticker' ? 'Contain' : 'Cover');
    return finish(engine, page, block);
  });
}

/**
 * Applies a font asset (`meta.uri`, `meta.family`) to every selected text block as one undo step.
 * Returns the first changed block, or `undefined` when no text is selected.
 */
export function applyFont(engine: Engine, asset: PlaceableAsset): DesignBlockId | undefined {
  const uri = asset.meta?.uri;
  const family = asset.meta?.family;
  if (typeof uri !== 'string' || typeof family !== 'string') throw new CesdkError('INVALID_VALUE', `asset "${asset.id}" is not a font`);
  const texts = engine.block.findAllSelected().filter((id) => engine.block.getType(id) === '//ly.img.ubq/text');
  if (texts.length === 0) return undefined;
  // A family asset (meta.faces) keeps each text's weight and style and takes the matching face.
  const familyFaces = Array.isArray(asset.meta?.faces) ? groupFontFamilies([asset])[0] : undefined;
  engine.editor.transact('Change font', () => {
    for (const id of texts) {
      if (familyFaces) {
        const face = fontFileFor(familyFaces, engine.block.getEnum(id, 'text/fontWeight'), engine.block.getEnum(id, 'text/fontStyle'));
        engine.block.setFont(id, face?.uri ?? uri, family);
        continue;
      }
      engine.block.setFont(id, uri, family);
      if (typeof asset.meta?.weight === 'string') engine.block.setEnum(id, 'text/fontWeight', asset.meta.weight);
      if (typeof asset.meta?.style === 'string') engine.block.setEnum(id, 'text/fontStyle', asset.meta.style);
    }
  });
  return texts[0];
}
