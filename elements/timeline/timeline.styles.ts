import { css } from 'lit';
import { buttonStyles } from '../shared/button.styles.js';

/** Styles of `<cesdk-timeline>`. */
export const timelineStyles = [buttonStyles, css`
  :host {
    display: flex;
    flex-direction: column;
    min-width: 0;
    min-height: 0;
    font-family: var(--cesdk-font-family, system-ui, sans-serif);
    font-size: var(--cesdk-font-size-small, 12px);
    color: var(--cesdk-color-text, #111827);
    background: var(--cesdk-timeline-background, var(--cesdk-color-surface, #ffffff));
    user-select: none;
  }
  :host([hidden]) {
    display: none;
  }
  .toolbar {
    display: flex;
    align-items: center;
    gap: var(--cesdk-space-1, 4px);
    padding: var(--cesdk-space-1, 4px) var(--cesdk-space-2, 8px);
    border-bottom: 1px solid var(--cesdk-color-border, #c9ced6);
  }
  .icon-button svg {
    width: 16px;
    height: 16px;
    fill: currentColor;
    stroke: currentColor;
    stroke-width: 1.2;
  }
  .time {
    font-variant-numeric: tabular-nums;
    min-width: 11em;
  }
  .spacer {
    flex: 1 1 auto;
  }
  .status {
    color: var(--cesdk-color-text-muted, #4b5563);
    max-width: 40%;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .scroller {
    position: relative;
    flex: 1 1 auto;
    min-height: 0;
    overflow: auto;
    outline: none;
  }
  .scroller:focus-visible {
    box-shadow: inset 0 0 0 2px var(--cesdk-color-focus, #1d4ed8);
  }
  .content {
    position: relative;
    padding: 0 12px;
    min-height: 100%;
  }
  .ruler {
    position: relative;
    height: 22px;
    border-bottom: 1px solid var(--cesdk-color-border, #c9ced6);
    cursor: ew-resize;
  }
  .tick {
    position: absolute;
    top: 0;
    padding-left: 3px;
    height: 100%;
    border-left: 1px solid var(--cesdk-color-border, #c9ced6);
    color: var(--cesdk-color-text-muted, #4b5563);
    line-height: 22px;
    white-space: nowrap;
  }
  .lanes {
    display: flex;
    flex-direction: column;
    gap: 3px;
    padding: 4px 0;
  }
  .lane {
    position: relative;
    height: var(--cesdk-timeline-lane-height, 40px);
    background: var(--cesdk-color-surface-sunken, #e5e7eb);
    border-radius: var(--cesdk-radius-small, 4px);
  }
  .lane.background {
    height: calc(var(--cesdk-timeline-lane-height, 40px) + 8px);
  }
  .clip {
    position: absolute;
    top: 2px;
    bottom: 2px;
    overflow: hidden;
    border: 1px solid rgba(0, 0, 0, 0.25);
    border-radius: var(--cesdk-radius-small, 4px);
    background: var(--cesdk-timeline-clip-other, #a78bfa);
    color: #fff;
    cursor: grab;
    touch-action: none;
  }
  .clip.video { background: var(--cesdk-timeline-clip-video, #334155); }
  .clip.audio { background: var(--cesdk-timeline-clip-audio, #0f766e); color: var(--cesdk-timeline-waveform, #99f6e4); }
  .clip.image { background: var(--cesdk-timeline-clip-image, #7c3aed); }
  .clip.text { background: var(--cesdk-timeline-clip-text, #b45309); }
  .clip.selected {
    outline: 2px solid var(--cesdk-color-primary, #1d4ed8);
    outline-offset: 0;
  }
  .clip:focus-visible {
    outline: 2px solid var(--cesdk-color-focus, #1d4ed8);
    outline-offset: 1px;
  }
  .preview {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    opacity: 0.9;
  }
  .clip-label {
    position: absolute;
    left: 8px;
    bottom: 2px;
    max-width: calc(100% - 16px);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    color: #fff;
    text-shadow: 0 1px 2px rgba(0, 0, 0, 0.8);
    pointer-events: none;
  }
  .handle {
    position: absolute;
    top: 0;
    bottom: 0;
    width: 8px;
    cursor: ew-resize;
    background: rgba(255, 255, 255, 0.15);
  }
  .handle.start { left: 0; border-right: 2px solid rgba(255, 255, 255, 0.7); }
  .handle.end { right: 0; border-left: 2px solid rgba(255, 255, 255, 0.7); }
  .playhead {
    position: absolute;
    top: 0;
    bottom: 0;
    width: 2px;
    margin-left: -1px;
    background: var(--cesdk-timeline-playhead, #dc2626);
    pointer-events: none;
  }
  .snap-guide {
    position: absolute;
    top: 22px;
    bottom: 0;
    width: 0;
    border-left: 1px dashed var(--cesdk-color-primary, #1d4ed8);
    pointer-events: none;
  }
  .empty {
    margin: 0;
    padding: var(--cesdk-space-2, 8px);
    color: var(--cesdk-color-text-muted, #4b5563);
  }
`];
