/**
 * Engine colours (RGBA, CMYK, spot) to what PixiJS and Canvas 2D take.
 */
import type { Color, Engine } from '../engine/index.js';
import { cmykToRgb } from '../engine/color-conversion.js';

/** A screen colour: 0xRRGGBB plus straight alpha 0..1. */
export interface ScreenColor {
  hex: number;
  alpha: number;
}

const clampUnit = (value: number): number => (Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0);

type SpotLookup = (name: string) => { r: number; g: number; b: number } | undefined;

/** Reads a spot colour's screen approximation from the engine when it offers one. */
export function spotLookupFor(engine: Engine): SpotLookup {
  const editor = engine.editor as unknown as { getSpotColorRGB?: (name: string) => { r: number; g: number; b: number } };
  return (name) => {
    try {
      return editor.getSpotColorRGB?.(name);
    } catch {
      return undefined;
    }
  };
}

/**
 * Converts an engine colour to a screen colour. Spot colours use the engine's RGB approximation,
 * or magenta (the usual "unknown spot" signal) when none is defined; tints blend toward white.
 */
export function toScreenColor(color: Color | undefined, spot?: SpotLookup): ScreenColor {
  if (!color || typeof color !== 'object') return { hex: 0x000000, alpha: 1 };
  let r = 0;
  let g = 0;
  let b = 0;
  let alpha = 1;
  if ('r' in color) {
    r = color.r;
    g = color.g;
    b = color.b;
    alpha = color.a ?? 1;
  } else if ('c' in color || 'name' in color) {
    // Print and spot colours blend toward white by their tint.
    const base = 'c' in color ? cmykToRgb(color) : spot?.(color.name) ?? { r: 1, g: 0, b: 1 };
    const tint = clampUnit(color.tint ?? 1);
    r = 1 - (1 - base.r) * tint;
    g = 1 - (1 - base.g) * tint;
    b = 1 - (1 - base.b) * tint;
  }
  const to255 = (value: number) => Math.round(clampUnit(value) * 255);
  return { hex: (to255(r) << 16) | (to255(g) << 8) | to255(b), alpha: clampUnit(alpha) };
}

/**
 * A CSS colour string of a screen colour, for Canvas 2D drawing: `#rrggbb` when opaque (the shape
 * paints keep one per block, and this form is the shortest string), else `rgba()`.
 */
export function toCssColor(color: ScreenColor): string {
  if (color.alpha === 1) return `#${(color.hex | 0x1000000).toString(16).slice(1)}`;
  const r = (color.hex >> 16) & 255;
  const g = (color.hex >> 8) & 255;
  const b = color.hex & 255;
  return `rgba(${r}, ${g}, ${b}, ${color.alpha})`;
}
