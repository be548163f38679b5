import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { CesdkError, Engine, type BlockEvent, type DesignBlockId, type EngineLimits } from '../../core/engine/index.js';
import type { CesdkContextMenu } from '../context-menu/context-menu.js';
import { engineContext } from '../shared/context.js';
import { EngineBinding } from '../shared/engine-binding.js';
import { EngineStateController } from '../shared/engine-state.js';
import { hasTimeBasedContent } from '../shared/time-content.js';
import { loadTimeline } from './load-secondary-elements.js';
import { getLicensing } from '../../licensing/attach.js';
import { CesdkChangeEvent, CesdkErrorEvent, CesdkReadyEvent, CesdkSaveEvent, CesdkSelectionChangeEvent, type CesdkExportDetail } from '../shared/events.js';
import { LocaleController, localeContext } from '../shared/i18n.js';
import { assetsIcon, closeIcon, keyboardIcon, layersIcon, openIcon, pagesIcon, propertiesIcon, saveIcon } from '../shared/icons.js';
import { pickFiles } from '../inspector/file-picker.js';
import { openDesign, saveDesign, type SavedDesign } from './save-design.js';
import { BlockClipboard } from './editor-actions.js';
import { forwardInnerEvents } from './editor-events.js';
import { handleShortcut, run as runShortcut } from './editor-keyboard.js';
import { SystemClipboardBridge } from './editor-clipboard.js';
import { contextMenuItems, runContextMenuItem } from './editor-menu.js';
import { editorStyles } from './editor.styles.js';
import { EditorNotices } from './editor-notices.js';
import { errorMessage, logErrorDetail } from '../shared/error-messages.js';
import { EditorLifecycle } from './editor-lifecycle.js';
import { EditorAutosave } from './editor-autosave.js';
import { toCommandError } from '../shared/run-command.js';
import { editorStarted, editorStarting, loadOnDemandElements } from './load-secondary-elements.js';
import { renderShortcutHelp } from './shortcut-help.js';

/** The side panels of the dock. `inspector` is a panel of its own only on narrow screens. */
export type EditorPanel = 'assets' | 'layers' | 'pages' | 'inspector';

/** The editor's color theme: fixed light or dark, or following the system's `prefers-color-scheme`. */
export type EditorTheme = 'light' | 'dark' | 'system';

/** Below this width (CSS px) the dock moves to the bottom and panels become sheets. */
export const NARROW_WIDTH = 640;

/**
 * The whole design editor in one tag: navigation bar (undo, redo, zoom, export, save), dock and asset
 * library, canvas, contextual inspector, layers and page navigator. It creates the engine (or uses the
 * one given as `engine`) and provides it through `@lit/context` to everything inside.
 *
 * The editor never writes anywhere itself: save and export hand the result to the integrator through
 * events and the `onSave`/`onExport` callbacks. Inside a `<form>`, the scene JSON is the form value
 * under `name`.
 *
 * @summary The complete editor: toolbar, dock, asset library, canvas, inspector, layers and pages.
 *
 * @event cesdk-ready - The engine, the scene and the first frame are ready ({@link CesdkReadyEvent}).
 * @event cesdk-change - Blocks changed ({@link CesdkChangeEvent}).
 * @event cesdk-selection-change - The selection changed ({@link CesdkSelectionChangeEvent}).
 * @event cesdk-save - The user saved; carries the scene JSON and the file to store (an archive when the design holds uploads; {@link CesdkSaveEvent}).
 * @event cesdk-before-export - Cancelable; an export is about to run.
 * @event cesdk-export - An export finished; carries the Blob.
 * @event cesdk-error - Something failed without breaking the editor ({@link CesdkErrorEvent}).
 * @event cesdk-license-change - The license state changed.
 * @event cesdk-draft-saved - With `autosave`: a draft was written to this origin's IndexedDB.
 * @event cesdk-draft-found - With `autosave`: a draft was found at start; cancelable (hides the built-in restore offer).
 *
 * @slot logo - Shown at the start of the navigation bar.
 * @slot navigation-end - Integrator controls at the end of the navigation bar.
 *
 * @csspart layout - The grid holding everything.
 * @csspart navigation-bar - The top bar.
 * @csspart toolbar - The embedded `<cesdk-toolbar>`.
 * @csspart dock - The panel switcher.
 * @csspart dock-button - Each dock button.
 * @csspart panel - The side panel (a bottom sheet on narrow screens).
 * @csspart canvas-area - The area around the canvas.
 * @csspart canvas - The `<cesdk-canvas>`.
 * @csspart inspector - The inspector column (a bottom sheet on narrow screens).
 * @csspart timeline - The `<cesdk-timeline>` under the canvas, shown while the scene has time-based content.
 * @csspart save-button - The Save button.
 * @csspart open-button - The Open button (archives and scene JSON).
 * @csspart notices - The notices over the canvas (short messages in the user's language).
 * @csspart notice - One notice.
 * @csspart shortcut-dialog - The keyboard shortcut help dialog.
 * @csspart draft-offer - With `autosave`: the offer to restore a draft found at start.
 * @csspart draft-restore - Its Restore button.
 * @csspart draft-discard - Its Discard button.
 *
 * @cssproperty --cesdk-editor-height - Height of the editor (100%).
 * @cssproperty --cesdk-editor-min-height - Minimum height (420px).
 * @cssproperty --cesdk-editor-panel-width - Width of the side panel (300px).
 * @cssproperty --cesdk-editor-inspector-width - Width of the inspector (300px).
 * @cssproperty --cesdk-editor-sheet-height - Maximum height of a sheet on narrow screens (60%).
 * @cssproperty --cesdk-editor-navigation-background - Background of the navigation bar.
 * @cssproperty --cesdk-editor-timeline-height - Height of the timeline (240px).
 */
