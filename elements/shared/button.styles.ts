/**
 * The look of the shell's icon and text buttons (toolbar, navigator, editor), shared so they match.
 * Per-element knobs wrap these tokens, e.g. `--cesdk-toolbar-button-size`.
 */
import { css } from 'lit';

/** Base button styles: a square icon button (`.icon-button`) and a text button (`.text-button`). */
export const buttonStyles = css`
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  .icon-button,
  .text-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--cesdk-space-1, 4px);
    min-width: var(--cesdk-control-height, 32px);
    height: var(--cesdk-control-height, 32px);
    padding: 0 var(--cesdk-space-2, 8px);
    border: 1px solid transparent;
    border-radius: var(--cesdk-radius-small, 4px);
    background: transparent;
    color: var(--cesdk-color-text, #111827);
    font-size: var(--cesdk-font-size-medium, 14px);
    transition: background-color var(--cesdk-transition-duration, 120ms);
  }
  .icon-button {
    padding: 0;
  }
  .icon-button:hover,
  .text-button:hover {
    background: var(--cesdk-color-surface-hover, #eef0f3);
  }
  .icon-button[aria-pressed='true'],
  .text-button[aria-pressed='true'] {
    background: var(--cesdk-color-selected, #dbe6fe);
    color: var(--cesdk-color-on-selected, #0b2a7a);
  }
  .icon-button[aria-disabled='true'],
  .text-button[aria-disabled='true'] {
    opacity: 0.45;
    cursor: default;
  }
  .icon-button[aria-disabled='true']:hover,
  .text-button[aria-disabled='true']:hover {
    background: transparent;
  }
  .primary {
    background: var(--cesdk-color-primary, #1d4ed8);
    color: var(--cesdk-color-on-primary, #ffffff);
  }
  .primary:hover {
    background: var(--cesdk-color-primary, #1d4ed8);
    filter: brightness(1.1);
  }
  button:focus-visible {
    outline: var(--cesdk-focus-ring-width, 2px) solid var(--cesdk-color-focus, #1d4ed8);
    outline-offset: 2px;
  }
`;
