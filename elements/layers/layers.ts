import { renderLayerIcon } from './layer-icon.js';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { cssProperties } from '../shared/css-properties.js';
import { runCommand } from '../shared/run-command.js';
import type { DesignBlockId, Engine } from '../../core/engine/index.js';
import { PanelElement, panelThemeStyles } from '../shared/controls/panel-element.js';
import type { EngineStateSlices } from '../shared/engine-state.js';
import { CesdkErrorEvent } from '../shared/events.js';
import { CesdkError } from '../../core/engine/index.js';
import {
  type DropPlacement,
  type LayerRow,
  currentPage,
  defaultNameKey,
  dropDestination,
  flattenLayers,
} from './layer-tree.js';
import { isBlockLocked, moveBlock, renameBlock, setBlockLocked, setBlockVisible } from './layer-actions.js';
import { layersStyles } from './layers.styles.js';

const DRAG_TYPE = 'application/x-cesdk-layer';
/** From this many rows on, only the rows in view are rendered. */
const VIRTUALIZE_FROM = 200;
/** Rows rendered above and below the visible ones. */
const OVERSCAN = 10;
/** Rows rendered before the panel has been laid out. */
const INITIAL_WINDOW = 60;
const DEFAULT_ROW_HEIGHT = 32;

const eyeIcon = svg`<path d="M1 8s2.5-5 7-5 7 5 7 5-2.5 5-7 5-7-5-7-5z"/><circle cx="8" cy="8" r="2"/>`;
const eyeOffIcon = svg`<path d="M1 8s2.5-5 7-5 7 5 7 5-2.5 5-7 5-7-5-7-5z"/><path d="M2 2l12 12"/>`;
const lockIcon = svg`<rect x="3" y="7" width="10" height="7" rx="1"/><path d="M5 7V5a3 3 0 0 1 6 0v2"/>`;
const unlockIcon = svg`<rect x="3" y="7" width="10" height="7" rx="1"/><path d="M5 7V5a3 3 0 0 1 5.8-1"/>`;

/**
 * @summary The block tree of the current page as an ARIA tree (a flat list of `treeitem`s with
 * `aria-level`, `aria-posinset`, `aria-setsize` and `aria-expanded`): select, reorder by dragging (or
 * Alt+Arrow keys), rename (double-click or F2), show/hide and lock/unlock.
 *
 * Front-most blocks are listed first. Keyboard: Up/Down move between rows, Right/Left expand, collapse
 * or go to the parent, Home/End jump, Enter or Space selects (Ctrl/Cmd/Shift adds), F2 renames,
 * Alt+Up/Down moves the block forward/backward, Tab reaches the row's visibility and lock buttons.
 * Every edit is one undo step.
 *
 * Finds its engine through the `engine` property, an enclosing provider (`<cesdk-editor>`) or
 * `for="<canvas id>"`.
 *
 * @event cesdk-error - A refused edit (e.g. a locked scope), as {@link CesdkErrorEvent}.
 * @csspart tree - The `role="tree"` list.
 * @csspart row - Each row.
 * @csspart name - A row's name.
 * @csspart layer-thumbnail - A row's picture: the image of an image layer, else an icon of its kind.
 * @csspart visibility - A row's show/hide button.
 * @csspart lock - A row's lock button.
 * @cssproperty --cesdk-layers-background - Panel background.
 * @cssproperty --cesdk-layers-row-height - Row height.
 */
export class CesdkLayers extends PanelElement {
  static override styles = [panelThemeStyles, layersStyles];

  @state() private collapsed = new Set<DesignBlockId>();
  @state() private activeId: DesignBlockId | undefined;
  @state() private renamingId: DesignBlockId | undefined;
  @state() private dropHint: { id: DesignBlockId; placement: DropPlacement } | undefined;
  private draggedId: DesignBlockId | undefined;
  private focusAfterUpdate = false;
  /** Row index the window must include (a row focused by keyboard outside the visible part). */
  private pinnedIndex: number | undefined;
  private rowHeight = DEFAULT_ROW_HEIGHT;
  private scrollFrame: number | undefined;
  private rowCount = 0;

