/**
 * Painters that draw a pattern from the image: half tone, dot pattern, linocut, outliner, sharpie.
 * Pattern sizes are in design units (through `pixelsPerUnit`) or relative to the image, so the canvas
 * and every export show the same pattern.
 */
import { clamp, edgeStrength, indexAt, luminance, num, smoothstep, type PixelPainter } from './raster.js';

/**
 * A dot screen turned by `angle` (radians): cells `scale`-sized (4 to 20 design units); each cell is a
 * dot of the colour under its centre on white, larger where the image is darker.
 */
export const half_tone: PixelPainter = (image, p, context) => {
  const { width, height, data } = image;
  const cell = Math.max(2, (4 + 16 * clamp(num(p.scale, 0.5), 0, 1)) * context.pixelsPerUnit);
  const angle = num(p.angle, 0);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const source = new Uint8ClampedArray(data);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const u = x * cos + y * sin;
      const v = -x * sin + y * cos;
      const cu = (Math.floor(u / cell) + 0.5) * cell;
      const cv = (Math.floor(v / cell) + 0.5) * cell;
      const from = indexAt(image, cu * cos - cv * sin, cu * sin + cv * cos);
      const darkness = 1 - luminance(source[from], source[from + 1], source[from + 2]);
      const dotRadius = cell * 0.5 * Math.SQRT2 * Math.sqrt(darkness);
      const coverage = 1 - smoothstep(dotRadius - 0.75, dotRadius + 0.75, Math.hypot(u - cu, v - cv));
      const index = (y * width + x) * 4;
      for (let channel = 0; channel < 3; channel += 1) data[index + channel] = 255 + (source[from + channel] - 255) * coverage;
    }
  }
};

/** `dots` round dots across the width on black, each the colour under its centre, `size` of its cell, edges softened by `blur`. */
export const dot_pattern: PixelPainter = (image, p) => {
  const { width, height, data } = image;
  const cell = Math.max(2, width / Math.max(1, num(p.dots, 30)));
  const radius = cell * 0.5 * clamp(num(p.size, 0.5), 0, 2);
  const soft = Math.max(0.75, radius * clamp(num(p.blur, 0.3), 0, 1));
  const source = new Uint8ClampedArray(data);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const cx = (Math.floor(x / cell) + 0.5) * cell;
      const cy = (Math.floor(y / cell) + 0.5) * cell;
      const from = indexAt(image, cx, cy);
      const coverage = 1 - smoothstep(radius - soft, radius + soft, Math.hypot(x + 0.5 - cx, y + 0.5 - cy));
      const index = (y * width + x) * 4;
      for (let channel = 0; channel < 3; channel += 1) data[index + channel] = source[from + channel] * coverage;
    }
  }
};

/** Black and white carving: diagonal lines (`scale` sets their spacing) that thicken where the image is dark. */
export const linocut: PixelPainter = (image, p, context) => {
  const { width, height, data } = image;
  const period = Math.max(2, (3 + 12 * clamp(num(p.scale, 0.5), 0, 1)) * context.pixelsPerUnit);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const index = (y * width + x) * 4;
      const lum = luminance(data[index], data[index + 1], data[index + 2]);
      const wave = 0.5 + 0.5 * Math.sin(((y + 0.35 * x) / period) * Math.PI * 2);
      const ink = lum > wave * 0.9 + 0.05 ? 255 : 0;
      data[index] = ink;
      data[index + 1] = ink;
      data[index + 2] = ink;
    }
  }
};

/** Edges lit up (`amount`) over the image dimmed to `passthrough`. */
export const outliner: PixelPainter = (image, p) => {
  const data = image.data;
  const edges = edgeStrength(image);
  const amount = Math.max(0, num(p.amount, 0.5)) * 4;
  const passthrough = clamp(num(p.passthrough, 0.5), 0, 1);
  for (let pixel = 0; pixel < edges.length; pixel += 1) {
    const index = pixel * 4;
    const light = clamp(edges[pixel] * amount, 0, 1) * 255;
    for (let channel = 0; channel < 3; channel += 1) data[index + channel] = data[index + channel] * passthrough + light;
  }
};

/** A cartoon look: colours cut to four levels and dark outlines along the edges. */
export const sharpie: PixelPainter = (image) => {
  const data = image.data;
  const edges = edgeStrength(image);
  const step = 255 / 3;
  for (let pixel = 0; pixel < edges.length; pixel += 1) {
    const index = pixel * 4;
    const line = 1 - smoothstep(0.1, 0.3, edges[pixel]);
    for (let channel = 0; channel < 3; channel += 1) data[index + channel] = Math.round(data[index + channel] / step) * step * line;
  }
};
