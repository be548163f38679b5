import type { BlockRecord } from './block-record.js';
import { detachFromParent, insertChild } from './block-hierarchy.js';
import { writeValidated } from './block-properties.js';
import { BlockType } from './block-types.js';
import type { BlobLike, EngineCore } from './engine-core.js';
import { CesdkError, describeValue } from './errors.js';
import { convertDesignUnit } from './design-unit-conversion.js';
import { decodeUtf8, fetchBytes } from './fetch-bytes.js';
import { createPageRecord } from './page-defaults.js';
import { SCENE_LAYOUTS, stageScene, type CreateSceneOptions } from './scene-create.js';
import type { LoadedScene } from './scene-loader.js';
import { loadedSceneLoader, loadSceneLoader } from './scene-loader-chunk.js';
import { buildSavedScene, serializeScene } from './scene-serializer.js';
import { type DisallowedResourceSchemeHandler, forEachUriProperty, normalizeSchemes, persistResources, schemeOf } from './scene-resources.js';
import type { Color, DesignBlockId, DesignUnit, SceneLayout, Unsubscribe } from './types.js';

export type { CreateSceneOptions } from './scene-create.js';

/** Options of `scene.zoomToBlock`: padding around the block, in screen pixels. */
export interface ZoomToBlockOptions {
  padding?: number | { left?: number; top?: number; right?: number; bottom?: number };
  animate?: boolean | { duration?: number };
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

  /**
   * Creates a new design scene, as CE.SDK's `scene.create(sceneLayout?, options?)`: the layout
   * ('Free' by default; the stack layouts put a `stack` block between the scene and its pages) and,
   * only when `options.page` is given, one page of that size with a color fill. Replaces the current
   * scene; history resets. Returns the scene id.
   */
  create(sceneLayout?: SceneLayout, options?: CreateSceneOptions): DesignBlockId {
    return this.createStaged(sceneLayout, options, 'Design');
  }

  /**
   * Creates a video scene (`scene/mode` 'Video'). Unlike `create`, it always has one page (a video
   * needs a timeline page): `options.page.size` or 1920 × 1080.
   */
  createVideo(options?: CreateSceneOptions): DesignBlockId {
    return this.createStaged(undefined, options, 'Video');
  }

  private createStaged(layout: unknown, options: unknown, mode: 'Design' | 'Video'): DesignBlockId {
    if (this.core.history.inTransaction) throw new CesdkError('INVALID_STATE', 'cannot create a scene inside a transaction or gesture');
    if (this.core.disposed) throw new CesdkError('INVALID_STATE', 'the engine was disposed');
    const staged = stageScene(this.core, layout, options, mode);
    this.replace(staged);
    this.core.emitter.emit('sceneCreated', { sceneId: staged.sceneId });
    return staged.sceneId;
  }

  /** The scene mode: 'Design' or 'Video'. */
  getMode(): 'Design' | 'Video' {
    return ((this.requireScene().fields.get('scene/mode') as 'Design' | 'Video' | undefined) ?? 'Design');
  }

  /**
   * Sets the layout: 'Free', 'VerticalStack', 'HorizontalStack' or 'DepthStack'. Switching to a stack
   * layout moves the pages into a `stack` block; switching to 'Free' moves them back under the scene.
   */
  setLayout(layout: SceneLayout): void {
    const scene = this.requireScene();
    if (!SCENE_LAYOUTS.includes(layout)) throw new CesdkError('INVALID_VALUE', `unknown scene layout '${describeValue(layout)}' (expected ${SCENE_LAYOUTS.join(', ')})`);
    this.core.mutate('set layout', () => {
      writeValidated(this.core, scene, 'scene/layout', layout);
      const stack = this.stackOf(scene);
      if (layout === 'Free' && stack) {
        for (const page of this.core.childrenOf(stack).slice()) insertChild(this.core, scene, this.core.blocks.get(page)!, this.core.childrenOf(scene).length);
        detachFromParent(this.core, stack);
        this.core.destroyRecord(stack);
      } else if (layout !== 'Free' && !stack) {
        const created = this.core.createRecord(BlockType.stack);
        const pages = this.core.childrenOf(scene).filter((id) => this.core.blocks.get(id)?.type === BlockType.page);
        insertChild(this.core, scene, created, 0);
        for (const page of pages) insertChild(this.core, created, this.core.blocks.get(page)!, this.core.childrenOf(created).length);
      }
    });
  }

