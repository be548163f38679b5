import type { BlockAPI } from './block-api.js';
import type { EngineCore } from './engine-core.js';
import { CesdkError, describeValue } from './errors.js';
import type { SceneAPI } from './scene-api.js';
import type { DesignBlockId } from './types.js';

/** One asset. `meta` drives `apply`: `uri`, `kind` ('image' | 'shape' | 'text' | 'sticker'), `width`, `height`, `shapeType`, `text`. */
export interface AssetDefinition {
  id: string;
  label?: string;
  tags?: string[];
  groups?: string[];
  meta?: {
    uri?: string;
    thumbUri?: string;
    kind?: 'image' | 'shape' | 'text' | 'sticker';
    width?: number;
    height?: number;
    shapeType?: string;
    text?: string;
    [key: string]: unknown;
  };
}

/** A query for `findAssets`. `page` starts at 0. */
export interface AssetQuery {
  query?: string;
  tags?: string[];
  groups?: string[];
  page?: number;
  perPage?: number;
}

/** One page of results. */
export interface AssetQueryResult {
  assets: AssetDefinition[];
  currentPage: number;
  nextPage: number | undefined;
  total: number;
}

/** A custom asset source. */
export interface AssetSource {
  id: string;
  findAssets(query: Required<Pick<AssetQuery, 'page' | 'perPage'>> & AssetQuery): Promise<AssetQueryResult | undefined>;
  /** Creates blocks for an asset; when absent, the engine's default `apply` is used. */
  applyAsset?(asset: AssetDefinition): Promise<DesignBlockId | undefined>;
}

interface LocalSource {
  readonly source: AssetSource;
  readonly assets: Map<string, AssetDefinition> | undefined;
}

/**
 * `engine.asset`: a registry of asset sources. Local sources hold assets in memory and answer
 * queries by label, id and tags; custom sources answer themselves. `apply` creates blocks from an
 * asset on the current page.
 */
export class AssetAPI {
  private readonly core: EngineCore;
  private readonly block: BlockAPI;
  private readonly scene: SceneAPI;
  private readonly sources = new Map<string, LocalSource>();
  private readonly listeners = new Set<(sourceId: string) => void>();

  /** @internal */
  constructor(core: EngineCore, block: BlockAPI, scene: SceneAPI) {
    this.core = core;
    this.block = block;
    this.scene = scene;
  }

  private checkNewId(id: unknown): string {
    if (typeof id !== 'string' || id.length === 0 || id.length > 256) throw new CesdkError('INVALID_VALUE', 'an asset source id is a non-empty string of at most 256 characters');
    if (this.sources.has(id)) throw new CesdkError('INVALID_VALUE', `asset source '${id}' already exists`);
    return id;
  }

  private requireSource(id: string): LocalSource {
    const entry = this.sources.get(id);
    if (!entry) throw new CesdkError('NOT_FOUND', `no asset source '${describeValue(id)}'`);
    return entry;
  }

  private notify(sourceId: string): void {
    this.core.callListeners(this.listeners, 'asset source listener', sourceId);
  }

  /** Registers a custom source. */
  addSource(source: AssetSource): void {
    if (!source || typeof source.findAssets !== 'function') throw new CesdkError('INVALID_VALUE', 'an asset source needs an id and a findAssets function');
    this.checkNewId(source.id);
    this.sources.set(source.id, { source, assets: undefined });
    this.notify(source.id);
  }

  /** Registers an in-memory source that `addAssetToSource` fills. */
  addLocalSource(id: string): void {
    this.checkNewId(id);
    const assets = new Map<string, AssetDefinition>();
    const source: AssetSource = { id, findAssets: async (query) => queryLocal([...assets.values()], query) };
    this.sources.set(id, { source, assets });
    this.notify(id);
  }

  /** Adds (or replaces) an asset in a local source. */
  addAssetToSource(sourceId: string, asset: AssetDefinition): void {
    const entry = this.requireSource(sourceId);
    if (!entry.assets) throw new CesdkError('INVALID_VALUE', `asset source '${sourceId}' is not a local source`);
    checkAsset(asset);
    entry.assets.set(asset.id, structuredCopy(asset));
    this.notify(sourceId);
  }

  /** Removes an asset from a local source (no-op when absent). */
  removeAssetFromSource(sourceId: string, assetId: string): void {
    const entry = this.requireSource(sourceId);
    if (!entry.assets) throw new CesdkError('INVALID_VALUE', `asset source '${sourceId}' is not a local source`);
    if (entry.assets.delete(assetId)) this.notify(sourceId);
  }

  /** Removes a source. */
  removeSource(id: string): void {
    this.requireSource(id);
    this.sources.delete(id);
    this.notify(id);
  }

  /** Every source id, in registration order. */
  findAllSources(): string[] {
    return [...this.sources.keys()];
  }

  /** Calls back with the source id after a source or its assets changed. */
  onAssetSourceUpdated(callback: (sourceId: string) => void): () => void {
    this.listeners.add(callback);
    return () => {
      this.listeners.delete(callback);
    };
  }

