import { css } from 'lit';
import { buttonStyles } from '../shared/button.styles.js';
import { blockHostStyles } from '../shared/host.styles.js';

/** Styles of `<cesdk-toolbar>`. */
export const toolbarStyles = [
  buttonStyles,
  blockHostStyles,
  css`
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--cesdk-toolbar-gap, var(--cesdk-space-1, 4px));
      padding: var(--cesdk-toolbar-padding, var(--cesdk-space-1, 4px));
      background: var(--cesdk-toolbar-background, transparent);
    }
    .separator {
      width: 1px;
      align-self: stretch;
      margin: 0 var(--cesdk-space-1, 4px);
      background: var(--cesdk-color-border, #c9ced6);
    }
    .zoom-level {
      min-width: 4.5em;
      text-align: center;
      font-variant-numeric: tabular-nums;
      color: var(--cesdk-color-text, #111827);
    }
    .icon-button {
      min-width: var(--cesdk-toolbar-button-size, var(--cesdk-control-height, 32px));
      height: var(--cesdk-toolbar-button-size, var(--cesdk-control-height, 32px));
    }
  `,
];
