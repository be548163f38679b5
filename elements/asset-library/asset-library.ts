import { styleMap } from 'lit/directives/style-map.js';
import { fontPreviewFamily } from './font-previews.js';
import { closestAssetBase } from '../shared/package-assets.js';
import { errorMessage, logErrorDetail } from '../shared/error-messages.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Engine } from '../../core/engine/index.js';
import { CesdkError } from '../../core/engine/index.js';
import { PanelElement, panelThemeStyles } from '../shared/controls/panel-element.js';
import type { EngineStateSlices } from '../shared/engine-state.js';
import { CesdkErrorEvent } from '../shared/events.js';
import { IMAGE_MIME_TYPES, pickFiles, readLocalImage } from '../inspector/file-picker.js';
import { ASSET_DRAG_TYPE, attachAssetDrop } from './asset-drop.js';
import { assetLibraryStyles } from './asset-library.styles.js';
import { addUploadedImage, registerBuiltInAssetSources } from './built-in-sources.js';
import { MEDIA_EXTENSIONS, MEDIA_MIME_TYPES, isMediaFile } from './media-types.js';
import {
  BUILT_IN_SOURCE_IDS,
  FONT_SOURCE_ID,
  IMAGE_UPLOAD_SOURCE_ID,
  TEXT_SOURCE_ID,
  UPLOAD_SOURCE_IDS,
  VIDEO_UPLOAD_SOURCE_ID,
  AUDIO_UPLOAD_SOURCE_ID,
} from './sources/source-ids.js';

/** An asset as the library displays it (CE.SDK's `AssetResult` subset). */
export interface LibraryAsset {
  id: string;
  label?: string;
  tags?: string[];
  meta?: Record<string, unknown>;
}

const PER_PAGE = 30;
let nextLibraryId = 0;

/**
 * @summary Asset sources through `engine.asset`, as tabs: shapes, text presets (heading, body,
 * caption), images (upload from a file picker or by dropping files onto the canvas), stickers and
 * fonts, plus every source an integrator added with `engine.asset.addSource`.
 *
 * Activating an asset (click, Enter or Space) places it on the current page as one undo step; a font
 * applies to the selected text. Assets can also be dragged onto the drop target (the canvas). Uploaded
 * files stay on the device: they are read as object URLs, never sent anywhere.
 *
 * Finds its engine through the `engine` property, an enclosing provider (`<cesdk-editor>`) or
 * `for="<canvas id>"`; it registers the built-in sources on that engine on first use.
 *
 * @event cesdk-error - A file that is not a supported image, or an asset that could not be placed.
 * @csspart tabs - The source tabs.
 * @csspart search - The search field.
 * @csspart upload - The upload button.
 * @csspart grid - The asset list.
 * @csspart asset - Each asset button.
 * @cssproperty --cesdk-asset-library-background - Panel background.
 * @cssproperty --cesdk-asset-library-tile-size - Minimum tile size (default 72px).
 */
export class CesdkAssetLibrary extends PanelElement {
  static override styles = [panelThemeStyles, assetLibraryStyles];

  /** Folder the bundled fonts are served from (default: `fonts/` in {@link assetBaseUrl}). */
  @property({ attribute: 'font-base-url' }) fontBaseUrl: string | null = null;
  /**
   * Folder of the files that travel with the package (it holds `fonts/`). Default: the package's own
   * `assets/`, found from the bundle's URL; set it only when a bundler moved them.
   */
  @property({ attribute: 'asset-base-url' }) assetBaseUrl: string | null = null;

  private sourceOptions(): { fontBaseUrl?: string; assetBaseUrl?: string } {
    return { fontBaseUrl: this.fontBaseUrl ?? undefined, assetBaseUrl: this.assetBaseUrl ?? closestAssetBase(this) };
  }
  /**
   * The id of the element (in the same root) that accepts drops, usually the canvas. Without it (and
   * without {@link dropTarget}) the first `<cesdk-canvas>` in the same root accepts drops.
   */
  @property({ attribute: 'drop-target', reflect: true }) dropTargetId: string | null = null;
  /** The element that accepts drops (overrides `drop-target`). */
  @property({ attribute: false }) dropTarget: Element | null = null;
  /**
   * Display names of sources by source id. Without one, a tab shows the locale string
   * `assets.source.<id>` (see `registerLocale`), else the id.
   */
  @property({ attribute: false }) sourceLabels: Readonly<Record<string, string>> = {};
  /** The source shown; defaults to the first. */
  @property({ attribute: 'active-source', reflect: true }) activeSource: string | null = null;

