import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Engine } from '../../core/engine/index.js';
import { EngineBinding } from '../shared/engine-binding.js';
import { EngineStateController } from '../shared/engine-state.js';
import { LocaleController } from '../shared/i18n.js';
import { fitIcon, redoIcon, undoIcon, zoomInIcon, zoomOutIcon } from '../shared/icons.js';
import { findZoomTarget, stepZoom } from '../shared/zoom.js';
import { toolbarStyles } from './toolbar.styles.js';

/**
 * Undo, redo, zoom and the export menu, for the editor's navigation bar or on its own.
 *
 * @summary The editor's toolbar: undo, redo, zoom in/out/fit with the zoom level, export.
 *
 * @slot start - Integrator controls placed before the built-in ones.
 * @slot end - Integrator controls placed after the built-in ones (the editor puts Save here).
 *
 * @csspart toolbar - The bar holding every control.
 * @csspart button - Every built-in button; also `undo`, `redo`, `zoom-out`, `zoom-in`, `zoom-fit`.
 * @csspart zoom-level - The zoom level read-out.
 * @csspart export-menu - The embedded `<cesdk-export-menu>`.
 *
 * @cssproperty --cesdk-toolbar-background - Bar background (transparent).
 * @cssproperty --cesdk-toolbar-gap - Space between controls.
 * @cssproperty --cesdk-toolbar-padding - Padding around the controls.
 * @cssproperty --cesdk-toolbar-button-size - Size of the icon buttons.
 */
export class CesdkToolbar extends LitElement {
  static override styles = toolbarStyles;

  /** The id of an element that has an engine (e.g. a `<cesdk-canvas>`), when not inside an editor. */
  @property({ reflect: true, attribute: 'for' }) for: string | null = null;

  /** Overrides the inherited locale (`en`, `de`, ...). */
  @property({ reflect: true }) locale: string | null = null;

  /** Hides the embedded export menu (for layouts that place their own). */
  @property({ type: Boolean, reflect: true, attribute: 'no-export' }) noExport = false;

  private readonly binding = new EngineBinding(this, { onChange: (engine) => this.onEngineChange(engine) });
  private readonly state = new EngineStateController(this, { history: true, zoom: true, role: true });
  private readonly i18n = new LocaleController(this);

  /** The engine in use; setting it overrides context and `for`. */
  get engine(): Engine | undefined {
    return this.binding.engine;
  }
  set engine(engine: Engine | undefined) {
    this.binding.setProperty(engine);
  }

  /** Resolves with the engine once the toolbar has one. */
  get ready(): Promise<Engine> {
    return this.binding.ready;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for')) this.binding.setFor(this.for);
  }

  private onEngineChange(engine: Engine | undefined): void {
    this.state.setEngine(engine);
  }

  /** Undoes the last step, when there is one. */
  undo(): void {
    const engine = this.engine;
    if (engine?.editor.canUndo()) engine.editor.undo();
  }

  /** Redoes the last undone step, when there is one. */
  redo(): void {
    const engine = this.engine;
    if (engine?.editor.canRedo()) engine.editor.redo();
  }

  /** Zooms one step in (`1`) or out (`-1`). */
  zoom(direction: 1 | -1): void {
    if (this.engine) stepZoom(this.engine, direction);
  }

  /** Fits the current page into the view of the bound canvas (or the enclosing editor's canvas). */
  zoomToFit(): void {
    const target = findZoomTarget(this);
    if (target) void target.zoomToPage();
    else this.engine?.scene.setZoomLevel(1);
  }

  /** Arrow keys move the focus along the bar, as in an ARIA toolbar; Tab still works too. */
  private onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight' && event.key !== 'Home' && event.key !== 'End') return;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('button')];
    const index = buttons.indexOf(this.shadowRoot?.activeElement as HTMLButtonElement);
    if (index < 0) return;
    event.preventDefault();
    const next = event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1
      : (index + (event.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length;
    buttons[next]?.focus();
  }

  private button(part: string, label: string, icon: TemplateResult, enabled: boolean, action: () => void): TemplateResult {
    return html`<button
      class="icon-button"
      part="button ${part}"
      type="button"
      aria-label=${label}
      title=${label}
      aria-disabled=${enabled ? 'false' : 'true'}
      @click=${() => enabled && action()}
    >${icon}</button>`;
  }

  protected override render(): TemplateResult {
    const { t } = this.i18nBound;
    const engine = this.engine;
    const canUndo = engine?.editor.canUndo() ?? false;
    const canRedo = engine?.editor.canRedo() ?? false;
    const zoomLevel = engine?.scene.getZoomLevel() ?? 1;
    const hasEngine = engine !== undefined;
    // The embedded export menu gets our engine as a property (also when we are bound by `for`), not
    // through a context provider of our own: nested providers around the canvas are best avoided.
    return html`<div part="toolbar" class="toolbar" role="toolbar" aria-label=${t('toolbar.label')} @keydown=${this.onKeyDown}>
      <slot name="start"></slot>
      ${this.button('undo', t('toolbar.undo'), undoIcon, canUndo, () => this.undo())}
      ${this.button('redo', t('toolbar.redo'), redoIcon, canRedo, () => this.redo())}
      <span class="separator" aria-hidden="true"></span>
      ${this.button('zoom-out', t('toolbar.zoomOut'), zoomOutIcon, hasEngine, () => this.zoom(-1))}
      <span part="zoom-level" class="zoom-level" role="status" aria-label=${t('toolbar.zoomLevel')}>${t('toolbar.zoomPercent', { percent: Math.round(zoomLevel * 100) })}</span>
      ${this.button('zoom-in', t('toolbar.zoomIn'), zoomInIcon, hasEngine, () => this.zoom(1))}
      ${this.button('zoom-fit', t('toolbar.zoomToFit'), fitIcon, hasEngine, () => this.zoomToFit())}
      ${this.noExport ? nothing : html`<span class="separator" aria-hidden="true"></span><cesdk-export-menu part="export-menu" .engine=${engine}></cesdk-export-menu>`}
      <slot name="end"></slot>
    </div>`;
  }

  private get i18nBound(): { t: LocaleController['t'] } {
    return { t: (key, params) => this.i18n.t(key, params) };
  }
}
