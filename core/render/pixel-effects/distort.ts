/**
 * Painters that move pixels: pixelize, mirror, liquid, shifter, TV glitch, cross cut, radial pixel,
 * extrude blur, tilt shift. Positions are relative to the image, so the look does not depend on the
 * resolution the pass runs at.
 */
import { blurredPremultiplied, clamp, hash, indexAt, noise, num, remap, smoothstep, writePremultiplied, type PixelPainter } from './raster.js';

export const pixelize: PixelPainter = (image, p, context) => {
  const { width, height, data } = image;
  const cw = Math.max(1, Math.round(num(p.horizontalPixelSize, 20) * context.pixelsPerUnit));
  const ch = Math.max(1, Math.round(num(p.verticalPixelSize, 20) * context.pixelsPerUnit));
  for (let top = 0; top < height; top += ch) {
    for (let left = 0; left < width; left += cw) {
      const sums = [0, 0, 0, 0];
      let count = 0;
      const bottom = Math.min(height, top + ch);
      const right = Math.min(width, left + cw);
      for (let y = top; y < bottom; y += 1) {
        for (let x = left; x < right; x += 1) {
          const index = (y * width + x) * 4;
          for (let channel = 0; channel < 4; channel += 1) sums[channel] += data[index + channel];
          count += 1;
        }
      }
      for (let y = top; y < bottom; y += 1) {
        for (let x = left; x < right; x += 1) {
          const index = (y * width + x) * 4;
          for (let channel = 0; channel < 4; channel += 1) data[index + channel] = sums[channel] / count;
        }
      }
    }
  }
};

/** `side` 0 keeps the left half and mirrors it onto the right, 1 the right half, 2 the top, 3 the bottom. */
export const mirror: PixelPainter = (image, p) => {
  const { width, height } = image;
  const side = Math.round(num(p.side, 1));
  remap(image, (x, y) => {
    switch (side) {
      case 0: return [x < width / 2 ? x : width - 1 - x, y];
      case 2: return [x, y < height / 2 ? y : height - 1 - y];
      case 3: return [x, y >= height / 2 ? y : height - 1 - y];
      default: return [x >= width / 2 ? x : width - 1 - x, y];
    }
  });
};

/** Waves the image: each axis displaced by a sine of the other, `amount` of the size, `scale` the wave count, `time` the phase. */
export const liquid: PixelPainter = (image, p) => {
  const { width, height } = image;
  const amount = num(p.amount, 0.06);
  const frequency = Math.max(0, num(p.scale, 0.62)) * 4 * Math.PI * 2;
  const phase = num(p.time, 0.5) * Math.PI * 2;
  remap(image, (x, y) => [
    x + amount * width * Math.sin((y / height) * frequency + phase),
    y + amount * height * Math.cos((x / width) * frequency * 0.8 + phase * 1.3),
  ]);
};

/** Splits the channels: red moves one way along `angle` (radians), blue the other, by `amount` of the size. */
export const shifter: PixelPainter = (image, p) => {
  const { width, height, data } = image;
  const amount = num(p.amount, 0.05);
  const angle = num(p.angle, 0.3);
  const dx = Math.cos(angle) * amount * width;
  const dy = Math.sin(angle) * amount * height;
  const source = new Uint8ClampedArray(data);
  const from = (x: number, y: number) => indexAt(image, x, y);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const index = (y * width + x) * 4;
      const red = from(x - dx, y - dy);
      const blue = from(x + dx, y + dy);
      data[index] = source[red];
      data[index + 2] = source[blue + 2];
      data[index + 3] = Math.max(source[index + 3], source[red + 3], source[blue + 3]);
    }
  }
};

/** Rows pulled sideways by coarse (`distortion`) and fine (`distortion2`) noise, rolled by `rollSpeed`, with scan lines. */
export const tv_glitch: PixelPainter = (image, p) => {
  const { width, height, data } = image;
  const coarse = num(p.distortion, 3);
  const fine = num(p.distortion2, 1);
  const speed = num(p.speed, 2);
  const roll = num(p.rollSpeed, 1);
  const shift = (y: number) => {
    const v = y / height;
    return width * 0.01 * (coarse * (noise(v * 6 * speed + roll, 1) - 0.5) * 2 + fine * (noise(v * 80 + roll, 2) - 0.5) * 2);
  };
  const shifts = Array.from({ length: height }, (_, y) => shift(y));
  remap(image, (x, y) => [x - shifts[y], y]);
  for (let y = 1; y < height; y += 2) {
    for (let x = 0; x < width; x += 1) {
      const index = (y * width + x) * 4;
      data[index] *= 0.85;
      data[index + 1] *= 0.85;
      data[index + 2] *= 0.85;
    }
  }
};

