/**
 * The engine's effect stack and blur as PixiJS filters.
 *
 * Which path each effect takes:
 * | effect | Canvas 2D backend | WebGL / WebGPU |
 * |---|---|---|
 * | adjustments: brightness, contrast, saturation, exposure | CSS `brightness() contrast() saturate()` | ColorMatrixFilter (same matrix) |
 * | grayscale, sepia, invert | CSS `grayscale() sepia() invert()` | ColorMatrixFilter (same matrix) |
 * | uniform blur | CSS `blur()` | BlurFilter |
 * | linear, mirrored, radial blur | pixel pass (after the effects) | pixel pass |
 * | adjustments: temperature, sharpness; every other effect kind (duotone, LUT, glow, half tone, …) | pixel pass (ImageData), cached texture | pixel pass, cached texture |
 *
 * When any effect of a block needs the pixel pass, the whole stack runs there (in stack order),
 * so the order of effects is honoured on every backend.
 *
 * PixiJS's shader filters (ColorMatrixFilter, BlurFilter, the filter system) are only needed on the
 * GPU backends: they live in ./gpu-extensions.ts, loaded by {@link loadGpuExtensions} before a GPU renderer
 * is made (keeping them out of the initial bundle). Until then filters are plain objects with only the
 * CSS form, which is all PixiJS's Canvas 2D filter system reads. Once loaded, new filters are the GPU
 * classes on every backend (they carry the same CSS form).
 */
import type { Filter } from 'pixi.js';
import type { EffectSpec } from './block-snapshot.js';
import {
  brightnessMatrix, contrastMatrix, grayscaleMatrix, IDENTITY, invertMatrix, multiplyMatrices, saturateMatrix, sepiaMatrix,
  type ColorMatrix,
} from './color-matrix.js';

/** Design units of blur radius per unit of `blur/uniform/intensity` (0..1). */
export const BLUR_RADIUS_PER_INTENSITY = 20;

const number = (value: unknown, fallback = 0): number => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

/** One colour step as a CSS filter function and the equivalent matrix. */
export interface ColorStep {
  css: string;
  matrix: ColorMatrix;
}

type Parameters = EffectSpec['parameters'];

