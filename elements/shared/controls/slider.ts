import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { controlStyles } from './control.styles.js';
import { ControlChangeEvent, ControlInputEvent } from './control-events.js';
import { formatNumber, readNumberField } from './number-format.js';

let nextSliderId = 0;

/**
 * @summary A labelled range slider with a number box beside it.
 *
 * Dragging fires `cesdk-control-input` for every step and one `cesdk-control-change` on release; the
 * panels turn that run into one undo step with `engine.editor.beginGesture`. Arrow keys, Page Up/Down,
 * Home and End work as on any native range input; the number box commits on Enter or blur.
 *
 * @event cesdk-control-input - {@link ControlInputEvent} with the live number while dragging.
 * @event cesdk-control-change - {@link ControlChangeEvent} with the final number.
 * @csspart slider - The range input.
 * @csspart field - The number box.
 * @csspart unit - The unit after the number box.
 * @cssproperty --cesdk-slider-field-width - Width of the number box (default 56px).
 */
export class CesdkSlider extends LitElement {
  static override styles = [
    controlStyles,
    css`
      .field {
        width: var(--cesdk-slider-field-width, 56px);
        flex: 0 0 auto;
      }
      .unit {
        flex: 0 0 auto;
        min-width: 1em;
        font-size: var(--cesdk-font-size-small, 12px);
        color: var(--cesdk-color-text-muted, #4b5563);
      }
    `,
  ];

  /** The visible label, also the accessible name of both inputs. */
  @property() label = '';
  /** The current value. */
  @property({ type: Number }) value = 0;
  /** Lowest value. */
  @property({ type: Number }) min = 0;
  /** Highest value. */
  @property({ type: Number }) max = 100;
  /** Step between values. */
  @property({ type: Number }) step = 1;
  /** Fraction digits shown in the number box. */
  @property({ type: Number }) decimals = 2;
  /** Unit shown after the number for screen readers and sighted users (e.g. `%`, `°`). */
  @property() unit = '';
  /** Shows the value as mixed (several blocks with different values are selected). */
  @property({ type: Boolean, reflect: true }) mixed = false;
  /** Disables both inputs. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  private readonly inputId = `cesdk-slider-${nextSliderId++}`;

  private onRangeInput(event: Event): void {
    event.stopPropagation();
    const value = Number((event.target as HTMLInputElement).value);
    this.value = value;
    this.mixed = false;
    this.dispatchEvent(new ControlInputEvent(value));
  }

  private onRangeChange(event: Event): void {
    event.stopPropagation();
    const value = Number((event.target as HTMLInputElement).value);
    this.value = value;
    this.mixed = false;
    this.dispatchEvent(new ControlChangeEvent(value));
  }

  private onFieldChange(event: Event): void {
    event.stopPropagation();
    const field = event.target as HTMLInputElement;
    const value = readNumberField(field, this.mixed ? '' : formatNumber(this.value, this.decimals), this.min, this.max, this.decimals);
    if (value === undefined) return;
    this.value = value;
    this.mixed = false;
    this.dispatchEvent(new ControlChangeEvent(value));
  }

  private onFieldKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Enter') (event.target as HTMLInputElement).blur();
  }

  // The range's value is bound after min, max and step: Lit commits bindings in order, and a value
  // set under the default 0..100 range in steps of 1 is rounded (0.5 became 1 on the first render).
  protected override render() {
    const text = this.mixed ? '' : formatNumber(this.value, this.decimals);
    return html`
      <label class="label" for=${this.inputId}>${this.label}</label>
      <div class="row">
        <input
          id=${this.inputId}
          part="slider"
          type="range"
          min=${this.min}
          max=${this.max}
          step=${this.step}
          .value=${String(this.mixed ? this.min : this.value)}
          ?disabled=${this.disabled}
          aria-valuetext=${this.mixed ? '—' : `${text}${this.unit}`}
          @input=${this.onRangeInput}
          @change=${this.onRangeChange}
        />
        <input
          part="field"
          type="text"
          inputmode="decimal"
          class="field"
          aria-label=${this.label}
          .value=${text}
          placeholder=${this.mixed ? '—' : ''}
          ?disabled=${this.disabled}
          @change=${this.onFieldChange}
          @input=${(event: Event) => event.stopPropagation()}
          @keydown=${this.onFieldKeyDown}
        />
        ${this.unit ? html`<span class="unit" part="unit" aria-hidden="true">${this.unit}</span>` : null}
      </div>
    `;
  }
}