  /** Queries a source: `page` (from 0) and `perPage` (default 0 and 20). */
  async findAssets(sourceId: string, query: AssetQuery = {}): Promise<AssetQueryResult> {
    const entry = this.requireSource(sourceId);
    if (typeof query !== 'object' || query === null) throw new CesdkError('INVALID_VALUE', 'an asset query must be an object');
    const page = query.page ?? 0;
    const perPage = query.perPage ?? 20;
    if (!Number.isInteger(page) || page < 0) throw new CesdkError('OUT_OF_RANGE', `page ${describeValue(page)} must be a non-negative integer`);
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > 1000) throw new CesdkError('OUT_OF_RANGE', `perPage ${describeValue(perPage)} must be 1..1000`);
    const result = await entry.source.findAssets({ ...query, page, perPage });
    return result ?? { assets: [], currentPage: page, nextPage: undefined, total: 0 };
  }

  /**
   * Creates blocks for an asset (the source's `applyAsset` if it has one) on the current page,
   * centered, as one undo step (added right away), and selects the result. Returns the new block id.
   */
  async apply(sourceId: string, asset: AssetDefinition): Promise<DesignBlockId | undefined> {
    const entry = this.requireSource(sourceId);
    checkAsset(asset);
    if (entry.source.applyAsset) return entry.source.applyAsset(asset);
    return this.defaultApply(asset);
  }

  /** The default `apply`: image, sticker, shape or text blocks from `asset.meta`. */
  defaultApply(asset: AssetDefinition): DesignBlockId {
    checkAsset(asset);
    const page = this.scene.getCurrentPage();
    if (page === null) throw new CesdkError('INVALID_STATE', 'there is no page to apply an asset to');
    const meta = asset.meta ?? {};
    const kind = meta.kind ?? (meta.uri ? 'image' : undefined);
    const pageWidth = this.block.getWidth(page);
    const pageHeight = this.block.getHeight(page);
    let width = typeof meta.width === 'number' && meta.width > 0 ? meta.width : pageWidth / 3;
    let height = typeof meta.height === 'number' && meta.height > 0 ? meta.height : width;
    const scale = Math.min(1, (pageWidth * 0.8) / width, (pageHeight * 0.8) / height);
    width *= scale;
    height *= scale;
    // Applying an asset is one user action: earlier changes become their own step, the asset another.
    this.core.history.addUndoStep();
    const id = this.core.mutate(`apply asset ${asset.id}`, () => {
      let block: DesignBlockId;
      if (kind === 'text') {
        block = this.block.create('text');
        this.block.replaceText(block, typeof meta.text === 'string' ? meta.text : asset.label ?? 'Text');
      } else if (kind === 'shape') {
        block = this.block.create('graphic');
        this.block.setShape(block, this.block.createShape(meta.shapeType ?? 'rect'));
        const fill = this.block.createFill('color');
        this.block.setFill(block, fill);
      } else if (kind === 'image' || kind === 'sticker') {
        if (typeof meta.uri !== 'string' || meta.uri.length === 0) throw new CesdkError('INVALID_VALUE', `asset '${asset.id}' has no meta.uri`);
        block = this.block.create('graphic');
        this.block.setShape(block, this.block.createShape('rect'));
        const fill = this.block.createFill('image');
        this.block.setString(fill, 'fill/image/imageFileURI', meta.uri);
        this.block.setFill(block, fill);
        if (kind === 'sticker') this.block.setContentFillMode(block, 'Contain');
      } else {
        throw new CesdkError('INVALID_VALUE', `asset '${asset.id}' has no known meta.kind (image, sticker, shape or text)`);
      }
      this.block.setKind(block, kind);
      this.block.setName(block, asset.label ?? asset.id);
      this.block.setSize(block, width, height);
      this.block.setPosition(block, (pageWidth - width) / 2, (pageHeight - height) / 2);
      this.block.appendChild(page, block);
      return block;
    });
    this.core.history.addUndoStep();
    this.block.select(id);
    return id;
  }
}

function checkAsset(asset: unknown): asserts asset is AssetDefinition {
  if (typeof asset !== 'object' || asset === null || typeof (asset as AssetDefinition).id !== 'string' || (asset as AssetDefinition).id.length === 0) {
    throw new CesdkError('INVALID_VALUE', 'an asset needs a non-empty string id');
  }
  const meta = (asset as AssetDefinition).meta;
  if (meta !== undefined && (typeof meta !== 'object' || meta === null)) throw new CesdkError('INVALID_VALUE', `asset '${(asset as AssetDefinition).id}': meta must be an object`);
}

/** A deep copy through JSON, so stored assets never alias the caller's objects. */
function structuredCopy(asset: AssetDefinition): AssetDefinition {
  try {
    return JSON.parse(JSON.stringify(asset)) as AssetDefinition;
  } catch (error) {
    throw new CesdkError('INVALID_VALUE', `asset '${describeValue(asset.id)}' is not plain JSON data (${error instanceof Error ? error.message : 'unserializable'})`);
  }
}

function queryLocal(assets: AssetDefinition[], query: AssetQuery & { page: number; perPage: number }): AssetQueryResult {
  const text = query.query?.trim().toLowerCase() ?? '';
  const matches = assets.filter((asset) => {
    if (text && !(asset.label ?? '').toLowerCase().includes(text) && !asset.id.toLowerCase().includes(text) && !(asset.tags ?? []).some((tag) => tag.toLowerCase().includes(text))) return false;
    if (query.tags && query.tags.length > 0 && !query.tags.every((tag) => asset.tags?.includes(tag))) return false;
    if (query.groups && query.groups.length > 0 && !query.groups.some((group) => asset.groups?.includes(group))) return false;
    return true;
  });
  const start = query.page * query.perPage;
  const pageAssets = matches.slice(start, start + query.perPage).map(structuredCopy);
  return { assets: pageAssets, currentPage: query.page, nextPage: start + query.perPage < matches.length ? query.page + 1 : undefined, total: matches.length };
}
