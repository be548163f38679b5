import { CesdkError } from './errors.js';
import { storedFontStyle, storedFontWeight } from './text-runs.js';

/** One font file of a typeface, as CE.SDK's `Font`. */
export interface TypefaceFont {
  readonly uri: string;
  readonly subFamily: string;
  /** CE.SDK spelling ('normal', 'bold', …); 'normal' when not given. */
  readonly weight?: string;
  /** 'normal' | 'italic'; 'normal' when not given. */
  readonly style?: string;
}

/** A typeface: a family name and its font files, as CE.SDK's `Typeface`. */
export interface Typeface {
  readonly name: string;
  readonly fonts: readonly TypefaceFont[];
}

/** The stored value of a text block without an explicit typeface. */
export const NO_TYPEFACE: Typeface = Object.freeze({ name: '', fonts: Object.freeze([]) as readonly TypefaceFont[] });

function fail(context: { blockId?: number; path: string }, message: string): never {
  throw new CesdkError('INVALID_VALUE', `${context.blockId !== undefined ? `block ${context.blockId} ` : ''}${context.path}: ${message}`, { blockId: context.blockId, path: context.path });
}

/** Validates a typeface (`setFont`, `setTypeface`, scene files) and returns a frozen copy. */
export function normalizeTypeface(value: unknown, context: { blockId?: number; path: string }, limits: { maxStringLength: number }): Typeface {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(context, 'a typeface must be { name, fonts }');
  const source = value as Record<string, unknown>;
  if (typeof source.name !== 'string' || source.name.length > 256) fail(context, 'typeface.name must be a string of at most 256 characters');
  if (!Array.isArray(source.fonts) || source.fonts.length > 64) fail(context, 'typeface.fonts must be an array of at most 64 fonts');
  const fonts = source.fonts.map((entry: unknown, index: number): TypefaceFont => {
    if (typeof entry !== 'object' || entry === null) fail(context, `typeface.fonts[${index}] must be an object`);
    const font = entry as Record<string, unknown>;
    if (typeof font.uri !== 'string' || font.uri.length === 0 || font.uri.length > limits.maxStringLength) fail(context, `typeface.fonts[${index}].uri must be a non-empty string`);
    const subFamily = font.subFamily === undefined ? '' : font.subFamily;
    if (typeof subFamily !== 'string' || subFamily.length > 256) fail(context, `typeface.fonts[${index}].subFamily must be a string`);
    const result: { uri: string; subFamily: string; weight?: string; style?: string } = { uri: font.uri, subFamily };
    if (font.weight !== undefined) {
      const weight = storedFontWeight(font.weight);
      if (!weight) fail(context, `typeface.fonts[${index}].weight is not a font weight`);
      result.weight = font.weight as string;
    }
    if (font.style !== undefined) {
      if (!storedFontStyle(font.style)) fail(context, `typeface.fonts[${index}].style must be 'normal' or 'italic'`);
      result.style = font.style as string;
    }
    return Object.freeze(result);
  });
  return Object.freeze({ name: source.name, fonts: Object.freeze(fonts) });
}

/** The stored weight ('Bold') and style ('Italic') of a typeface font. */
export function fontFace(font: TypefaceFont): { weight: string; style: string } {
  return { weight: storedFontWeight(font.weight ?? 'normal') ?? 'Normal', style: storedFontStyle(font.style ?? 'normal') ?? 'Normal' };
}

/** The font of a typeface for a weight and style, or undefined when the typeface has none. */
export function findFont(typeface: Typeface, weight: string, style: string): TypefaceFont | undefined {
  return typeface.fonts.find((font) => {
    const face = fontFace(font);
    return face.weight === weight && face.style === style;
  });
}
