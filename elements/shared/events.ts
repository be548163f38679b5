/**
 * The typed DOM events every CE.SDK element dispatches. Each one is an `Event` subclass with typed
 * fields, named `cesdk-<name>`, and bubbles and is composed, so a listener on `document` hears an
 * event fired deep inside a shadow root. `cesdk-before-<verb>` events are cancelable: calling
 * `preventDefault()` stops the action.
 *
 * Other engineers may add event classes here; keep the same shape (constructor builds `init` with
 * `bubbles: true, composed: true`, a static `eventName`, and an entry in `HTMLElementEventMap`).
 */
import type { CesdkError, DesignBlockId, Engine } from '../../core/engine/index.js';
import { errorMessage } from './error-messages.js';
import { DEFAULT_LOCALE } from './i18n.js';

const BASE_INIT: EventInit = { bubbles: true, composed: true };

/** Fired once an element has an engine and a scene and has drawn its first frame (or is ready to). */
export class CesdkReadyEvent extends Event {
  /** The event's type string. */
  static readonly eventName = 'cesdk-ready';
  /** The engine the element is now bound to. */
  readonly engine: Engine;
  constructor(engine: Engine) {
    super(CesdkReadyEvent.eventName, BASE_INIT);
    this.engine = engine;
  }
}

/** Fired after an engine update changed blocks (batched: one event per engine event batch). */
export class CesdkChangeEvent extends Event {
  /** The event's type string. */
  static readonly eventName = 'cesdk-change';
  /** The ids of the blocks created, updated or destroyed in this batch (deduplicated). */
  readonly blocks: readonly DesignBlockId[];
  constructor(blocks: readonly DesignBlockId[]) {
    super(CesdkChangeEvent.eventName, BASE_INIT);
    this.blocks = blocks;
  }
}

/** Fired when the engine's selection changed. */
export class CesdkSelectionChangeEvent extends Event {
  /** The event's type string. */
  static readonly eventName = 'cesdk-selection-change';
  /** The blocks selected after the change. */
  readonly selection: readonly DesignBlockId[];
  constructor(selection: readonly DesignBlockId[]) {
    super(CesdkSelectionChangeEvent.eventName, BASE_INIT);
    this.selection = selection;
  }
}

/** The saved files carried by {@link CesdkSaveEvent} beyond the scene JSON. */
export interface CesdkSaveDetail {
  /** `archive` when the design holds uploads (they are embedded), else `scene`. */
  readonly format: 'scene' | 'archive';
  /** The file to store: the archive (`application/zip`) or the scene JSON. It reopens whole. */
  readonly file: Blob;
  /** A suggested file name: `design.scene.zip` or `design.scene.json`. */
  readonly fileName: string;
  /** The archive, when the design holds uploads. */
  readonly archive: Blob | undefined;
}

/**
 * Fired when the user saves. `scene` is the scene JSON, in which uploads (`blob:` URLs) are
 * inlined as `data:` URIs so it reopens whole; `file` is what to store (the archive when the design
 * holds uploads, else the same JSON).
 */
export class CesdkSaveEvent extends Event {
  /** The event's type string. */
  static readonly eventName = 'cesdk-save';
  /** The serialized scene. */
  readonly scene: string;
  /** `archive` or `scene`. */
  readonly format: 'scene' | 'archive';
  /** The file to store. */
  readonly file: Blob;
  /** A suggested file name. */
  readonly fileName: string;
  /** The archive, when the design holds uploads. */
  readonly archive: Blob | undefined;
  constructor(scene: string, detail?: CesdkSaveDetail) {
    super(CesdkSaveEvent.eventName, BASE_INIT);
    this.scene = scene;
    this.format = detail?.format ?? 'scene';
    this.file = detail?.file ?? new Blob([scene], { type: 'application/json' });
    this.fileName = detail?.fileName ?? 'design.scene.json';
    this.archive = detail?.archive;
  }
}

/** What an export produced, carried by {@link CesdkExportEvent}. */
export interface CesdkExportDetail {
  /** The exported file. */
  readonly blob: Blob;
  /** Its MIME type, e.g. `image/png`, `application/pdf`, `video/mp4`. */
  readonly mimeType: string;
  /** The block (page, scene or any block) that was exported. */
  readonly block: DesignBlockId;
  /** A suggested file name, when the exporter has one. */
  readonly fileName?: string;
}

/**
 * Fired after an export finished. Cancelable: a listener that takes the file calls
 * `preventDefault()`, and the export menu then offers no download.
 */
export class CesdkExportEvent extends Event {
  /** The event's type string. */
  static readonly eventName = 'cesdk-export';
  /** The exported file and what it was exported from. */
  readonly detail: CesdkExportDetail;
  constructor(detail: CesdkExportDetail) {
    super(CesdkExportEvent.eventName, { ...BASE_INIT, cancelable: true });
    this.detail = detail;
  }
}

