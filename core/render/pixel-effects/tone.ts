/**
 * Painters that change colours pixel by pixel (or from a blurred copy): adjustments without a CSS
 * form, duotone, posterize, vignette, LUT, recolor, green screen, glow.
 */
import { applyMatrixToPixels } from '../color-matrix.js';
import { colorStepsOf } from '../effects.js';
import {
  blurredPremultiplied, clamp, luminance, num, rgbOf, smoothstep, writePremultiplied,
  type PixelPainter,
} from './raster.js';

function temperature(data: Uint8ClampedArray, amount: number): void {
  // Warm shifts red up and blue down (and the reverse for cool), the usual white-balance approximation.
  const red = 1 + 0.25 * amount;
  const blue = 1 - 0.25 * amount;
  for (let index = 0; index < data.length; index += 4) {
    data[index] *= red;
    data[index + 2] *= blue;
  }
}

function sharpen(image: ImageData, amount: number): void {
  const { width, height, data } = image;
  const source = new Uint8ClampedArray(data);
  const strength = clamp(amount, -1, 1) * 1.5;
  for (let y = 1; y < height - 1; y += 1) {
    for (let x = 1; x < width - 1; x += 1) {
      const index = (y * width + x) * 4;
      for (let channel = 0; channel < 3; channel += 1) {
        const center = source[index + channel];
        const around = source[index - 4 + channel] + source[index + 4 + channel] + source[index - width * 4 + channel] + source[index + width * 4 + channel];
        data[index + channel] = center + strength * (4 * center - around);
      }
    }
  }
}

/** Chroma (Cb, Cr) of 0..255 channels, each about -0.5..0.5. */
function chroma(r: number, g: number, b: number): [number, number] {
  const y = luminance(r, g, b);
  return [(b / 255 - y) * 0.565, (r / 255 - y) * 0.713];
}

export const adjustments: PixelPainter = (image, p) => {
  for (const step of colorStepsOf({ type: 'adjustments', parameters: { ...p, temperature: 0, sharpness: 0 } }) ?? []) applyMatrixToPixels(image.data, step.matrix);
  if (num(p.temperature, 0) !== 0) temperature(image.data, num(p.temperature, 0));
  if (num(p.sharpness, 0) !== 0) sharpen(image, num(p.sharpness, 0));
};

export const duotone_filter: PixelPainter = (image, p) => {
  const intensity = num(p.intensity, 0);
  let [dr, dg, db] = rgbOf(p.darkColor, [26, 26, 102]);
  let [lr, lg, lb] = rgbOf(p.lightColor, [255, 204, 77]);
  const mix = Math.min(1, Math.abs(intensity));
  if (intensity < 0) [dr, dg, db, lr, lg, lb] = [lr, lg, lb, dr, dg, db];
  const data = image.data;
  for (let index = 0; index < data.length; index += 4) {
    const lum = luminance(data[index], data[index + 1], data[index + 2]);
    data[index] = data[index] * (1 - mix) + (dr + (lr - dr) * lum) * mix;
    data[index + 1] = data[index + 1] * (1 - mix) + (dg + (lg - dg) * lum) * mix;
    data[index + 2] = data[index + 2] * (1 - mix) + (db + (lb - db) * lum) * mix;
  }
};

export const posterize: PixelPainter = (image, p) => {
  const steps = clamp(Math.round(num(p.levels, 3)), 2, 256);
  const size = 255 / (steps - 1);
  const data = image.data;
  for (let index = 0; index < data.length; index += 4) {
    for (let channel = 0; channel < 3; channel += 1) data[index + channel] = Math.round(data[index + channel] / size) * size;
  }
};

export const vignette: PixelPainter = (image, p) => {
  const { width, height, data } = image;
  // offset (0..5, default 1): how far the darkening reaches in; darkness (0..5): how dark the rim gets.
  const inner = clamp(1 - 0.5 * num(p.offset, 1), 0, 0.95);
  const strength = 1 - Math.exp(-Math.max(0, num(p.darkness, 1)));
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const dx = (x + 0.5) / width - 0.5;
      const dy = (y + 0.5) / height - 0.5;
      const distance = Math.sqrt(dx * dx + dy * dy) / Math.SQRT1_2;
      const factor = 1 - strength * smoothstep(inner, 1, distance);
      const index = (y * width + x) * 4;
      data[index] *= factor;
      data[index + 1] *= factor;
      data[index + 2] *= factor;
    }
  }
};

/**
 * A LUT image as CE.SDK's LUT PNGs lay it out: `horizontalTileCount` × `verticalTileCount` tiles,
 * one per blue level (row by row); inside a tile red grows to the right and green downwards.
 * Blue is interpolated between the two nearest tiles. Nothing happens until the image has loaded.
 */
