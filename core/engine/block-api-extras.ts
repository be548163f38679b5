import type { BlockRecord } from './block-record.js';
import { BlockAPIText } from './block-api-text.js';
import { readProperty } from './block-properties.js';
import { loadBlocks, saveBlocks, DEFAULT_ALLOWED_SCHEMES } from './block-serialization.js';
import { loadSceneLoader } from './scene-loader-chunk.js';
import { BlockType } from './block-types.js';
import type { BlobLike } from './engine-core.js';
import { CesdkError, describeValue } from './errors.js';
import { decodeUtf8, fetchBytes } from './fetch-bytes.js';
import { findDeclarationOrAlias } from './property-registry.js';
import type { Color, DesignBlockId } from './types.js';

/** A block's loading state, as CE.SDK's `BlockState`. */
export type BlockState =
  | { type: 'Ready' }
  | { type: 'Pending'; progress: number }
  | { type: 'Error'; error: 'AudioDecoding' | 'ImageDecoding' | 'FileFetch' | 'Unknown' | 'VideoDecoding' };

/** Options of `block.addImage` (CE.SDK's): size and placement, corner radius, drop shadow, timeline. */
export interface AddImageOptions {
  size?: { width: number; height: number };
  x?: number;
  y?: number;
  cornerRadius?: number;
  shadow?: { color?: Color; offset?: { x?: number; y?: number }; blurRadius?: { x?: number; y?: number } };
  timeline?: { timeOffset?: number; duration?: number };
}

const READY: BlockState = Object.freeze({ type: 'Ready' });
const VARIABLE_REFERENCE = /\{\{\s*[^{}]+?\s*\}\}/;

/**
 * Capability checks (`supports…`), placeholders, export inclusion, block state, variables,
 * block (de)serialization and `addImage`: the rest of CE.SDK's block API on top of the typed
 * properties.
 */
export class BlockAPIExtras extends BlockAPIText {
  private readonly states = new Map<DesignBlockId, BlockState>();
  private readonly stateListeners = new Set<{ ids: ReadonlySet<DesignBlockId> | null; callback: (ids: DesignBlockId[]) => void }>();

  /** @internal */
  protected carries(id: DesignBlockId, path: string): boolean {
    const record = this.core.requireBlock(id);
    return findDeclarationOrAlias(path)?.blockTypes.has(record.type) ?? false;
  }

  // Capabilities ---------------------------------------------------------------------------

  /** Whether the block has a stroke (graphic, text, page). */
  supportsStroke(id: DesignBlockId): boolean { return this.carries(id, 'stroke/enabled'); }
  /** Whether the block has a drop shadow (graphic, text, group). */
  supportsDropShadow(id: DesignBlockId): boolean { return this.carries(id, 'dropShadow/enabled'); }
  /** Whether the block's content can be cropped (graphic blocks). */
  supportsCrop(id: DesignBlockId): boolean { return this.carries(id, 'crop/scaleX'); }
  /** Whether the block has a content fill mode (graphic, page). */
  supportsContentFillMode(id: DesignBlockId): boolean { return this.carries(id, 'contentFill/mode'); }
  /** Whether the block has an opacity. */
  supportsOpacity(id: DesignBlockId): boolean { return this.carries(id, 'opacity'); }
  /** Whether the block has a blend mode. */
  supportsBlendMode(id: DesignBlockId): boolean { return this.carries(id, 'blend/mode'); }
  /** Whether the block has a background color (text blocks). */
  supportsBackgroundColor(id: DesignBlockId): boolean { return this.carries(id, 'backgroundColor/enabled'); }
  /** Whether the block or fill can act as a placeholder drop-zone (image and video fills, texts). */
  supportsPlaceholderBehavior(id: DesignBlockId): boolean { return this.carries(id, 'placeholderBehavior/enabled'); }
  /** Whether the block can show placeholder controls (graphic blocks). */
  supportsPlaceholderControls(id: DesignBlockId): boolean { return this.carries(id, 'placeholderControls/showOverlay'); }
  /** Whether the block has a visibility (design blocks but the scene). */
  supportsVisibility(id: DesignBlockId): boolean { return this.carries(id, 'visible'); }

  // Placeholders ---------------------------------------------------------------------------