  /** The scene's stack block (stack layouts), if any. */
  private stackOf(scene: BlockRecord): BlockRecord | undefined {
    for (const id of this.core.childrenOf(scene)) {
      const child = this.core.blocks.get(id);
      if (child?.type === BlockType.stack) return child;
    }
    return undefined;
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

  /** The pages, in order (in a stack layout, the stack's pages). */
  getPages(): DesignBlockId[] {
    const id = this.get();
    if (id === null) return [];
    const pages: DesignBlockId[] = [];
    for (const childId of this.core.childrenOf(this.core.blocks.get(id)!)) {
      const child = this.core.blocks.get(childId);
      if (child?.type === BlockType.page) pages.push(childId);
      else if (child?.type === BlockType.stack) {
        for (const pageId of this.core.childrenOf(child)) if (this.core.blocks.get(pageId)?.type === BlockType.page) pages.push(pageId);
      }
    }
    return pages;
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
      const page = createPageRecord(this.core, options.color);
      writeValidated(this.core, page, 'width', options.width ?? (scene.fields.get('scene/pageDimensions/width') as number | undefined) ?? 1080);
      writeValidated(this.core, page, 'height', options.height ?? (scene.fields.get('scene/pageDimensions/height') as number | undefined) ?? 1080);
      const parent = this.stackOf(scene) ?? scene;
      insertChild(this.core, parent, page, this.core.childrenOf(parent).length);
      return page.id;
    });
  }

  /**
   * Sets `scene/designUnit` ('Pixel', 'Millimeter' or 'Inch') and, as CE.SDK, converts every length
   * of the scene (positions, sizes, margins, stroke widths, shadow offsets, corner radii, …) so the
   * design keeps its physical size at the scene's DPI. Font sizes stay in points.
   */
  setDesignUnit(unit: DesignUnit): void {
    const scene = this.requireScene();
    this.core.mutate('set design unit', () => {
      const from = this.getDesignUnit();
      writeValidated(this.core, scene, 'scene/designUnit', unit);
      if (from !== unit) convertDesignUnit(this.core, scene, from, unit, this.getDPI());
    });
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
    await loadSceneLoader();
    return this.loadFromStringSync(text, 'string');
  }

  /**
   * @internal Synchronous load, for tests and benchmarks: needs the scene loader chunk, which any
   * asynchronous load has fetched (else it throws `INVALID_STATE`).
   */
  loadFromStringSync(text: string, source: 'string' | 'archive' = 'string'): DesignBlockId {
    if (this.core.history.inTransaction) throw new CesdkError('INVALID_STATE', 'cannot load a scene inside a transaction or gesture');
    if (this.core.disposed) throw new CesdkError('INVALID_STATE', 'the engine was disposed');
    const { parseSceneText, validateScene } = loadedSceneLoader();
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
    await loadSceneLoader();
    return this.loadFromStringSync(text, 'archive');
  }

  /** Loads a scene JSON from a URL (fetched with the engine's `fetchResource`, else `fetch`). */
  async loadFromURL(url: string): Promise<DesignBlockId> {
    const bytes = await fetchBytes(this.core, url);
    await loadSceneLoader();
    return this.loadFromStringSync(decodeUtf8(bytes), 'string');
  }

  /** Loads an archive (`saveToArchive`'s zip) from a URL. */
  async loadFromArchiveURL(url: string): Promise<DesignBlockId> {
    const bytes = await fetchBytes(this.core, url);
    return this.loadFromArchive(bytes);
  }

  /**
   * Asks the canvas showing this engine to frame a block (CE.SDK's `zoomToBlock`). Resolves once the
   * canvas has moved; headless (no canvas listening) it resolves at once. Accepts CE.SDK's options
   * object or its older padding arguments (left, top, right, bottom).
   */
  async zoomToBlock(id: DesignBlockId, options?: ZoomToBlockOptions | number, paddingTop?: number, paddingRight?: number, paddingBottom?: number): Promise<void> {
    this.core.requireBlock(id);
    let padding: { left: number; top: number; right: number; bottom: number };
    if (typeof options === 'number' || paddingTop !== undefined) {
      const left = typeof options === 'number' ? options : 0;
      padding = { left, top: paddingTop ?? left, right: paddingRight ?? left, bottom: paddingBottom ?? (paddingTop ?? left) };
    } else {
      if (options !== undefined && (typeof options !== 'object' || options === null)) throw new CesdkError('INVALID_VALUE', 'zoomToBlock options must be an object');
      const given = options?.padding ?? 0;
      padding = typeof given === 'number' ? { left: given, top: given, right: given, bottom: given } : { left: given.left ?? 0, top: given.top ?? 0, right: given.right ?? 0, bottom: given.bottom ?? 0 };
    }
    for (const value of Object.values(padding)) {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new CesdkError('INVALID_VALUE', `zoomToBlock padding must be non-negative numbers, got ${describeValue(value)}`);
    }
    const waits: Promise<unknown>[] = [];
    this.core.emitter.emit('zoomToBlock', { blockId: id, padding, animate: typeof options === 'object' && options !== null ? Boolean(options.animate) : false, wait: (promise) => waits.push(promise) });
    await Promise.all(waits);
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
