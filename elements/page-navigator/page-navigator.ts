import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { BlockEvent, DesignBlockId, Engine } from '../../core/engine/index.js';
import { EngineBinding } from '../shared/engine-binding.js';
import { EngineStateController } from '../shared/engine-state.js';
import { LocaleController } from '../shared/i18n.js';
import { deleteIcon, downIcon, duplicateIcon, plusIcon, upIcon } from '../shared/icons.js';
import { runCommand } from '../shared/run-command.js';
import { addPage, currentPageOf, deletePage, duplicatePage, movePage, pageOfBlock, pagesOf } from './page-actions.js';
import { pageNavigatorStyles } from './page-navigator.styles.js';
import { PageThumbnails } from './thumbnails.js';

/** Something that can show a page: the canvas or the editor (both have `zoomToPage`). */
interface PageViewer {
  zoomToPage(page?: DesignBlockId): unknown;
}

/**
 * The scene's pages with thumbnails: choose the current page, add, duplicate, delete and reorder
 * (drag a page, or use the move buttons from the keyboard). Each change is one undo step.
 *
 * @summary Page list with thumbnails: add, duplicate, delete, reorder.
 *
 * @csspart actions - The bar of page actions.
 * @csspart button - Every action button; also `add`, `duplicate`, `delete`, `move-up`, `move-down`.
 * @csspart list - The list of pages.
 * @csspart page - One page entry (`page current` for the current page).
 * @csspart thumbnail - A page's thumbnail image.
 *
 * @cssproperty --cesdk-page-navigator-thumbnail-width - Minimum width of a thumbnail column (120px).
 * @cssproperty --cesdk-page-navigator-thumbnail-background - Background behind thumbnails.
 */
export class CesdkPageNavigator extends LitElement {
  static override styles = pageNavigatorStyles;

  /** The id of an element that has an engine (e.g. a `<cesdk-canvas>`), when not inside an editor. */
  @property({ reflect: true, attribute: 'for' }) for: string | null = null;

  /** Overrides the inherited locale. */
  @property({ reflect: true }) locale: string | null = null;

  @state() private dragged: DesignBlockId | undefined;
  @state() private dropTarget: DesignBlockId | undefined;

  private readonly binding = new EngineBinding(this, { onChange: (engine) => this.onEngineChange(engine) });
  private readonly i18n = new LocaleController(this);
  private readonly state = new EngineStateController(this, {
    events: (events) => this.onBlockEvents(events),
    history: true,
    role: true,
  });
  private thumbnails: PageThumbnails | undefined;

  /** The engine in use; setting it overrides context and `for`. */
  get engine(): Engine | undefined {
    return this.binding.engine;
  }
  set engine(engine: Engine | undefined) {
    this.binding.setProperty(engine);
  }

  /** Resolves with the engine once the navigator has one. */
  get ready(): Promise<Engine> {
    return this.binding.ready;
  }