  /** Enables the block's placeholder function ("Act as a placeholder"): an Adopter may select and replace it. */
  setPlaceholderEnabled(id: DesignBlockId, enabled: boolean): void { this.setBool(id, 'placeholder/enabled', enabled); }
  /** Whether the block acts as a placeholder. */
  isPlaceholderEnabled(id: DesignBlockId): boolean { return this.getBool(id, 'placeholder/enabled'); }
  /** Enables placeholder behavior on a fill (graphics) or a text block (`placeholderBehavior/enabled`). */
  setPlaceholderBehaviorEnabled(id: DesignBlockId, enabled: boolean): void { this.setBool(id, 'placeholderBehavior/enabled', enabled); }
  /** Whether placeholder behavior is enabled. */
  isPlaceholderBehaviorEnabled(id: DesignBlockId): boolean { return this.getBool(id, 'placeholderBehavior/enabled'); }
  /** Shows or hides the placeholder overlay pattern of a graphic. */
  setPlaceholderControlsOverlayEnabled(id: DesignBlockId, enabled: boolean): void { this.setBool(id, 'placeholderControls/showOverlay', enabled); }
  /** Whether the placeholder overlay shows. */
  isPlaceholderControlsOverlayEnabled(id: DesignBlockId): boolean { return this.getBool(id, 'placeholderControls/showOverlay'); }
  /** Shows or hides the placeholder "Replace" button of a graphic. */
  setPlaceholderControlsButtonEnabled(id: DesignBlockId, enabled: boolean): void { this.setBool(id, 'placeholderControls/showButton', enabled); }
  /** Whether the placeholder button shows. */
  isPlaceholderControlsButtonEnabled(id: DesignBlockId): boolean { return this.getBool(id, 'placeholderControls/showButton'); }
  /** Whether the block shows any placeholder control (overlay or button). */
  hasPlaceholderControls(id: DesignBlockId): boolean {
    return this.supportsPlaceholderControls(id) && (this.isPlaceholderControlsOverlayEnabled(id) || this.isPlaceholderControlsButtonEnabled(id));
  }
  /** Every block that acts as a placeholder, under `scope` (default: the whole engine). */
  findAllPlaceholders(scope?: DesignBlockId): DesignBlockId[] {
    const ids: DesignBlockId[] = [];
    const candidates = scope === undefined ? [...this.core.blocks.values()] : this.descendants(this.core.requireBlock(scope));
    for (const record of candidates) if (record.fields.get('placeholder/enabled') === true) ids.push(record.id);
    return ids;
  }

  private descendants(root: BlockRecord): BlockRecord[] {
    const result: BlockRecord[] = [];
    const stack = [root];
    while (stack.length > 0) {
      const record = stack.pop()!;
      result.push(record);
      for (const child of this.core.childrenOf(record)) {
        const next = this.core.blocks.get(child);
        if (next) stack.push(next);
      }
    }
    return result;
  }

  // Export inclusion and state -------------------------------------------------------------

  /** Whether the block appears in exports (`includedInExport`; it stays on the canvas either way). */
  setIncludedInExport(id: DesignBlockId, included: boolean): void { this.setBool(id, 'includedInExport', included); }
  /** Whether the block appears in exports. */
  isIncludedInExport(id: DesignBlockId): boolean { return this.getBool(id, 'includedInExport'); }

  /** The block's loading state: 'Ready', 'Pending' (with progress) or 'Error'. Engine state, not saved. */
  getState(id: DesignBlockId): BlockState {
    this.core.requireBlock(id);
    return this.states.get(id) ?? READY;
  }

  /** Sets the block's loading state (the renderer reports resource loads this way). */
  setState(id: DesignBlockId, state: BlockState): void {
    this.core.requireBlock(id);
    if (typeof state !== 'object' || state === null) throw new CesdkError('INVALID_VALUE', `block ${id}: a state must be an object`, { blockId: id });
    if (state.type === 'Ready') this.states.delete(id);
    else if (state.type === 'Pending') {
      if (typeof state.progress !== 'number' || !(state.progress >= 0 && state.progress <= 1)) throw new CesdkError('INVALID_VALUE', `block ${id}: a pending state needs progress in 0..1`, { blockId: id });
      this.states.set(id, Object.freeze({ type: 'Pending', progress: state.progress }));
    } else if (state.type === 'Error') {
      if (!['AudioDecoding', 'ImageDecoding', 'FileFetch', 'Unknown', 'VideoDecoding'].includes(state.error)) throw new CesdkError('INVALID_VALUE', `block ${id}: unknown error state '${describeValue(state.error)}'`, { blockId: id });
      this.states.set(id, Object.freeze({ type: 'Error', error: state.error }));
    } else throw new CesdkError('INVALID_VALUE', `block ${id}: unknown state type '${describeValue((state as { type?: unknown }).type)}'`, { blockId: id });
    for (const listener of [...this.stateListeners]) {
      if (listener.ids && !listener.ids.has(id)) continue;
      this.core.callListeners([listener.callback], 'state listener', [id]);
    }
  }

  /** Calls back with the ids whose state changed (`ids` empty: every block). */
  onStateChanged(ids: readonly DesignBlockId[], callback: (ids: DesignBlockId[]) => void): () => void {
    if (!Array.isArray(ids) || typeof callback !== 'function') throw new CesdkError('INVALID_VALUE', 'onStateChanged needs an array of ids and a callback');
    const listener = { ids: ids.length === 0 ? null : new Set(ids), callback };
    this.stateListeners.add(listener);
    return () => {
      this.stateListeners.delete(listener);
    };
  }

  // Variables ------------------------------------------------------------------------------

  /** Whether the block's text references any `{{variable}}`. */
  referencesAnyVariables(id: DesignBlockId): boolean {
    const record = this.core.requireBlock(id);
    if (record.type !== BlockType.text) return false;
    return VARIABLE_REFERENCE.test(readProperty(this.core, id, 'text/text', 'String') as string);
  }

