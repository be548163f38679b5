import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CesdkError, type DesignBlockId, type Engine } from '../../core/engine/index.js';
import { exportBounds, planPixels } from '../../core/export/export-size.js';
import { isAbortError, resolveExportOptions, type ExportMimeType, type ExportOptions, type ExportProgress } from '../../core/export/index.js';
import { EngineBinding } from '../shared/engine-binding.js';
import { ensureExporters } from '../shared/exporters.js';
import { CesdkBeforeExportEvent, CesdkErrorEvent, CesdkExportEvent, type CesdkExportDetail } from '../shared/events.js';
import { LocaleController } from '../shared/i18n.js';
import { errorMessage } from '../shared/error-messages.js';
import { exportMenuStyles } from './export-menu.styles.js';
import { extensionOf, FORMATS, FRAME_RATES, isVideoType, numberOrUndefined, offerDownload, SCALES, VIDEO_FORMATS } from './formats.js';
import { hasTimeBasedContent } from '../shared/time-content.js';


/** Whether the keyboard focus fell back to the page (its focused element was disabled or removed). */
function focusLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || active === document.documentElement;
}

/**
 * The export menu: format, size (scale or width × height), quality, PDF compatibility, and for
 * scenes with time-based content MP4 and WebM video with a frame rate. While an export runs longer
 * than `progressDelay` ms it shows a progress bar (for video: frames done and the estimated time
 * left) with Cancel (which aborts the export through its `abortSignal`).
 *
 * The result goes to the integrator first: a cancelable `cesdk-before-export` is dispatched before
 * the export starts (`preventDefault()` stops it), then `cesdk-export` carries the Blob, and the
 * `onExport` callback is called. Only if no handler took the file (`cesdk-export` not
 * `preventDefault()`ed and no `onExport`) does the menu offer it as a download, through a temporary
 * object URL that is revoked right after.
 *
 * The engine comes from the `engine` property, an enclosing editor (context) or `for="<canvas id>"`.
 * Its exporters should be registered (`registerExporters(engine, { assets, license })`); if nothing
 * did, the menu registers them itself with the engine's licensing (`attachLicensing`) when attached,
 * else unlicensed (watermarked).
 *
 * @summary Export menu: format, size, quality, PDF compatibility, progress with Cancel.
 *
 * @event cesdk-before-export - Before an export starts; cancelable.
 * @event cesdk-export - With the exported Blob; `preventDefault()` means "handled, no download".
 * @event cesdk-error - When an export failed (not when it was canceled), and for each problem that
 *   did not fail it (e.g. a broken image exported as its placeholder).
 *
 * Escape (focus inside the menu) and a click outside close the panel. After an export the focus
 * returns to the Export button, so Escape closes the panel then too.
 *
 * @csspart trigger - The button that opens the menu.
 * @csspart panel - The options panel.
 * @csspart start - The Export button.
 * @csspart progress - The progress bar.
 * @csspart frames - For video: frames encoded of all, and the estimated time left.
 * @csspart framerate - For video: the frame rate choice.
 * @csspart cancel - The Cancel button.
 *
 * @cssproperty --cesdk-export-menu-width - Width of the panel (280px).
 * @cssproperty --cesdk-export-menu-background - Panel background.
 * @cssproperty --cesdk-export-menu-progress-color - Progress bar colour.
 */
export class CesdkExportMenu extends LitElement {
  static override styles = exportMenuStyles;

  /** The id of an element that has an engine (e.g. a `<cesdk-canvas>`), when not inside an editor. */
  @property({ reflect: true, attribute: 'for' }) for: string | null = null;

  /** Overrides the inherited locale. */
  @property({ reflect: true }) locale: string | null = null;

  /** The block to export; default the current page (or the first page). */
  @property({ type: Number }) block: DesignBlockId | undefined;

  /** Base name of a downloaded file (the extension follows the format). */
  @property({ attribute: 'file-name' }) fileName = 'design';

  /** Milliseconds an export must run before the progress bar shows. */
  @property({ type: Number, attribute: 'progress-delay' }) progressDelay = 300;

  /** Called with each finished export; when set, no download is offered. */
  @property({ attribute: false }) onExport: ((detail: CesdkExportDetail) => void) | undefined;

  /** Whether the options panel is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Selected format: an image/PDF/SVG type, or `video/mp4` / `video/webm`. */
  @property({ attribute: 'mime-type' }) mimeType: ExportMimeType | 'video/mp4' | 'video/webm' = 'image/png';

  /** Frames per second of video exports. */
  @property({ type: Number }) framerate = 30;

  /** Selected scale (1 = the design's own pixel size); ignored when {@link customSize} is on. */
  @property({ type: Number }) scale = 1;

