import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { controlStyles } from './control.styles.js';
import { ControlChangeEvent, ControlInputEvent } from './control-events.js';
import { type RGBAColor, parseHex, toHex, toHexWithAlpha } from './color.js';
import { formatNumber } from './number-format.js';

let nextPickerId = 0;

/**
 * @summary A colour picker with alpha: the platform colour input for hue and value, an opacity slider
 * and a hex field (`#rrggbb` or `#rrggbbaa`) for typing exact colours.
 *
 * Values are the engine's RGBA colours (channels 0..1). While the native dialog or the alpha slider is
 * moving it fires `cesdk-control-input`; the final colour fires `cesdk-control-change`.
 *
 * @event cesdk-control-input - {@link ControlInputEvent} with the live {@link RGBAColor}.
 * @event cesdk-control-change - {@link ControlChangeEvent} with the final {@link RGBAColor}.
 * @csspart swatch - The native colour input.
 * @csspart alpha - The alpha slider.
 * @csspart hex - The hex text field.
 */
export class CesdkColorPicker extends LitElement {
  static override styles = [
    controlStyles,
    css`
      input[type='color'] {
        flex: 0 0 auto;
        width: 36px;
        height: 28px;
        padding: 1px;
        cursor: pointer;
      }
      .hex {
        flex: 0 0 auto;
        width: var(--cesdk-color-picker-hex-width, 84px);
        font-family: var(--cesdk-font-family-monospace, ui-monospace, monospace);
      }
    `,
  ];

  /** The visible label and accessible name of the colour input. */
  @property() label = '';
  /** Accessible name of the alpha slider. */
  @property({ attribute: 'alpha-label' }) alphaLabel = 'Opacity';
  /** Accessible name of the hex field. */
  @property({ attribute: 'hex-label' }) hexLabel = 'Hex';
  /** The colour. */
  @property({ attribute: false }) value: RGBAColor = { r: 0, g: 0, b: 0, a: 1 };
  /** Several selected blocks disagree. */
  @property({ type: Boolean, reflect: true }) mixed = false;
  /** Disables all inputs. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  private readonly inputId = `cesdk-color-${nextPickerId++}`;

  private emit(value: RGBAColor, final: boolean): void {
    this.value = value;
    this.mixed = false;
    this.dispatchEvent(final ? new ControlChangeEvent(value) : new ControlInputEvent(value));
  }

  private onColor(event: Event, final: boolean): void {
    event.stopPropagation();
    const parsed = parseHex((event.target as HTMLInputElement).value, this.value.a);
    if (parsed) this.emit(parsed, final);
  }

  private onAlpha(event: Event, final: boolean): void {
    event.stopPropagation();
    const alpha = Number((event.target as HTMLInputElement).value) / 100;
    this.emit({ ...this.value, a: alpha }, final);
  }

  private onHexChange(event: Event): void {
    event.stopPropagation();
    const field = event.target as HTMLInputElement;
    const parsed = parseHex(field.value, this.value.a);
    if (!parsed) {
      field.value = this.mixed ? '' : toHexWithAlpha(this.value);
      return;
    }
    this.emit(parsed, true);
  }

  protected override render() {
    const alphaPercent = Math.round(this.value.a * 100);
    return html`
      <label for=${this.inputId}>${this.label}</label>
      <div class="row">
        <input
          id=${this.inputId}
          part="swatch"
          type="color"
          .value=${toHex(this.value)}
          ?disabled=${this.disabled}
          @input=${(event: Event) => this.onColor(event, false)}
          @change=${(event: Event) => this.onColor(event, true)}
        />
        <input
          part="alpha"
          type="range"
          min="0"
          max="100"
          step="1"
          aria-label=${`${this.label} ${this.alphaLabel}`}
          aria-valuetext=${`${formatNumber(alphaPercent, 0)}%`}
          .value=${String(alphaPercent)}
          ?disabled=${this.disabled}
          @input=${(event: Event) => this.onAlpha(event, false)}
          @change=${(event: Event) => this.onAlpha(event, true)}
        />
        <input
          class="hex"
          part="hex"
          type="text"
          spellcheck="false"
          autocomplete="off"
          aria-label=${`${this.label} ${this.hexLabel}`}
          .value=${this.mixed ? '' : toHexWithAlpha(this.value)}
          placeholder=${this.mixed ? '—' : ''}
          ?disabled=${this.disabled}
          @input=${(event: Event) => event.stopPropagation()}
          @change=${this.onHexChange}
          @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && (event.target as HTMLInputElement).blur()}
        />
      </div>
    `;
  }
}