export class CesdkEditor extends LitElement {
  /** Makes the editor a form control: its value is the scene JSON. */
  static readonly formAssociated = true;
  static override styles = editorStyles;

  /** The license key (API key). */
  // Not reflected: a key set as a property must not be written into the DOM.
  @property() license: string | null = null;
  /** The integrator's user id, passed to licensing. */
  @property({ attribute: 'user-id', reflect: true }) userId: string | null = null;
  /** `light` (default), `dark` or `system`. */
  @property({ reflect: true }) theme: EditorTheme = 'light';
  /** The UI language, e.g. `en` or `de` (default: the document's `lang`, then English). */
  @property({ reflect: true }) locale: string | null = null;
  /**
   * The engine role: `Creator`, `Adopter` or `Viewer`. Note: this is also the name of the ARIA `role`
   * attribute, so the editor's accessibility role comes from `ElementInternals` instead.
   */
  @property({ reflect: true }) override role: string | null = null;
  /** A scene JSON document to load (fetched with `fetch`; relative to the page). */
  @property({ attribute: 'scene-url', reflect: true }) sceneUrl: string | null = null;
  /** The license server URL, passed to licensing. */
  @property({ attribute: 'license-server', reflect: true }) licenseServer: string | null = null;
  /**
   * The folder of the files that travel with the package (the default fonts, in `fonts/`). Default:
   * the package's own `assets/`, found from the bundle's URL, so nothing needs hosting by hand; set it
   * when a bundler moved them. A font that cannot be loaded fires `cesdk-error` and shows a notice.
   */
  @property({ attribute: 'asset-base-url', reflect: true }) assetBaseUrl: string | null = null;
  /** The form field name under which the scene JSON is submitted. */
  @property({ reflect: true }) name: string | null = null;
  /**
   * Keeps a local draft of the design, with its uploads, in this origin's IndexedDB (about a second
   * after each change) and offers to restore it after a crash or reload. The value names the draft
   * (default: the page path and the editor's id). The draft never holds the license key; an explicit
   * save or `clearDraft()` deletes it.
   */
  @property({ reflect: true }) autosave: string | null = null;
  /** Leaving the page with unsaved changes asks first, unless this is set. */
  @property({ type: Boolean, attribute: 'no-unload-prompt', reflect: true }) noUnloadPrompt = false;
  /** An offline license file (its text or parsed object). */
  @property({ attribute: false }) licenseFile: string | object | undefined;
  /**
   * Limits on what the editor's own engine accepts (pages, blocks, depth, string length, scene and
   * archive size; see the README's "Limits on input"), each refused with `LIMIT_EXCEEDED`. Read when
   * the engine is created: set it before the element is connected.
   */
  @property({ attribute: false }) limits: Partial<EngineLimits> | undefined;
  /**
   * Called when the user saves, with the scene JSON and the saved design (`file`: the archive when
   * the design holds uploads, else the JSON; `fileName`; `format`).
   */
  @property({ attribute: false }) onSave: ((scene: string, saved: SavedDesign) => void) | undefined;
  /** Called with the exported file when an export finishes. */
  @property({ attribute: false }) onExport: ((detail: CesdkExportDetail) => void) | undefined;

