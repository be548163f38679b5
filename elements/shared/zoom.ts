/**
 * Zoom steps shared by the toolbar buttons and the keyboard shortcuts, and the lookup of the canvas
 * that can fit the page into view (only the canvas knows its viewport size).
 */
import type { Engine } from '../../core/engine/index.js';

/** The zoom levels the zoom in/out buttons step through (1 = 100 %). */
export const ZOOM_STEPS: readonly number[] = [0.1, 0.25, 0.33, 0.5, 0.67, 0.75, 1, 1.25, 1.5, 2, 3, 4, 6, 8, 16];

/** The next step above (`direction` 1) or below (-1) `level`; stays at the ends. */
export function nextZoomStep(level: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((step) => step > level * 1.001) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1]!;
  return [...ZOOM_STEPS].reverse().find((step) => step < level * 0.999) ?? ZOOM_STEPS[0]!;
}

/** Steps the engine's zoom level one step in or out. */
export function stepZoom(engine: Engine, direction: 1 | -1): void {
  engine.scene.setZoomLevel(nextZoomStep(engine.scene.getZoomLevel(), direction));
}

/** Something that can fit the current page into its view: `<cesdk-canvas>` or `<cesdk-editor>`. */
export interface ZoomToPageTarget {
  zoomToPage(): unknown;
}

function canZoomToPage(node: unknown): node is ZoomToPageTarget {
  return typeof node === 'object' && node !== null && typeof (node as Partial<ZoomToPageTarget>).zoomToPage === 'function';
}

/**
 * Finds what fits the page for `element`: the element referenced by its `for` attribute when that can
 * zoom, else the nearest ancestor (through shadow roots) that can, e.g. the enclosing editor.
 */
export function findZoomTarget(element: HTMLElement): ZoomToPageTarget | undefined {
  const forId = element.getAttribute('for');
  if (forId) {
    const root = element.getRootNode() as Document | ShadowRoot;
    const target = root.getElementById?.(forId);
    if (canZoomToPage(target)) return target;
  }
  let current: Node | null = element.parentNode;
  while (current !== null) {
    if (canZoomToPage(current)) return current;
    current = current instanceof ShadowRoot ? current.host : current.parentNode;
  }
  return undefined;
}
