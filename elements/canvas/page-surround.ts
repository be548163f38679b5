/**
 * Content that hangs off a page is dimmed, as CE.SDK does (`page/dimOutOfPageAreas`, on by default):
 * an SVG layer above the rendered scene covers the view except the pages with the canvas background
 * at high opacity. It is composition of the canvas element only; the renderer draws blocks whole,
 * and exports clip to the page anyway.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { Engine } from '../../core/engine/index.js';
import type { Camera, PagePlacement } from '../../core/render/types.js';

/** The setting that turns the dimming on and off (CE.SDK's name). */
export const DIM_OUT_OF_PAGE_SETTING = 'page/dimOutOfPageAreas';

function dimmingEnabled(engine: Engine): boolean {
  try {
    return engine.editor.getSettingBool(DIM_OUT_OF_PAGE_SETTING);
  } catch {
    return true;
  }
}

/** The path of the dimmed area: the view minus every page (even-odd), in view pixels. */
export function surroundPath(placements: readonly PagePlacement[], camera: Camera, width: number, height: number): string {
  const round = (value: number) => Math.round(value * 100) / 100;
  let path = `M0 0H${width}V${height}H0Z`;
  for (const page of placements) {
    const x = round((page.x - camera.x) * camera.zoom);
    const y = round((page.y - camera.y) * camera.zoom);
    const w = round(page.width * camera.zoom);
    const h = round(page.height * camera.zoom);
    path += `M${x} ${y}h${w}v${h}h${-w}Z`;
  }
  return path;
}

/** The SVG layer (nothing when the setting is off or there are no pages). */
export function renderPageSurround(engine: Engine | undefined, placements: readonly PagePlacement[], camera: Camera, width: number, height: number): SVGTemplateResult | string {
  if (engine === undefined || placements.length === 0 || width <= 0 || height <= 0 || !dimmingEnabled(engine)) return '';
  return svg`<path class="page-surround" fill-rule="evenodd" d=${surroundPath(placements, camera, width, height)}></path>`;
}