  @state() private activePanel: EditorPanel | undefined = 'assets';
  @state() private narrow = false;
  @state() private failure: CesdkError | undefined;
  /** Whether the scene has time-based content, so the timeline shows (its element loads on first use). */
  @state() private timelineShown = false;

  @query('cesdk-context-menu') private contextMenu!: CesdkContextMenu | null;
  @query('dialog') private shortcutDialog!: HTMLDialogElement | null;
  @query('cesdk-canvas') private canvasElement!: (HTMLElement & { zoomToPage?: (page?: DesignBlockId) => unknown }) | null;

  /** The in-editor clipboard used by copy, cut and paste. */
  readonly clipboard = new BlockClipboard();

  private readonly internals: ElementInternals;
  private readonly i18n = new LocaleController(this);
  private readonly notices = new EditorNotices(this);
  private readonly engineProvider = new ContextProvider(this, { context: engineContext, initialValue: undefined });
  private readonly localeProvider = new ContextProvider(this, { context: localeContext, initialValue: undefined });
  private readonly lifecycle: EditorLifecycle = new EditorLifecycle(this);
  private readonly drafts = new EditorAutosave(this);
  private readonly binding = new EngineBinding(this, {
    create: () => this.lifecycle.createEngine(),
    onChange: (engine, previous) => this.onEngineChange(engine, previous),
    onCreateError: (error) => this.fail(error),
  });
  private readonly state = new EngineStateController(this, {
    events: (events) => this.onBlockEvents(events),
    selection: (engine) => this.dispatchEvent(new CesdkSelectionChangeEvent(engine.block.findAllSelected())),
    role: true,
  });
  private resizeObserver: ResizeObserver | undefined;
  private readonly systemClipboard: SystemClipboardBridge;
  private releaseTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.internals.role = 'region';
    this.addEventListener('keydown', (event) => this.onKeyDown(event));
    this.systemClipboard = new SystemClipboardBridge(this);
  }

  /** The Mod+V shortcut: the browser's paste event decides what is pasted (editor-clipboard.ts). @internal */
  pasteSoon(): void {
    this.systemClipboard.pasteSoon();
  }

  /** Pastes the editor's own copied blocks as one command. @internal */
  pasteBlocks(): void {
    try {
      runShortcut(this, 'paste');
    } catch (error) {
      this.fail(toCommandError(error, 'The shortcut'), undefined, false);
    }
  }

  /** The engine in use: the one given, the one from an enclosing provider, or the one the editor created. */
  get engine(): Engine | undefined {
    return this.binding.engine;
  }
  set engine(engine: Engine | undefined) {
    this.binding.setProperty(engine);
  }

  /** Resolves with the engine once the scene is loaded and the first frame is on screen. */
  get ready(): Promise<Engine> {
    return this.lifecycle.ready;
  }

  /** The form this editor belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The ElementInternals, for the lifecycle helper (form value). @internal */
  get elementInternals(): ElementInternals {
    return this.internals;
  }

  /** The `<cesdk-canvas>` inside, once rendered. @internal */
  get canvas(): HTMLElement | null {
    return this.canvasElement;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot() as ShadowRoot;
    forwardInnerEvents(this, root);
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.releaseTimer !== undefined) clearTimeout(this.releaseTimer);
    this.releaseTimer = undefined;
    editorStarting(this);
    this.lifecycle.connected();
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width ?? this.clientWidth;
      const narrow = width > 0 && width < NARROW_WIDTH;
      if (narrow !== this.narrow) {
        this.narrow = narrow;
        if (narrow) this.activePanel = undefined;
      }
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.systemClipboard.dispose();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    editorStarted(this);
    this.lifecycle.disconnected();
    // Moving the editor (removed and added in one task) keeps its engine and design; an editor that
    // stays removed releases the engine it created, and with it licensing and telemetry listeners.
    this.releaseTimer = setTimeout(() => {
      this.releaseTimer = undefined;
      if (!this.isConnected) this.binding.disposeOwnedEngine();
    }, 0);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.internals.ariaLabel = this.i18n.t('editor.label');
    if (changed.has('locale')) this.localeProvider.setValue(this.locale ?? undefined);
    if ((changed.has('autosave') || changed.has('noUnloadPrompt')) && this.hasUpdated) this.drafts.settingsChanged();
    if (changed.has('role') && changed.get('role') !== undefined) this.lifecycle.applyRole();
    if (changed.has('sceneUrl') && changed.get('sceneUrl') !== undefined && this.engine) void this.lifecycle.loadSceneUrl();
    // A key, server or file given after the engine started (say, fetched by the page) re-validates.
    const credentialsChanged = (['license', 'licenseServer', 'licenseFile'] as const).some((name) => changed.has(name) && changed.get(name) !== undefined);
    if (credentialsChanged && this.engine) {
      void getLicensing(this.engine)?.service.setCredentials(this.lifecycle.credentials());
    }
  }

  private onEngineChange(engine: Engine | undefined, previous: Engine | undefined): void {
    this.state.setEngine(engine);
    this.followTimeline(engine);
    // Licensing is attached first, so the canvas sees the watermark decision when it gets the engine.
    this.lifecycle.engineChanged(engine, previous);
    this.engineProvider.setValue(engine);
  }

  private followTimeline(engine: Engine | undefined): void {
    const shown = engine !== undefined && hasTimeBasedContent(engine);
    if (shown) loadTimeline();
    if (shown !== this.timelineShown) this.timelineShown = shown;
  }

  private onBlockEvents(events: readonly BlockEvent[]): void {
    this.followTimeline(this.engine);
    const blocks = [...new Set(events.map((event) => event.block))];
    this.dispatchEvent(new CesdkChangeEvent(blocks));
    this.lifecycle.scheduleFormValue();
  }

  /** Reports a failure as a `cesdk-error` event (and on screen when the editor could not start). @internal */
  fail(error: unknown, block?: DesignBlockId, fatal = true): void {
    const typed = error instanceof CesdkError ? error : new CesdkError('INVALID_STATE', error instanceof Error ? error.message : String(error));
    if (fatal) {
      this.failure = typed;
      // An editor that cannot start must not hold back the on-demand parts of other elements.
      editorStarted(this);
    }
    this.reportError(typed, block, !fatal);
  }

  /**
   * Reports an error without stopping the editor: the developer detail to the console and as the
   * `cesdk-error` event, a short message in the user's language as a notice. @internal
   */
  reportError(error: CesdkError, block?: DesignBlockId, notice = true): void {
    const message = errorMessage(error, this.i18n.locale);
    logErrorDetail(error, 'editor');
    if (notice) this.notices.show(message);
    this.dispatchEvent(new CesdkErrorEvent(error, block, message));
  }

  /** Dispatches `cesdk-ready` once. @internal */
  announceReady(engine: Engine): void {
    this.failure = undefined;
    this.drafts.engineReady(engine);
    this.dispatchEvent(new CesdkReadyEvent(engine));
  }

  /**
   * Saves the design and hands it to the integrator: the `cesdk-save` event and `onSave`. A design
   * with uploads is saved as an archive (`scene.saveToArchive()`) so it reopens whole anywhere; the
   * scene JSON it resolves with has uploads inlined as `data:` URIs. Also updates the form value.
   */
  async save(): Promise<string> {
    const engine = await this.binding.ready;
    const saved = await saveDesign(engine, this.name || 'design');
    this.elementInternals.setFormValue(saved.format === 'archive' ? new File([saved.file], saved.fileName, { type: 'application/zip' }) : saved.scene);
    this.dispatchEvent(new CesdkSaveEvent(saved.scene, saved));
    this.onSave?.(saved.scene, saved);
    this.drafts.saved();
    return saved.scene;
  }

  /**
   * Opens a saved design: an archive (`.scene.zip`) or scene JSON, told apart by their bytes.
   * Without `file`, the user picks one. A file that is not a design changes nothing and is reported
   * (`cesdk-error`, and a notice in the user's language).
   */
  async open(file?: Blob): Promise<void> {
    const engine = await this.binding.ready;
    const chosen = file ?? (await pickFiles({ accept: '.zip,.json,.scene,application/zip,application/json' }))[0];
    if (!chosen) return;
    try {
      await openDesign(engine, chosen);
      this.lifecycle.scheduleFormValue();
    } catch (error) {
      this.fail(error, undefined, false);
    }
  }

  /** Whether the design has changes since the last save (what leaving the page asks about). */
  get hasUnsavedChanges(): boolean {
    return this.drafts.hasUnsavedChanges;
  }

  /** With `autosave`: deletes the local draft (and hides the restore offer). */
  clearDraft(): Promise<void> {
    return this.drafts.clear();
  }

  /** With `autosave`: loads the local draft into the editor. Resolves with whether there was one. */
  restoreDraft(): Promise<boolean> {
    return this.drafts.restore();
  }

  /** Form reset: back to the scene the editor started with. @internal */
  formResetCallback(): void {
    void this.lifecycle.resetToInitialScene();
  }

  /** Browser form restore (back/forward navigation, autofill): loads the saved scene JSON or archive. @internal */
  formStateRestoreCallback(stateValue: unknown): void {
    if (typeof stateValue === 'string') void this.lifecycle.loadSceneString(stateValue);
    else if (stateValue instanceof Blob) void this.open(stateValue);
  }

  /** Writes the current scene JSON into the form value now; resolves with it. */
  refreshFormValue(): Promise<string | undefined> {
    return this.lifecycle.writeFormValue();
  }

  /** Fits the current page (or `page`) into the canvas view. */
  zoomToPage(page?: DesignBlockId): void {
    this.canvasElement?.zoomToPage?.(page);
  }

  /** Opens the keyboard shortcut help dialog. */
  openShortcutHelp(): void {
    const dialog = this.shortcutDialog;
    if (dialog && !dialog.open) dialog.showModal();
  }

  /** Opens one of the dock's panels (or closes it with `undefined`). */
  showPanel(panel: EditorPanel | undefined): void {
    if (panel === 'layers' || panel === 'pages') void loadOnDemandElements().catch((error) => this.fail(error, undefined, false));
    this.activePanel = panel;
  }

  /** Opens the block menu at a point relative to the editor (default: the centre of the canvas). */
  async openContextMenu(x?: number, y?: number): Promise<void> {
    if (!this.engine) return;
    await loadOnDemandElements();
    await customElements.whenDefined('cesdk-context-menu');
    const engine = this.engine;
    const menu = this.contextMenu;
    if (!engine || !menu) return;
    const area = this.renderRoot.querySelector<HTMLElement>('.canvas-area');
    const hostRect = this.getBoundingClientRect();
    const areaRect = area?.getBoundingClientRect() ?? hostRect;
    const returnFocus = (this.shadowRoot?.activeElement as HTMLElement | null) ?? this.canvasElement ?? undefined;
    menu.items = contextMenuItems(engine, this.clipboard, (key) => this.i18n.t(key));
    await menu.open(x ?? areaRect.left - hostRect.left + areaRect.width / 2, y ?? areaRect.top - hostRect.top + areaRect.height / 2, returnFocus);
  }

  /** For the shortcut handler. @internal */
  openContextMenuAtSelection(): void {
    void this.openContextMenu().catch((error) => this.fail(error, undefined, false));
  }

  private onContextMenu(event: MouseEvent): void {
    if (!this.engine) return;
    event.preventDefault();
    const hostRect = this.getBoundingClientRect();
    void this.openContextMenu(event.clientX - hostRect.left, event.clientY - hostRect.top).catch((error) => this.fail(error, undefined, false));
  }

  private onKeyDown(event: KeyboardEvent): void {
    try {
      handleShortcut(this, event);
    } catch (error) {
      // The shortcut's transaction already rolled the scene back.
      this.fail(toCommandError(error, 'The shortcut'), undefined, false);
    }
  }

  private onMenuSelect(id: string): void {
    const engine = this.engine;
    if (!engine) return;
    try {
      runContextMenuItem(engine, this.clipboard, id);
    } catch (error) {
      this.fail(toCommandError(error, 'The menu command'), undefined, false);
    }
  }

  private dockButton(panel: EditorPanel, icon: TemplateResult, labelKey: string, extraClass = ''): TemplateResult {
    const pressed = this.activePanel === panel;
    return html`<button class="text-button ${extraClass}" part="dock-button" type="button" aria-pressed=${pressed ? 'true' : 'false'}
      aria-controls=${panel === 'inspector' ? 'editor-inspector' : 'editor-panel'}
      @click=${() => this.showPanel(pressed ? undefined : panel)}>${icon}<span>${this.i18n.t(labelKey)}</span></button>`;
  }

  private renderPanelContent(panel: EditorPanel | undefined): TemplateResult | typeof nothing {
    switch (panel) {
      case 'assets': return html`<cesdk-asset-library part="asset-library"></cesdk-asset-library>`;
      case 'layers': return html`<cesdk-layers part="layers"></cesdk-layers>`;
      case 'pages': return html`<cesdk-page-navigator part="page-navigator"></cesdk-page-navigator>`;
      default: return nothing;
    }
  }

  protected override render(): TemplateResult {
    const t = (key: string, params?: Record<string, string | number>): string => this.i18n.t(key, params);
    const sidePanel = this.activePanel === 'inspector' ? undefined : this.activePanel;
    const panelTitle = sidePanel ? t(`editor.dock.${sidePanel}`) : '';
    const showInspector = !this.narrow || this.activePanel === 'inspector';
    return html`<div part="layout" class="layout ${this.narrow ? 'narrow' : ''}" role="none">
      <div part="navigation-bar" class="navigation-bar">
        <slot name="logo"></slot>
        <cesdk-toolbar part="toolbar">
          <button slot="end" class="text-button" part="open-button" type="button" @click=${() => void this.open().catch((error) => this.fail(error, undefined, false))}>
            ${openIcon}<span class="label-text">${t('editor.open')}</span></button>
          <button slot="end" class="text-button primary" part="save-button" type="button" @click=${() => void this.save().catch((error) => this.fail(error, undefined, false))}>
            ${saveIcon}<span class="label-text">${t('editor.save')}</span></button>
          <button slot="end" class="icon-button" part="button shortcuts-button" type="button" aria-label=${t('editor.shortcuts')} title=${t('editor.shortcuts')}
            @click=${() => this.openShortcutHelp()}>${keyboardIcon}</button>
        </cesdk-toolbar>
        <slot name="navigation-end"></slot>
      </div>
      <nav part="dock" class="dock" aria-label=${t('editor.dock')}>
        ${this.dockButton('assets', assetsIcon, 'editor.dock.assets')}
        ${this.dockButton('layers', layersIcon, 'editor.dock.layers')}
        ${this.dockButton('pages', pagesIcon, 'editor.dock.pages')}
        ${this.dockButton('inspector', propertiesIcon, 'editor.dock.inspector', 'inspector-toggle')}
      </nav>
      <section part="panel" class="panel" id="editor-panel" aria-label=${panelTitle || t('editor.dock')} ?hidden=${sidePanel === undefined}>
        ${this.narrow ? html`<div class="panel-header">
          <button class="icon-button sheet-close" type="button" aria-label=${t('editor.closePanel')} title=${t('editor.closePanel')}
            @click=${() => this.showPanel(undefined)}>${closeIcon}</button></div>` : nothing}
        ${this.renderPanelContent(sidePanel)}
      </section>
      <section part="canvas-area" class="canvas-area" aria-label=${t('editor.label')} @contextmenu=${this.onContextMenu}>
        ${this.failure ? html`<p class="status error" role="alert">${t('editor.error', { message: errorMessage(this.failure, this.i18n.locale) })}</p>` : nothing}
        ${this.drafts.render(t, this.locale ?? undefined)}
        <cesdk-canvas part="canvas" .label=${t('editor.canvas')}></cesdk-canvas>
        ${this.notices.render(t('error.notices'), t('error.dismiss'))}
      </section>
      ${this.timelineShown ? html`<cesdk-timeline part="timeline" class="timeline"></cesdk-timeline>` : nothing}
      <section part="inspector" class="inspector" id="editor-inspector" aria-label=${t('editor.dock.inspector')} ?hidden=${!showInspector}>
        ${this.narrow ? html`<div class="panel-header">
          <button class="icon-button sheet-close" type="button" aria-label=${t('editor.closePanel')} title=${t('editor.closePanel')}
            @click=${() => this.showPanel(undefined)}>${closeIcon}</button></div>` : nothing}
        <cesdk-inspector></cesdk-inspector>
      </section>
      <cesdk-context-menu .label=${t('contextMenu.label')} .onSelect=${(id: string) => this.onMenuSelect(id)}></cesdk-context-menu>
      ${renderShortcutHelp((key) => t(key), () => this.shortcutDialog?.close())}
    </div>`;
  }
}
