/**
 * Colour conversions for the colour picker: the engine's colours (RGBA floats 0..1, CMYK, spot) to and
 * from `#rrggbb[aa]` hex. Pure functions, no DOM.
 */

/** An RGBA colour with channels from 0 to 1, the engine's `RGBAColor`. */
export interface RGBAColor {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Anything the engine may return as a colour; only the fields we read are declared. */
export type AnyColor =
  | RGBAColor
  | { c: number; m: number; y: number; k: number; tint: number }
  | { name: string; tint: number; externalReference?: string };

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

/**
 * Converts any engine colour to RGBA for display. CMYK uses the naive formula (no ICC profile); a spot
 * colour shows as mid grey at its tint because its RGB approximation lives in editor settings.
 */
export function toRGBA(color: AnyColor | undefined): RGBAColor {
  if (!color) return { r: 0, g: 0, b: 0, a: 1 };
  if ('r' in color) return { r: clamp01(color.r), g: clamp01(color.g), b: clamp01(color.b), a: clamp01(color.a) };
  if ('c' in color) {
    const k = clamp01(color.k);
    return {
      r: (1 - clamp01(color.c)) * (1 - k),
      g: (1 - clamp01(color.m)) * (1 - k),
      b: (1 - clamp01(color.y)) * (1 - k),
      a: clamp01(color.tint),
    };
  }
  return { r: 0.5, g: 0.5, b: 0.5, a: clamp01(color.tint) };
}

function channelToHex(channel: number): string {
  return Math.round(clamp01(channel) * 255)
    .toString(16)
    .padStart(2, '0');
}

/** `#rrggbb` for the RGB part of a colour (what `<input type="color">` accepts). */
export function toHex(color: RGBAColor): string {
  return `#${channelToHex(color.r)}${channelToHex(color.g)}${channelToHex(color.b)}`;
}

/** `#rrggbbaa`, or `#rrggbb` when the colour is opaque. */
export function toHexWithAlpha(color: RGBAColor): string {
  const rgb = toHex(color);
  return color.a >= 1 ? rgb : `${rgb}${channelToHex(color.a)}`;
}

/**
 * Parses `#rgb`, `#rgba`, `#rrggbb` or `#rrggbbaa` (the `#` is optional). Returns `undefined` for
 * anything else. A missing alpha takes `fallbackAlpha`.
 */
export function parseHex(text: string, fallbackAlpha = 1): RGBAColor | undefined {
  const match = /^#?([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(text.trim());
  if (!match) return undefined;
  let digits = match[1]!;
  if (digits.length <= 4) digits = [...digits].map((digit) => digit + digit).join('');
  const channel = (index: number): number => parseInt(digits.slice(index * 2, index * 2 + 2), 16) / 255;
  return { r: channel(0), g: channel(1), b: channel(2), a: digits.length === 8 ? channel(3) : clamp01(fallbackAlpha) };
}

/** Whether two colours are the same to 8-bit precision. */
export function sameColor(first: RGBAColor, second: RGBAColor): boolean {
  return toHexWithAlpha(first) === toHexWithAlpha(second);
}
