import { isCMYKColor, isRGBAColor, isSpotColor } from './color.js';
import { CesdkError, describeValue } from './errors.js';
import type { CMYKColor, Color, RGBAColor } from './types.js';

/** The color spaces `convertColorToColorSpace` converts to, as CE.SDK's `ColorSpace`. */
export type ColorSpace = 'sRGB' | 'CMYK' | 'SpotColor';

/** A spot color's approximations for screen (RGB) and print (CMYK). */
export interface SpotApproximations {
  rgb?: { r: number; g: number; b: number };
  cmyk?: { c: number; m: number; y: number; k: number };
}

/** CE.SDK shows an undefined spot color as magenta. */
const MAGENTA = { r: 1, g: 0, b: 1 };

function rgbToCmyk(r: number, g: number, b: number): { c: number; m: number; y: number; k: number } {
  const k = 1 - Math.max(r, g, b);
  if (k >= 1) return { c: 0, m: 0, y: 0, k: 1 };
  return { c: (1 - r - k) / (1 - k), m: (1 - g - k) / (1 - k), y: (1 - b - k) / (1 - k), k };
}

/** Naive CMYK → sRGB (no ICC profile): what screens show for print colours without colour management. */
export function cmykToRgb({ c, m, y, k }: { c: number; m: number; y: number; k: number }): { r: number; g: number; b: number } {
  return { r: (1 - c) * (1 - k), g: (1 - m) * (1 - k), b: (1 - y) * (1 - k) };
}

/**
 * Converts a color between sRGB and CMYK (CE.SDK's simple formula); spot colors through their
 * approximations (magenta when undefined). Alpha becomes tint and tint becomes alpha.
 */
export function convertColor(color: Color, space: ColorSpace, spots: ReadonlyMap<string, SpotApproximations>): Color {
  if (space !== 'sRGB' && space !== 'CMYK' && space !== 'SpotColor') throw new CesdkError('INVALID_VALUE', `unknown color space '${describeValue(space)}' (expected sRGB, CMYK or SpotColor)`);
  if (space === 'SpotColor') {
    if (isSpotColor(color)) return color;
    throw new CesdkError('INVALID_VALUE', 'only a spot color can be expressed in the SpotColor space');
  }
  let rgb: { r: number; g: number; b: number } | undefined;
  let cmyk: { c: number; m: number; y: number; k: number } | undefined;
  let alpha: number;
  if (isRGBAColor(color)) {
    rgb = { r: color.r, g: color.g, b: color.b };
    alpha = color.a;
  } else if (isCMYKColor(color)) {
    cmyk = { c: color.c, m: color.m, y: color.y, k: color.k };
    alpha = color.tint;
  } else if (isSpotColor(color)) {
    const approximations = spots.get(color.name);
    rgb = approximations?.rgb;
    cmyk = approximations?.cmyk;
    if (!rgb && !cmyk) rgb = MAGENTA;
    alpha = color.tint;
  } else {
    throw new CesdkError('INVALID_VALUE', 'a color must be RGBA, CMYK or a spot color');
  }
  if (space === 'sRGB') {
    const source = rgb ?? cmykToRgb(cmyk!);
    return Object.freeze({ r: source.r, g: source.g, b: source.b, a: alpha }) as RGBAColor;
  }
  const source = cmyk ?? rgbToCmyk(rgb!.r, rgb!.g, rgb!.b);
  return Object.freeze({ c: source.c, m: source.m, y: source.y, k: source.k, tint: alpha }) as CMYKColor;
}
