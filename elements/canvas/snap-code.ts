/** The snapping code, one of the canvas's on-demand parts (on-demand.ts). */
export { prepareSnapTargets, snapToTargets } from './snapping.js';
export { resizeSnapTargets, snapResize } from './resize-snapping.js';
