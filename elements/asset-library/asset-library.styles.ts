import { css } from 'lit';

/** Styles of `<cesdk-asset-library>`. */
export const assetLibraryStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-width: 0;
    min-height: 0;
    font-family: var(--cesdk-font-family, system-ui, sans-serif);
    font-size: var(--cesdk-font-size-medium, 14px);
    color: var(--cesdk-color-text, #111827);
    background: var(--cesdk-asset-library-background, var(--cesdk-color-surface, #ffffff));
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
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--cesdk-space-1, 4px);
    padding: 0 var(--cesdk-space-3, 12px);
  }
  [role='tab'] {
    font: inherit;
    font-size: var(--cesdk-font-size-small, 12px);
    color: inherit;
    background: transparent;
    border: 1px solid var(--cesdk-color-border, #c9ced6);
    border-radius: var(--cesdk-radius-small, 4px);
    min-height: 28px;
    padding: 0 var(--cesdk-space-2, 8px);
    cursor: pointer;
  }
  [role='tab'][aria-selected='true'] {
    background: var(--cesdk-color-selected, #dbe6fe);
    color: var(--cesdk-color-on-selected, #0b2a7a);
    border-color: var(--cesdk-color-primary, #1d4ed8);
  }
  .tools {
    display: flex;
    flex-direction: column;
    gap: var(--cesdk-space-2, 8px);
    padding: var(--cesdk-space-2, 8px) var(--cesdk-space-3, 12px);
  }
  label {
    font-size: var(--cesdk-font-size-small, 12px);
    color: var(--cesdk-color-text-muted, #4b5563);
  }
  input[type='search'] {
    font: inherit;
    color: inherit;
    background: var(--cesdk-color-surface, #ffffff);
    border: 1px solid var(--cesdk-color-border, #6b7280);
    border-radius: var(--cesdk-radius-small, 4px);
    min-height: var(--cesdk-control-height, 32px);
    padding: 0 var(--cesdk-space-2, 8px);
  }
  [role='tabpanel'] {
    flex: 1 1 auto;
    overflow: auto;
    padding: 0 var(--cesdk-space-3, 12px) var(--cesdk-space-3, 12px);
  }
  .grid {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(var(--cesdk-asset-library-tile-size, 72px), 1fr));
    gap: var(--cesdk-space-2, 8px);
  }
  .grid.wide {
    grid-template-columns: minmax(0, 1fr);
  }
  .asset {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: var(--cesdk-space-1, 4px);
    width: 100%;
    min-height: var(--cesdk-asset-library-tile-size, 72px);
    padding: var(--cesdk-space-1, 4px);
    font: inherit;
    font-size: var(--cesdk-font-size-small, 12px);
    color: inherit;
    background: var(--cesdk-color-surface-sunken, #e5e7eb);
    border: 1px solid transparent;
    border-radius: var(--cesdk-radius-medium, 8px);
    cursor: pointer;
    overflow: hidden;
  }
  .asset:hover {
    border-color: var(--cesdk-color-border, #6b7280);
  }
  .asset img {
    max-width: 100%;
    max-height: 56px;
    object-fit: contain;
    pointer-events: none;
  }
  .asset .caption {
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .font-preview {
    font-size: 18px;
  }
  .preset-heading {
    font-size: 20px;
    font-weight: 700;
  }
  .preset-body {
    font-size: 14px;
  }
  .preset-caption {
    font-size: 11px;
  }
  .action {
    font: inherit;
    color: var(--cesdk-color-on-primary, #ffffff);
    background: var(--cesdk-color-primary, #1d4ed8);
    border: none;
    border-radius: var(--cesdk-radius-small, 4px);
    min-height: var(--cesdk-control-height, 32px);
    padding: 0 var(--cesdk-space-3, 12px);
    cursor: pointer;
  }
  .secondary {
    font: inherit;
    color: var(--cesdk-color-primary, #1d4ed8);
    background: transparent;
    border: 1px solid var(--cesdk-color-border, #c9ced6);
    border-radius: var(--cesdk-radius-small, 4px);
    min-height: var(--cesdk-control-height, 32px);
    margin-top: var(--cesdk-space-2, 8px);
    cursor: pointer;
  }
  .status,
  .empty {
    margin: 0;
    font-size: var(--cesdk-font-size-small, 12px);
    color: var(--cesdk-color-text-muted, #4b5563);
  }
  :focus-visible {
    outline: var(--cesdk-focus-ring-width, 2px) solid var(--cesdk-color-focus, #1d4ed8);
    outline-offset: 2px;
  }
`;