export const lut_filter: PixelPainter = (image, p, context) => {
  const lut = typeof p.lutFileURI === 'string' ? context.images.get(p.lutFileURI) : undefined;
  if (!lut) return;
  const columns = Math.max(1, Math.round(num(p.horizontalTileCount, 5)));
  const rows = Math.max(1, Math.round(num(p.verticalTileCount, 5)));
  const tileWidth = Math.floor(lut.width / columns);
  const tileHeight = Math.floor(lut.height / rows);
  if (tileWidth < 1 || tileHeight < 1) return;
  const levels = columns * rows;
  const intensity = clamp(num(p.intensity, 1), 0, 1);
  const table = lut.data;
  const data = image.data;
  const lookup = (tile: number, red: number, green: number, channel: number) => {
    const x = (tile % columns) * tileWidth + Math.round(red * (tileWidth - 1));
    const y = Math.floor(tile / columns) * tileHeight + Math.round(green * (tileHeight - 1));
    return table[(y * lut.width + x) * 4 + channel];
  };
  for (let index = 0; index < data.length; index += 4) {
    const red = data[index] / 255;
    const green = data[index + 1] / 255;
    const blue = (data[index + 2] / 255) * (levels - 1);
    const low = Math.floor(blue);
    const high = Math.min(levels - 1, low + 1);
    const mix = blue - low;
    for (let channel = 0; channel < 3; channel += 1) {
      const mapped = lookup(low, red, green, channel) * (1 - mix) + lookup(high, red, green, channel) * mix;
      data[index + channel] = data[index + channel] * (1 - intensity) + mapped * intensity;
    }
  }
};

/** Replaces colours near `fromColor` (chroma distance, brightness weighted) with `toColor`, keeping the brightness differences. */
export const recolor: PixelPainter = (image, p) => {
  const [fr, fg, fb] = rgbOf(p.fromColor, [255, 255, 255]);
  const [tr, tg, tb] = rgbOf(p.toColor, [0, 0, 255]);
  const [fromCb, fromCr] = chroma(fr, fg, fb);
  const fromLum = luminance(fr, fg, fb);
  const match = num(p.colorMatch, 0.4);
  const smooth = num(p.smoothness, 0.08);
  const brightnessWeight = num(p.brightnessMatch, 1);
  const data = image.data;
  for (let index = 0; index < data.length; index += 4) {
    const [r, g, b] = [data[index], data[index + 1], data[index + 2]];
    const [cb, cr] = chroma(r, g, b);
    const lumDelta = luminance(r, g, b) - fromLum;
    const distance = Math.sqrt((cb - fromCb) ** 2 + (cr - fromCr) ** 2 + (brightnessWeight * lumDelta * 0.5) ** 2);
    const keep = smoothstep(match * 0.5, match * 0.5 + smooth, distance);
    const shift = lumDelta * 255;
    data[index] = r * keep + (tr + shift) * (1 - keep);
    data[index + 1] = g * keep + (tg + shift) * (1 - keep);
    data[index + 2] = b * keep + (tb + shift) * (1 - keep);
  }
};

/** Keys out colours near `fromColor` (chroma distance); `spill` desaturates what stays near the edge of the key. */
export const green_screen: PixelPainter = (image, p) => {
  const [fromCb, fromCr] = chroma(...rgbOf(p.fromColor, [0, 255, 0]));
  const match = num(p.colorMatch, 0.4);
  const smooth = num(p.smoothness, 0.08);
  const spill = clamp(num(p.spill, 0), 0, 1);
  const data = image.data;
  for (let index = 0; index < data.length; index += 4) {
    const [r, g, b] = [data[index], data[index + 1], data[index + 2]];
    const [cb, cr] = chroma(r, g, b);
    const distance = Math.sqrt((cb - fromCb) ** 2 + (cr - fromCr) ** 2);
    data[index + 3] *= smoothstep(match, match + smooth, distance);
    if (spill > 0) {
      const desaturate = spill * (1 - smoothstep(match, match + smooth + 0.25, distance));
      const gray = luminance(r, g, b) * 255;
      data[index] = r + (gray - r) * desaturate;
      data[index + 1] = g + (gray - g) * desaturate;
      data[index + 2] = b + (gray - b) * desaturate;
    }
  }
};

/**
 * A bloom: the content darkened by `darkness`, plus a blurred copy of it (radius twice `size` design
 * units) times `amount`, added like light; the halo reaches past edges into transparency.
 */
export const glow: PixelPainter = (image, p, context) => {
  const radius = Math.max(0, num(p.size, 4)) * 2 * context.pixelsPerUnit;
  const amount = Math.max(0, num(p.amount, 0.5));
  const keep = 1 - clamp(num(p.darkness, 0.3), 0, 1);
  const halo = blurredPremultiplied(image, radius);
  const data = image.data;
  for (let index = 0; index < data.length; index += 4) {
    const alpha = data[index + 3];
    const own = (alpha / 255) * keep;
    const bloomAlpha = halo[index + 3];
    const bloom = (channel: number) => halo[index + channel] * amount;
    writePremultiplied(data, index,
      Math.min(255, data[index] * own + bloom(0)), Math.min(255, data[index + 1] * own + bloom(1)), Math.min(255, data[index + 2] * own + bloom(2)),
      Math.max(alpha, Math.min(255, bloomAlpha * amount)));
  }
};
