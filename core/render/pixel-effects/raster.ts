/**
 * Shared pieces of the pixel painters: parameter reads, colours, sampling, blurring and noise on
 * straight-alpha RGBA `ImageData` (what `getImageData` returns).
 */
import type { Color } from '../../engine/index.js';
import type { EffectSpec } from '../block-snapshot.js';
import { toScreenColor } from '../color.js';

/** An effect's parameters, by the last path segment. */
export type EffectParameters = EffectSpec['parameters'];

/** What a painter knows besides the pixels. */
export interface PaintContext {
  /** Image pixels per design unit, for parameters in design units. */
  readonly pixelsPerUnit: number;
  /** Decoded images the stack needs (LUTs), by URI; a missing one has not loaded or failed. */
  readonly images: ReadonlyMap<string, ImageData>;
}

/** Paints one effect kind onto the pixels, in place. */
export type PixelPainter = (image: ImageData, parameters: EffectParameters, context: PaintContext) => void;

/** A finite number parameter or the fallback (CE.SDK's default). */
export function num(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** A colour parameter as sRGB channels 0..255. */
export function rgbOf(value: unknown, fallback: [number, number, number]): [number, number, number] {
  if (!value || typeof value !== 'object') return fallback;
  const hex = toScreenColor(value as Color).hex;
  return [(hex >> 16) & 255, (hex >> 8) & 255, hex & 255];
}

export const clamp = (value: number, low: number, high: number): number => (value < low ? low : value > high ? high : value);

/** Hermite step between two edges, as GLSL's smoothstep. */
export function smoothstep(edge0: number, edge1: number, value: number): number {
  if (edge1 <= edge0) return value < edge0 ? 0 : 1;
  const t = clamp((value - edge0) / (edge1 - edge0), 0, 1);
  return t * t * (3 - 2 * t);
}

/** Rec. 709 luminance of 0..255 channels, 0..1. */
export function luminance(r: number, g: number, b: number): number {
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

/** A repeatable pseudo-random value in 0..1 for an integer and a seed. */
export function hash(index: number, seed = 0): number {
  const value = Math.sin(index * 127.1 + seed * 311.7) * 43758.5453;
  return value - Math.floor(value);
}

/** Smooth 1-D value noise in 0..1. */
export function noise(position: number, seed = 0): number {
  const cell = Math.floor(position);
  const t = position - cell;
  const eased = t * t * (3 - 2 * t);
  return hash(cell, seed) * (1 - eased) + hash(cell + 1, seed) * eased;
}

/**
 * Redraws every pixel from a source position (clamped to the edge, nearest pixel): `at(x, y)`
 * returns the source x and y for the target pixel.
 */
export function remap(image: ImageData, at: (x: number, y: number) => readonly [number, number]): void {
  const { width, height, data } = image;
  const source = new Uint8ClampedArray(data);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const [sx, sy] = at(x, y);
      const from = (clamp(Math.round(sy), 0, height - 1) * width + clamp(Math.round(sx), 0, width - 1)) * 4;
      const to = (y * width + x) * 4;
      data[to] = source[from];
      data[to + 1] = source[from + 1];
      data[to + 2] = source[from + 2];
      data[to + 3] = source[from + 3];
    }
  }
}

/** Index of the pixel nearest to (x, y), clamped to the image. */
export function indexAt(image: ImageData, x: number, y: number): number {
  return (clamp(Math.round(y), 0, image.height - 1) * image.width + clamp(Math.round(x), 0, image.width - 1)) * 4;
}

function boxPass(source: Float32Array, target: Float32Array, width: number, height: number, radius: number, horizontal: boolean): void {
  const lines = horizontal ? height : width;
  const length = horizontal ? width : height;
  const stride = horizontal ? 4 : width * 4;
  const size = 2 * radius + 1;
  for (let line = 0; line < lines; line += 1) {
    const start = horizontal ? line * width * 4 : line * 4;
    for (let channel = 0; channel < 4; channel += 1) {
      const at = (position: number) => source[start + clamp(position, 0, length - 1) * stride + channel];
      let sum = 0;
      for (let offset = -radius; offset <= radius; offset += 1) sum += at(offset);
      for (let position = 0; position < length; position += 1) {
        target[start + position * stride + channel] = sum / size;
        sum += at(position + radius + 1) - at(position - radius);
      }
    }
  }
}

/**
 * A blurred copy (three box passes each way, close to a Gaussian of `radius` pixels) with
 * premultiplied channels 0..255, so transparent pixels do not darken what they touch.
 */
export function blurredPremultiplied(image: ImageData, radius: number): Float32Array {
  const { width, height, data } = image;
  const current = new Float32Array(data.length);
  for (let index = 0; index < data.length; index += 4) {
    const alpha = data[index + 3] / 255;
    current[index] = data[index] * alpha;
    current[index + 1] = data[index + 1] * alpha;
    current[index + 2] = data[index + 2] * alpha;
    current[index + 3] = data[index + 3];
  }
  const box = Math.max(0, Math.round(radius / 2));
  if (box === 0) return current;
  const spare = new Float32Array(data.length);
  for (let pass = 0; pass < 3; pass += 1) {
    boxPass(current, spare, width, height, box, true);
    boxPass(spare, current, width, height, box, false);
  }
  return current;
}

/** Writes premultiplied channels back as straight alpha at `index`. */
export function writePremultiplied(data: Uint8ClampedArray, index: number, r: number, g: number, b: number, a: number): void {
  const alpha = clamp(a, 0, 255);
  const scale = alpha > 0 ? 255 / alpha : 0;
  data[index] = r * scale;
  data[index + 1] = g * scale;
  data[index + 2] = b * scale;
  data[index + 3] = alpha;
}

/** Sobel edge strength of the luminance, 0..~1.4, per pixel. */
export function edgeStrength(image: ImageData): Float32Array {
  const { width, height, data } = image;
  const lum = new Float32Array(width * height);
  for (let pixel = 0; pixel < lum.length; pixel += 1) {
    const index = pixel * 4;
    lum[pixel] = luminance(data[index], data[index + 1], data[index + 2]) * (data[index + 3] / 255);
  }
  const edges = new Float32Array(width * height);
  const at = (x: number, y: number) => lum[clamp(y, 0, height - 1) * width + clamp(x, 0, width - 1)];
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const gx = at(x + 1, y - 1) + 2 * at(x + 1, y) + at(x + 1, y + 1) - at(x - 1, y - 1) - 2 * at(x - 1, y) - at(x - 1, y + 1);
      const gy = at(x - 1, y + 1) + 2 * at(x, y + 1) + at(x + 1, y + 1) - at(x - 1, y - 1) - 2 * at(x, y - 1) - at(x + 1, y - 1);
      edges[y * width + x] = Math.sqrt(gx * gx + gy * gy) / 4;
    }
  }
  return edges;
}