  /** Whether {@link targetWidth}/{@link targetHeight} are used instead of the scale. */
  @property({ type: Boolean, attribute: 'custom-size' }) customSize = false;

  /** Custom output width in pixels. */
  @property({ type: Number, attribute: 'target-width' }) targetWidth: number | undefined;

  /** Custom output height in pixels. */
  @property({ type: Number, attribute: 'target-height' }) targetHeight: number | undefined;

  /** JPEG/WebP quality, 0.1–1. */
  @property({ type: Number }) quality = 0.9;

  /** PDF: rasterize images (true, default) or embed original files (false; see the security note). */
  @property({ type: Boolean, attribute: 'pdf-high-compatibility' }) pdfHighCompatibility = true;

  @state() private running = false;
  @state() private showProgress = false;
  @state() private fraction = 0;
  /** PDF: every page of the scene (default) or only the current page. */
  @property({ attribute: 'pdf-pages' }) pdfPages: 'all' | 'current' = 'all';

  /** The status line as a locale key and its parameters, so it follows a locale switch. */
  @state() private status: { key: string; params?: Record<string, string | number> } | undefined;
  /** Video progress: frames encoded and in all, and seconds left (estimated). */
  @state() private frames: { done: number; total: number; remaining: number | undefined } | undefined;

  private readonly binding = new EngineBinding(this);
  private readonly i18n = new LocaleController(this);
  private abortController: AbortController | undefined;
  private progressTimer: ReturnType<typeof setTimeout> | undefined;
  private static readonly selfRegistered = new WeakSet<Engine>();

  /** The engine in use; setting it overrides context and `for`. */
  get engine(): Engine | undefined {
    return this.binding.engine;
  }
  set engine(engine: Engine | undefined) {
    this.binding.setProperty(engine);
  }

  /** Whether an export is running. */
  get busy(): boolean {
    return this.running;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for')) this.binding.setFor(this.for);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeyDown);
    // Capture, so a click that another element stops still closes the popover.
    document.addEventListener('pointerdown', this.onOutsidePointer, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeyDown);
    document.removeEventListener('pointerdown', this.onOutsidePointer, true);
    this.cancel();
    clearTimeout(this.progressTimer);
  }

