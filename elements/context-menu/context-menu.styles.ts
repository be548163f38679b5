import { css } from 'lit';

/** Styles of `<cesdk-context-menu>`. */
export const contextMenuStyles = css`
  :host {
    position: absolute;
    inset: 0 auto auto 0;
    z-index: 20;
    display: contents;
    font-family: var(--cesdk-font-family, system-ui, sans-serif);
    font-size: var(--cesdk-font-size-medium, 14px);
  }
  .menu {
    position: absolute;
    z-index: 20;
    min-width: var(--cesdk-context-menu-width, 200px);
    margin: 0;
    padding: var(--cesdk-space-1, 4px);
    list-style: none;
    background: var(--cesdk-color-surface-raised, #ffffff);
    color: var(--cesdk-color-text, #111827);
    border: 1px solid var(--cesdk-color-border, #c9ced6);
    border-radius: var(--cesdk-radius-medium, 8px);
    box-shadow: var(--cesdk-shadow-raised, 0 4px 16px rgba(17, 24, 39, 0.16));
  }
  .menu[hidden] {
    display: none;
  }
  [role='menuitem'] {
    display: block;
    width: 100%;
    padding: var(--cesdk-space-2, 8px) var(--cesdk-space-3, 12px);
    border: 0;
    border-radius: var(--cesdk-radius-small, 4px);
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  [role='menuitem'] {
    display: flex;
    justify-content: space-between;
    gap: var(--cesdk-space-4, 16px);
  }
  .shortcut {
    color: var(--cesdk-color-text-muted, #4b5563);
    font-size: var(--cesdk-font-size-small, 12px);
  }
  [role='menuitem']:hover,
  [role='menuitem']:focus-visible {
    background: var(--cesdk-color-surface-hover, #eef0f3);
  }
  [role='menuitem']:focus-visible {
    outline: var(--cesdk-focus-ring-width, 2px) solid var(--cesdk-color-focus, #1d4ed8);
    outline-offset: -2px;
  }
  [role='menuitem'][aria-disabled='true'] {
    color: var(--cesdk-color-text-muted, #4b5563);
    cursor: default;
  }
  [role='separator'] {
    height: 1px;
    margin: var(--cesdk-space-1, 4px) 0;
    background: var(--cesdk-color-border, #c9ced6);
  }
`;
