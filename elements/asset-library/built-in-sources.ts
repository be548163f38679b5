/**
 * Registers the built-in asset sources on an engine through `engine.asset`: shapes, text presets,
 * stickers, uploaded images and fonts. Each is an ordinary source (`addSource`) with paging, text
 * search over labels and tags, and an `applyAsset` that creates the block; integrators add their own
 * sources the same way and the library shows them as extra tabs.
 */
import type { DesignBlockId, Engine } from '../../core/engine/index.js';
import { translate } from '../shared/i18n.js';
import type { PlaceableAsset } from './place-asset.js';
import { BUNDLED_FAMILIES, BUNDLED_FONTS, fontFileFor, groupFontFamilies, typefaceOf } from './sources/fonts.js';
import { registerTypeface } from '../../core/io/index.js';
import { folderUrl, packageAssetBase } from '../shared/package-assets.js';
import { SHAPES, shapePreviewUri } from './sources/shapes.js';
import type { LocalMedia } from './place-media.js';
import { AUDIO_UPLOAD_SOURCE_ID, FONT_SOURCE_ID, IMAGE_UPLOAD_SOURCE_ID, SHAPE_SOURCE_ID, STICKER_SOURCE_ID, TEXT_SOURCE_ID, VIDEO_UPLOAD_SOURCE_ID } from './sources/source-ids.js';
import { STICKERS, stickerUri } from './sources/stickers.js';
import { TEXT_PRESETS } from './sources/text-presets.js';

/** An asset as the built-in sources store it. `labelKey` is translated per query locale. */
export interface BuiltInAsset {
  id: string;
  labelKey?: string;
  label?: string;
  tags: string[];
  meta: Record<string, unknown>;
}

/** Options of {@link registerBuiltInAssetSources}. */
export interface BuiltInSourceOptions {
  /**
   * Folder the bundled font files are served from (absolute, or relative to the document). Default:
   * `fonts/` in {@link BuiltInSourceOptions.assetBaseUrl}.
   */
  fontBaseUrl?: string;
  /**
   * The folder of the files that travel with the package (it holds `fonts/`). Default: the package's
   * own `assets/`, found from the bundle's URL; set it when a bundler moved them.
   */
  assetBaseUrl?: string;
}

/** The query fields the built-in sources understand (CE.SDK's `AssetQueryData` subset). */
interface Query {
  query?: string;
  tags?: string | string[];
  page?: number;
  perPage?: number;
  locale?: string;
}

function matches(asset: BuiltInAsset, label: string, query: Query): boolean {
  const text = query.query?.trim().toLowerCase();
  if (text && !label.toLowerCase().includes(text) && !asset.tags.some((tag) => tag.toLowerCase().includes(text))) return false;
  const wanted = query.tags === undefined ? [] : Array.isArray(query.tags) ? query.tags : [query.tags];
  return wanted.every((tag) => asset.tags.includes(tag));
}

/** Pages and filters a fixed asset list the way `engine.asset.findAssets` expects. */
export function queryAssets(assets: readonly BuiltInAsset[], query: Query, sourceId: string) {
  const locale = query.locale ?? 'en';
  const labelled = assets.map((asset) => ({ asset, label: asset.label ?? (asset.labelKey ? translate(locale, asset.labelKey) : asset.id) }));
  const found = labelled.filter(({ asset, label }) => matches(asset, label, query));
  const perPage = Math.max(1, Math.floor(query.perPage ?? 50));
  const page = Math.max(0, Math.floor(query.page ?? 0));
  const slice = found.slice(page * perPage, page * perPage + perPage);
  return {
    assets: slice.map(({ asset, label }) => ({ id: asset.id, label, tags: [...asset.tags], meta: { ...asset.meta }, context: { sourceId } })),
    currentPage: page,
    nextPage: (page + 1) * perPage < found.length ? page + 1 : undefined,
    total: found.length,
  };
}

function fontBase(options: BuiltInSourceOptions): string {
  if (options.fontBaseUrl !== undefined) return folderUrl(options.fontBaseUrl);
  return `${options.assetBaseUrl !== undefined ? folderUrl(options.assetBaseUrl) : packageAssetBase()}fonts/`;
}

/** The bundled families as font assets (one per family, with its faces), registered as typefaces. */
function fontAssets(base: string): BuiltInAsset[] {
  return BUNDLED_FAMILIES.map((entry) => {
    const faces = BUNDLED_FONTS.filter((font) => font.family === entry.family).map((font) => ({ uri: `${base}${font.file}`, weight: font.weight, style: font.style }));
    // Text using any of these files draws the face of its weight and style (core/io typefaces).
    registerTypeface(typefaceOf({ family: entry.family, files: faces }));
    return {
      id: entry.id,
      label: entry.family,
      tags: [entry.family.toLowerCase(), entry.category, 'font'],
      meta: { kind: 'font', uri: faces[0]!.uri, family: entry.family, weight: 'Normal', style: 'Normal', faces },
    };
  });
}

