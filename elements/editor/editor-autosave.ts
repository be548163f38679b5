/**
 * Local drafts and the leave-page prompt of `<cesdk-editor>`.
 *
 * - With `autosave`, the scene (as an archive, uploads included) is written to this origin's
 *   IndexedDB about a second after each change (draft-store.ts). Never the license key.
 * - On start, a draft found for the same key (after a crash, a reload, a closed tab) is offered for
 *   restoring; until the user answers, no new draft overwrites it.
 * - An explicit save (`save()`, the Save button, Mod+S) or `clearDraft()` deletes the draft.
 * - Unless `no-unload-prompt` is set, leaving the page with changes made since the last save asks
 *   first (`beforeunload`). The listener exists only while there are unsaved changes, so pages
 *   without them keep the back/forward cache. Submitting the editor's own `<form>` carries the design
 *   away, so the navigation that follows does not ask (the draft is kept until the page says it saved).
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ENGINE_VERSION, type Engine } from '../../core/engine/index.js';
import { CesdkDraftFoundEvent, CesdkDraftSavedEvent } from '../shared/events.js';
import type { Draft } from './draft-store.js';

/** The IndexedDB draft store, a chunk of its own: loaded when a draft is read, written or deleted. */
const draftStore = () => import('./draft-store.js');

/** Quiet time after a change before the draft is written (ms). */
export const AUTOSAVE_DELAY = 1000;

/** What the autosave needs from the editor. */
export interface AutosaveHost extends ReactiveControllerHost, HTMLElement {
  readonly engine: Engine | undefined;
  /** The `autosave` attribute: null when off; its value (when not empty) names the draft. */
  readonly autosave: string | null;
  readonly noUnloadPrompt: boolean;
  /** The form the editor belongs to, if any. */
  readonly form: HTMLFormElement | null;
  fail(error: unknown, block?: number, fatal?: boolean): void;
}

/** Runs autosave, the restore offer and the leave-page prompt of one editor. */
export class EditorAutosave implements ReactiveController {
  private dirty = false;
  private offer: Draft | undefined;
  /** False when the page took the offer over (`cesdk-draft-found` prevented). */
  private offerShown = true;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> = Promise.resolve();
  private engine: Engine | undefined;
  private stopHistory: (() => void) | undefined;
  private unloadListening = false;
  /** The editor's form was submitted since the last change: leaving now does not lose the design. */
  private submitted = false;

  constructor(private readonly host: AutosaveHost) {
    host.addController(this);
  }

  /** Whether there are changes since the last save (what the leave-page prompt asks about). */
  get hasUnsavedChanges(): boolean {
    return this.dirty;
  }

  /** The draft key: the `autosave` value, or this page's path and the editor's id or name. */
  get key(): string {
    const value = this.host.autosave?.trim();
    if (value) return value;
    return `${location.pathname}#${this.host.id || this.host.getAttribute('name') || 'cesdk-editor'}`;
  }

  private get enabled(): boolean {
    return this.host.autosave !== null;
  }

  /** Starts watching `engine` once it is ready; checks for a draft to offer. */
  engineReady(engine: Engine): void {
    if (this.engine === engine) return;
    this.stop();
    this.engine = engine;
    this.dirty = false;
    this.stopHistory = engine.editor.onHistoryUpdated(() => {
      // A load clears the history: that is not a change of the user's.
      if (engine.editor.canUndo() || engine.editor.canRedo()) this.changed();
    });
    void this.checkForDraft();
  }

  /** The `autosave` or `no-unload-prompt` attribute changed. */
  settingsChanged(): void {
    this.updateUnloadListener();
    if (this.enabled && this.engine && this.offer === undefined) void this.checkForDraft();
  }

  /** After an explicit save: nothing is unsaved, and the draft is no longer needed. */
  saved(): void {
    this.dirty = false;
    this.updateUnloadListener();
    void this.clear();
  }

  /** Deletes the draft (and any restore offer). */
  async clear(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.offer = undefined;
    this.host.requestUpdate();
    await this.writing;
    try {
      await (await draftStore()).deleteDraft(this.key);
    } catch (error) {
      this.host.fail(error, undefined, false);
    }
  }