/** Horizontal slices (`slices` of them, placed by `speedV`), each moved sideways up to `offset` of the width; `time` seeds them. */
export const cross_cut: PixelPainter = (image, p) => {
  const { width, height } = image;
  const count = Math.max(1, Math.round(num(p.slices, 5)));
  const offset = num(p.offset, 0.07);
  const seed = num(p.time, 1);
  const start = num(p.speedV, 0.5) * height;
  const sliceHeight = height / count;
  const shifts = Array.from({ length: count }, (_, slice) => (hash(slice, seed) * 2 - 1) * offset * width);
  remap(image, (x, y) => {
    const slice = Math.floor((((y - start) % height) + height) % height / sliceHeight) % count;
    return [x - shifts[slice], y];
  });
};

/** Polar cells: rings `radius` of the shorter side thick, cut into arcs at least `segments` of a turn wide. */
export const radial_pixel: PixelPainter = (image, p) => {
  const { width, height } = image;
  const ring = Math.max(1, num(p.radius, 0.1) * Math.min(width, height) * 0.5);
  const minimumArc = Math.max(1e-3, num(p.segments, 0.01)) * Math.PI * 2;
  const cx = width / 2;
  const cy = height / 2;
  remap(image, (x, y) => {
    const dx = x + 0.5 - cx;
    const dy = y + 0.5 - cy;
    const ringIndex = Math.floor(Math.hypot(dx, dy) / ring);
    const middle = (ringIndex + 0.5) * ring;
    const arc = Math.max(minimumArc, ring / middle);
    const angle = (Math.floor(Math.atan2(dy, dx) / arc) + 0.5) * arc;
    return [cx + Math.cos(angle) * middle, cy + Math.sin(angle) * middle];
  });
};

/** A zoom blur towards the centre: each pixel averages samples along the way to the centre, `amount` of it. */
export const extrude_blur: PixelPainter = (image, p) => {
  const { width, height, data } = image;
  const amount = clamp(num(p.amount, 0.2), -1, 1);
  const source = new Uint8ClampedArray(data);
  const samples = 16;
  const cx = width / 2;
  const cy = height / 2;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      let r = 0; let g = 0; let b = 0; let a = 0;
      for (let sample = 0; sample < samples; sample += 1) {
        const t = (sample / (samples - 1)) * amount;
        const from = indexAt(image, x + (cx - x) * t, y + (cy - y) * t);
        const alpha = source[from + 3];
        r += source[from] * alpha; g += source[from + 1] * alpha; b += source[from + 2] * alpha; a += alpha;
      }
      writePremultiplied(data, (y * width + x) * 4, r / samples / 255, g / samples / 255, b / samples / 255, a / samples);
    }
  }
};

/** Sharp along a horizontal band at `position` (0 top, 1 bottom), blurred (`amount` of the size) away from it. */
export const tilt_shift: PixelPainter = (image, p) => {
  const { width, height, data } = image;
  const radius = Math.max(0, num(p.amount, 0.016)) * Math.max(width, height) * 1.5;
  const position = num(p.position, 0.4);
  const blurred = blurredPremultiplied(image, radius);
  for (let y = 0; y < height; y += 1) {
    const mix = smoothstep(0.08, 0.35, Math.abs((y + 0.5) / height - position));
    if (mix === 0) continue;
    for (let x = 0; x < width; x += 1) {
      const index = (y * width + x) * 4;
      const alpha = data[index + 3] / 255;
      writePremultiplied(data, index,
        data[index] * alpha * (1 - mix) + blurred[index] * mix,
        data[index + 1] * alpha * (1 - mix) + blurred[index + 1] * mix,
        data[index + 2] * alpha * (1 - mix) + blurred[index + 2] * mix,
        data[index + 3] * (1 - mix) + blurred[index + 3] * mix);
    }
  }
};
