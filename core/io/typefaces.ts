/**
 * Typefaces with several faces (CE.SDK's `Typeface`: a name and its font files, each with a weight
 * and style). Text names one file (`text/fontFileUri`) and asks for a weight and style; the file that
 * is drawn is the face of that file's typeface that matches them. Registered here (`registerTypeface`)
 * by the asset library's font source or by integrators; the font loaders (`AssetLoader.loadFont`, the
 * export's font loading) resolve through {@link resolveFontFace}.
 */

/** One font file of a typeface (CE.SDK's `Font`). */
export interface TypefaceFont {
  /** Where the file is. */
  readonly uri: string;
  /** Its face name, e.g. `Bold Italic`. */
  readonly subFamily?: string;
  /** Its weight: CE.SDK's names (`normal`, `bold`, `semiBold`, …, any case) or 100–900. */
  readonly weight?: string | number;
  /** Its style: `normal` or `italic` (any case). */
  readonly style?: string;
}

/** A typeface: a family name and its faces (CE.SDK's `Typeface`). */
export interface Typeface {
  readonly name: string;
  readonly fonts: readonly TypefaceFont[];
}

/** The face chosen for a request. */
export interface FontFaceChoice {
  /** The file to load. */
  readonly uri: string;
  /** Its real weight (100–900). */
  readonly weight: number;
  /** Whether it is italic. */
  readonly italic: boolean;
  /** Whether it is the weight and style asked for; otherwise the browser simulates the difference. */
  readonly exact: boolean;
  /** The typeface it belongs to, when the URI is a registered typeface's. */
  readonly typeface: string | undefined;
}

const WEIGHTS: Readonly<Record<string, number>> = {
  thin: 100, hairline: 100, extralight: 200, ultralight: 200, light: 300, normal: 400, regular: 400, book: 400,
  medium: 500, semibold: 600, demibold: 600, bold: 700, extrabold: 800, ultrabold: 800, black: 900, heavy: 900,
};

/** A weight as a number 100–900 (`'Bold'`, `'bold'`, `'semiBold'`, `700`; unknown: 400). */
export function numericWeight(weight: string | number | undefined): number {
  if (typeof weight === 'number' && Number.isFinite(weight)) return Math.min(900, Math.max(100, Math.round(weight / 100) * 100));
  const text = String(weight ?? 'normal').trim();
  if (/^\d+$/.test(text)) return numericWeight(Number(text));
  return WEIGHTS[text.toLowerCase().replace(/[\s_-]/g, '')] ?? 400;
}

/** Whether a style asks for italic (`'Italic'`, `'italic'`, `'oblique'`). */
export function isItalic(style: string | undefined): boolean {
  return /^(italic|oblique)/i.test(String(style ?? '').trim());
}

const byName = new Map<string, Typeface>();
const byUri = new Map<string, Typeface>();

/** Registers (or replaces) a typeface, so text using any of its files draws the matching face. */
export function registerTypeface(typeface: Typeface): void {
  if (!typeface || typeof typeface.name !== 'string' || !Array.isArray(typeface.fonts)) return;
  const previous = byName.get(typeface.name);
  if (previous) for (const font of previous.fonts) if (byUri.get(font.uri) === previous) byUri.delete(font.uri);
  const copy: Typeface = { name: typeface.name, fonts: typeface.fonts.filter((font) => typeof font?.uri === 'string' && font.uri !== '').map((font) => ({ ...font })) };
  byName.set(copy.name, copy);
  for (const font of copy.fonts) byUri.set(font.uri, copy);
}

/** The registered typeface of that name, or of which `uri` is a file. */
export function findTypeface(nameOrUri: string): Typeface | undefined {
  return byName.get(nameOrUri) ?? byUri.get(nameOrUri);
}

/** The face of `typeface` closest to `weight` and `style`: the style first, then the nearest weight (heavier on a tie). */
export function selectFontFace(typeface: Typeface, weight: string | number | undefined, style: string | undefined): FontFaceChoice | undefined {
  const wantedWeight = numericWeight(weight);
  const wantedItalic = isItalic(style);
  let best: TypefaceFont | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const font of typeface.fonts) {
    const distance = Math.abs(numericWeight(font.weight) - wantedWeight) + (isItalic(font.style) === wantedItalic ? 0 : 10_000);
    const score = distance - (numericWeight(font.weight) > wantedWeight ? 0.5 : 0);
    if (score < bestScore) {
      best = font;
      bestScore = score;
    }
  }
  if (!best) return undefined;
  const bestWeight = numericWeight(best.weight);
  const bestItalic = isItalic(best.style);
  return { uri: best.uri, weight: bestWeight, italic: bestItalic, exact: bestWeight === wantedWeight && bestItalic === wantedItalic, typeface: typeface.name };
}

/**
 * The file to draw for text that names `uri` and asks for `weight` and `style`: the matching face of
 * the typeface `uri` belongs to, or `uri` itself when it belongs to none (its own weight and style
 * are then read from the file when it is loaded).
 */
export function resolveFontFace(uri: string, weight: string | number | undefined, style: string | undefined): FontFaceChoice | undefined {
  const typeface = byUri.get(uri);
  return typeface ? selectFontFace(typeface, weight, style) : undefined;
}