  @state() private assets: LibraryAsset[] = [];
  @state() private nextPage: number | undefined;
  @state() private query = '';
  /** The status line, made at render time so that it follows a locale switch. */
  @state() private status: (() => string) | undefined;
  @state() private loading = false;
  private loadGeneration = 0;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private detachDrop: (() => void) | undefined;
  private attachedDropTarget: Element | undefined;
  private readonly baseId = `cesdk-assets-${nextLibraryId++}`;

  protected override engineSlices(): EngineStateSlices {
    // The list itself only depends on the sources; selection matters for fonts, the role for adding.
    return { selection: true, role: true };
  }

  private unsubscribeSources: (() => void) | undefined;

  private subscribeSources(): void {
    this.unsubscribeSources?.();
    this.unsubscribeSources = undefined;
    const engine = this.engine;
    if (!engine || !this.isConnected) return;
    // A new source (a new tab) or new assets in the shown source (an upload, an integrator's addition).
    this.unsubscribeSources = engine.asset.onAssetSourceUpdated((sourceId) => {
      if (sourceId === this.currentSource) void this.load(0);
      else this.requestUpdate();
    });
  }

  protected override engineChanged(engine: Engine | undefined): void {
    if (engine) registerBuiltInAssetSources(engine, this.sourceOptions());
    this.subscribeSources();
    if (this.isConnected) this.syncDropTarget();
    this.assets = [];
    void this.load(0);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribeSources?.();
    this.unsubscribeSources = undefined;
    this.detachDrop?.();
    this.detachDrop = undefined;
    this.attachedDropTarget = undefined;
    if (this.searchTimer !== undefined) clearTimeout(this.searchTimer);
    this.searchTimer = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) {
      this.syncDropTarget();
      this.subscribeSources();
    }
  }

  /** The Viewer role may browse the library, not add to the design. */
  private get readOnly(): boolean {
    return this.engine?.editor.getRole() === 'Viewer';
  }

  /** The source ids shown as tabs: built-ins first, then integrator sources in registration order. */
  get sourceIds(): string[] {
    const engine = this.engine;
    if (!engine) return [];
    const all = engine.asset.findAllSources();
    const builtIn = BUILT_IN_SOURCE_IDS.filter((id) => all.includes(id));
    return [...builtIn, ...all.filter((id) => !(BUILT_IN_SOURCE_IDS as readonly string[]).includes(id))];
  }

  private get currentSource(): string | undefined {
    const ids = this.sourceIds;
    return this.activeSource !== null && ids.includes(this.activeSource) ? this.activeSource : ids[0];
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('dropTarget') || changed.has('dropTargetId')) this.syncDropTarget();
    if (changed.has('activeSource')) void this.load(0);
  }

  private syncDropTarget(): void {
    let target: Element | undefined = this.dropTarget ?? undefined;
    const root = this.isConnected ? (this.getRootNode() as Document | ShadowRoot) : undefined;
    if (!target && root && this.dropTargetId) target = root.getElementById?.(this.dropTargetId) ?? undefined;
    // By default, the canvas next to the library (e.g. inside the same editor) accepts drops.
    if (!target && root && !this.dropTargetId) target = root.querySelector?.('cesdk-canvas') ?? undefined;
    if (target === this.attachedDropTarget) return;
    this.detachDrop?.();
    this.attachedDropTarget = target;
    this.detachDrop = target
      ? attachAssetDrop(target, { engine: () => this.engine, errorTarget: this, ...this.sourceOptions() })
      : undefined;
  }

  /** Reloads the active source's assets (page 0), e.g. after an integrator added assets to it. */
  async refresh(): Promise<void> {
    await this.load(0);
  }

  private async load(page: number): Promise<void> {
    const engine = this.engine;
    const source = this.currentSource;
    const generation = ++this.loadGeneration;
    if (!engine || source === undefined) {
      this.assets = [];
      this.nextPage = undefined;
      return;
    }
    this.loading = true;
    try {
      const result = await engine.asset.findAssets(source, { query: this.query || undefined, page, perPage: PER_PAGE, locale: this.i18n.locale } as never);
      if (generation !== this.loadGeneration) return;
      const assets = (result.assets ?? []) as LibraryAsset[];
      this.assets = page === 0 ? assets : [...this.assets, ...assets];
      this.nextPage = result.nextPage ?? undefined;
    } catch (error) {
      if (generation === this.loadGeneration) this.report(error);
    } finally {
      if (generation === this.loadGeneration) this.loading = false;
    }
  }

  private report(error: unknown): void {
    const typed = error instanceof CesdkError ? error : new CesdkError('INVALID_VALUE', error instanceof Error ? error.message : String(error));
    // People read a short message in their language; the detail goes to the console and the event.
    this.status = () => errorMessage(typed, this.i18n.locale);
    logErrorDetail(typed, 'asset library');
    this.dispatchEvent(new CesdkErrorEvent(typed, undefined, this.status()));
  }

  /** A tab's name: `sourceLabels`, else the locale string `assets.source.<id>` (integrators may register one), else the id. */
  private sourceLabel(id: string): string {
    const explicit = this.sourceLabels[id];
    if (explicit !== undefined) return explicit;
    const key = `assets.source.${id}`;
    const translated = this.t(key);
    return translated === key ? id : translated;
  }

  private selectSource(id: string, focus = false): void {
    this.activeSource = id;
    this.status = undefined;
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[role='tab'][aria-selected='true']`)?.focus());
  }

  private onTabKeyDown(event: KeyboardEvent): void {
    const ids = this.sourceIds;
    const index = ids.indexOf(this.currentSource ?? '');
    let next = index;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (index + 1) % ids.length;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = (index - 1 + ids.length) % ids.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = ids.length - 1;
    else return;
    event.preventDefault();
    this.selectSource(ids[next]!, true);
  }

  private onSearch(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    if (this.searchTimer !== undefined) clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => {
      this.searchTimer = undefined;
      void this.load(0);
    }, 150);
  }

  /** Places (or, for fonts, applies) an asset of the active source. Resolves with the new block, if any. */
  async applyAsset(asset: LibraryAsset, sourceId = this.currentSource): Promise<number | undefined> {
    const engine = this.engine;
    if (!engine || sourceId === undefined) return undefined;
    try {
      const result = await engine.asset.apply(sourceId, { ...asset, context: { sourceId } } as never);
      const block = typeof result === 'number' ? result : undefined;
      if (sourceId === FONT_SOURCE_ID && block === undefined) this.status = () => this.t('assets.font.selectText');
      else this.status = () => this.t('assets.added', { name: asset.label ?? asset.id });
      return block;
    } catch (error) {
      this.report(error);
      return undefined;
    }
  }

  /**
   * Opens the file picker and places the chosen images, videos and sounds (they stay on the device as
   * object URLs). A file the browser cannot decode is refused with a clear message and adds nothing.
   */
  async upload(files?: File[]): Promise<void> {
    const engine = this.engine;
    if (!engine) return;
    const source = this.currentSource;
    const accept = source === VIDEO_UPLOAD_SOURCE_ID || source === AUDIO_UPLOAD_SOURCE_ID
      ? [...MEDIA_MIME_TYPES, ...MEDIA_EXTENSIONS]
      : [...IMAGE_MIME_TYPES, ...MEDIA_MIME_TYPES, ...MEDIA_EXTENSIONS];
    const chosen = files ?? (await pickFiles({ accept: accept.join(','), multiple: true }));
    for (const file of chosen) {
      try {
        if (isMediaFile(file)) {
          await (await import('./place-media.js')).uploadMedia(engine, file, { fontBaseUrl: this.fontBaseUrl ?? undefined });
          this.status = () => this.t('assets.added', { name: file.name });
          continue;
        }
        const image = await readLocalImage(file);
        const asset = addUploadedImage(engine, image, this.sourceOptions());
        (await import('./place-asset.js')).placeImage(engine, asset, undefined, 'image');
        this.status = () => this.t('assets.added', { name: image.name });
      } catch (error) {
        this.report(error);
      }
    }
    if (this.currentSource !== undefined && UPLOAD_SOURCE_IDS.includes(this.currentSource)) await this.load(0);
  }

  private onDragStart(event: DragEvent, asset: LibraryAsset): void {
    if (!event.dataTransfer) return;
    event.dataTransfer.effectAllowed = 'copy';
    event.dataTransfer.setData(ASSET_DRAG_TYPE, JSON.stringify({ sourceId: this.currentSource, asset: { id: asset.id, label: asset.label, meta: asset.meta } }));
    event.dataTransfer.setData('text/plain', asset.label ?? asset.id);
  }

  private renderAsset(asset: LibraryAsset, source: string): TemplateResult {
    const label = asset.label ?? asset.id;
    const thumb = typeof asset.meta?.thumbUri === 'string' ? asset.meta.thumbUri : undefined;
    const fontUri = source === FONT_SOURCE_ID && typeof asset.meta?.uri === 'string' ? asset.meta.uri : undefined;
    const fontFamily = fontUri ? fontPreviewFamily(fontUri, () => this.requestUpdate()) : undefined;
    const preview =
      source === TEXT_SOURCE_ID
        ? html`<span class="caption preset-${String(asset.meta?.preset ?? 'body')}">${label}</span>`
        : fontUri
          ? html`<span class="caption font-preview" style=${styleMap(fontFamily ? { fontFamily: `"${fontFamily}", sans-serif` } : {})}>${label}</span>`
        : thumb
          ? html`<img src=${thumb} alt="" loading="lazy" /><span class="caption">${label}</span>`
          : html`<span class="caption">${label}</span>`;
    return html`<li>
      <button
        type="button"
        class="asset"
        part="asset"
        aria-label=${label}
        ?disabled=${this.readOnly}
        draggable=${this.readOnly ? 'false' : 'true'}
        @click=${() => void this.applyAsset(asset, source)}
        @dragstart=${(event: DragEvent) => this.onDragStart(event, asset)}
      >${preview}</button>
    </li>`;
  }

  protected override render() {
    const heading = html`<h2 class="heading">${this.t('assets.label')}</h2>`;
    const engine = this.engine;
    const ids = this.sourceIds;
    const source = this.currentSource;
    if (!engine || source === undefined) return html`${heading}<p class="empty">${this.t('assets.noEngine')}</p>`;
    const panelId = `${this.baseId}-panel`;
    const wide = source === TEXT_SOURCE_ID || source === FONT_SOURCE_ID;
    return html`
      ${heading}
      <div role="tablist" part="tabs" aria-label=${this.t('assets.sources')} @keydown=${this.onTabKeyDown}>
        ${ids.map(
          (id) => html`<button
            role="tab"
            type="button"
            id=${`${this.baseId}-tab-${id}`}
            aria-selected=${String(id === source)}
            aria-controls=${panelId}
            tabindex=${id === source ? 0 : -1}
            @click=${() => this.selectSource(id)}
          >${this.sourceLabel(id)}</button>`,
        )}
      </div>
      <div class="tools">
        <label for=${`${this.baseId}-search`}>${this.t('assets.search')}</label>
        <input id=${`${this.baseId}-search`} part="search" type="search" autocomplete="off" .value=${this.query} @input=${this.onSearch} />
        ${UPLOAD_SOURCE_IDS.includes(source)
          ? html`<button type="button" class="action" part="upload" ?disabled=${this.readOnly} @click=${() => void this.upload()}>${this.t(source === IMAGE_UPLOAD_SOURCE_ID ? 'assets.upload' : 'assets.uploadMedia')}</button>
              <p class="status">${this.t(source === IMAGE_UPLOAD_SOURCE_ID ? 'assets.uploadHint' : 'assets.uploadMediaHint')}</p>`
          : nothing}
        <p class="status" role="status">${this.status?.() ?? ''}</p>
      </div>
      <div role="tabpanel" id=${panelId} aria-labelledby=${`${this.baseId}-tab-${source}`} aria-busy=${String(this.loading)}>
        ${this.assets.length === 0 && !this.loading
          ? html`<p class="empty">${this.t(this.query ? 'assets.noResults' : 'assets.empty')}</p>`
          : html`<ul class="grid ${wide ? 'wide' : ''}" part="grid">${this.assets.map((asset) => this.renderAsset(asset, source))}</ul>`}
        ${this.nextPage !== undefined
          ? html`<button type="button" class="secondary" @click=${() => void this.load(this.nextPage!)}>${this.t('assets.more')}</button>`
          : nothing}
      </div>
    `;
  }
}