  /** Closes the options panel (a running export goes on, with its progress shown). */
  close(focusTrigger = false): void {
    if (!this.open) return;
    this.open = false;
    if (focusTrigger) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="trigger"]')?.focus());
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.open) return;
    event.preventDefault();
    event.stopPropagation();
    this.close(true);
  };

  private readonly onOutsidePointer = (event: Event): void => {
    if (this.open && !event.composedPath().includes(this)) this.close();
  };

  /** The block an export covers now: the `block` property, else the scene for an all-pages PDF, else the current page. */
  private targetBlock(engine: Engine): DesignBlockId | undefined {
    if (this.block !== undefined) return this.block;
    try {
      if (this.mimeType === 'application/pdf' && this.pdfPages === 'all') return engine.scene.get() ?? undefined;
      return engine.scene.getCurrentPage() ?? engine.scene.getPages()[0];
    } catch {
      return undefined;
    }
  }

  /** The options the current settings mean, without progress and signal. */
  exportOptions(): ExportOptions {
    const options: ExportOptions = { mimeType: this.mimeType as ExportMimeType };
    if (isVideoType(this.mimeType)) (options as Record<string, unknown>).framerate = this.framerate;
    if (this.mimeType === 'application/pdf') {
      options.exportPdfWithHighCompatibility = this.pdfHighCompatibility;
      return options;
    }
    if (this.mimeType === 'image/jpeg') options.jpegQuality = this.quality;
    if (this.mimeType === 'image/webp') options.webpQuality = this.quality;
    if (this.customSize) {
      if (this.targetWidth) options.targetWidth = this.targetWidth;
      if (this.targetHeight) options.targetHeight = this.targetHeight;
    } else if (this.scale !== 1 && this.engine) {
      const block = this.targetBlock(this.engine);
      if (block !== undefined) {
        const plan = planPixels(this.engine, exportBounds(this.engine, block), resolveExportOptions({}));
        options.targetWidth = Math.max(1, Math.round(plan.width * this.scale));
      }
    }
    return options;
  }

  /** Aborts the running export, if any. */
  cancel(): void {
    this.abortController?.abort();
  }

  /**
   * Runs an export with the current settings and delivers it (events, callback, download).
   * Resolves with the Blob, or `undefined` when it was prevented, canceled or failed.
   */
  async exportNow(): Promise<Blob | undefined> {
    const engine = this.engine;
    const block = engine ? this.targetBlock(engine) : undefined;
    if (!engine || block === undefined || this.running) {
      if (!engine || block === undefined) this.status = { key: 'exportMenu.noEngine' };
      return undefined;
    }
    const options = this.exportOptions();
    const before = new CesdkBeforeExportEvent({ block, mimeType: options.mimeType!, options: { ...options } });
    if (!this.dispatchEvent(before)) return undefined;
    const controller = new AbortController();
    this.abortController = controller;
    this.running = true;
    this.fraction = 0;
    this.frames = undefined;
    this.status = undefined;
    this.progressTimer = setTimeout(() => {
      this.showProgress = true;
    }, this.progressDelay);
    try {
      const blob = await this.runExport(engine, block, {
        ...options,
        abortSignal: controller.signal,
        onProgress: (progress: ExportProgress) => {
          this.fraction = progress.fraction;
        },
        // A broken image is exported as its placeholder; the page hears about it as cesdk-error.
        onError: (error: CesdkError, failedBlock?: DesignBlockId) => {
          this.dispatchEvent(new CesdkErrorEvent(error, failedBlock));
        },
      });
      this.deliver({ blob, mimeType: options.mimeType!, block, fileName: `${this.fileName}.${extensionOf(options.mimeType!)}` });
      this.status = { key: 'exportMenu.done' };
      return blob;
    } catch (error) {
      if (isAbortError(error)) {
        this.status = { key: 'exportMenu.canceled' };
      } else {
        const typed = error instanceof CesdkError ? error : new CesdkError('INVALID_STATE', String(error instanceof Error ? error.message : error));
        this.status = { key: 'exportMenu.failed', params: { message: errorMessage(typed, this.i18n.locale) } };
        this.dispatchEvent(new CesdkErrorEvent(typed, block));
      }
      return undefined;
    } finally {
      clearTimeout(this.progressTimer);
      this.running = false;
      this.showProgress = false;
      this.abortController = undefined;
      // The start button is disabled (or swapped for the progress bar) while exporting, which drops
      // the keyboard focus to the page; put it back, so Escape and Tab go on working in the menu.
      if (this.open && focusLost()) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="start"]')?.focus());
    }
  }

  private async runExport(engine: Engine, block: DesignBlockId, options: ExportOptions): Promise<Blob> {
    try {
      if (isVideoType(String(options.mimeType))) return await this.runVideoExport(engine, block, options);
      return (await engine.block.export(block, options as never)) as Blob;
    } catch (error) {
      if (!(error instanceof CesdkError && error.code === 'EXPORT_UNAVAILABLE') || CesdkExportMenu.selfRegistered.has(engine)) throw error;
      // Nothing registered exporters: register the default ones (watermark decided by the engine's licensing).
      ensureExporters(engine);
      CesdkExportMenu.selfRegistered.add(engine);
      if (isVideoType(String(options.mimeType))) return this.runVideoExport(engine, block, options);
      return (await engine.block.export(block, options as never)) as Blob;
    }
  }

  /** `block.exportVideo`, reporting frames done and the time left from the encoding rate so far. */
  private async runVideoExport(engine: Engine, block: DesignBlockId, options: ExportOptions): Promise<Blob> {
    const started = performance.now();
    const { onProgress: _unused, ...rest } = options;
    return engine.block.exportVideo(block, {
      ...(rest as object),
      mimeType: options.mimeType as 'video/mp4' | 'video/webm',
      onProgress: (rendered: number, encoded: number, total: number) => {
        const done = Math.min(rendered, encoded + 8);
        const elapsed = (performance.now() - started) / 1000;
        this.fraction = total > 0 ? encoded / total : 0;
        this.frames = { done: encoded, total, remaining: encoded > 2 ? Math.ceil((elapsed / Math.max(1, done)) * (total - done)) : undefined };
      },
    } as never) as Promise<Blob>;
  }

  private deliver(detail: CesdkExportDetail): void {
    const event = new CesdkExportEvent(detail);
    const notPrevented = this.dispatchEvent(event);
    const callback = this.onExport;
    if (callback) {
      try {
        callback(detail);
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
    if (notPrevented && !callback) offerDownload(detail.blob, detail.fileName ?? this.fileName);
  }

  private renderSize(): TemplateResult | typeof nothing {
    if (this.mimeType === 'application/pdf') return nothing;
    const t = (key: string, params?: Record<string, string | number>) => this.i18n.t(key, params);
    const framerate = isVideoType(this.mimeType)
      ? html`<label>${t('exportMenu.framerate')}
          <select part="framerate" @change=${(event: Event) => (this.framerate = Number((event.target as HTMLSelectElement).value))}>
            ${FRAME_RATES.map((fps) => html`<option value=${fps} ?selected=${fps === this.framerate}>${t('exportMenu.fps', { fps })}</option>`)}
          </select></label>`
      : nothing;
    return html`${framerate}
      <label>
        ${t('exportMenu.size')}
        <select part="size" @change=${(event: Event) => {
          const value = (event.target as HTMLSelectElement).value;
          this.customSize = value === 'custom';
          if (!this.customSize) this.scale = Number(value);
        }}>
          ${SCALES.map((scale) => html`<option value=${scale} ?selected=${!this.customSize && this.scale === scale}>${t('exportMenu.scale', { scale })}</option>`)}
          <option value="custom" ?selected=${this.customSize}>${t('exportMenu.customSize')}</option>
        </select>
      </label>
      ${this.customSize
        ? html`<div class="row">
            <label>${t('exportMenu.width')}<input type="number" min="1" step="1" .value=${String(this.targetWidth ?? '')}
              @change=${(event: Event) => (this.targetWidth = numberOrUndefined((event.target as HTMLInputElement).value))} /></label>
            <label>${t('exportMenu.height')}<input type="number" min="1" step="1" .value=${String(this.targetHeight ?? '')}
              @change=${(event: Event) => (this.targetHeight = numberOrUndefined((event.target as HTMLInputElement).value))} /></label>
          </div>`
        : nothing}
    `;
  }

  private renderPanel(): TemplateResult {
    const t = (key: string, params?: Record<string, string | number>) => this.i18n.t(key, params);
    const lossy = this.mimeType === 'image/jpeg' || this.mimeType === 'image/webp';
    return html`
      <div class="panel" part="panel" role="dialog" aria-label=${t('exportMenu.dialog')}>
        <label>
          ${t('exportMenu.format')}
          <select part="format" @change=${(event: Event) => (this.mimeType = (event.target as HTMLSelectElement).value as ExportMimeType)}>
            ${[...FORMATS, ...(this.engine && hasTimeBasedContent(this.engine) ? VIDEO_FORMATS : [])].map((format) => html`<option value=${format.mimeType} ?selected=${format.mimeType === this.mimeType}>${t(format.key)}</option>`)}
          </select>
        </label>
        ${this.mimeType === 'application/pdf' && this.block === undefined
          ? html`<label>
              ${t('exportMenu.pages')}
              <select part="pages" @change=${(event: Event) => (this.pdfPages = (event.target as HTMLSelectElement).value === 'current' ? 'current' : 'all')}>
                <option value="all" ?selected=${this.pdfPages === 'all'}>${t('exportMenu.pages.all')}</option>
                <option value="current" ?selected=${this.pdfPages === 'current'}>${t('exportMenu.pages.current')}</option>
              </select>
            </label>`
          : nothing}
        ${this.renderSize()}
        ${lossy
          ? html`<label>${t('exportMenu.quality')} (${Math.round(this.quality * 100)} %)
              <input type="range" part="quality" min="0.1" max="1" step="0.05" .value=${String(this.quality)}
                @input=${(event: Event) => (this.quality = Number((event.target as HTMLInputElement).value))} /></label>`
          : nothing}
        ${this.mimeType === 'application/pdf'
          ? html`<label class="inline"><input type="checkbox" part="pdf-compatibility" .checked=${this.pdfHighCompatibility}
                @change=${(event: Event) => (this.pdfHighCompatibility = (event.target as HTMLInputElement).checked)} />
              ${t('exportMenu.pdfCompatibility')}</label>
              ${this.pdfHighCompatibility ? nothing : html`<span class="hint">${t('exportMenu.pdfCompatibilityHint')}</span>`}`
          : nothing}
        ${this.showProgress
          ? html`<div class="progress" role="status">
              <progress part="progress" max="1" .value=${this.fraction} aria-label=${t('exportMenu.progress')}></progress>
              ${this.frames ? html`<span class="hint" part="frames">${t('exportMenu.videoProgress', { frame: this.frames.done, total: this.frames.total })}${
                this.frames.remaining !== undefined ? html` · ${t('exportMenu.videoRemaining', { seconds: this.frames.remaining })}` : nothing}</span>` : nothing}
              <button class="text-button" part="cancel" @click=${() => this.cancel()}>${t('exportMenu.cancel')}</button>
            </div>`
          : html`<button class="text-button primary" part="start" ?disabled=${this.running} @click=${() => void this.exportNow()}>${t('exportMenu.start')}</button>`}
        ${this.status ? html`<span class="status" role="status">${t(this.status.key, this.status.params)}</span>` : nothing}
      </div>
    `;
  }

  protected override render(): TemplateResult {
    return html`
      <button class="text-button" part="trigger" aria-haspopup="dialog" aria-expanded=${this.open ? 'true' : 'false'}
        @click=${() => (this.open = !this.open)}>${this.i18n.t('exportMenu.open')}</button>
      ${this.open || this.showProgress ? this.renderPanel() : nothing}
    `;
  }
}