/** What an export is about to do, carried by {@link CesdkBeforeExportEvent}. */
export interface CesdkBeforeExportDetail {
  /** The block (page, scene or any block) about to be exported. */
  readonly block: DesignBlockId;
  /** The target MIME type. */
  readonly mimeType: string;
  /** The exporter's options, as passed by the caller. */
  readonly options?: Readonly<Record<string, unknown>>;
}

/** Fired before an export starts; cancelable: `preventDefault()` stops the export. */
export class CesdkBeforeExportEvent extends Event {
  /** The event's type string. */
  static readonly eventName = 'cesdk-before-export';
  /** What is about to be exported. */
  readonly detail: CesdkBeforeExportDetail;
  constructor(detail: CesdkBeforeExportDetail) {
    super(CesdkBeforeExportEvent.eventName, { ...BASE_INIT, cancelable: true });
    this.detail = detail;
  }
}

/**
 * Fired when something failed without breaking the element, e.g. an image or font that did not load.
 * `error` carries the developer detail (stable `code`, message, path, URI); `userMessage` is the short
 * text for people, in the element's language, which the editor shows itself.
 */
export class CesdkErrorEvent extends Event {
  /** The event's type string. */
  static readonly eventName = 'cesdk-error';
  /** The typed error, with its stable `code`. */
  readonly error: CesdkError;
  /** The block the error belongs to, when there is one. */
  readonly block: DesignBlockId | undefined;
  /** A short message for users in the dispatching element's locale (`error.code.<CODE>`). */
  readonly userMessage: string;
  constructor(error: CesdkError, block?: DesignBlockId, userMessage?: string) {
    super(CesdkErrorEvent.eventName, BASE_INIT);
    this.error = error;
    this.block = block;
    this.userMessage = userMessage ?? errorMessage(error, DEFAULT_LOCALE);
  }
}

/** The license state carried by {@link CesdkLicenseChangeEvent}. */
export interface CesdkLicenseChangeDetail {
  /** Whether exports and the canvas now carry a watermark. */
  readonly needsWatermark: boolean;
  /** The license state: `pending`, `licensed`, `evaluation`, `invalid`, `expired` or `offline-grace`. */
  readonly state: string;
  /** A human-readable reason for the state (never contains the key). */
  readonly reason: string;
}

/** Fired when the license state (and with it the watermark decision) changed. */
export class CesdkLicenseChangeEvent extends Event {
  /** The event's type string. */
  static readonly eventName = 'cesdk-license-change';
  /** The new license state. */
  readonly detail: CesdkLicenseChangeDetail;
  constructor(detail: CesdkLicenseChangeDetail) {
    super(CesdkLicenseChangeEvent.eventName, BASE_INIT);
    this.detail = detail;
  }
}

/** Fired by `<cesdk-editor autosave>` after a draft was written to this origin's IndexedDB. */
export class CesdkDraftSavedEvent extends Event {
  /** The event's type string. */
  static readonly eventName = 'cesdk-draft-saved';
  /** When the draft was written (ms since the epoch). */
  readonly savedAt: number;
  constructor(savedAt: number) {
    super(CesdkDraftSavedEvent.eventName, BASE_INIT);
    this.savedAt = savedAt;
  }
}

/**
 * Fired by `<cesdk-editor autosave>` when it starts and finds a draft (say, after a crash or a
 * reload). **Cancelable**: `preventDefault()` hides the editor's own restore offer, so the page can
 * ask in its own way and call `restoreDraft()` or `clearDraft()`.
 */
export class CesdkDraftFoundEvent extends Event {
  /** The event's type string. */
  static readonly eventName = 'cesdk-draft-found';
  /** When the draft was written (ms since the epoch). */
  readonly savedAt: number;
  constructor(savedAt: number) {
    super(CesdkDraftFoundEvent.eventName, { ...BASE_INIT, cancelable: true });
    this.savedAt = savedAt;
  }
}

declare global {
  interface HTMLElementEventMap {
    'cesdk-draft-saved': CesdkDraftSavedEvent;
    'cesdk-draft-found': CesdkDraftFoundEvent;
    'cesdk-ready': CesdkReadyEvent;
    'cesdk-change': CesdkChangeEvent;
    'cesdk-selection-change': CesdkSelectionChangeEvent;
    'cesdk-save': CesdkSaveEvent;
    'cesdk-export': CesdkExportEvent;
    'cesdk-before-export': CesdkBeforeExportEvent;
    'cesdk-error': CesdkErrorEvent;
    'cesdk-license-change': CesdkLicenseChangeEvent;
  }
}
