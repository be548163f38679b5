/**
 * The inspector's sections for selected blocks (and a page's non-colour background). They are not
 * needed for the editor's first view (the inspector then shows the page), so they load as a chunk of
 * their own: prefetched with the editor's on-demand parts, or at once when a block is selected first.
 */
export { appearanceSection } from './sections/appearance.js';
export { cropFlipSection } from './sections/crop-flip.js';
export { effectsSection } from './sections/effects.js';
export { fillSection, replaceImage } from './sections/fill.js';
export { shapeSection } from './sections/shape.js';
export { soundSection } from './sections/sound.js';
export { shadowSection, strokeSection } from './sections/stroke-shadow.js';
export { textSection } from './sections/text.js';
export { transformSection } from './sections/transform.js';
