/**
 * The blurs that vary over the block: each mixes the block with a blurred copy (`blurRadius` design
 * units) by a mask. Points (`x1`…`y2`, `x`, `y`) are relative to the block (0..1); sizes (`size`,
 * `gradientSize`, `radius`, `gradientRadius`) are design units, as `blurRadius`.
 * - linear: sharp at the first point, fully blurred at the second, a gradient along the line between;
 * - mirrored: a sharp band `size` wide along the line through both points, blurring over `gradientSize` on both sides;
 * - radial: a sharp circle of `radius` around (`x`, `y`), blurring over `gradientRadius` outside it.
 */
import { blurredPremultiplied, clamp, num, smoothstep, writePremultiplied, type PaintContext, type EffectParameters, type PixelPainter } from './raster.js';

/** Mixes each pixel with the blurred copy by `mask(x, y)` (0 sharp, 1 blurred), x and y in design units. */
function maskedBlur(image: ImageData, p: EffectParameters, context: PaintContext, mask: (x: number, y: number, width: number, height: number) => number): void {
  const { width, height, data } = image;
  const unit = context.pixelsPerUnit;
  const blurred = blurredPremultiplied(image, Math.max(0, num(p.blurRadius, 30)) * unit);
  const widthUnits = width / unit;
  const heightUnits = height / unit;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const mix = clamp(mask((x + 0.5) / unit, (y + 0.5) / unit, widthUnits, heightUnits), 0, 1);
      if (mix === 0) continue;
      const index = (y * width + x) * 4;
      const alpha = data[index + 3] / 255;
      writePremultiplied(data, index,
        data[index] * alpha * (1 - mix) + blurred[index] * mix,
        data[index + 1] * alpha * (1 - mix) + blurred[index + 1] * mix,
        data[index + 2] * alpha * (1 - mix) + blurred[index + 2] * mix,
        data[index + 3] * (1 - mix) + blurred[index + 3] * mix);
    }
  }
}

/** The line through the two points, in design units: start, direction and length. */
function lineOf(p: EffectParameters, width: number, height: number) {
  const x1 = num(p.x1, 0) * width;
  const y1 = num(p.y1, 0.5) * height;
  const dx = num(p.x2, 1) * width - x1;
  const dy = num(p.y2, 0.5) * height - y1;
  return { x1, y1, dx, dy, length: Math.hypot(dx, dy) };
}

export const linear: PixelPainter = (image, p, context) => maskedBlur(image, p, context, (x, y, width, height) => {
  const line = lineOf(p, width, height);
  if (line.length === 0) return 1;
  return ((x - line.x1) * line.dx + (y - line.y1) * line.dy) / (line.length * line.length);
});

export const mirrored: PixelPainter = (image, p, context) => maskedBlur(image, p, context, (x, y, width, height) => {
  const line = lineOf(p, width, height);
  const half = Math.max(0, num(p.size, 75)) / 2;
  const distance = line.length === 0 ? Math.hypot(x - line.x1, y - line.y1) : Math.abs((x - line.x1) * line.dy - (y - line.y1) * line.dx) / line.length;
  return smoothstep(half, half + Math.max(0, num(p.gradientSize, 50)), distance);
});

export const radial: PixelPainter = (image, p, context) => maskedBlur(image, p, context, (x, y, width, height) => {
  const radius = Math.max(0, num(p.radius, 75));
  const distance = Math.hypot(x - num(p.x, 0.5) * width, y - num(p.y, 0.5) * height);
  return smoothstep(radius, radius + Math.max(0, num(p.gradientRadius, 50)), distance);
});
