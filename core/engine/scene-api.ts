import { BlockRecord, Field } from './block-record.js';
import { insertChild } from './block-hierarchy.js';
import { writeValidated } from './block-properties.js';
import { BlockType } from './block-types.js';
import { randomUUID, type BlobLike, type EngineCore } from './engine-core.js';
import { requireDeclaration, validatePropertyValue } from './property-registry.js';
import { CesdkError, describeValue } from './errors.js';
import { parseSceneText, validateScene, type LoadedScene } from './scene-loader.js';
import { buildSavedScene, serializeScene } from './scene-serializer.js';
import { type DisallowedResourceSchemeHandler, forEachUriProperty, normalizeSchemes, persistResources, schemeOf } from './scene-resources.js';
import type { Color, DesignBlockId, DesignUnit, Unsubscribe } from './types.js';

/** Options of `scene.create`. */
export interface CreateSceneOptions {
  page?: {
    /** Page size in design units (default 1080 × 1080). */
    size?: { width: number; height: number };
    /** Page background (a color fill; default opaque white). */
    color?: Color;
  };
  /** Scene layout (default 'Free'). */
  layout?: 'Free' | 'VerticalStack' | 'HorizontalStack' | 'DepthStack';
  /** 'Design' (default) or 'Video' (timeline scenes). `scene/mode` is read-only afterwards. */
  mode?: 'Design' | 'Video';
}

/**
 * `engine.scene`: the document. A scene holds pages (its children); pages hold the design blocks.
 * Creating or loading a scene replaces every block in the engine (including detached ones) and
 * resets the history: it is not an undo step.
 */
export class SceneAPI {
  private readonly core: EngineCore;
  private zoomLevel = 1;
  private currentPage: DesignBlockId | null = null;
  private readonly zoomListeners = new Set<(level: number) => void>();

  /** @internal */
  constructor(core: EngineCore) {
    this.core = core;
  }

  /** Creates a new scene with one page and returns the scene id. Replaces the current scene; history resets. */
  create(options: CreateSceneOptions = {}): DesignBlockId {
    if (typeof options !== 'object' || options === null) throw new CesdkError('INVALID_VALUE', 'scene options must be an object');
    if (this.core.history.inTransaction) throw new CesdkError('INVALID_STATE', 'cannot create a scene inside a transaction or gesture');
    const width = options.page?.size?.width ?? 1080;
    const height = options.page?.size?.height ?? 1080;
    const staging = new EngineStaging(this.core);
    const scene = staging.record(BlockType.scene);
    const page = staging.record(BlockType.page);
    const fill = staging.record(`${'//ly.img.ubq/'}fill/color`);
    staging.set(scene, 'scene/pageDimensions/width', width);
    staging.set(scene, 'scene/pageDimensions/height', height);
    if (options.layout !== undefined) staging.set(scene, 'scene/layout', options.layout);
    if (options.mode !== undefined) staging.set(scene, 'scene/mode', options.mode);
    staging.set(page, 'width', width);
    staging.set(page, 'height', height);
    staging.set(fill, 'fill/color/value', options.page?.color ?? { r: 1, g: 1, b: 1, a: 1 });
    scene.fields.set(Field.children, [page.id]);
    page.fields.set(Field.parent, scene.id);
    page.fields.set(Field.fill, fill.id);
    fill.fields.set(Field.owner, page.id);
    this.replace({ sceneId: scene.id, records: staging.records, variables: new Map(), maxId: fill.id });
    this.core.emitter.emit('sceneCreated', { sceneId: scene.id });
    return scene.id;
  }

  /** Creates a video scene (`create({ ...options, mode: 'Video' })`). */
  createVideo(options: Omit<CreateSceneOptions, 'mode'> = {}): DesignBlockId {
    if (typeof options !== 'object' || options === null) throw new CesdkError('INVALID_VALUE', 'scene options must be an object');
    return this.create({ ...options, mode: 'Video' });
  }

  /** The scene mode: 'Design' or 'Video'. */
  getMode(): 'Design' | 'Video' {
    return ((this.requireScene().fields.get('scene/mode') as 'Design' | 'Video' | undefined) ?? 'Design');
  }

  /** Sets `scene/layout`: 'Free', 'VerticalStack', 'HorizontalStack' or 'DepthStack'. */
  setLayout(layout: 'Free' | 'VerticalStack' | 'HorizontalStack' | 'DepthStack'): void {
    const scene = this.requireScene();
    this.core.mutate('set layout', () => writeValidated(this.core, scene, 'scene/layout', layout));
  }

  /** The scene layout. */
  getLayout(): string {
    return ((this.requireScene().fields.get('scene/layout') as string | undefined) ?? 'Free');
  }