  /** Renders pending thumbnails now (for tests and for printing a page overview). */
  async updateThumbnails(): Promise<void> {
    await this.thumbnails?.flush();
    await this.updateComplete;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.engine && !this.thumbnails) this.onEngineChange(this.engine);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.thumbnails?.dispose();
    this.thumbnails = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for')) this.binding.setFor(this.for);
  }

  private onEngineChange(engine: Engine | undefined): void {
    this.state.setEngine(engine);
    this.thumbnails?.dispose();
    this.thumbnails = engine && this.isConnected ? new PageThumbnails(engine, () => this.requestUpdate()) : undefined;
    if (engine && engine.scene.get() !== null) this.thumbnails?.invalidate(pagesOf(engine));
  }

  private onBlockEvents(events: readonly BlockEvent[]): void {
    const engine = this.engine;
    if (!engine || !this.thumbnails) return;
    const changed = new Set<DesignBlockId>();
    let structural = false;
    for (const event of events) {
      if (event.type === 'Destroyed') structural = true;
      else {
        const page = pageOfBlock(engine, event.block);
        if (page !== undefined) changed.add(page);
        else structural = true;
      }
    }
    // A destroyed block no longer says which page it was on, so every page is redrawn.
    this.thumbnails.invalidate(structural && engine.scene.get() !== null ? pagesOf(engine) : changed);
    this.requestUpdate();
  }

  /** Makes `page` the current page and asks the canvas (or editor) to show it. */
  selectPage(page: DesignBlockId): void {
    const engine = this.engine;
    if (!engine || !engine.block.isValid(page)) return;
    if (runCommand(this, engine, 'Select page', () => (engine.scene.setCurrentPage(page), true)) === undefined) return;
    this.requestUpdate();
    this.viewer()?.zoomToPage(page);
  }

  private viewer(): PageViewer | undefined {
    const isViewer = (node: unknown): node is PageViewer => typeof (node as Partial<PageViewer> | null)?.zoomToPage === 'function';
    if (this.for) {
      const target = (this.getRootNode() as Document | ShadowRoot).getElementById?.(this.for);
      if (isViewer(target)) return target;
    }
    let node: Node | null = this.parentNode;
    while (node !== null) {
      if (isViewer(node)) return node;
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    return undefined;
  }

  private run(action: (engine: Engine, page: DesignBlockId) => DesignBlockId | boolean | undefined): void {
    const engine = this.engine;
    const page = engine ? currentPageOf(engine) : undefined;
    if (!engine || page === undefined) return;
    // The new current page is part of the command: a failure anywhere leaves pages and selection as they were.
    runCommand(this, engine, 'Pages', () => {
      const outcome = action(engine, page);
      if (typeof outcome === 'number' && engine.block.isValid(outcome)) {
        engine.scene.setCurrentPage(outcome);
        // Scrolling to the new page reads the engine too: inside the command, so its failure undoes the page as well.
        this.viewer()?.zoomToPage(outcome);
      }
      return outcome;
    });
    this.requestUpdate();
  }

  private onDragStart(event: DragEvent, page: DesignBlockId): void {
    this.dragged = page;
    event.dataTransfer?.setData('application/x-cesdk-page', String(page));
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
  }

  private onDragOver(event: DragEvent, page: DesignBlockId): void {
    if (this.dragged === undefined) return;
    event.preventDefault();
    this.dropTarget = page;
  }

  private onDrop(event: DragEvent, page: DesignBlockId): void {
    event.preventDefault();
    const engine = this.engine;
    const dragged = this.dragged;
    this.dragged = undefined;
    this.dropTarget = undefined;
    if (!engine || dragged === undefined) return;
    runCommand(this, engine, 'Move page', () => movePage(engine, dragged, pagesOf(engine).indexOf(page)));
  }

  private actionButton(part: string, label: string, icon: TemplateResult, enabled: boolean, action: () => void): TemplateResult {
    return html`<button class="icon-button" part="button ${part}" type="button" aria-label=${label} title=${label}
      aria-disabled=${enabled ? 'false' : 'true'} @click=${() => enabled && action()}>${icon}</button>`;
  }

  protected override render(): TemplateResult {
    const engine = this.engine;
    const t = (key: string, params?: Record<string, string | number>): string => this.i18n.t(key, params);
    if (!engine || engine.scene.get() === null) return html`<div part="list" role="status">${t('editor.loading')}</div>`;
    const pages = pagesOf(engine);
    const current = currentPageOf(engine);
    const index = current === undefined ? -1 : pages.indexOf(current);
    const editable = engine.editor.getRole() !== 'Viewer';
    return html`
      <div part="actions" class="actions" role="group" aria-label=${t('pages.label')}>
        ${this.actionButton('add', t('pages.add'), plusIcon, editable, () => this.run((e) => addPage(e)))}
        ${this.actionButton('duplicate', t('pages.duplicate'), duplicateIcon, editable && index >= 0, () => this.run(duplicatePage))}
        ${this.actionButton('delete', t('pages.delete'), deleteIcon, editable && pages.length > 1, () => this.run(deletePage))}
        ${this.actionButton('move-up', t('pages.moveUp'), upIcon, editable && index > 0, () => this.run((e, page) => movePage(e, page, index - 1)))}
        ${this.actionButton('move-down', t('pages.moveDown'), downIcon, editable && index >= 0 && index < pages.length - 1, () => this.run((e, page) => movePage(e, page, index + 1)))}
      </div>
      <ol part="list" aria-label=${t('pages.label')}>
        ${repeat(pages, (page) => page, (page, position) => this.renderPage(page, position, page === current, editable))}
      </ol>`;
  }

  private renderPage(page: DesignBlockId, position: number, isCurrent: boolean, editable: boolean): TemplateResult {
    const label = this.i18n.t('pages.page', { number: position + 1 });
    const url = this.thumbnails?.get(page);
    return html`<li
      part=${isCurrent ? 'page current' : 'page'}
      class=${this.dropTarget === page ? 'drop-target' : ''}
      @dragover=${(event: DragEvent) => this.onDragOver(event, page)}
      @dragleave=${() => { if (this.dropTarget === page) this.dropTarget = undefined; }}
      @drop=${(event: DragEvent) => this.onDrop(event, page)}
    >
      <button class="page-button" type="button" aria-current=${isCurrent ? 'page' : 'false'} draggable=${editable ? 'true' : 'false'}
        @dragstart=${(event: DragEvent) => this.onDragStart(event, page)} @dragend=${() => { this.dragged = undefined; this.dropTarget = undefined; }}
        @click=${() => this.selectPage(page)}>
        ${url ? html`<img part="thumbnail" class="thumbnail" src=${url} alt="" />` : html`<span class="placeholder" aria-hidden="true"></span>`}
        <span class="caption">${label}</span>
      </button>
    </li>`;
  }
}

