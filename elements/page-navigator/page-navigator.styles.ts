import { css } from 'lit';
import { buttonStyles } from '../shared/button.styles.js';
import { blockHostStyles } from '../shared/host.styles.js';

/** Styles of `<cesdk-page-navigator>`. */
export const pageNavigatorStyles = [
  buttonStyles,
  blockHostStyles,
  css`
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--cesdk-space-1, 4px);
      padding: var(--cesdk-space-2, 8px);
      border-bottom: 1px solid var(--cesdk-color-border, #c9ced6);
    }
    ol {
      list-style: none;
      margin: 0;
      padding: var(--cesdk-space-2, 8px);
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(var(--cesdk-page-navigator-thumbnail-width, 120px), 1fr));
      gap: var(--cesdk-space-3, 12px);
    }
    li.drop-target .page-button {
      outline: 2px dashed var(--cesdk-color-primary, #1d4ed8);
    }
    .page-button {
      display: flex;
      flex-direction: column;
      align-items: stretch;
      gap: var(--cesdk-space-1, 4px);
      width: 100%;
      padding: var(--cesdk-space-1, 4px);
      border: 2px solid transparent;
      border-radius: var(--cesdk-radius-medium, 8px);
      background: transparent;
      color: var(--cesdk-color-text, #111827);
      cursor: pointer;
      font: inherit;
    }
    .page-button:hover {
      background: var(--cesdk-color-surface-hover, #eef0f3);
    }
    .page-button[aria-current='page'] {
      border-color: var(--cesdk-color-primary, #1d4ed8);
    }
    .page-button:focus-visible {
      outline: var(--cesdk-focus-ring-width, 2px) solid var(--cesdk-color-focus, #1d4ed8);
      outline-offset: 2px;
    }
    .thumbnail {
      display: block;
      width: 100%;
      aspect-ratio: var(--page-aspect, 1);
      object-fit: contain;
      background: var(--cesdk-page-navigator-thumbnail-background, var(--cesdk-color-surface-sunken, #e5e7eb));
      border-radius: var(--cesdk-radius-small, 4px);
    }
    .placeholder {
      display: block;
      width: 100%;
      aspect-ratio: 1;
      background: var(--cesdk-page-navigator-thumbnail-background, var(--cesdk-color-surface-sunken, #e5e7eb));
      border-radius: var(--cesdk-radius-small, 4px);
    }
    .caption {
      font-size: var(--cesdk-font-size-small, 12px);
      text-align: center;
    }
  `,
];
