/**
 * PixiJS's shader filters for the WebGL/WebGPU backends, loaded on demand by `loadGpuFilters()`
 * (./effects.ts) so the Canvas 2D path and the initial bundle do without them. Importing this module
 * registers PixiJS's GPU filter system (the renderer is created with `manageImports: false`) and the
 * advanced blend modes (GPU backends draw the non-Porter-Duff modes with blend filters; Canvas 2D maps
 * them to globalCompositeOperation itself).
 */
import { BlurFilter, ColorMatrixFilter, extensions, FilterSystem } from 'pixi.js';
import 'pixi.js/advanced-blend-modes';
import { blurCss, combineSteps, type BlurFilterLike, type ColorFilter, type ColorStep, type FilterKit } from './effects.js';

extensions.add(FilterSystem);

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