  /** The scene id, or null when there is none. */
  get(): DesignBlockId | null {
    for (const id of this.core.sceneIds) return id;
    return null;
  }

  private requireScene(): BlockRecord {
    const id = this.get();
    if (id === null) throw new CesdkError('INVALID_STATE', 'there is no scene; call scene.create() or scene.loadFromString() first');
    return this.core.blocks.get(id)!;
  }

  /** The pages, in order. */
  getPages(): DesignBlockId[] {
    const id = this.get();
    if (id === null) return [];
    const scene = this.core.blocks.get(id)!;
    return this.core.childrenOf(scene).filter((child) => this.core.blocks.get(child)?.type === BlockType.page);
  }

  /** The page being edited: the one set with `setCurrentPage`, else the first page, else null. */
  getCurrentPage(): DesignBlockId | null {
    const pages = this.getPages();
    if (this.currentPage !== null && pages.includes(this.currentPage)) return this.currentPage;
    return pages[0] ?? null;
  }

  /** Makes a page the current one (engine state; not saved, not an undo step). */
  setCurrentPage(id: DesignBlockId): void {
    const record = this.core.requireBlock(id);
    if (record.type !== BlockType.page || !this.getPages().includes(id)) throw new CesdkError('INVALID_BLOCK', `block ${id} is not a page of the scene`, { blockId: id });
    this.currentPage = id;
  }

  /** Adds a page (scene page size, white color fill) at the end and returns it. One undo step. */
  addPage(options: { width?: number; height?: number; color?: Color } = {}): DesignBlockId {
    if (typeof options !== 'object' || options === null) throw new CesdkError('INVALID_VALUE', 'addPage options must be an object');
    const scene = this.requireScene();
    return this.core.mutate('add page', () => {
      const page = this.core.createRecord(BlockType.page);
      writeValidated(this.core, page, 'width', options.width ?? (scene.fields.get('scene/pageDimensions/width') as number | undefined) ?? 1080);
      writeValidated(this.core, page, 'height', options.height ?? (scene.fields.get('scene/pageDimensions/height') as number | undefined) ?? 1080);
      const fill = this.core.createRecord('//ly.img.ubq/fill/color');
      writeValidated(this.core, fill, 'fill/color/value', options.color ?? { r: 1, g: 1, b: 1, a: 1 });
      this.core.write(page, Field.fill, fill.id);
      this.core.write(fill, Field.owner, page.id);
      insertChild(this.core, scene, page, this.core.childrenOf(scene).length);
      return page.id;
    });
  }

  /** Sets `scene/designUnit`: 'Pixel', 'Millimeter' or 'Inch'. Values are not converted. */
  setDesignUnit(unit: DesignUnit): void {
    const scene = this.requireScene();
    this.core.mutate('set design unit', () => writeValidated(this.core, scene, 'scene/designUnit', unit));
  }
  /** The design unit. */
  getDesignUnit(): DesignUnit {
    return ((this.requireScene().fields.get('scene/designUnit') as DesignUnit | undefined) ?? 'Pixel');
  }
  /** Sets `scene/dpi` (dots per inch used to turn Millimeter and Inch into pixels on export). */
  setDPI(dpi: number): void {
    const scene = this.requireScene();
    this.core.mutate('set DPI', () => writeValidated(this.core, scene, 'scene/dpi', dpi));
  }
  /** The DPI (default 300). */
  getDPI(): number {
    return (this.requireScene().fields.get('scene/dpi') as number | undefined) ?? 300;
  }

  /**
   * Serializes the scene (schema version 2). Deterministic: save → load → save is byte-identical.
   *
   * As in CE.SDK, a resource URL whose scheme is not in `allowedResourceSchemes` (default
   * {@link DEFAULT_ALLOWED_RESOURCE_SCHEMES}: `bundle`, `file`, `http`, `https`, `opfs`, `data`; not
   * `blob`) goes to `onDisallowedResourceScheme(url, dataHash)` (`dataHash`: SHA-256 hex of its bytes),
   * whose returned URL is saved instead: upload the bytes and return where they are now. Without the
   * callback such a scene is refused with `RESOURCE_SCHEME_DISALLOWED`, so a saved scene never refers
   * silently to a `blob:` URL that would not reopen. `saveToArchive()` embeds every resource instead.
   */
  async saveToString(allowedResourceSchemes?: readonly string[], onDisallowedResourceScheme?: DisallowedResourceSchemeHandler): Promise<string> {
    const allowed = normalizeSchemes(allowedResourceSchemes);
    const document = buildSavedScene(this.core, this.requireScene());
    await persistResources(this.core, document, allowed, onDisallowedResourceScheme);
    return JSON.stringify(document);
  }

