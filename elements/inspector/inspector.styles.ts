import { css } from 'lit';

/** Styles of `<cesdk-inspector>`. */
export const inspectorStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font-family: var(--cesdk-font-family, system-ui, sans-serif);
    font-size: var(--cesdk-font-size-medium, 14px);
    color: var(--cesdk-color-text, #111827);
    background: var(--cesdk-inspector-background, var(--cesdk-color-surface, #ffffff));
    overflow: auto;
    min-width: 0;
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
  .summary,
  .empty {
    margin: 0;
    padding: 0 var(--cesdk-space-3, 12px) var(--cesdk-space-2, 8px);
    color: var(--cesdk-color-text-muted, #4b5563);
    font-size: var(--cesdk-font-size-small, 12px);
  }
  .section {
    border-top: 1px solid var(--cesdk-color-border, #c9ced6);
  }
  summary {
    padding: var(--cesdk-space-2, 8px) var(--cesdk-space-3, 12px);
    font-weight: 600;
    cursor: pointer;
  }
  summary:focus-visible,
  .text-button:focus-visible {
    outline: var(--cesdk-focus-ring-width, 2px) solid var(--cesdk-color-focus, #1d4ed8);
    outline-offset: -2px;
  }
  .section-body {
    display: flex;
    flex-direction: column;
    gap: var(--cesdk-inspector-gap, var(--cesdk-space-2, 8px));
    padding: 0 var(--cesdk-space-3, 12px) var(--cesdk-space-3, 12px);
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: var(--cesdk-space-2, 8px);
  }
  @container (max-width: 220px) {
    .grid {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--cesdk-space-2, 8px);
    padding: var(--cesdk-space-2, 8px);
    border: 1px solid var(--cesdk-color-border, #c9ced6);
    border-radius: var(--cesdk-radius-medium, 8px);
  }
  .card-header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--cesdk-space-2, 8px);
  }
  .card-title {
    font-weight: 600;
  }
  .stops {
    display: flex;
    flex-direction: column;
    gap: var(--cesdk-space-2, 8px);
  }
  .stop {
    display: flex;
    flex-direction: column;
    gap: var(--cesdk-space-1, 4px);
    padding-block-end: var(--cesdk-space-2, 8px);
    border-bottom: 1px dashed var(--cesdk-color-border, #c9ced6);
  }
  .text-button {
    align-self: flex-start;
    font: inherit;
    color: var(--cesdk-color-primary, #1d4ed8);
    background: transparent;
    border: 1px solid var(--cesdk-color-border, #c9ced6);
    border-radius: var(--cesdk-radius-small, 4px);
    min-height: var(--cesdk-control-height, 32px);
    padding: 0 var(--cesdk-space-2, 8px);
    cursor: pointer;
  }
  .text-button:hover {
    background: var(--cesdk-color-surface-hover, #eef0f3);
  }
`;
