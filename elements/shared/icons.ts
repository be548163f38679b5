/**
 * The shell's icons as static Lit SVG templates (24×24, `currentColor`), so they follow the theme and
 * never go through innerHTML. Every icon is decorative (`aria-hidden`); the control carries the label.
 */
import { svg, type SVGTemplateResult } from 'lit';

const icon = (paths: SVGTemplateResult): SVGTemplateResult =>
  svg`<svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${paths}</svg>`;

/** Undo: an arrow curving back. */
export const undoIcon = icon(svg`<path d="M9 14 4 9l5-5"/><path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11"/>`);
/** Redo: an arrow curving forward. */
export const redoIcon = icon(svg`<path d="m15 14 5-5-5-5"/><path d="M20 9H9.5a5.5 5.5 0 0 0 0 11H13"/>`);
/** Zoom in: a magnifier with a plus. */
export const zoomInIcon = icon(svg`<circle cx="11" cy="11" r="7"/><path d="m21 21-4.3-4.3M11 8v6M8 11h6"/>`);
/** Zoom out: a magnifier with a minus. */
export const zoomOutIcon = icon(svg`<circle cx="11" cy="11" r="7"/><path d="m21 21-4.3-4.3M8 11h6"/>`);
/** Zoom to fit: four corners. */
export const fitIcon = icon(svg`<path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5"/>`);
/** Save: a floppy disk. */
export const saveIcon = icon(svg`<path d="M5 3h11l3 3v13a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z"/><path d="M7 3v5h8V3M7 21v-7h10v7"/>`);
export const openIcon = icon(svg`<path d="M3 7a2 2 0 0 1 2-2h4l2 2h8a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2z"/>`);
/** Keyboard: for the shortcut help. */
export const keyboardIcon = icon(svg`<rect x="2" y="6" width="20" height="12" rx="2"/><path d="M6 10h.01M10 10h.01M14 10h.01M18 10h.01M7 14h10"/>`);
/** Plus: add. */
export const plusIcon = icon(svg`<path d="M12 5v14M5 12h14"/>`);
/** Copy: two sheets. */
export const duplicateIcon = icon(svg`<rect x="8" y="8" width="12" height="12" rx="2"/><path d="M16 8V6a2 2 0 0 0-2-2H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h2"/>`);
/** Trash: delete. */
export const deleteIcon = icon(svg`<path d="M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3"/>`);
/** Chevron up: move earlier. */
export const upIcon = icon(svg`<path d="m6 15 6-6 6 6"/>`);
/** Chevron down: move later. */
export const downIcon = icon(svg`<path d="m6 9 6 6 6-6"/>`);
/** Close: a cross. */
export const closeIcon = icon(svg`<path d="M6 6l12 12M18 6 6 18"/>`);
/** Shapes and images: the asset library. */
export const assetsIcon = icon(svg`<rect x="3" y="3" width="8" height="8" rx="1"/><circle cx="17" cy="7" r="4"/><path d="m3 21 4-7 4 7zM14 14h7v7h-7z"/>`);
/** Stacked sheets: layers. */
export const layersIcon = icon(svg`<path d="m12 3 9 5-9 5-9-5z"/><path d="m3 13 9 5 9-5"/>`);
/** Sliders: properties. */
export const propertiesIcon = icon(svg`<path d="M4 6h10M18 6h2M4 12h4M12 12h8M4 18h12M20 18h0"/><circle cx="16" cy="6" r="2"/><circle cx="10" cy="12" r="2"/><circle cx="18" cy="18" r="2"/>`);
/** Pages: two pages. */
export const pagesIcon = icon(svg`<rect x="6" y="3" width="12" height="16" rx="1"/><path d="M9 21h10a1 1 0 0 0 1-1V7"/>`);
/** Sun: light theme. */
export const sunIcon = icon(svg`<circle cx="12" cy="12" r="4"/><path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"/>`);
/** Moon: dark theme. */
export const moonIcon = icon(svg`<path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8z"/>`);
