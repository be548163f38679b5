import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { controlStyles } from './control.styles.js';
import { ControlChangeEvent } from './control-events.js';
import { clamp, formatNumber, parseNumber, readNumberField } from './number-format.js';

let nextFieldId = 0;

/**
 * @summary A labelled number box: type a value and press Enter (or leave the field), or step it with
 * the arrow keys (Shift steps ten times as far).
 *
 * Text that is not a number is rejected and the previous value comes back; values are clamped to
 * `min`/`max`. Each committed value fires one `cesdk-control-change`.
 *
 * @event cesdk-control-change - {@link ControlChangeEvent} with the committed number.
 * @csspart field - The text input.
 * @csspart unit - The unit suffix.
 * @cssproperty --cesdk-number-field-width - Width of the input (default 100%).
 */
export class CesdkNumberField extends LitElement {
  static override styles = [
    controlStyles,
    css`
      input {
        width: var(--cesdk-number-field-width, 100%);
      }
      .unit {
        font-size: var(--cesdk-font-size-small, 12px);
        color: var(--cesdk-color-text-muted, #4b5563);
      }
    `,
  ];

  /** The visible label and accessible name. */
  @property() label = '';
  /** The current value. */
  @property({ type: Number }) value = 0;
  /** Lowest accepted value. */
  @property({ type: Number }) min = Number.NEGATIVE_INFINITY;
  /** Highest accepted value. */
  @property({ type: Number }) max = Number.POSITIVE_INFINITY;
  /** Step for the arrow keys. */
  @property({ type: Number }) step = 1;
  /** Fraction digits shown. */
  @property({ type: Number }) decimals = 2;
  /** Unit suffix, e.g. `px` or `°`. */
  @property() unit = '';
  /** Shows an empty field: several selected blocks disagree. */
  @property({ type: Boolean, reflect: true }) mixed = false;
  /** Disables the input. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  private readonly inputId = `cesdk-number-field-${nextFieldId++}`;

  private commit(value: number, field: HTMLInputElement): void {
    const next = clamp(value, this.min, this.max);
    field.value = formatNumber(next, this.decimals);
    if (next === this.value && !this.mixed) return;
    this.value = next;
    this.mixed = false;
    this.dispatchEvent(new ControlChangeEvent(next));
  }

  private onChange(event: Event): void {
    event.stopPropagation();
    const field = event.target as HTMLInputElement;
    const value = readNumberField(field, this.mixed ? '' : formatNumber(this.value, this.decimals), this.min, this.max, this.decimals);
    if (value !== undefined) this.commit(value, field);
  }

  private onKeyDown(event: KeyboardEvent): void {
    const field = event.target as HTMLInputElement;
    if (event.key === 'Enter') {
      field.blur();
      return;
    }
    if (event.key === 'Escape') {
      field.value = this.mixed ? '' : formatNumber(this.value, this.decimals);
      return;
    }
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    const direction = event.key === 'ArrowUp' ? 1 : -1;
    const base = parseNumber(field.value) ?? this.value;
    const factor = event.shiftKey ? 10 : 1;
    this.commit(base + direction * this.step * factor, field);
  }

  protected override render() {
    return html`
      <label for=${this.inputId}>${this.label}</label>
      <div class="row">
        <input
          id=${this.inputId}
          part="field"
          type="text"
          inputmode="decimal"
          autocomplete="off"
          .value=${this.mixed ? '' : formatNumber(this.value, this.decimals)}
          placeholder=${this.mixed ? '—' : ''}
          ?disabled=${this.disabled}
          @change=${this.onChange}
          @input=${(event: Event) => event.stopPropagation()}
          @keydown=${this.onKeyDown}
        />
        ${this.unit ? html`<span class="unit" part="unit" aria-hidden="true">${this.unit}</span>` : null}
      </div>
    `;
  }
}
