import { AssetAPI } from './asset-api.js';
import { BlockAPI } from './block-api.js';
import { EditorAPI } from './editor-api.js';
import { EngineCore, type BlockExporter, type CanvasBridge } from './engine-core.js';
import type { EngineEventMap, EngineEventName } from './engine-events.js';
import { registerEngineCore } from './diagnostics.js';
import { parkLicenseKey, takeLicenseKey } from './license-handoff.js';
import { revokeLocalObjectUrl } from './local-blobs.js';
import { DEFAULT_LIMITS, type EngineLicenseOptions, type EngineOptions } from './engine-options.js';
import { CesdkError, describeValue } from './errors.js';
import { EventAPI } from './event-api.js';
import './property-declarations.js';
import './property-declarations-more.js';
import './video-declarations.js';
import './animation-declarations.js';
import { mediaStateOf, type MediaServices } from './media-state.js';
import { SceneAPI } from './scene-api.js';
import { ROLES } from './scopes.js';
import { textBlocksWithVariables } from './text-layout.js';
import type { Unsubscribe } from './types.js';
import { VariableAPI } from './variable-api.js';

/** The engine version, following the package version. */
export const ENGINE_VERSION = '0.1.0';

/**
 * The headless creative engine: scene, blocks, history, events, variables and assets. No DOM, no
 * renderer: it runs in Node and in browsers. Create it with {@link Engine.create}.
 */
export class Engine {
  /** Blocks: lifecycle, hierarchy, properties, fills, shapes, effects, text, selection, scopes. */
  readonly block: BlockAPI;
  /** The document: create, pages, units, save and load. */
  readonly scene: SceneAPI;
  /** History, gestures, role and scopes, settings, edit mode. */
  readonly editor: EditorAPI;
  /** Text variables. */
  readonly variable: VariableAPI;
  /** Block change events. */
  readonly event: EventAPI;
  /** Asset sources. */
  readonly asset: AssetAPI;
  /** The license-related options given to `create`, for the licensing layer (read-only). */
  readonly options: EngineLicenseOptions;
  private readonly core: EngineCore;

  private constructor(options: EngineOptions) {
    const limits = { ...DEFAULT_LIMITS, ...(options.limits ?? {}) };
    for (const [key, value] of Object.entries(limits)) {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw new CesdkError('INVALID_VALUE', `limits.${key} must be a positive integer`);
    }
    const historyLimit = options.historyLimit ?? 100;
    if (!Number.isInteger(historyLimit) || historyLimit < 1) throw new CesdkError('INVALID_VALUE', 'historyLimit must be a positive integer');
    const role = options.role ?? 'Creator';
    if (!ROLES.includes(role)) throw new CesdkError('INVALID_VALUE', `unknown role '${describeValue(role)}'`);
    this.core = new EngineCore(limits, historyLimit, role);
    registerEngineCore(this, this.core);
    this.core.fetchResource = options.fetchResource;
    this.core.textMeasurer = options.textMeasurer;
    this.core.onVariablesChanged = () => {
      for (const id of textBlocksWithVariables(this.core)) this.core.events.updated(id);
    };
    // The key itself goes to the licensing layer only, never into `options` (see license-handoff.ts:
    // needed only when the integrator gives the key here; the elements hand theirs to licensing directly).
    parkLicenseKey(this, options.license);
    this.options = Object.freeze({
      hasLicenseKey: typeof options.license === 'string' && options.license !== '',
      licenseFile: options.licenseFile,
      licenseServer: options.licenseServer,
      userId: options.userId,
      appId: options.appId,
    });
    this.block = new BlockAPI(this.core);
    this.scene = new SceneAPI(this.core);
    this.block.currentPage = () => this.scene.getCurrentPage();
    this.editor = new EditorAPI(this.core);
    this.variable = new VariableAPI(this.core);
    this.event = new EventAPI(this.core);
    this.asset = new AssetAPI(this.core, this.block, this.scene, () => this.editor.getSettingString('basePath'));
  }

  /** Creates an engine. Async like CE.SDK's `init`, so future versions can load resources. */
  static async create(options: EngineOptions = {}): Promise<Engine> {
    return new Engine(options);
  }

  /** Listens to engine-level events ('export', 'load', 'sceneCreated', 'error', 'dispose'). */
  onEvent<Name extends EngineEventName>(name: Name, callback: (payload: EngineEventMap[Name]) => void): Unsubscribe {
    return this.core.emitter.on(name, callback);
  }

  /**
   * Registers the implementation behind `block.export` (the export layer lives outside the engine).
   * Returns a function that unregisters it.
   */
  registerExporter(exporter: BlockExporter): Unsubscribe {
    if (typeof exporter !== 'function') throw new CesdkError('INVALID_VALUE', 'an exporter must be a function');
    this.core.exporter = exporter;
    return () => {
      if (this.core.exporter === exporter) this.core.exporter = undefined;
    };
  }

  /**
   * Registers what the browser layer provides for media: metadata from its shared file cache,
   * thumbnails and waveforms. Returns a function that unregisters it.
   */
  registerMediaServices(services: MediaServices): Unsubscribe {
    if (typeof services !== 'object' || services === null) throw new CesdkError('INVALID_VALUE', 'media services must be an object');
    const state = mediaStateOf(this.core);
    state.services = services;
    state.resources.loader = services.loadAVResource;
    return () => {
      if (state.services !== services) return;
      state.services = {};
      state.resources.loader = undefined;
    };
  }

  /**
   * Lends the engine a canvas's camera (not in CE.SDK's API; `<cesdk-canvas>` calls it), so
   * `block.getScreenSpaceBoundingBox…` work. Returns a function that takes it back.
   */
  setCanvasBridge(bridge: CanvasBridge): Unsubscribe {
    if (typeof bridge !== 'object' || bridge === null || typeof bridge.screenBoundingBox !== 'function') throw new CesdkError('INVALID_VALUE', 'a canvas bridge needs screenBoundingBox(ids)');
    this.core.canvasBridge = bridge;
    return () => {
      if (this.core.canvasBridge === bridge) this.core.canvasBridge = undefined;
    };
  }

  /** Whether an exporter is registered, i.e. whether `block.export` can work. */
  get hasExporter(): boolean {
    return this.core.exporter !== undefined;
  }

  /** Whether the engine was disposed. */
  get isDisposed(): boolean {
    return this.core.disposed;
  }

  /** Releases everything: blocks, listeners, object URLs. Later mutating calls throw `INVALID_STATE`. */
  dispose(): void {
    if (this.core.disposed) return;
    if (this.core.history.gestureOpen) this.core.history.endGesture(false);
    this.core.emitter.emit('dispose', {});
    this.core.disposed = true;
    // A key no licensing took is forgotten with the engine.
    takeLicenseKey(this);
    this.core.events.clear();
    this.core.emitter.clear();
    this.core.selectionListeners.clear();
    this.core.blocks.clear();
    this.core.sceneIds.clear();
    this.core.history.clear();
    for (const objectUrl of this.core.objectUrls.splice(0)) revokeLocalObjectUrl(objectUrl);
  }
}
