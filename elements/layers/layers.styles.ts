import { css } from 'lit';

/** Styles of `<cesdk-layers>`. */
export const layersStyles = css`
  :host {
    display: block;
    font-family: var(--cesdk-font-family, system-ui, sans-serif);
    font-size: var(--cesdk-font-size-medium, 14px);
    color: var(--cesdk-color-text, #111827);
    background: var(--cesdk-layers-background, var(--cesdk-color-surface, #ffffff));
    min-width: 0;
    overflow: auto;
  }
  :host([hidden]) {
    display: none;
  }
  .heading {
    margin: 0;
    padding: var(--cesdk-space-2, 8px) var(--cesdk-space-3, 12px);
    font-size: var(--cesdk-font-size-medium, 14px);
    font-weight: 600;
  }
  .empty {
    padding: var(--cesdk-space-2, 8px) var(--cesdk-space-3, 12px);
    color: var(--cesdk-color-text-muted, #4b5563);
  }
  [role='tree'],
  [role='group'] {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [role='treeitem'] {
    display: block;
    outline: none;
  }
  .row {
    display: flex;
    align-items: center;
    gap: var(--cesdk-space-1, 4px);
    min-height: var(--cesdk-layers-row-height, var(--cesdk-control-height, 32px));
    padding-inline-end: var(--cesdk-space-2, 8px);
    border-block: 2px solid transparent;
    cursor: default;
    user-select: none;
  }
  .row:hover {
    background: var(--cesdk-color-surface-hover, #eef0f3);
  }
  [aria-selected='true'] > .row {
    background: var(--cesdk-color-selected, #dbe6fe);
    color: var(--cesdk-color-on-selected, #0b2a7a);
  }
  [role='treeitem']:focus-visible > .row {
    outline: var(--cesdk-focus-ring-width, 2px) solid var(--cesdk-color-focus, #1d4ed8);
    outline-offset: -2px;
  }
  .row.drop-before {
    border-block-start-color: var(--cesdk-color-primary, #1d4ed8);
  }
  .row.drop-after {
    border-block-end-color: var(--cesdk-color-primary, #1d4ed8);
  }
  .row.drop-inside {
    background: var(--cesdk-color-selected, #dbe6fe);
    color: var(--cesdk-color-on-selected, #0b2a7a);
  }
  .indent-1 { padding-inline-start: 8px; }
  .indent-2 { padding-inline-start: 24px; }
  .indent-3 { padding-inline-start: 40px; }
  .indent-4 { padding-inline-start: 56px; }
  .indent-5 { padding-inline-start: 72px; }
  .indent-deep { padding-inline-start: 88px; }
  .twisty {
    flex: 0 0 auto;
    width: 16px;
    text-align: center;
    font-size: 10px;
  }
  .layer-thumb {
    flex: 0 0 auto;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 28px;
    height: 28px;
    border-radius: var(--cesdk-radius-small, 4px);
    background: var(--cesdk-color-surface-sunken);
    color: var(--cesdk-color-text-muted);
    object-fit: cover;
    overflow: hidden;
  }
  .name {
    flex: 1 1 auto;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .name.is-hidden {
    text-decoration: line-through;
  }
  .rename {
    flex: 1 1 auto;
    min-width: 0;
    font: inherit;
    color: var(--cesdk-color-text, #111827);
    background: var(--cesdk-color-surface, #ffffff);
    border: 1px solid var(--cesdk-color-border, #6b7280);
    border-radius: var(--cesdk-radius-small, 4px);
  }
  button {
    flex: 0 0 auto;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 28px;
    height: 28px;
    padding: 0;
    border: 1px solid transparent;
    border-radius: var(--cesdk-radius-small, 4px);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  button:hover {
    border-color: var(--cesdk-color-border, #6b7280);
  }
  button[aria-pressed='true'] {
    color: var(--cesdk-color-danger, #b91c1c);
  }
  :focus-visible {
    outline: var(--cesdk-focus-ring-width, 2px) solid var(--cesdk-color-focus, #1d4ed8);
    outline-offset: 1px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  svg {
    width: 16px;
    height: 16px;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
`;
