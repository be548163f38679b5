/**
 * Parts of the canvas that showing it does not need, each a chunk of its own: crop mode
 * (`crop-mode.ts`), in-place text editing (`text-editing.ts` with the renderer's text metrics) and
 * snapping (`snap-code.ts`: a drag that starts before it arrives snaps from the moment it does; a
 * hover or press on the canvas also starts its load).
 * The canvas prefetches them once it is ready, with the renderer's styled-run text layout (which the
 * text measurer needs as soon as a text gets runs); starting crop mode or a text edit before one has
 * arrived starts it when it does.
 */
import { preloadStyledText } from '../../core/render/index.js';

/** A part's module once loaded, and its load in flight. */
interface Part<T> {
  readonly importer: () => Promise<T>;
  module?: T;
  load?: Promise<T>;
}

function load<T>(part: Part<T>): Promise<T> {
  part.load ??= part.importer().then((module) => (part.module = module), (error: unknown) => {
    part.load = undefined;
    throw error;
  });
  return part.load;
}

const cropMode: Part<typeof import('./crop-mode.js')> = { importer: () => import('./crop-mode.js') };
/** The edit session with the renderer's text metrics it measures with (kept apart: text-editing.ts stays free of PixiJS for Node tests). */
type TextEditingModule = typeof import('./text-editing.js') & Pick<typeof import('../../core/render/text-editor-metrics.js'), 'textEditorMetrics'>;
const textEditing: Part<TextEditingModule> = {
  importer: () => Promise.all([import('./text-editing.js'), import('../../core/render/text-editor-metrics.js')])
    .then(([editing, metrics]) => ({ ...editing, textEditorMetrics: metrics.textEditorMetrics })),
};

/** Crop mode's module, once it has loaded. */
export const loadedCropMode = () => cropMode.module;
/** Loads crop mode's module (once; a failed load may be retried). */
export const loadCropMode = () => load(cropMode);
/** In-place text editing's module, once it has loaded. */
export const loadedTextEditing = () => textEditing.module;
/** Loads in-place text editing's module (once; a failed load may be retried). */
export const loadTextEditing = () => load(textEditing);

const snapping: Part<typeof import('./snap-code.js')> = { importer: () => import('./snap-code.js') };
/** The snapping code, once it has loaded. */
export const loadedSnapping = () => snapping.module;
/** Loads the snapping code (once; a failed load may be retried). */
export const loadSnapping = () => load(snapping);

/** Loads every on-demand part of the canvas (the canvas calls it once it is ready). */
export function loadCanvasParts(): Promise<unknown> {
  return Promise.all([loadCropMode(), loadTextEditing(), loadSnapping(), preloadStyledText()]);
}