  private readonly onViewportChange = (): void => {
    if (this.rowCount < VIRTUALIZE_FROM || this.scrollFrame !== undefined) return;
    this.scrollFrame = requestAnimationFrame(() => {
      this.scrollFrame = undefined;
      this.pinnedIndex = undefined;
      this.requestUpdate();
    });
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // Capture: any scrolling ancestor (the panel itself, an editor sheet, the page) moves the window.
    window.addEventListener('scroll', this.onViewportChange, { capture: true, passive: true });
    window.addEventListener('resize', this.onViewportChange, { passive: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('scroll', this.onViewportChange, { capture: true });
    window.removeEventListener('resize', this.onViewportChange);
    if (this.scrollFrame !== undefined) cancelAnimationFrame(this.scrollFrame);
    this.scrollFrame = undefined;
  }

  /**
   * The rows to render: all of them for small trees; for large ones only those in view (plus some
   * overscan), so a page with thousands of blocks stays fast. Spacers keep the scroll height.
   */
  private visibleRange(count: number): [number, number] {
    if (count < VIRTUALIZE_FROM) return [0, count];
    const tree = this.renderRoot.querySelector<HTMLElement>('[role=tree]');
    let start = 0;
    let end = Math.min(count, INITIAL_WINDOW);
    if (tree) {
      const treeTop = tree.getBoundingClientRect().top;
      const hostBox = this.getBoundingClientRect();
      const top = Math.max(hostBox.top, 0);
      const bottom = Math.min(hostBox.bottom, window.innerHeight);
      if (bottom > top) {
        start = Math.floor((top - treeTop) / this.rowHeight) - OVERSCAN;
        end = Math.ceil((bottom - treeTop) / this.rowHeight) + OVERSCAN;
      }
    }
    const pinned = this.pinnedIndex;
    if (pinned !== undefined && (pinned < start || pinned >= end)) {
      const span = Math.max(end - start, INITIAL_WINDOW);
      start = pinned - Math.floor(span / 2);
      end = start + span;
    }
    start = Math.max(0, Math.min(start, count - 1));
    end = Math.max(start + 1, Math.min(end, count));
    return [start, end];
  }

  /** The page listed last. */
  private shownPage: DesignBlockId | undefined;

  protected override engineSlices(): EngineStateSlices {
    return {
      events: true,
      selection: true,
      role: true,
      // Switching pages sets no block property; the navigator zooms to the new page, so a zoom change
      // is the moment to check whether the listed page is still the current one.
      zoom: (_level, engine) => {
        if (currentPage(engine) !== this.shownPage) this.requestUpdate();
      },
    };
  }

  protected override engineChanged(): void {
    this.collapsed = new Set();
    this.activeId = undefined;
    this.renamingId = undefined;
  }

  /** The rows currently listed (expanded branches only), front-most first. */
  get rows(): LayerRow[] {
    const engine = this.engine;
    if (!engine) return [];
    const page = currentPage(engine);
    return page === undefined ? [] : flattenLayers(engine, page, this.collapsed);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const firstItem = this.renderRoot.querySelector<HTMLElement>(`[role='treeitem']`);
    if (firstItem && firstItem.offsetHeight > 0) this.rowHeight = firstItem.offsetHeight;
    if (this.focusAfterUpdate) {
      this.focusAfterUpdate = false;
      const selector = this.renamingId !== undefined ? 'input.rename' : `[role='treeitem'][tabindex='0']`;
      const target = this.renderRoot.querySelector<HTMLElement>(selector);
      target?.scrollIntoView?.({ block: 'nearest' });
      target?.focus({ preventScroll: true });
      if (target instanceof HTMLInputElement) target.select();
    }
  }

  private name(engine: Engine, id: DesignBlockId): string {
    const own = engine.block.getName(id);
    return own !== '' ? own : this.t(`layers.type.${defaultNameKey(engine, id)}`);
  }

  /** Runs a layer action as one command (rolled back and reported as `cesdk-error` if it throws). */
  private attempt(action: (engine: Engine) => void): void {
    const engine = this.engine;
    if (!engine) return;
    runCommand(this, engine, 'Layers', () => action(engine));
  }

  private select(id: DesignBlockId, additive: boolean): void {
    this.attempt((engine) => {
      if (additive) engine.block.setSelected(id, !engine.block.isSelected(id));
      else engine.block.select(id);
    });
    this.activeId = id;
  }

  private focusRow(id: DesignBlockId): void {
    this.activeId = id;
    this.focusAfterUpdate = true;
    const index = this.rows.findIndex((row) => row.id === id);
    this.pinnedIndex = index >= 0 ? index : undefined;
  }

  /** The Viewer role may look and select, not change. */
  private get readOnly(): boolean {
    return this.engine?.editor.getRole() === 'Viewer';
  }

  private startRename(id: DesignBlockId): void {
    if (this.readOnly) return;
    this.renamingId = id;
    this.activeId = id;
    this.focusAfterUpdate = true;
  }

  private finishRename(id: DesignBlockId, value: string | undefined): void {
    if (this.renamingId !== id) return;
    this.renamingId = undefined;
    if (value !== undefined) this.attempt((engine) => renameBlock(engine, id, value));
    this.focusRow(id);
  }

  private onTreeKeyDown(event: KeyboardEvent): void {
    const engine = this.engine;
    if (!engine || this.renamingId !== undefined) return;
    const item = (event.target as Element).closest?.('[role="treeitem"]');
    if (!item || item !== event.target) return;
    const rows = this.rows;
    const index = rows.findIndex((row) => row.id === this.activeId);
    const row = rows[index];
    if (!row) return;
    const handled = (): void => {
      event.preventDefault();
      event.stopPropagation();
    };
    switch (event.key) {
      case 'ArrowDown':
        handled();
        if (event.altKey) this.attempt((e) => e.editor.transact('Send backward', () => e.block.sendBackward(row.id)));
        else if (rows[index + 1]) this.focusRow(rows[index + 1]!.id);
        break;
      case 'ArrowUp':
        handled();
        if (event.altKey) this.attempt((e) => e.editor.transact('Bring forward', () => e.block.bringForward(row.id)));
        else if (rows[index - 1]) this.focusRow(rows[index - 1]!.id);
        break;
      case 'ArrowRight':
        handled();
        if (row.hasChildren && !row.expanded) this.setCollapsed(row.id, false);
        else if (row.expanded && rows[index + 1]) this.focusRow(rows[index + 1]!.id);
        break;
      case 'ArrowLeft':
        handled();
        if (row.expanded) this.setCollapsed(row.id, true);
        else if (row.level > 1) this.focusRow(row.parent);
        break;
      case 'Home':
        handled();
        if (rows[0]) this.focusRow(rows[0].id);
        break;
      case 'End':
        handled();
        if (rows.length > 0) this.focusRow(rows[rows.length - 1]!.id);
        break;
      case 'Enter':
      case ' ':
        handled();
        this.select(row.id, event.shiftKey || event.ctrlKey || event.metaKey);
        break;
      case 'F2':
        handled();
        this.startRename(row.id);
        break;
      default:
        break;
    }
    // Keep the engine events flowing before the re-render reads the tree.
    engine.event.flush?.();
  }

  private setCollapsed(id: DesignBlockId, collapsed: boolean): void {
    const next = new Set(this.collapsed);
    if (collapsed) next.add(id);
    else next.delete(id);
    this.collapsed = next;
    this.focusRow(id);
  }

  private onFocusIn(event: FocusEvent): void {
    const item = (event.target as Element).closest?.('[role="treeitem"]') as HTMLElement | null;
    const id = item ? Number(item.dataset.block) : NaN;
    if (Number.isFinite(id) && id !== this.activeId && item === event.target) this.activeId = id;
  }

  private onDragStart(event: DragEvent, id: DesignBlockId): void {
    if (this.renamingId !== undefined || !event.dataTransfer) return;
    this.draggedId = id;
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData(DRAG_TYPE, String(id));
    event.dataTransfer.setData('text/plain', this.engine ? this.name(this.engine, id) : String(id));
  }

  private placementFor(event: DragEvent, row: LayerRow, element: HTMLElement): DropPlacement {
    const box = element.getBoundingClientRect();
    const offset = (event.clientY - box.top) / Math.max(1, box.height);
    const engine = this.engine;
    const isContainer = engine !== undefined && engine.block.getType(row.id).endsWith('/group');
    if (isContainer && offset > 0.25 && offset < 0.75) return 'inside';
    return offset < 0.5 ? 'before' : 'after';
  }

  private onDragOver(event: DragEvent, row: LayerRow): void {
    const engine = this.engine;
    const dragged = this.draggedId ?? Number(event.dataTransfer?.getData(DRAG_TYPE) || NaN);
    if (!engine || !Number.isFinite(dragged) || !event.dataTransfer?.types.includes(DRAG_TYPE)) return;
    const placement = this.placementFor(event, row, event.currentTarget as HTMLElement);
    if (dropDestination(engine, dragged, row.id, placement) === undefined) {
      this.dropHint = undefined;
      return;
    }
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    const current = this.dropHint;
    if (current === undefined || current.id !== row.id || current.placement !== placement) this.dropHint = { id: row.id, placement };
  }

  private onDrop(event: DragEvent, row: LayerRow): void {
    const engine = this.engine;
    const dragged = Number(event.dataTransfer?.getData(DRAG_TYPE) || this.draggedId);
    this.dropHint = undefined;
    this.draggedId = undefined;
    if (!engine || !Number.isFinite(dragged) || !engine.block.isValid(dragged)) return;
    event.preventDefault();
    const placement = this.placementFor(event, row, event.currentTarget as HTMLElement);
    const destination = dropDestination(engine, dragged, row.id, placement);
    if (!destination) return;
    this.attempt((e) => moveBlock(e, dragged, destination.parent, destination.index));
    this.focusRow(dragged);
  }

  private onDragEnd(): void {
    this.draggedId = undefined;
    this.dropHint = undefined;
  }

  private renderIconButton(
    part: string,
    label: string,
    pressed: boolean,
    icon: TemplateResult,
    tabbable: boolean,
    onClick: () => void,
  ): TemplateResult {
    return html`<button
      type="button"
      ?disabled=${this.readOnly}
      part=${part}
      aria-label=${label}
      aria-pressed=${String(pressed)}
      tabindex=${tabbable ? 0 : -1}
      @click=${(event: Event) => {
        event.stopPropagation();
        onClick();
      }}
      @dblclick=${(event: Event) => event.stopPropagation()}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true">${icon}</svg>
    </button>`;
  }

  private renderItem(engine: Engine, row: LayerRow): TemplateResult {
    const id = row.id;
    const name = this.name(engine, id);
    const visible = engine.block.isVisible(id);
    const locked = isBlockLocked(engine, id);
    const active = id === this.activeId;
    const indent = row.level <= 5 ? `indent-${row.level}` : 'indent-deep';
    const dropHint = this.dropHint;
    const hint = dropHint !== undefined && dropHint.id === id ? `drop-${dropHint.placement}` : '';
    const states = [!visible ? this.t('layers.state.hidden') : '', locked ? this.t('layers.state.locked') : '']
      .filter((text) => text !== '')
      .join(', ');
    return html`<li
      role="treeitem"
      data-block=${id}
      aria-level=${row.level}
      aria-posinset=${row.position}
      aria-setsize=${row.siblingCount}
      aria-selected=${String(engine.block.isSelected(id))}
      aria-expanded=${row.hasChildren ? String(row.expanded) : nothing}
      aria-labelledby=${`name-${id} state-${id}`}
      tabindex=${active ? 0 : -1}
    >
      <div
        class="row ${indent} ${hint}"
        part="row"
        draggable=${this.renamingId === id || this.readOnly ? 'false' : 'true'}
        @click=${(event: MouseEvent) => this.select(id, event.shiftKey || event.ctrlKey || event.metaKey)}
        @dblclick=${() => this.startRename(id)}
        @dragstart=${(event: DragEvent) => this.onDragStart(event, id)}
        @dragover=${(event: DragEvent) => this.onDragOver(event, row)}
        @dragleave=${() => this.dropHint?.id === id && (this.dropHint = undefined)}
        @drop=${(event: DragEvent) => this.onDrop(event, row)}
        @dragend=${this.onDragEnd}
      >
        <span class="twisty" aria-hidden="true" @click=${(event: Event) => {
          if (!row.hasChildren) return;
          event.stopPropagation();
          this.setCollapsed(id, row.expanded);
        }}>${row.hasChildren ? (row.expanded ? '▾' : '▸') : ''}</span>
        ${renderLayerIcon(engine, id)}
        ${this.renamingId === id
          ? html`<input
              class="rename"
              type="text"
              aria-label=${this.t('layers.nameField')}
              .value=${engine.block.getName(id) || name}
              @click=${(event: Event) => event.stopPropagation()}
              @keydown=${(event: KeyboardEvent) => {
                event.stopPropagation();
                if (event.key === 'Enter') this.finishRename(id, (event.target as HTMLInputElement).value);
                if (event.key === 'Escape') this.finishRename(id, undefined);
              }}
              @blur=${(event: Event) => this.finishRename(id, (event.target as HTMLInputElement).value)}
            />`
          : html`<span class="name ${visible ? '' : 'is-hidden'}" part="name" id=${`name-${id}`}>${name}</span>`}
        <span class="visually-hidden" id=${`state-${id}`}>${states ? `, ${states}` : ''}</span>
        ${this.renderIconButton('visibility', this.t('layers.hide', { name }), !visible, visible ? eyeIcon : eyeOffIcon, active, () =>
          this.attempt((e) => setBlockVisible(e, id, !visible)),
        )}
        ${this.renderIconButton('lock', this.t('layers.lock', { name }), locked, locked ? lockIcon : unlockIcon, active, () =>
          this.attempt((e) => setBlockLocked(e, id, !locked)),
        )}
      </div>
    </li>`;
  }

  protected override render() {
    const engine = this.engine;
    const page = engine ? currentPage(engine) : undefined;
    this.shownPage = page;
    if (!engine || page === undefined) {
      return html`<h2 class="heading">${this.t('layers.label')}</h2><p class="empty">${this.t('layers.noScene')}</p>`;
    }
    const rows = flattenLayers(engine, page, this.collapsed);
    this.rowCount = rows.length;
    if (rows.length > 0 && !rows.some((row) => row.id === this.activeId)) {
      const selected = rows.find((row) => engine.block.isSelected(row.id));
      this.activeId = (selected ?? rows[0]!).id;
    }
    const [start, end] = this.visibleRange(rows.length);
    const before = start * this.rowHeight;
    const after = (rows.length - end) * this.rowHeight;
    return html`
      <h2 class="heading" id="heading">${this.t('layers.label')}</h2>
      ${rows.length === 0
        ? html`<p class="empty">${this.t('layers.empty')}</p>`
        : html`<ul
            role="tree"
            part="tree"
            aria-labelledby="heading"
            aria-multiselectable="true"
            @keydown=${this.onTreeKeyDown}
            @focusin=${this.onFocusIn}
          >
            ${before > 0 ? html`<li role="none" aria-hidden="true" class="spacer" style=${cssProperties({ height: `${before}px` })}></li>` : nothing}
            ${repeat(rows.slice(start, end), (row) => row.id, (row) => this.renderItem(engine, row))}
            ${after > 0 ? html`<li role="none" aria-hidden="true" class="spacer" style=${cssProperties({ height: `${after}px` })}></li>` : nothing}
          </ul>`}
    `;
  }
}