  /** Whether the scene refers to resources `saveToString` would refuse by default (uploads as `blob:` URLs). */
  hasTransientResources(allowedResourceSchemes?: readonly string[]): boolean {
    const allowed = normalizeSchemes(allowedResourceSchemes);
    let found = false;
    forEachUriProperty(buildSavedScene(this.core, this.requireScene()), (_properties, _key, uri) => {
      const scheme = schemeOf(uri);
      if (scheme !== undefined && !allowed.has(scheme)) found = true;
    });
    return found;
  }

  /** @internal Synchronous save, for tests and benchmarks. */
  saveToStringSync(): string {
    return serializeScene(this.core, this.requireScene());
  }

  /**
   * Loads a scene, replacing the current one. The whole document is validated first; a bad one
   * throws `SCENE_INVALID` (with the JSON path), `SCENE_VERSION` or `LIMIT_EXCEEDED` and leaves the
   * current scene exactly as it was. Older schema versions are migrated. Ids are kept. History resets.
   */
  async loadFromString(text: string): Promise<DesignBlockId> {
    return this.loadFromStringSync(text, 'string');
  }

  /** @internal Synchronous load, for tests and benchmarks. */
  loadFromStringSync(text: string, source: 'string' | 'archive' = 'string'): DesignBlockId {
    if (this.core.history.inTransaction) throw new CesdkError('INVALID_STATE', 'cannot load a scene inside a transaction or gesture');
    if (this.core.disposed) throw new CesdkError('INVALID_STATE', 'the engine was disposed');
    const loaded = validateScene(parseSceneText(text, this.core.limits), this.core.limits);
    this.replace(loaded);
    this.core.emitter.emit('load', { sceneId: loaded.sceneId, blockCount: loaded.records.size, source });
    return loaded.sceneId;
  }

  /**
   * Saves a zip archive: `scene.json` plus every resource the scene references (data:, blob:,
   * http(s): URIs in URI properties), stored under `resources/` with the URIs rewritten to
   * `archive:resources/<n>`. Fetching uses the engine's `fetchResource`.
   */
  async saveToArchive(): Promise<BlobLike> {
    // The archive code (and its zip library) is a chunk of its own, loaded on first use.
    const { saveArchive } = await import('./scene-archive.js');
    return saveArchive(this.core, this.saveToStringSync());
  }

  /**
   * Loads an archive written by `saveToArchive`. Embedded resources become object URLs
   * (`URL.createObjectURL`) where available, else data: URIs. Validation as `loadFromString`.
   */
  async loadFromArchive(archive: BlobLike | Uint8Array): Promise<DesignBlockId> {
    const { loadArchive } = await import('./scene-archive.js');
    const text = await loadArchive(this.core, archive);
    return this.loadFromStringSync(text, 'archive');
  }

  private replace(loaded: LoadedScene): void {
    this.core.replaceAll(loaded.records, loaded.variables, loaded.maxId);
    this.currentPage = null;
    this.core.history.clear();
  }

  /** Sets the camera zoom (engine state: not saved, not an undo step). 1 = 100 %. */
  setZoomLevel(level: number): void {
    if (typeof level !== 'number' || !Number.isFinite(level)) throw new CesdkError('INVALID_VALUE', `zoom level must be a finite number, got ${describeValue(level)}`);
    if (level <= 0 || level > 1000) throw new CesdkError('OUT_OF_RANGE', `zoom level ${describeValue(level)} is outside (0, 1000]`);
    if (level === this.zoomLevel) return;
    this.zoomLevel = level;
    this.core.callListeners(this.zoomListeners, 'zoom listener', level);
  }
  /** The camera zoom. */
  getZoomLevel(): number {
    return this.zoomLevel;
  }
  /** Calls back after the zoom changed. */
  onZoomLevelChanged(callback: (level: number) => void): Unsubscribe {
    this.zoomListeners.add(callback);
    return () => {
      this.zoomListeners.delete(callback);
    };
  }
}

/** Builds records for a new scene without touching the engine until `replace`. */
class EngineStaging {
  readonly records = new Map<number, BlockRecord>();
  private nextId: number;
  private readonly core: EngineCore;

  constructor(core: EngineCore) {
    this.core = core;
    this.nextId = core.nextId;
  }

  record(type: string): BlockRecord {
    const record = new BlockRecord(this.nextId, type, new Map([[Field.uuid, randomUUID()]]));
    this.nextId += 1;
    this.records.set(record.id, record);
    return record;
  }

  /** Validates and stores a property on a staged record (not live yet, so nothing is recorded). */
  set(record: BlockRecord, path: string, value: unknown): void {
    record.fields.set(path, validatePropertyValue(requireDeclaration(path), value, this.core.limits, record.id));
  }
}