function adjustmentSteps(p: Parameters): ColorStep[] | undefined {
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

/**
 * Effect kinds with a colour-matrix form (CSS filter on Canvas 2D, ColorMatrixFilter on the GPU).
 * Every other kind is painted by the pixel pass (`pixel-effects.ts`, one painter per kind).
 */
const COLOR_STEP_KINDS: Readonly<Record<string, (p: Parameters) => ColorStep[] | undefined>> = {
  adjustments: adjustmentSteps,
  grayscale: (p) => [{ css: `grayscale(${number(p.intensity, 1)})`, matrix: grayscaleMatrix(number(p.intensity, 1)) }],
  sepia: (p) => [{ css: `sepia(${number(p.intensity, 1)})`, matrix: sepiaMatrix(number(p.intensity, 1)) }],
  invert: (p) => [{ css: `invert(${number(p.intensity, 1)})`, matrix: invertMatrix(number(p.intensity, 1)) }],
};

/** The colour steps of an effect, or undefined when it needs the pixel pass. */
export function colorStepsOf(effect: EffectSpec): ColorStep[] | undefined {
  return COLOR_STEP_KINDS[effect.type]?.(effect.parameters);
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

/** The product of colour steps as a PixiJS colour matrix and as a CSS filter string. */
export function combineSteps(steps: readonly ColorStep[]): { matrix: ColorMatrix; css: string } {
  let matrix = IDENTITY;
  for (const step of steps) matrix = multiplyMatrices(step.matrix, matrix);
  return { matrix, css: steps.length > 0 ? steps.map((step) => step.css).join(' ') : '' };
}

/** CSS `blur()` of a radius in design units at the render in progress ('' for none). */
export function blurCss(radius: number): string {
  const pixels = radius * activeRenderScale;
  return pixels > 0 ? `blur(${pixels.toFixed(2)}px)` : '';
}

/** A colour-matrix filter: its matrix (shader path) and CSS twin (Canvas 2D path) follow the steps. */
export interface ColorFilter {
  setSteps(steps: readonly ColorStep[]): void;
  getCanvasFilterString(): string;
  destroy(): void;
}

/** A blur filter whose radius is in design units. */
export interface BlurFilterLike {
  /** Blur radius in design units. */
  radius: number;
  strength: number;
  padding: number;
  getCanvasFilterString(): string;
  destroy(): void;
}

/** The filter classes in use: CSS-only until {@link loadGpuExtensions}, PixiJS's shader filters after. */
export interface FilterKit {
  ColorFilter: new () => ColorFilter;
  BlurFilter: new (options: { quality: number }) => BlurFilterLike;
}

/** Canvas 2D only: PixiJS's CanvasFilterSystem reads `enabled` and `getCanvasFilterString()`. */
class CanvasColorFilter implements ColorFilter {
  enabled = true;
  private css = '';
  setSteps(steps: readonly ColorStep[]): void {
    this.css = combineSteps(steps).css;
  }
  getCanvasFilterString(): string {
    return this.css;
  }
  destroy(): void {}
}

/** Canvas 2D only, see {@link CanvasColorFilter}. */
class CanvasBlurFilter implements BlurFilterLike {
  enabled = true;
  radius = 0;
  strength = 0;
  padding = 0;
  constructor(_options: { quality: number }) {}
  getCanvasFilterString(): string {
    return blurCss(this.radius);
  }
  destroy(): void {}
}

let kit: FilterKit = { ColorFilter: CanvasColorFilter, BlurFilter: CanvasBlurFilter };
let gpuLoad: Promise<void> | undefined;

/**
 * Loads the PixiJS parts of the GPU backends (./gpu-extensions.ts: shader filters, filter system,
 * advanced blend modes, graphics pipe). Must have settled before a WebGL/WebGPU renderer is created
 * or views that it draws are built.
 */
export function loadGpuExtensions(): Promise<void> {
  gpuLoad ??= import('./gpu-extensions.js').then((module) => {
    kit = module.gpuFilterKit;
  }, (error: unknown) => {
    gpuLoad = undefined;
    throw error;
  });
  return gpuLoad;
}

/** Reuses `existing` when it is a blur filter of the current kit, or makes one, and sets its radius. */
export function blurFilterFor(existing: unknown, radius: number): Filter {
  const filter = existing instanceof kit.BlurFilter ? existing : new kit.BlurFilter({ quality: 3 });
  filter.radius = radius;
  // BlurFilter's strength is in the filter's pixels; the renderer scales views, so design units are close enough.
  filter.strength = radius;
  filter.padding = Math.ceil(radius * 2);
  return filter as unknown as Filter;
}

/**
 * Builds (or reuses) the filters of a block whose effects all have a colour-matrix form.
 * Returns `null` when nothing is to be filtered.
 */
export function buildFilters(effects: readonly EffectSpec[], blurRadius: number, previous: readonly Filter[] | null): Filter[] | null {
  const steps = effects.flatMap((effect) => colorStepsOf(effect) ?? []);
  const filters: unknown[] = [];
  if (steps.length > 0) {
    const reuse = previous?.find((filter) => filter instanceof kit.ColorFilter) as ColorFilter | undefined;
    const filter = reuse ?? new kit.ColorFilter();
    filter.setSteps(steps);
    filters.push(filter);
  }
  if (blurRadius > 0) {
    filters.push(blurFilterFor(previous?.find((filter) => filter instanceof kit.BlurFilter), blurRadius));
  }
  for (const filter of previous ?? []) if (!filters.includes(filter)) filter.destroy();
  return filters.length > 0 ? (filters as Filter[]) : null;
}
