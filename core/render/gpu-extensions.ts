/**
 * The PixiJS parts only the WebGL/WebGPU backends use, loaded on demand by `loadGpuExtensions()`
 * (./effects.ts) so the Canvas 2D path and the initial bundle do without them. Importing this module
 * registers (renderers are created with `manageImports: false`):
 * - PixiJS's GPU filter system, and the shader forms of our colour-matrix and blur filters;
 * - the advanced blend modes (GPU backends draw the non-Porter-Duff modes with blend filters; Canvas 2D
 *   maps them to globalCompositeOperation itself);
 * - the GPU graphics pipe and context system (tessellation, batching, shaders). In the browser bundle
 *   PixiJS's Graphics registers only its Canvas 2D pipe (scripts/rollup-pixi-lean.mjs); from the
 *   sources Graphics registers both and these calls change nothing.
 */
import { BlurFilter, ColorMatrixFilter, extensions, FilterSystem, GraphicsContextSystem, GraphicsPipe } from 'pixi.js';
import 'pixi.js/advanced-blend-modes';
import { blurCss, combineSteps, type BlurFilterLike, type ColorFilter, type ColorStep, type FilterKit } from './effects.js';

extensions.add(FilterSystem, GraphicsPipe, GraphicsContextSystem);

/** A colour-matrix filter with a CSS form for PixiJS's Canvas 2D renderer. */
class CssColorMatrixFilter extends ColorMatrixFilter implements ColorFilter {
  private css = '';

  /** Sets the matrix (shader path) and its CSS twin (Canvas 2D path). */
  setSteps(steps: readonly ColorStep[]): void {
    const { matrix, css } = combineSteps(steps);
    this.matrix = matrix as unknown as ColorMatrixFilter['matrix'];
    this.css = css;
  }

  /** Read by PixiJS's CanvasFilterSystem. */
  getCanvasFilterString(): string {
    return this.css;
  }
}

/** A blur filter whose radius is in design units, with a CSS form for Canvas 2D. */
class CssBlurFilter extends BlurFilter implements BlurFilterLike {
  /** Blur radius in design units. */
  radius = 0;

  /** Read by PixiJS's CanvasFilterSystem at render time. */
  getCanvasFilterString(): string {
    return blurCss(this.radius);
  }
}

export const gpuFilterKit: FilterKit = { ColorFilter: CssColorMatrixFilter, BlurFilter: CssBlurFilter };
