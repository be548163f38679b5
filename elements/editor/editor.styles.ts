import { css } from 'lit';
import { buttonStyles } from '../shared/button.styles.js';
import { themeHostStyles } from '../shared/theme-tokens.js';

/** Styles of `<cesdk-editor>`: the theme tokens on the host, the grid layout and the narrow (sheet) layout. */
export const editorStyles = [
  themeHostStyles,
  buttonStyles,
  css`
    :host {
      display: block;
      position: relative;
      box-sizing: border-box;
      width: 100%;
      height: var(--cesdk-editor-height, 100%);
      min-height: var(--cesdk-editor-min-height, 420px);
      overflow: hidden;
      background: var(--cesdk-color-background);
      color: var(--cesdk-color-text);
      font-family: var(--cesdk-font-family);
      font-size: var(--cesdk-font-size-medium);
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    .layout {
      position: relative;
      display: grid;
      width: 100%;
      height: 100%;
      grid-template-columns: auto auto minmax(0, 1fr) auto;
      grid-template-rows: auto minmax(0, 1fr) auto;
      grid-template-areas:
        'navigation navigation navigation navigation'
        'dock panel canvas inspector'
        'dock panel timeline inspector';
    }
    .timeline {
      grid-area: timeline;
      height: var(--cesdk-editor-timeline-height, 240px);
      min-width: 0;
      border-top: 1px solid var(--cesdk-color-border);
    }
    .navigation-bar {
      grid-area: navigation;
      display: flex;
      align-items: center;
      gap: var(--cesdk-space-2);
      min-width: 0;
      padding: var(--cesdk-space-1) var(--cesdk-space-2);
      background: var(--cesdk-editor-navigation-background, var(--cesdk-color-surface));
      border-bottom: 1px solid var(--cesdk-color-border);
    }
    .navigation-bar cesdk-toolbar {
      flex: 1 1 auto;
      min-width: 0;
    }
    .dock {
      grid-area: dock;
      display: flex;
      flex-direction: column;
      gap: var(--cesdk-space-1);
      padding: var(--cesdk-space-2) var(--cesdk-space-1);
      background: var(--cesdk-color-surface);
      border-right: 1px solid var(--cesdk-color-border);
    }
    .dock .text-button {
      flex-direction: column;
      height: auto;
      padding: var(--cesdk-space-2) var(--cesdk-space-1);
      font-size: var(--cesdk-font-size-small);
    }
    .dock .inspector-toggle {
      display: none;
    }
    .panel {
      grid-area: panel;
      width: var(--cesdk-editor-panel-width, 300px);
      min-height: 0;
      overflow: auto;
      background: var(--cesdk-color-surface);
      border-right: 1px solid var(--cesdk-color-border);
    }
    .panel[hidden] {
      display: none;
    }
    .panel-header {
      display: flex;
      align-items: center;
      justify-content: flex-end;
      padding: var(--cesdk-space-2) var(--cesdk-space-3);
      font-weight: 600;
    }
    .panel-header h2 {
      margin: 0;
      font-size: var(--cesdk-font-size-large);
    }
    .canvas-area {
      grid-area: canvas;
      position: relative;
      min-width: 0;
      min-height: 0;
      background: var(--cesdk-color-canvas);
    }
    .canvas-area cesdk-canvas {
      position: absolute;
      inset: 0;
      width: 100%;
      height: 100%;
    }
    .inspector {
      grid-area: inspector;
      width: var(--cesdk-editor-inspector-width, 300px);
      min-height: 0;
      overflow: auto;
      background: var(--cesdk-color-surface);
      border-left: 1px solid var(--cesdk-color-border);
    }
    .status {
      padding: var(--cesdk-space-4);
    }
    .notices {
      position: absolute;
      inset-inline: 0;
      bottom: var(--cesdk-space-4);
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: var(--cesdk-space-2);
      pointer-events: none;
    }
    .notice {
      display: flex;
      align-items: center;
      gap: var(--cesdk-space-2);
      max-width: min(90%, 520px);
      padding: var(--cesdk-space-2) var(--cesdk-space-2) var(--cesdk-space-2) var(--cesdk-space-4);
      border: 1px solid var(--cesdk-color-border);
      border-inline-start: 4px solid var(--cesdk-color-danger);
      border-radius: var(--cesdk-radius-medium, 6px);
      background: var(--cesdk-color-surface-raised);
      color: var(--cesdk-color-text);
      box-shadow: 0 4px 16px rgba(0, 0, 0, 0.18);
      pointer-events: auto;
    }
    .error {
      color: var(--cesdk-color-danger);
    }
    .draft-offer {
      position: absolute;
      z-index: 3;
      inset-block-start: var(--cesdk-space-3);
      inset-inline: var(--cesdk-space-4);
      margin-inline: auto;
      max-width: 560px;
      display: flex;
      gap: var(--cesdk-space-2);
      align-items: flex-start;
      padding: var(--cesdk-space-2) var(--cesdk-space-3);
      border-radius: var(--cesdk-radius-medium);
      border: 1px solid var(--cesdk-color-primary);
      align-items: center;
      background: var(--cesdk-color-surface-raised);
      color: var(--cesdk-color-text);
      box-shadow: var(--cesdk-shadow-raised);
    }
    .notice-text {
      flex: 1 1 auto;
      align-self: center;
    }
    .watermark-notice {
      font-size: var(--cesdk-font-size-small);
      color: var(--cesdk-color-text-muted);
    }
    /* Narrow screens: the canvas takes the width, the dock moves to the bottom, panels become sheets. */
    .layout.narrow {
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: auto minmax(0, 1fr) auto auto;
      grid-template-areas: 'navigation' 'canvas' 'timeline' 'dock';
    }
    .layout.narrow .dock {
      flex-direction: row;
      justify-content: space-around;
      border-right: 0;
      border-top: 1px solid var(--cesdk-color-border);
      padding: var(--cesdk-space-1);
    }
    .layout.narrow .dock .inspector-toggle {
      display: inline-flex;
    }
    .layout.narrow .panel,
    .layout.narrow .inspector {
      position: absolute;
      z-index: 10;
      left: 0;
      right: 0;
      bottom: var(--dock-height, 64px);
      width: auto;
      max-height: var(--cesdk-editor-sheet-height, 60%);
      border: 0;
      border-top: 1px solid var(--cesdk-color-border);
      border-radius: var(--cesdk-radius-medium) var(--cesdk-radius-medium) 0 0;
      box-shadow: var(--cesdk-shadow-raised);
    }
    .layout.narrow .inspector[hidden] {
      display: none;
    }
    .layout:not(.narrow) .sheet-close {
      display: none;
    }
    .navigation-bar .spacer {
      flex: 1 1 auto;
    }
    .layout.narrow .navigation-bar .label-text {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    dialog {
      max-width: min(560px, calc(100% - 32px));
      max-height: calc(100% - 32px);
      padding: 0;
      border: 1px solid var(--cesdk-color-border);
      border-radius: var(--cesdk-radius-medium);
      background: var(--cesdk-color-surface-raised);
      color: var(--cesdk-color-text);
      box-shadow: var(--cesdk-shadow-raised);
    }
    dialog::backdrop {
      background: var(--cesdk-color-overlay);
    }
    .dialog-header {
      display: flex;
      align-items: center;
      justify-content: space-between;
      padding: var(--cesdk-space-3) var(--cesdk-space-4);
      border-bottom: 1px solid var(--cesdk-color-border);
    }
    .dialog-header h2 {
      margin: 0;
      font-size: var(--cesdk-font-size-large);
    }
    .dialog-body {
      padding: var(--cesdk-space-2) var(--cesdk-space-4) var(--cesdk-space-4);
      overflow: auto;
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      padding: var(--cesdk-space-1) var(--cesdk-space-2);
      text-align: start;
      border-bottom: 1px solid var(--cesdk-color-border);
    }
    kbd {
      display: inline-block;
      margin: 1px 2px;
      padding: 1px 6px;
      border: 1px solid var(--cesdk-color-border);
      border-radius: var(--cesdk-radius-small);
      background: var(--cesdk-color-surface-sunken);
      font-family: var(--cesdk-font-family-monospace);
      font-size: var(--cesdk-font-size-small);
    }
  `,
];
