/** Styles of `<cesdk-canvas>`. Knobs are `--cesdk-canvas-*` custom properties, falling back to theme tokens. */
import { css } from 'lit';

/** The shadow styles of `<cesdk-canvas>`. */
export const canvasStyles = css`
  :host {
    display: block;
    position: relative;
    min-width: 0;
    min-height: 0;
    width: 100%;
    height: 100%;
    overflow: hidden;
    contain: strict;
    outline: none;
    background: var(--cesdk-canvas-background, var(--cesdk-color-canvas, #e5e7eb));
    /* Not an animation: its transitionend tells the renderer the background changed (theme switch). */
    transition: background-color 1ms linear;
    touch-action: none;
    user-select: none;
    -webkit-user-select: none;
  }
  :host(:focus-visible) {
    box-shadow: inset 0 0 0 2px var(--cesdk-canvas-focus-ring, var(--cesdk-color-focus, #2563eb));
  }
  .viewport {
    position: absolute;
    inset: 0;
    overflow: hidden;
  }
  .surface,
  .surface > canvas {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    display: block;
  }
  svg.surround {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    pointer-events: none;
  }
  .page-surround {
    fill: var(--cesdk-canvas-background, var(--cesdk-color-canvas, #e2e5ea));
    fill-opacity: var(--cesdk-canvas-surround-opacity, 0.8);
  }
  svg.overlay {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    overflow: visible;
    pointer-events: none;
  }
  .selection {
    fill: none;
    stroke: var(--cesdk-canvas-selection-color, var(--cesdk-color-accent, #2563eb));
    stroke-width: 1.5;
  }
  .hover {
    fill: none;
    stroke: var(--cesdk-canvas-hover-color, var(--cesdk-color-accent, #2563eb));
    stroke-width: 1;
    stroke-dasharray: 4 3;
  }
  .handle {
    fill: var(--cesdk-canvas-handle-fill, #ffffff);
    stroke: var(--cesdk-canvas-selection-color, var(--cesdk-color-accent, #2563eb));
    stroke-width: 1.5;
  }
  .rotate-stem {
    stroke: var(--cesdk-canvas-selection-color, var(--cesdk-color-accent, #2563eb));
    stroke-width: 1;
  }
  .marquee {
    fill: var(--cesdk-canvas-marquee-fill, rgba(37, 99, 235, 0.08));
    stroke: var(--cesdk-canvas-selection-color, var(--cesdk-color-accent, #2563eb));
    stroke-width: 1;
  }
  .guide {
    stroke: var(--cesdk-canvas-guide-color, #ec4899);
    stroke-width: 1;
  }
  .guide.spacing {
    stroke-dasharray: 2 2;
  }
  .crop-image {
    fill: none;
    stroke: var(--cesdk-canvas-crop-color, #f59e0b);
    stroke-width: 1.5;
    stroke-dasharray: 6 4;
  }
  textarea[part='text-editor'] {
    position: absolute;
    left: 0;
    top: 0;
    transform-origin: 0 0;
    box-sizing: border-box;
    margin: 0;
    padding: 0;
    border: 0;
    outline: 1px solid var(--cesdk-canvas-selection-color, var(--cesdk-color-accent, #2563eb));
    background: transparent;
    resize: none;
    overflow: hidden;
    white-space: pre-wrap;
    overflow-wrap: break-word;
    user-select: text;
    -webkit-user-select: text;
  }
  textarea[hidden] {
    display: none;
  }
  .text-toolbar {
    position: absolute;
    top: 8px;
    left: 50%;
    transform: translateX(-50%);
    padding: 4px;
    border-radius: 6px;
    background: var(--cesdk-canvas-toolbar-background, var(--cesdk-color-surface, #ffffff));
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.25);
  }
`;
