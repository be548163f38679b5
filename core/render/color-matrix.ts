/**
 * The Filter Effects spec's colour matrices (brightness, contrast, saturate, grayscale, sepia,
 * invert), 4×5 row-major with offsets in 0..1. The same matrix drives the WebGL/WebGPU shader
 * (ColorMatrixFilter) and the pixel pass, and equals what `ctx.filter` does on Canvas 2D, so the
 * three backends agree.
 */

/** A 4×5 colour matrix, row-major, offsets in 0..1 (PixiJS ColorMatrixFilter layout). */
export type ColorMatrix = number[];

/** The identity colour matrix. */
export const IDENTITY: ColorMatrix = [1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0];

/** `brightness(amount)`: multiplies RGB. */
export function brightnessMatrix(amount: number): ColorMatrix {
  return [amount, 0, 0, 0, 0, 0, amount, 0, 0, 0, 0, 0, amount, 0, 0, 0, 0, 0, 1, 0];
}

/** `contrast(amount)`: scales RGB around mid-grey. */
export function contrastMatrix(amount: number): ColorMatrix {
  const offset = 0.5 - 0.5 * amount;
  return [amount, 0, 0, 0, offset, 0, amount, 0, 0, offset, 0, 0, amount, 0, offset, 0, 0, 0, 1, 0];
}

/** `saturate(amount)`: 0 = grey, 1 = unchanged, above 1 = more saturated. */
export function saturateMatrix(s: number): ColorMatrix {
  return [
    0.213 + 0.787 * s, 0.715 - 0.715 * s, 0.072 - 0.072 * s, 0, 0,
    0.213 - 0.213 * s, 0.715 + 0.285 * s, 0.072 - 0.072 * s, 0, 0,
    0.213 - 0.213 * s, 0.715 - 0.715 * s, 0.072 + 0.928 * s, 0, 0,
    0, 0, 0, 1, 0,
  ];
}

/** `grayscale(amount)`, amount 0..1. */
export function grayscaleMatrix(amount: number): ColorMatrix {
  const a = 1 - Math.min(1, Math.max(0, amount));
  return [
    0.2126 + 0.7874 * a, 0.7152 - 0.7152 * a, 0.0722 - 0.0722 * a, 0, 0,
    0.2126 - 0.2126 * a, 0.7152 + 0.2848 * a, 0.0722 - 0.0722 * a, 0, 0,
    0.2126 - 0.2126 * a, 0.7152 - 0.7152 * a, 0.0722 + 0.9278 * a, 0, 0,
    0, 0, 0, 1, 0,
  ];
}

/** `sepia(amount)`, amount 0..1. */
export function sepiaMatrix(amount: number): ColorMatrix {
  const a = 1 - Math.min(1, Math.max(0, amount));
  return [
    0.393 + 0.607 * a, 0.769 - 0.769 * a, 0.189 - 0.189 * a, 0, 0,
    0.349 - 0.349 * a, 0.686 + 0.314 * a, 0.168 - 0.168 * a, 0, 0,
    0.272 - 0.272 * a, 0.534 - 0.534 * a, 0.131 + 0.869 * a, 0, 0,
    0, 0, 0, 1, 0,
  ];
}

/** `invert(amount)`, amount 0..1. */
export function invertMatrix(amount: number): ColorMatrix {
  const a = Math.min(1, Math.max(0, amount));
  const scale = 1 - 2 * a;
  return [scale, 0, 0, 0, a, 0, scale, 0, 0, a, 0, 0, scale, 0, a, 0, 0, 0, 1, 0];
}

/** `second ∘ first`: applying the result equals applying `first`, then `second`. */
export function multiplyMatrices(second: ColorMatrix, first: ColorMatrix): ColorMatrix {
  const out = new Array<number>(20).fill(0);
  for (let row = 0; row < 4; row += 1) {
    for (let column = 0; column < 5; column += 1) {
      let sum = column === 4 ? second[row * 5 + 4] : 0;
      for (let k = 0; k < 4; k += 1) sum += second[row * 5 + k] * first[k * 5 + column];
      out[row * 5 + column] = sum;
    }
  }
  return out;
}

/** Applies a colour matrix to straight-alpha RGBA bytes in place. */
export function applyMatrixToPixels(data: Uint8ClampedArray, matrix: ColorMatrix): void {
  const m = matrix;
  for (let index = 0; index < data.length; index += 4) {
    const r = data[index] / 255;
    const g = data[index + 1] / 255;
    const b = data[index + 2] / 255;
    const a = data[index + 3] / 255;
    data[index] = (m[0] * r + m[1] * g + m[2] * b + m[3] * a + m[4]) * 255;
    data[index + 1] = (m[5] * r + m[6] * g + m[7] * b + m[8] * a + m[9]) * 255;
    data[index + 2] = (m[10] * r + m[11] * g + m[12] * b + m[13] * a + m[14]) * 255;
    data[index + 3] = (m[15] * r + m[16] * g + m[17] * b + m[18] * a + m[19]) * 255;
  }
}
