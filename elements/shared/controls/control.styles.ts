import { css } from 'lit';

/**
 * Styles shared by the form controls: a label row above the input, theme tokens with fallbacks that
 * keep WCAG AA contrast when no theme is loaded, and a visible focus ring.
 */
export const controlStyles = css`
  :host {
    display: block;
    font: inherit;
    color: var(--cesdk-color-text, #111827);
    min-width: 0;
  }
  :host([hidden]) {
    display: none;
  }
  .row {
    display: flex;
    align-items: center;
    gap: var(--cesdk-space-2, 8px);
    min-width: 0;
  }
  label,
  .label {
    display: block;
    font-size: var(--cesdk-font-size-small, 12px);
    color: var(--cesdk-color-text-muted, #4b5563);
    margin-block-end: var(--cesdk-space-1, 4px);
  }
  input,
  select,
  button {
    font: inherit;
    color: inherit;
    background: var(--cesdk-color-input-background, var(--cesdk-color-surface, #ffffff));
    border: 1px solid var(--cesdk-color-border, #6b7280);
    border-radius: var(--cesdk-radius-small, 4px);
    min-height: var(--cesdk-control-height, 32px);
    box-sizing: border-box;
  }
  input[type='number'],
  input[type='text'],
  select {
    padding: 2px var(--cesdk-space-1, 4px);
    min-width: 0;
  }
  input[type='range'] {
    flex: 1 1 auto;
    min-width: 60px;
    border: none;
    background: transparent;
    accent-color: var(--cesdk-color-primary, #1d4ed8);
  }
  :focus-visible {
    outline: var(--cesdk-focus-ring-width, 2px) solid var(--cesdk-color-focus, #1d4ed8);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
