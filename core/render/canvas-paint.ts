/**
 * The Canvas 2D backend's own drawing, one lazy chunk (`canvasPaintChunk`): texts as glyph runs
 * (`glyph-runs.ts`), shapes painted straight onto the target (`shape-paint.ts`), the block views'
 * roots that paint a flat drawing themselves (`paint-root.ts`) and the tile painter's direct path
 * (`direct-tiles.ts`). Only the Canvas 2D backend loads it; GPU backends draw through PixiJS's
 * `Text` and `Graphics`.
 */
export { GlyphRunText, fillGlyphRuns, plainTextLayout, releaseTextLayouts } from './glyph-runs.js';
export { ShapePaint, paintsDirectly, shapePaintSpec } from './shape-paint.js';
export { clipped, ensureStaticRoots, paintViews, placeRoots } from './direct-tiles.js';
export { PaintRoot, flatDrawingOf } from './paint-root.js';
