/**
 * The pixel pass (a lazy chunk, loaded through `AssetTextures.pixelEffects` on the first block that
 * needs it): effects without a CSS-filter form run on ImageData, together with the rest of the stack
 * in order, so the result is the same on every backend and in every export. The caller caches the
 * result as a texture. Each effect kind has one painter in {@link PIXEL_PAINTERS}.
 */
import type { EffectSpec } from './block-snapshot.js';
import { applyMatrixToPixels } from './color-matrix.js';
import { colorStepsOf } from './effects.js';
import { cross_cut, extrude_blur, liquid, mirror, pixelize, radial_pixel, shifter, tilt_shift, tv_glitch } from './pixel-effects/distort.js';
import { dot_pattern, half_tone, linocut, outliner, sharpie } from './pixel-effects/pattern.js';
import type { PaintContext, PixelPainter } from './pixel-effects/raster.js';
import { linear, mirrored, radial } from './pixel-effects/blur.js';
import { adjustments, duotone_filter, glow, green_screen, lut_filter, posterize, recolor, vignette } from './pixel-effects/tone.js';

/** The painter of each effect kind that has no colour-matrix form (or not with these parameters). */
export const PIXEL_PAINTERS: Readonly<Record<string, PixelPainter>> = {
  adjustments, duotone_filter, pixelize, vignette, posterize, lut_filter, recolor, green_screen, glow,
  mirror, liquid, shifter, tv_glitch, cross_cut, radial_pixel, extrude_blur, tilt_shift,
  half_tone, dot_pattern, linocut, outliner, sharpie,
};

/** Parameters that name an image the pixel pass needs decoded, per effect kind. */
const IMAGE_PARAMETERS: Readonly<Record<string, readonly string[]>> = { lut_filter: ['lutFileURI'] };

/**
 * The decoded images an effect stack needs (LUTs) by URI, from `source` (which starts their loads),
 * or undefined while any is loading.
 */
export function imagesFor(
  effects: readonly EffectSpec[],
  source: (uri: string) => (CanvasImageSource & { width: number; height: number }) | 'loading' | undefined,
): Map<string, ImageData> | undefined {
  const images = new Map<string, ImageData>();
  let loading = false;
  for (const uri of imagesOfEffects(effects)) {
    const image = source(uri);
    if (image === 'loading') loading = true;
    else if (image) images.set(uri, pixelsOfImage(image));
  }
  return loading ? undefined : images;
}

/** URIs of the images an effect stack needs (LUTs), for loading before the pixel pass. */
export function imagesOfEffects(effects: readonly EffectSpec[]): string[] {
  const uris = new Set<string>();
  for (const effect of effects) {
    for (const name of IMAGE_PARAMETERS[effect.type] ?? []) {
      const uri = effect.parameters[name];
      if (typeof uri === 'string' && uri !== '') uris.add(uri);
    }
  }
  return [...uris];
}

const decoded = new WeakMap<object, ImageData>();

/** The RGBA pixels of a loaded image (a LUT), decoded once per image. */
export function pixelsOfImage(source: CanvasImageSource & { width: number; height: number }): ImageData {
  let pixels = decoded.get(source);
  if (!pixels) {
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, source.width);
    canvas.height = Math.max(1, source.height);
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(source, 0, 0);
    pixels = context.getImageData(0, 0, canvas.width, canvas.height);
    decoded.set(source, pixels);
  }
  return pixels;
}

/**
 * Runs the whole effect stack on `image` in order. `pixelsPerUnit` converts design-unit parameters
 * (pixel sizes, glow size) to the image's pixels; `images` holds the decoded images effects refer
 * to (LUTs) by URI. An effect kind without a painter is skipped.
 */
export function applyPixelEffects(image: ImageData, effects: readonly EffectSpec[], pixelsPerUnit: number, images: ReadonlyMap<string, ImageData> = new Map()): void {
  const context: PaintContext = { pixelsPerUnit, images };
  for (const effect of effects) {
    const steps = colorStepsOf(effect);
    if (steps) {
      for (const step of steps) applyMatrixToPixels(image.data, step.matrix);
      continue;
    }
    PIXEL_PAINTERS[effect.type]?.(image, effect.parameters, context);
  }
}

/** Painters of the blurs that vary over the block (the uniform blur is a CSS/shader filter). */
const BLUR_PAINTERS: Readonly<Record<string, PixelPainter>> = { linear, mirrored, radial };

/** Draws a linear, mirrored or radial blur on `image` (the block's pixels after its effects). */
export function applyVaryingBlur(image: ImageData, blur: { type: string; parameters: EffectSpec['parameters'] }, pixelsPerUnit: number): void {
  BLUR_PAINTERS[blur.type]?.(image, blur.parameters, { pixelsPerUnit, images: new Map() });
}

/**
 * Runs the pixel pass over a block's rendered drawing (`source`, at `resolution` pixels per unit):
 * the effect stack, a varying blur and then a uniform blur of `blurRadius` units. Returns a new canvas.
 */
export function pixelPass(
  source: HTMLCanvasElement,
  effects: readonly EffectSpec[],
  blur: { type: string; parameters: EffectSpec['parameters'] } | undefined,
  resolution: number,
  images: ReadonlyMap<string, ImageData>,
  blurRadius: number,
): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = source.width;
  canvas.height = source.height;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(source, 0, 0);
  if (canvas.width > 0 && canvas.height > 0) {
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    applyPixelEffects(image, effects, resolution, images);
    if (blur && blur.type !== 'uniform') applyVaryingBlur(image, blur, resolution);
    context.putImageData(image, 0, 0);
    if (blurRadius > 0) {
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      copy.getContext('2d')!.drawImage(canvas, 0, 0);
      context.clearRect(0, 0, canvas.width, canvas.height);
      context.filter = `blur(${(blurRadius * resolution).toFixed(2)}px)`;
      context.drawImage(copy, 0, 0);
      context.filter = 'none';
    }
  }
  return canvas;
}