  // Serialization --------------------------------------------------------------------------

  /**
   * Saves blocks (with their children, fills, shapes, effects and blurs) to a string that
   * `loadFromString` turns into new blocks. Resource URIs must use one of `allowedResourceSchemes`
   * (CE.SDK's default: blob, bundle, file, http, https).
   */
  async saveToString(ids: DesignBlockId[], allowedResourceSchemes: string[] = [...DEFAULT_ALLOWED_SCHEMES]): Promise<string> {
    return saveBlocks(this.core, ids, allowedResourceSchemes);
  }

  /** Creates new, detached blocks from `saveToString`'s output and returns the new root ids. One undo step. */
  async loadFromString(content: string): Promise<DesignBlockId[]> {
    await loadSceneLoader();
    if (this.core.history.inTransaction) throw new CesdkError('INVALID_STATE', 'cannot load blocks inside a transaction or gesture');
    return this.core.mutate('load blocks', () => loadBlocks(this.core, content));
  }

  /** Saves blocks and their resources to a zip archive (as `scene.saveToArchive`). */
  async saveToArchive(ids: DesignBlockId[]): Promise<BlobLike> {
    const text = saveBlocks(this.core, ids, ['blob', 'bundle', 'file', 'http', 'https', 'data']);
    const { saveArchive } = await import('./scene-archive.js');
    return saveArchive(this.core, text);
  }

  /** Loads blocks from an archive written by `saveToArchive`. */
  async loadFromArchive(archive: BlobLike | Uint8Array): Promise<DesignBlockId[]> {
    const { loadArchive } = await import('./scene-archive.js');
    return this.loadFromString(await loadArchive(this.core, archive));
  }

  /** Loads blocks from an archive at a URL. */
  async loadFromArchiveURL(url: string): Promise<DesignBlockId[]> {
    return this.loadFromArchive(await fetchBytes(this.core, url));
  }

  /** Loads blocks from a `saveToString` document at a URL. */
  async loadFromURL(url: string): Promise<DesignBlockId[]> {
    return this.loadFromString(decodeUtf8(await fetchBytes(this.core, url)));
  }

  // Convenience ----------------------------------------------------------------------------

  /**
   * Creates an image block (CE.SDK's `addImage`): a graphic with a rect shape and an image fill of
   * `url`, kind 'image', content fill mode Cover. Options set size (default 100 × 100: the engine
   * decodes no images), position, corner radius, drop shadow and timeline. The block is detached;
   * append it to a page. One undo step.
   */
  /** @internal The scene's current page (set by the engine), where `addImage` puts new images. */
  currentPage: () => DesignBlockId | null = () => null;

  async addImage(url: string, options: AddImageOptions = {}): Promise<DesignBlockId> {
    if (typeof url !== 'string' || url.length === 0) throw new CesdkError('INVALID_VALUE', `addImage needs an image URL, got ${describeValue(url)}`);
    if (typeof options !== 'object' || options === null) throw new CesdkError('INVALID_VALUE', 'addImage options must be an object');
    return this.core.mutate('add image', () => {
      const block = this.create('graphic');
      const shape = this.createShape('rect');
      this.setShape(block, shape);
      if (options.cornerRadius !== undefined) {
        for (const corner of ['TL', 'TR', 'BL', 'BR']) this.setFloat(shape, `shape/rect/cornerRadius${corner}`, options.cornerRadius);
      }
      const fill = this.createFill('image');
      this.setString(fill, 'fill/image/imageFileURI', url);
      this.setFill(block, fill);
      this.setKind(block, 'image');
      this.setEnum(block, 'contentFill/mode', 'Cover');
      this.setFloat(block, 'width', options.size?.width ?? 100);
      this.setFloat(block, 'height', options.size?.height ?? 100);
      if (options.x !== undefined) this.setFloat(block, 'position/x', options.x);
      if (options.y !== undefined) this.setFloat(block, 'position/y', options.y);
      if (options.shadow) {
        this.setBool(block, 'dropShadow/enabled', true);
        if (options.shadow.color) this.setColor(block, 'dropShadow/color', options.shadow.color);
        if (options.shadow.offset?.x !== undefined) this.setFloat(block, 'dropShadow/offset/x', options.shadow.offset.x);
        if (options.shadow.offset?.y !== undefined) this.setFloat(block, 'dropShadow/offset/y', options.shadow.offset.y);
        if (options.shadow.blurRadius?.x !== undefined) this.setFloat(block, 'dropShadow/blurRadius/x', options.shadow.blurRadius.x);
        if (options.shadow.blurRadius?.y !== undefined) this.setFloat(block, 'dropShadow/blurRadius/y', options.shadow.blurRadius.y);
      }
      if (options.timeline?.timeOffset !== undefined) this.setDouble(block, 'playback/timeOffset', options.timeline.timeOffset);
      if (options.timeline?.duration !== undefined) this.setDouble(block, 'playback/duration', options.timeline.duration);
      // CE.SDK: "Adds an image to the current page."
      const page = this.currentPage();
      if (page !== null) this.appendChild(page, block);
      return block;
    });
  }
}
