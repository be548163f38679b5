import { CesdkError } from './errors.js';
import type { CMYKColor, Color, GradientColorStop, RGBAColor, SpotColor } from './types.js';

/** Where a value came from, for error messages. */
export interface ValueContext {
  blockId?: number;
  path?: string;
}

function fail(context: ValueContext, message: string): never {
  const where = `${context.blockId !== undefined ? `block ${context.blockId} ` : ''}${context.path ?? ''}`.trim();
  throw new CesdkError('INVALID_VALUE', `${where ? `${where}: ` : ''}${message}`, { ...context });
}

function unitChannel(source: Record<string, unknown>, key: string, context: ValueContext): number {
  const value = source[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(context, `color channel '${key}' must be a finite number`);
  if (value < 0 || value > 1) {
    throw new CesdkError('OUT_OF_RANGE', `${context.blockId !== undefined ? `block ${context.blockId} ` : ''}${context.path ?? 'color'}: channel '${key}' ${value} is outside 0..1`, { ...context });
  }
  return value;
}

/**
 * Validates a color and returns a frozen copy in canonical key order, so stored colors can be
 * handed out without cloning and serialize deterministically.
 */
export function normalizeColor(value: unknown, context: ValueContext, maxStringLength = 1_000): Color {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(context, 'a color must be an object');
  const source = value as Record<string, unknown>;
  if ('r' in source || 'g' in source || 'b' in source) {
    const color: RGBAColor = {
      r: unitChannel(source, 'r', context),
      g: unitChannel(source, 'g', context),
      b: unitChannel(source, 'b', context),
      a: source.a === undefined ? 1 : unitChannel(source, 'a', context),
    };
    return Object.freeze(color);
  }
  if ('c' in source || 'm' in source || 'k' in source) {
    const color: CMYKColor = {
      c: unitChannel(source, 'c', context),
      m: unitChannel(source, 'm', context),
      y: unitChannel(source, 'y', context),
      k: unitChannel(source, 'k', context),
      tint: source.tint === undefined ? 1 : unitChannel(source, 'tint', context),
    };
    return Object.freeze(color);
  }
  if ('name' in source) {
    const name = source.name;
    const reference = source.externalReference ?? '';
    if (typeof name !== 'string' || name.length === 0) fail(context, 'a spot color needs a non-empty name');
    if (typeof reference !== 'string') fail(context, 'a spot color externalReference must be a string');
    if (name.length > maxStringLength || reference.length > maxStringLength) {
      throw new CesdkError('LIMIT_EXCEEDED', `${context.path ?? 'color'}: spot color name too long`, { ...context });
    }
    const color: SpotColor = {
      name,
      tint: source.tint === undefined ? 1 : unitChannel(source, 'tint', context),
      externalReference: reference,
    };
    return Object.freeze(color);
  }
  return fail(context, 'a color must be RGBA {r,g,b,a}, CMYK {c,m,y,k,tint} or spot {name,tint,externalReference}');
}

/** Validates gradient color stops and returns a frozen copy (stops sorted by position, stable). */
export function normalizeGradientStops(value: unknown, context: ValueContext): readonly GradientColorStop[] {
  if (!Array.isArray(value)) fail(context, 'gradient color stops must be an array');
  if (value.length > 256) throw new CesdkError('LIMIT_EXCEEDED', `${context.path ?? 'gradient'}: more than 256 color stops`, { ...context });
  const stops = value.map((entry: unknown, index: number) => {
    if (typeof entry !== 'object' || entry === null) fail({ ...context, path: `${context.path}[${index}]` }, 'a color stop must be {color, stop}');
    const stopValue = (entry as Record<string, unknown>).stop;
    if (typeof stopValue !== 'number' || !Number.isFinite(stopValue)) fail(context, `color stop ${index}: 'stop' must be a finite number`);
    if (stopValue < 0 || stopValue > 1) throw new CesdkError('OUT_OF_RANGE', `${context.path}: color stop ${index} position ${stopValue} is outside 0..1`, { ...context });
    const color = normalizeColor((entry as Record<string, unknown>).color, context);
    return Object.freeze({ color, stop: stopValue });
  });
  return Object.freeze(stops);
}

/** Whether a color is RGBA. */
export function isRGBAColor(color: Color): color is RGBAColor {
  return 'r' in color;
}

/** Whether a color is CMYK. */
export function isCMYKColor(color: Color): color is CMYKColor {
  return 'c' in color;
}

/** Whether a color is a spot color. */
export function isSpotColor(color: Color): color is SpotColor {
  return 'name' in color;
}