  /** Loads the stored draft into the engine. Resolves with whether there was one to restore. */
  async restore(): Promise<boolean> {
    const engine = this.engine;
    const draft = this.offer ?? (this.enabled ? await draftStore().then((store) => store.readDraft(this.key)).catch(() => undefined) : undefined);
    this.offer = undefined;
    this.host.requestUpdate();
    if (!engine || !draft) return false;
    try {
      await engine.scene.loadFromArchive(draft.archive);
    } catch (error) {
      this.host.fail(error, undefined, false);
      return false;
    }
    // The restored design is not saved anywhere but in the draft.
    this.dirty = true;
    this.updateUnloadListener();
    return true;
  }

  /** Writes the draft now (also when a change is waiting for its quiet time). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const engine = this.engine;
    if (!engine || !this.enabled || this.offer !== undefined) return this.writing;
    const key = this.key;
    this.writing = this.writing.then(async () => {
      try {
        if (engine.scene.get() === null) return;
        const draft: Draft = { key, archive: await engine.scene.saveToArchive(), savedAt: Date.now(), engineVersion: ENGINE_VERSION };
        await (await draftStore()).writeDraft(draft);
        this.host.dispatchEvent(new CesdkDraftSavedEvent(draft.savedAt));
      } catch (error) {
        this.host.fail(error, undefined, false);
      }
    });
    return this.writing;
  }

  hostConnected(): void {
    // Bubble phase on the window: runs after the page's own submit handlers, so a prevented submit
    // (the page saves by script instead) is seen as such.
    addEventListener('submit', this.onSubmit);
  }

  hostDisconnected(): void {
    removeEventListener('submit', this.onSubmit);
    // A pending change is written before the editor goes (a removal is not a decision to drop it).
    if (this.timer !== undefined) void this.flush();
    this.stop();
  }

  private stop(): void {
    this.stopHistory?.();
    this.stopHistory = undefined;
    this.engine = undefined;
    this.dirty = false;
    this.updateUnloadListener();
  }

  private changed(): void {
    this.dirty = true;
    this.submitted = false;
    this.updateUnloadListener();
    if (!this.enabled || this.offer !== undefined) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), AUTOSAVE_DELAY);
  }

  private async checkForDraft(): Promise<void> {
    if (!this.enabled) return;
    const engine = this.engine;
    let draft: Draft | undefined;
    try {
      draft = await (await draftStore()).readDraft(this.key);
    } catch (error) {
      this.host.fail(error, undefined, false);
      return;
    }
    if (!draft || this.engine !== engine) return;
    this.offer = draft;
    this.offerShown = this.host.dispatchEvent(new CesdkDraftFoundEvent(draft.savedAt));
    this.host.requestUpdate();
  }

  private readonly onSubmit = (event: SubmitEvent): void => {
    const form = this.host.form;
    if (form !== null && event.target === form && !event.defaultPrevented) this.submitted = true;
  };

  private readonly onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!this.dirty || this.submitted || this.host.noUnloadPrompt) return;
    event.preventDefault();
    // Older browsers show the prompt only when returnValue is set.
    event.returnValue = '';
  };

  private readonly onPageHide = (): void => {
    if (this.timer !== undefined) void this.flush();
  };

  private updateUnloadListener(): void {
    const wanted = this.dirty && this.host.isConnected && (!this.host.noUnloadPrompt || this.enabled);
    if (wanted === this.unloadListening) return;
    this.unloadListening = wanted;
    if (wanted) {
      addEventListener('beforeunload', this.onBeforeUnload);
      addEventListener('pagehide', this.onPageHide);
    } else {
      removeEventListener('beforeunload', this.onBeforeUnload);
      removeEventListener('pagehide', this.onPageHide);
    }
  }

  /** Whether the offer is shown by the editor (not taken over by the page). */
  private offerVisible(): boolean {
    return this.offer !== undefined && this.offerShown;
  }

  /** The restore offer, or nothing; `t` translates. */
  render(t: (key: string, params?: Record<string, string | number>) => string, locale: string | undefined): TemplateResult | typeof nothing {
    if (!this.offerVisible()) return nothing;
    const time = new Date(this.offer!.savedAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return html`<div class="draft-offer" part="draft-offer" role="region" aria-live="polite" aria-label=${t('editor.draft.label')}>
      <span class="notice-text">${t('editor.draft.found', { time })}</span>
      <button class="text-button primary" part="draft-restore" type="button" @click=${() => void this.restore()}>${t('editor.draft.restore')}</button>
      <button class="text-button" part="draft-discard" type="button" @click=${() => void this.clear()}>${t('editor.draft.discard')}</button>
    </div>`;
  }
}
