import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { controlStyles } from './control.styles.js';
import { ControlChangeEvent } from './control-events.js';

/** One choice of a {@link CesdkSelect}. */
export interface SelectOption {
  /** The value reported in `cesdk-control-change`. */
  value: string;
  /** The text shown. */
  label: string;
}

let nextSelectId = 0;

/**
 * @summary A labelled native `<select>`: keyboard, screen readers and touch pickers work as the
 * platform makes them.
 *
 * @event cesdk-control-change - {@link ControlChangeEvent} with the chosen option's value.
 * @csspart select - The native select.
 */
export class CesdkSelect extends LitElement {
  static override styles = [
    controlStyles,
    css`
      select {
        width: 100%;
      }
    `,
  ];

  /** The visible label and accessible name. */
  @property() label = '';
  /** The selected option's value. */
  @property() value = '';
  /** The choices. */
  @property({ attribute: false }) options: readonly SelectOption[] = [];
  /** Shows an empty choice: several selected blocks disagree. */
  @property({ type: Boolean, reflect: true }) mixed = false;
  /** Disables the select. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  private readonly selectId = `cesdk-select-${nextSelectId++}`;

  private onChange(event: Event): void {
    event.stopPropagation();
    const value = (event.target as HTMLSelectElement).value;
    if (value === '') return;
    this.value = value;
    this.mixed = false;
    this.dispatchEvent(new ControlChangeEvent(value));
  }

  /**
   * The shown choice follows `value` after every render: `selected` attributes alone do not move a
   * choice the user made (an "Add effect" select reset to '' kept showing the effect just added).
   */
  protected override updated(): void {
    const select = this.renderRoot.querySelector('select');
    const shown = this.showsEmpty ? '' : this.value;
    if (select && select.value !== shown) select.value = shown;
  }

  /** Whether the empty choice shows: blocks disagree, or the value is none of the options. */
  private get showsEmpty(): boolean {
    return this.mixed || !this.options.some((option) => option.value === this.value);
  }

  protected override render() {
    const showEmpty = this.showsEmpty;
    return html`
      <label for=${this.selectId}>${this.label}</label>
      <select
        id=${this.selectId}
        part="select"
        ?disabled=${this.disabled}
        @change=${this.onChange}
        @input=${(event: Event) => event.stopPropagation()}
      >
        ${showEmpty ? html`<option value="" selected>—</option>` : null}
        ${this.options.map(
          (option) =>
            html`<option value=${option.value} ?selected=${!showEmpty && option.value === this.value}>${option.label}</option>`,
        )}
      </select>
    `;
  }
}
