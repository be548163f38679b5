/**
 * The pixel pass: effects without a CSS-filter form (temperature, sharpness, duotone, pixelize,
 * vignette, posterize) run on ImageData, together with the rest of the stack in order, so the result
 * is the same on every backend. The caller caches the result as a texture.
 */
import type { Color } from '../engine/index.js';
import type { EffectSpec } from './block-snapshot.js';
import { applyMatrixToPixels } from './color-matrix.js';
import { colorStepsOf } from './effects.js';
import { toScreenColor } from './color.js';

const number = (value: unknown, fallback = 0): number => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

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
  const strength = Math.max(-1, Math.min(1, amount)) * 1.5;
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

function duotone(data: Uint8ClampedArray, dark: Color | undefined, light: Color | undefined, intensity: number): void {
  const darkColor = toScreenColor(dark ?? { r: 0.1, g: 0.1, b: 0.4, a: 1 }).hex;
  const lightColor = toScreenColor(light ?? { r: 1, g: 0.8, b: 0.3, a: 1 }).hex;
  const channels = (hex: number) => [(hex >> 16) & 255, (hex >> 8) & 255, hex & 255];
  let [dr, dg, db] = channels(darkColor);
  let [lr, lg, lb] = channels(lightColor);
  const mix = Math.min(1, Math.abs(intensity));
  if (intensity < 0) [dr, dg, db, lr, lg, lb] = [lr, lg, lb, dr, dg, db];
  for (let index = 0; index < data.length; index += 4) {
    const luminance = (0.2126 * data[index] + 0.7152 * data[index + 1] + 0.0722 * data[index + 2]) / 255;
    data[index] = data[index] * (1 - mix) + (dr + (lr - dr) * luminance) * mix;
    data[index + 1] = data[index + 1] * (1 - mix) + (dg + (lg - dg) * luminance) * mix;
    data[index + 2] = data[index + 2] * (1 - mix) + (db + (lb - db) * luminance) * mix;
  }
}

function pixelize(image: ImageData, cellWidth: number, cellHeight: number): void {
  const { width, height, data } = image;
  const cw = Math.max(1, Math.round(cellWidth));
  const ch = Math.max(1, Math.round(cellHeight));
  for (let top = 0; top < height; top += ch) {
    for (let left = 0; left < width; left += cw) {
      const sums = [0, 0, 0, 0];
      let count = 0;
      for (let y = top; y < Math.min(height, top + ch); y += 1) {
        for (let x = left; x < Math.min(width, left + cw); x += 1) {
          const index = (y * width + x) * 4;
          for (let channel = 0; channel < 4; channel += 1) sums[channel] += data[index + channel];
          count += 1;
        }
      }
      for (let y = top; y < Math.min(height, top + ch); y += 1) {
        for (let x = left; x < Math.min(width, left + cw); x += 1) {
          const index = (y * width + x) * 4;
          for (let channel = 0; channel < 4; channel += 1) data[index + channel] = sums[channel] / count;
        }
      }
    }
  }
}

function vignette(image: ImageData, offset: number, darkness: number): void {
  const { width, height, data } = image;
  // offset (0..5, default 1): how far the darkening reaches in; darkness (0..5): how dark the rim gets.
  const inner = Math.max(0, Math.min(0.95, 1 - 0.5 * offset));
  const strength = 1 - Math.exp(-Math.max(0, darkness));
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const dx = (x + 0.5) / width - 0.5;
      const dy = (y + 0.5) / height - 0.5;
      const distance = Math.sqrt(dx * dx + dy * dy) / Math.SQRT1_2;
      const t = Math.max(0, Math.min(1, (distance - inner) / Math.max(1e-3, 1 - inner)));
      const factor = 1 - strength * t * t * (3 - 2 * t);
      const index = (y * width + x) * 4;
      data[index] *= factor;
      data[index + 1] *= factor;
      data[index + 2] *= factor;
    }
  }
}

function posterize(data: Uint8ClampedArray, levels: number): void {
  const steps = Math.max(2, Math.min(256, Math.round(levels)));
  const size = 255 / (steps - 1);
  for (let index = 0; index < data.length; index += 4) {
    for (let channel = 0; channel < 3; channel += 1) data[index + channel] = Math.round(data[index + channel] / size) * size;
  }
}

/**
 * Runs the whole effect stack on `image` in order. `pixelsPerUnit` converts design-unit parameters
 * (pixel sizes) to the image's pixels.
 */
export function applyPixelEffects(image: ImageData, effects: readonly EffectSpec[], pixelsPerUnit: number): void {
  for (const effect of effects) {
    const p = effect.parameters;
    const steps = colorStepsOf(effect);
    if (steps) {
      for (const step of steps) applyMatrixToPixels(image.data, step.matrix);
      continue;
    }
    switch (effect.type) {
      case 'adjustments': {
        const adjusted: EffectSpec = { type: 'adjustments', parameters: { ...p, temperature: 0, sharpness: 0 } };
        for (const step of colorStepsOf(adjusted) ?? []) applyMatrixToPixels(image.data, step.matrix);
        if (number(p.temperature) !== 0) temperature(image.data, number(p.temperature));
        if (number(p.sharpness) !== 0) sharpen(image, number(p.sharpness));
        break;
      }
      case 'duotone_filter':
        duotone(image.data, p.darkColor as Color | undefined, p.lightColor as Color | undefined, number(p.intensity, 1));
        break;
      case 'pixelize':
        pixelize(image, number(p.horizontalPixelSize, 20) * pixelsPerUnit, number(p.verticalPixelSize, 20) * pixelsPerUnit);
        break;
      case 'vignette':
        vignette(image, number(p.offset, 1), number(p.darkness, 1));
        break;
      case 'posterize':
        posterize(image.data, number(p.levels, 4));
        break;
      default:
        break;
    }
  }
}
