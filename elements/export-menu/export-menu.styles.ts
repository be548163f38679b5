import { css } from 'lit';
import { buttonStyles } from '../shared/button.styles.js';

/** Styles of `<cesdk-export-menu>`. */
export const exportMenuStyles = [
  buttonStyles,
  css`
    :host {
      display: inline-block;
      position: relative;
      color: var(--cesdk-color-text, #111827);
      font-family: var(--cesdk-font-family, system-ui, sans-serif);
      font-size: var(--cesdk-font-size-medium, 14px);
    }
    :host([hidden]) {
      display: none;
    }
    .panel {
      position: absolute;
      right: 0;
      top: calc(100% + var(--cesdk-space-1, 4px));
      z-index: 10;
      display: grid;
      gap: var(--cesdk-space-2, 8px);
      width: var(--cesdk-export-menu-width, 280px);
      padding: var(--cesdk-space-3, 12px);
      border: 1px solid var(--cesdk-color-border, #c9ced6);
      border-radius: var(--cesdk-radius-medium, 8px);
      background: var(--cesdk-export-menu-background, var(--cesdk-color-surface, #ffffff));
      box-shadow: var(--cesdk-shadow-popover, 0 8px 24px rgb(0 0 0 / 0.16));
    }
    label {
      display: grid;
      gap: 2px;
    }
    label.inline {
      display: flex;
      align-items: center;
      gap: var(--cesdk-space-2, 8px);
    }
    select,
    input[type='number'] {
      font: inherit;
      height: var(--cesdk-control-height, 32px);
      padding: 0 var(--cesdk-space-2, 8px);
      border: 1px solid var(--cesdk-color-border, #c9ced6);
      border-radius: var(--cesdk-radius-small, 4px);
      /* The theme's own surface and text, so a dark theme never gets light text on a white field. */
      background: var(--cesdk-color-surface, #ffffff);
      color: var(--cesdk-color-text, #111827);
      color-scheme: var(--cesdk-color-scheme, light);
    }
    .row {
      display: flex;
      gap: var(--cesdk-space-2, 8px);
    }
    .row > * {
      flex: 1;
    }
    .hint,
    .status {
      color: var(--cesdk-color-text-muted, #4b5563);
      font-size: var(--cesdk-font-size-small, 12px);
    }
    .progress {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--cesdk-space-2, 8px);
    }
    /* The bar takes its own row: a video's frame count and time left would squeeze it to a sliver. */
    progress {
      flex: 1 0 100%;
      accent-color: var(--cesdk-export-menu-progress-color, var(--cesdk-color-accent, #2563eb));
    }
    .primary {
      background: var(--cesdk-color-accent, #2563eb);
      color: var(--cesdk-color-on-accent, #ffffff);
    }
    .primary:hover {
      background: var(--cesdk-color-accent-hover, #1d4ed8);
    }
  `,
];
