/**
 * The engine's effect stack and blur as PixiJS filters.
 *
 * Which path each effect takes:
 * | effect | Canvas 2D backend | WebGL / WebGPU |
 * |---|---|---|
 * | adjustments: brightness, contrast, saturation, exposure | CSS `brightness() contrast() saturate()` | ColorMatrixFilter (same matrix) |
 * | grayscale, sepia, invert | CSS `grayscale() sepia() invert()` | ColorMatrixFilter (same matrix) |
 * | uniform blur | CSS `blur()` | BlurFilter |
 * | adjustments: temperature, sharpness; duotone, pixelize, vignette, posterize | pixel pass (ImageData), cached texture | pixel pass, cached texture |
 *
 * When any effect of a block needs the pixel pass, the whole stack runs there (in stack order),
 * so the order of effects is honoured on every backend.
 */
import { BlurFilter, ColorMatrixFilter, type Filter } from 'pixi.js';
import type { EffectSpec } from './block-snapshot.js';
import {
  brightnessMatrix, contrastMatrix, grayscaleMatrix, IDENTITY, invertMatrix, multiplyMatrices, saturateMatrix, sepiaMatrix,
  type ColorMatrix,
} from './color-matrix.js';

/** Design units of blur radius per unit of `blur/uniform/intensity` (0..1). */
export const BLUR_RADIUS_PER_INTENSITY = 20;

const number = (value: unknown, fallback = 0): number => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

/** One colour step as a CSS filter function and the equivalent matrix. */
interface ColorStep {
  css: string;
  matrix: ColorMatrix;
}

/** The colour steps of an effect, or undefined when it needs the pixel pass. */
export function colorStepsOf(effect: EffectSpec): ColorStep[] | undefined {
  const p = effect.parameters;
  const intensity = number(p.intensity, 1);
  switch (effect.type) {
    case 'adjustments': {
      if (number(p.temperature) !== 0 || number(p.sharpness) !== 0) return undefined;
      const steps: ColorStep[] = [];
      const exposure = number(p.exposure);
      if (exposure !== 0) steps.push({ css: `brightness(${2 ** exposure})`, matrix: brightnessMatrix(2 ** exposure) });
      const brightness = number(p.brightness);
      if (brightness !== 0) steps.push({ css: `brightness(${Math.max(0, 1 + brightness)})`, matrix: brightnessMatrix(Math.max(0, 1 + brightness)) });
      const contrast = number(p.contrast);
      if (contrast !== 0) steps.push({ css: `contrast(${Math.max(0, 1 + contrast)})`, matrix: contrastMatrix(Math.max(0, 1 + contrast)) });
      const saturation = number(p.saturation);
      if (saturation !== 0) steps.push({ css: `saturate(${Math.max(0, 1 + saturation)})`, matrix: saturateMatrix(Math.max(0, 1 + saturation)) });
      return steps;
    }
    case 'grayscale': return [{ css: `grayscale(${intensity})`, matrix: grayscaleMatrix(intensity) }];
    case 'sepia': return [{ css: `sepia(${intensity})`, matrix: sepiaMatrix(intensity) }];
    case 'invert': return [{ css: `invert(${intensity})`, matrix: invertMatrix(intensity) }];
    default: return undefined;
  }
}

/** Whether this effect stack must go through the pixel pass on every backend. */
export function needsPixelPass(effects: readonly EffectSpec[]): boolean {
  return effects.some((effect) => colorStepsOf(effect) === undefined);
}

/** The blur radius in design units of a blur intensity. */
export function blurRadiusOf(intensity: number): number {
  return Math.max(0, number(intensity)) * BLUR_RADIUS_PER_INTENSITY;
}

/**
 * Device pixels per design unit of the render in progress. CSS `blur()` lengths are in canvas pixels,
 * untouched by the context transform, so the filter strings read this when PixiJS asks for them.
 */
let activeRenderScale = 1;

/** Sets {@link activeRenderScale} for the next PixiJS render call. */
export function setActiveRenderScale(scale: number): void {
  activeRenderScale = Number.isFinite(scale) && scale > 0 ? scale : 1;
}

/** A colour-matrix filter with a CSS form for PixiJS's Canvas 2D renderer. */
export class CssColorMatrixFilter extends ColorMatrixFilter {
  private css = 'none';

  /** Sets the matrix (shader path) and its CSS twin (Canvas 2D path). */
  setSteps(steps: readonly ColorStep[]): void {
    let matrix = IDENTITY;
    for (const step of steps) matrix = multiplyMatrices(step.matrix, matrix);
    this.matrix = matrix as unknown as ColorMatrixFilter['matrix'];
    this.css = steps.length > 0 ? steps.map((step) => step.css).join(' ') : '';
  }

  /** Read by PixiJS's CanvasFilterSystem. */
  getCanvasFilterString(): string {
    return this.css;
  }
}

/** A blur filter whose radius is in design units, with a CSS form for Canvas 2D. */
export class CssBlurFilter extends BlurFilter {
  /** Blur radius in design units. */
  radius = 0;

  /** Read by PixiJS's CanvasFilterSystem at render time. */
  getCanvasFilterString(): string {
    const pixels = this.radius * activeRenderScale;
    return pixels > 0 ? `blur(${pixels.toFixed(2)}px)` : '';
  }
}

/**
 * Builds (or reuses) the filters of a block whose effects all have a colour-matrix form.
 * Returns `null` when nothing is to be filtered.
 */
export function buildFilters(effects: readonly EffectSpec[], blurRadius: number, previous: readonly Filter[] | null): Filter[] | null {
  const steps = effects.flatMap((effect) => colorStepsOf(effect) ?? []);
  const filters: Filter[] = [];
  if (steps.length > 0) {
    const reuse = previous?.find((filter): filter is CssColorMatrixFilter => filter instanceof CssColorMatrixFilter);
    const filter = reuse ?? new CssColorMatrixFilter();
    filter.setSteps(steps);
    filters.push(filter);
  }
  if (blurRadius > 0) {
    const reuse = previous?.find((filter): filter is CssBlurFilter => filter instanceof CssBlurFilter);
    const filter = reuse ?? new CssBlurFilter({ quality: 3 });
    filter.radius = blurRadius;
    // BlurFilter's strength is in the filter's pixels; the renderer scales views, so design units are close enough.
    filter.strength = blurRadius;
    filter.padding = Math.ceil(blurRadius * 2);
    filters.push(filter);
  }
  for (const filter of previous ?? []) if (!filters.includes(filter)) filter.destroy();
  return filters.length > 0 ? filters : null;
}