/** The built-in asset lists (the upload source starts empty). */
export function builtInAssets(options: BuiltInSourceOptions = {}): Record<string, BuiltInAsset[]> {
  const base = fontBase(options);
  const fonts = fontAssets(base);
  const presetFamily = groupFontFamilies(fonts)[0]!;
  return {
    [SHAPE_SOURCE_ID]: SHAPES.map((shape) => ({
      id: shape.id,
      labelKey: shape.labelKey,
      tags: shape.tags,
      meta: { kind: 'shape', shapeType: shape.id, thumbUri: shapePreviewUri(shape) },
    })),
    [TEXT_SOURCE_ID]: TEXT_PRESETS.map((preset) => ({
      id: preset.id,
      labelKey: preset.labelKey,
      tags: [preset.id, 'text'],
      // The preset's own face: the bold file for the bold heading (a regular file drawn "bold" was the bug).
      meta: { kind: 'text', preset: preset.id, fontSize: preset.fontSize, fontWeight: preset.fontWeight, fontUri: fontFileFor(presetFamily, preset.fontWeight, 'Normal')!.uri, typeface: presetFamily.family },
    })),
    [STICKER_SOURCE_ID]: STICKERS.map((sticker) => ({
      id: sticker.id,
      labelKey: sticker.labelKey,
      tags: sticker.tags,
      meta: { kind: 'sticker', uri: stickerUri(sticker), thumbUri: stickerUri(sticker), width: 100, height: 100, mimeType: 'image/svg+xml' },
    })),
    [IMAGE_UPLOAD_SOURCE_ID]: [],
    [VIDEO_UPLOAD_SOURCE_ID]: [],
    [AUDIO_UPLOAD_SOURCE_ID]: [],
    [FONT_SOURCE_ID]: fonts,
  };
}

/**
 * Places any built-in asset (by its `meta.kind`); what each source's `applyAsset` calls. The placing
 * code (place-asset.ts) loads with the first asset placed, not with the editor.
 */
export async function applyBuiltInAsset(engine: Engine, asset: PlaceableAsset): Promise<DesignBlockId | undefined> {
  const kind = asset.meta?.kind;
  if (kind === 'video' || kind === 'audio') {
    // The media code loads on first use: editing without video never fetches it.
    return (await import('./place-media.js')).placeMedia(engine, asset);
  }
  const { applyFont, placeImage, placeShape, placeText } = await import('./place-asset.js');
  switch (kind) {
    case 'shape':
      return placeShape(engine, asset);
    case 'text':
      return placeText(engine, { ...asset, meta: { ...asset.meta, text: asset.meta?.text ?? asset.label } });
    case 'sticker':
      return placeImage(engine, asset, undefined, 'sticker');
    case 'image':
      return placeImage(engine, asset, undefined, 'image');
    case 'font':
      return applyFont(engine, asset);
    default:
      return undefined;
  }
}

interface Registration {
  lists: Record<string, BuiltInAsset[]>;
  /** Whether the font folder was given explicitly (a later explicit one replaces the default). */
  explicitFontBase: boolean;
}

const registered = new WeakMap<Engine, Registration>();

/**
 * Adds the built-in sources to `engine` unless they are there already (safe to call from every
 * panel). Returns the live asset lists, so uploads can be appended. When the sources were registered
 * with the default font folder (e.g. by the inspector) and a later call names one explicitly (the
 * library's `font-base-url`), the font and text assets switch to that folder.
 */
export function registerBuiltInAssetSources(engine: Engine, options: BuiltInSourceOptions = {}): Record<string, BuiltInAsset[]> {
  const existing = registered.get(engine);
  if (existing) {
    if ((options.fontBaseUrl !== undefined || options.assetBaseUrl !== undefined) && !existing.explicitFontBase) {
      const fresh = builtInAssets(options);
      for (const sourceId of [FONT_SOURCE_ID, TEXT_SOURCE_ID]) existing.lists[sourceId]!.splice(0, Infinity, ...fresh[sourceId]!);
      existing.explicitFontBase = true;
    }
    return existing.lists;
  }
  const lists = builtInAssets(options);
  const present = new Set(engine.asset.findAllSources());
  for (const [sourceId, assets] of Object.entries(lists)) {
    if (present.has(sourceId)) continue;
    engine.asset.addSource({
      id: sourceId,
      findAssets: async (query: Query) => queryAssets(assets, query, sourceId),
      applyAsset: async (asset: PlaceableAsset) => applyBuiltInAsset(engine, asset),
    });
  }
  registered.set(engine, { lists, explicitFontBase: options.fontBaseUrl !== undefined || options.assetBaseUrl !== undefined });
  return lists;
}

/** Adds an uploaded image to the upload source (so it shows in the library) and returns the asset. */
export function addUploadedImage(
  engine: Engine,
  image: { uri: string; name: string; width: number; height: number; mimeType: string },
  options: BuiltInSourceOptions = {},
): BuiltInAsset {
  const lists = registerBuiltInAssetSources(engine, options);
  const uploads = lists[IMAGE_UPLOAD_SOURCE_ID]!;
  const asset: BuiltInAsset = {
    id: `upload-${uploads.length + 1}-${image.name}`,
    label: image.name,
    tags: ['upload', 'image'],
    meta: { kind: 'image', uri: image.uri, thumbUri: image.uri, width: image.width, height: image.height, mimeType: image.mimeType },
  };
  uploads.unshift(asset);
  return asset;
}

/** Adds an uploaded video or sound to its upload source (so it shows in the library) and returns the asset. */
export function addUploadedMedia(engine: Engine, media: LocalMedia, options: BuiltInSourceOptions = {}): BuiltInAsset {
  const lists = registerBuiltInAssetSources(engine, options);
  const uploads = lists[media.kind === 'video' ? VIDEO_UPLOAD_SOURCE_ID : AUDIO_UPLOAD_SOURCE_ID]!;
  const asset: BuiltInAsset = {
    id: `upload-${uploads.length + 1}-${media.name}`,
    label: media.name,
    tags: ['upload', media.kind],
    meta: { kind: media.kind, uri: media.uri, duration: media.duration, width: media.width, height: media.height },
  };
  uploads.unshift(asset);
  return asset;
}
