import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { controlStyles } from './control.styles.js';
import { ControlChangeEvent } from './control-events.js';

/**
 * @summary An on/off switch (`role="switch"`), toggled by click, Space or Enter.
 *
 * @event cesdk-control-change - {@link ControlChangeEvent} with the new `boolean`.
 * @csspart switch - The button.
 * @csspart track - The visual track.
 * @cssproperty --cesdk-toggle-on-color - Track colour when on.
 */
export class CesdkToggle extends LitElement {
  static override styles = [
    controlStyles,
    css`
      button {
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: var(--cesdk-space-2, 8px);
        width: 100%;
        border: none;
        background: transparent;
        padding: 2px 0;
        cursor: pointer;
        text-align: start;
      }
      .track {
        flex: 0 0 auto;
        width: 32px;
        height: 18px;
        border-radius: 9px;
        border: 1px solid var(--cesdk-color-border, #6b7280);
        background: var(--cesdk-color-surface-sunken, #e5e7eb);
        position: relative;
        box-sizing: border-box;
      }
      .track::after {
        content: '';
        position: absolute;
        top: 2px;
        left: 2px;
        width: 12px;
        height: 12px;
        border-radius: 50%;
        background: var(--cesdk-color-text-muted, #4b5563);
        transition: transform 120ms ease;
      }
      button[aria-checked='true'] .track {
        background: var(--cesdk-toggle-on-color, var(--cesdk-color-primary, #1d4ed8));
        border-color: transparent;
      }
      button[aria-checked='true'] .track::after {
        transform: translateX(14px);
        background: var(--cesdk-color-on-primary, #ffffff);
      }
      button.mixed .track::after {
        transform: translateX(7px);
      }
      button:disabled {
        cursor: default;
        opacity: 0.6;
      }
    `,
  ];

  /** The visible label and accessible name. */
  @property() label = '';
  /** Whether the switch is on. */
  @property({ type: Boolean, reflect: true }) checked = false;
  /** Several selected blocks disagree. */
  @property({ type: Boolean, reflect: true }) mixed = false;
  /** Disables the switch. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  private onClick(): void {
    this.checked = this.mixed ? true : !this.checked;
    this.mixed = false;
    this.dispatchEvent(new ControlChangeEvent(this.checked));
  }

  protected override render() {
    return html`
      <button
        part="switch"
        type="button"
        role="switch"
        class=${this.mixed ? 'mixed' : ''}
        aria-checked=${this.mixed ? 'false' : String(this.checked)}
        ?disabled=${this.disabled}
        @click=${this.onClick}
      >
        <span>${this.label}</span><span class="track" part="track" aria-hidden="true"></span>
      </button>
    `;
  }
}
