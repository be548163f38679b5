/**
 * Text: font sizes in points to design units, engine text settings to a PixiJS TextStyle, and the
 * font-family alias under which a `text/fontFileUri` font is registered.
 */
import { CanvasTextMetrics, TextStyle, type TextStyleFontWeight, type TextStyleOptions } from 'pixi.js';
import type { Engine } from '../engine/index.js';
import type { TextSpec } from './block-snapshot.js';
import { toScreenColor } from './color.js';

/**
 * Design units per typographic point for the scene's design unit: 1 pt = 1/72 in, so 25.4/72 mm
 * and 1/72 in. For 'Pixel' scenes one design unit is a CSS pixel (1/96 in), so 1 pt = 4/3 units:
 * CE.SDK's pixel font-size unit, independent of `scene/dpi` (which only scales physical units on export).
 */
export function designUnitsPerPoint(engine: Engine): number {
  let unit = 'Pixel';
  try {
    unit = String(engine.scene.getDesignUnit());
  } catch {
    // No scene yet: pixels.
  }
  if (unit === 'Millimeter') return 25.4 / 72;
  if (unit === 'Inch') return 1 / 72;
  return 96 / 72;
}

/** CSS font-weight of an engine weight ('Normal', 'Bold', 'Light'… or a number 100–900). */
export function cssFontWeight(weight: string): TextStyleFontWeight {
  const numeric = Number(weight);
  if (Number.isFinite(numeric) && numeric > 0) {
    const rounded = Math.min(900, Math.max(100, Math.round(numeric / 100) * 100));
    return String(rounded) as TextStyleFontWeight;
  }
  const named: Record<string, TextStyleFontWeight> = {
    thin: '100', extralight: '200', light: '300', normal: 'normal', regular: 'normal', medium: '500',
    semibold: '600', bold: 'bold', extrabold: '800', black: '900', heavy: '900',
  };
  return named[weight.toLowerCase().replace(/[\s_-]/g, '')] ?? 'normal';
}

/** A stable family name for a font file, so two files with the same typeface name never clash. */
export function fontFamilyAlias(uri: string): string {
  let hash = 2166136261;
  for (let index = 0; index < uri.length; index += 1) {
    hash ^= uri.charCodeAt(index);
    hash = Math.imul(hash, 16777619);
  }
  return `cesdk-font-${(hash >>> 0).toString(36)}`;
}

const GENERIC_FALLBACK = ['Helvetica', 'Arial', 'sans-serif'];

/**
 * PixiJS splits every measured string into graphemes with `Intl.Segmenter` (for letter spacing, even
 * when it is 0): at 2,000 texts that was a noticeable share of the first frame. Printable ASCII has one
 * grapheme per character, so such strings are split directly; anything else still goes through
 * PixiJS's segmenter, so the result is the same for every string.
 */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const metrics = CanvasTextMetrics as unknown as { graphemeSegmenter?: ((text: string) => string[]) & { cesdkFastPath?: true } };
const segmenter = metrics.graphemeSegmenter;
if (typeof segmenter === 'function' && !segmenter.cesdkFastPath) {
  const fast = Object.assign((text: string): string[] => (PRINTABLE_ASCII.test(text) ? text.split('') : segmenter(text)), { cesdkFastPath: true as const });
  metrics.graphemeSegmenter = fast;
}

/** The font-family list for a text block: its loaded file's alias first, then its typeface. */
export function fontFamiliesFor(spec: TextSpec, loadedAlias: string | undefined): string[] {
  const families: string[] = [];
  if (loadedAlias) families.push(loadedAlias);
  if (spec.typeface) families.push(spec.typeface);
  return [...families, ...GENERIC_FALLBACK];
}

/**
 * PixiJS text style options for a text block of `width` design units. `text/lineHeight` is relative
 * to the font's natural line height; `text/letterSpacing` is in em.
 */
export function textStyleFor(spec: TextSpec, unitsPerPoint: number, width: number, families: string[]): TextStyleOptions {
  const fontSize = Math.max(0.5, spec.fontSize * unitsPerPoint);
  const color = toScreenColor(spec.color);
  const align = spec.horizontalAlignment === 'Center' ? 'center' : spec.horizontalAlignment === 'Right' ? 'right' : 'left';
  const options: TextStyleOptions = {
    fontFamily: families,
    fontSize,
    fontWeight: cssFontWeight(spec.fontWeight),
    fontStyle: spec.fontStyle === 'Italic' ? 'italic' : 'normal',
    fill: { color: color.hex, alpha: color.alpha },
    align,
    letterSpacing: spec.letterSpacing * fontSize,
    wordWrap: width > 0,
    wordWrapWidth: Math.max(1, width),
    breakWords: true,
    // Spaces the user typed are kept, as in the in-place editor.
    whiteSpace: 'pre',
    padding: Math.ceil(fontSize * 0.1),
  };
  if (spec.lineHeight !== 1 && spec.lineHeight > 0) {
    const metrics = CanvasTextMetrics.measureFont(new TextStyle(options)._fontString);
    options.lineHeight = metrics.fontSize * spec.lineHeight;
  }
  return options;
}

/**
 * Whether a text needs the styled-run drawing (the lazy `styled-text-view.ts` chunk): it has runs or a
 * case other than 'Normal'. Plain texts draw as one PixiJS `Text`.
 */
export function hasStyledRuns(spec: TextSpec): boolean {
  return (spec.runs?.length ?? 0) > 0 || (spec.textCase ?? 'Normal') !== 'Normal';
}
