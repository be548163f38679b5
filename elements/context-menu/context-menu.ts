import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cssProperties } from '../shared/css-properties.js';
import { contextMenuStyles } from './context-menu.styles.js';

/** One entry of a {@link CesdkContextMenu}. */
export interface ContextMenuItem {
  /** Passed to `onSelect` when chosen. */
  readonly id: string;
  /** The visible (and accessible) text. */
  readonly label: string;
  /** Disabled entries stay focusable (so they are discoverable) but do nothing. */
  readonly enabled: boolean;
  /** Draws a separator above the entry. */
  readonly separatorBefore?: boolean;
  /** The shortcut shown for information, e.g. `Ctrl+D`. */
  readonly shortcut?: string;
}

/**
 * A keyboard-accessible menu at a point: ArrowUp/ArrowDown/Home/End move, Enter or Space choose,
 * Escape or Tab close, and focus returns where it came from. The editor opens it on right-click over a
 * block, on Shift+F10 and on the ContextMenu key.
 *
 * @summary A popup menu of actions for the selected blocks.
 * @csspart menu - The menu surface.
 * @csspart item - Each entry.
 * @cssproperty --cesdk-context-menu-width - Minimum width (200px).
 */
export class CesdkContextMenu extends LitElement {
  static override styles = contextMenuStyles;

  /** The entries. */
  @property({ attribute: false }) items: readonly ContextMenuItem[] = [];

  /** The accessible name of the menu. */
  @property() label = '';

  /** Called with the chosen entry's id (after the menu closed). */
  @property({ attribute: false }) onSelect: ((id: string) => void) | undefined;

  @state() private position: { x: number; y: number } | undefined;
  private returnFocus: HTMLElement | undefined;

  /** Whether the menu is showing. */
  get isOpen(): boolean {
    return this.position !== undefined;
  }

  /**
   * Shows the menu with its top-left corner at (x, y) in the coordinates of the positioned ancestor,
   * focuses the first entry, and remembers `returnFocus` for when it closes.
   */
  async open(x: number, y: number, returnFocus?: HTMLElement): Promise<void> {
    this.returnFocus = returnFocus;
    this.position = { x: Math.max(0, x), y: Math.max(0, y) };
    document.addEventListener('pointerdown', this.onOutsidePointer, true);
    await this.updateComplete;
    this.keepInside();
    this.entries()[0]?.focus();
  }

  /** Hides the menu; `restoreFocus` returns focus to where it was before opening. */
  close(restoreFocus = true): void {
    if (!this.position) return;
    this.position = undefined;
    document.removeEventListener('pointerdown', this.onOutsidePointer, true);
    if (restoreFocus) this.returnFocus?.focus();
    this.returnFocus = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.close(false);
  }

  private readonly onOutsidePointer = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this.renderRoot.querySelector('.menu') as EventTarget)) this.close(false);
  };

  /** Moves the menu back inside its offset parent when it would overflow on the right or bottom. */
  private keepInside(): void {
    const menu = this.renderRoot.querySelector<HTMLElement>('.menu');
    const container = menu?.offsetParent as HTMLElement | null;
    if (!menu || !container || !this.position) return;
    const x = Math.max(0, Math.min(this.position.x, container.clientWidth - menu.offsetWidth));
    const y = Math.max(0, Math.min(this.position.y, container.clientHeight - menu.offsetHeight));
    if (x !== this.position.x || y !== this.position.y) this.position = { x, y };
  }

  private entries(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  }

  private choose(item: ContextMenuItem): void {
    if (!item.enabled) return;
    this.close(true);
    this.onSelect?.(item.id);
  }

  private onKeyDown(event: KeyboardEvent): void {
    const entries = this.entries();
    const index = entries.indexOf(this.shadowRoot?.activeElement as HTMLElement);
    let next: number | undefined;
    if (event.key === 'ArrowDown') next = (index + 1) % entries.length;
    else if (event.key === 'ArrowUp') next = (index - 1 + entries.length) % entries.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = entries.length - 1;
    else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.close(true);
      return;
    } else if (event.key === 'Tab') {
      this.close(true);
      return;
    }
    if (next !== undefined) {
      event.preventDefault();
      event.stopPropagation();
      entries[next]?.focus();
    }
  }

  protected override render(): TemplateResult {
    const position = this.position;
    return html`<div
      part="menu"
      class="menu"
      role="menu"
      aria-label=${this.label}
      ?hidden=${!position}
      style=${cssProperties(position ? { left: `${position.x}px`, top: `${position.y}px` } : {})}
      @keydown=${this.onKeyDown}
    >
      ${position ? this.items.map((item) => html`
        ${item.separatorBefore ? html`<div role="separator"></div>` : nothing}
        <button part="item" role="menuitem" type="button" tabindex="-1" aria-disabled=${item.enabled ? 'false' : 'true'}
          @click=${() => this.choose(item)}><span>${item.label}</span>${item.shortcut
            ? html`<span class="shortcut" aria-hidden="true">${item.shortcut}</span>` : nothing}</button>`) : nothing}
    </div>`;
  }
}
