/**
 * The bundled fonts (eight families, each regular, bold, italic and bold italic) and the helpers that
 * group font assets into families.
 *
 * The font files travel with the package (`assets/fonts/`) and are found relative to the bundle
 * (`import.meta.url`), so an app that installs the package hosts nothing by hand. An app whose
 * bundler moves files sets `asset-base-url` (the folder holding `fonts/`), or `font-base-url` for
 * its own font folder.
 */

/** One font file of a family. */
export interface FontFile {
  /** Where the file is served from. */
  uri: string;
  /** The engine's `text/fontWeight` value this file draws (`Normal`, `Bold`, ...). */
  weight: string;
  /** The engine's `text/fontStyle` value (`Normal` or `Italic`). */
  style: string;
}

/** A font family with its files. */
export interface FontFamily {
  /** The family name, used as the text block's `text/typeface`. */
  family: string;
  /** Its files. */
  files: FontFile[];
}

/** The faces every bundled family has: regular, bold, italic and bold italic. */
const FACES = [
  { suffix: 'Regular', weight: 'Normal', style: 'Normal' },
  { suffix: 'Bold', weight: 'Bold', style: 'Normal' },
  { suffix: 'Italic', weight: 'Normal', style: 'Italic' },
  { suffix: 'BoldItalic', weight: 'Bold', style: 'Italic' },
] as const;

/** A bundled family: its name, file prefix, and a category for the tags. */
export interface BundledFamily {
  readonly id: string;
  readonly family: string;
  readonly filePrefix: string;
  readonly category: 'sans-serif' | 'serif' | 'display';
}

/**
 * The bundled families (SIL Open Font License 1.1, from the `@fontsource/*` packages, latin subset,
 * converted to TrueType so PDF export can embed them; licences beside the files in `assets/fonts/`).
 */
export const BUNDLED_FAMILIES: readonly BundledFamily[] = [
  { id: 'lato', family: 'Lato', filePrefix: 'Lato', category: 'sans-serif' },
  { id: 'open-sans', family: 'Open Sans', filePrefix: 'OpenSans', category: 'sans-serif' },
  { id: 'roboto', family: 'Roboto', filePrefix: 'Roboto', category: 'sans-serif' },
  { id: 'montserrat', family: 'Montserrat', filePrefix: 'Montserrat', category: 'sans-serif' },
  { id: 'raleway', family: 'Raleway', filePrefix: 'Raleway', category: 'sans-serif' },
  { id: 'merriweather', family: 'Merriweather', filePrefix: 'Merriweather', category: 'serif' },
  { id: 'lora', family: 'Lora', filePrefix: 'Lora', category: 'serif' },
  { id: 'playfair-display', family: 'Playfair Display', filePrefix: 'PlayfairDisplay', category: 'display' },
];

/** The bundled font files (relative to the font base URL), four faces per family. */
export const BUNDLED_FONTS: ReadonlyArray<{ id: string; family: string; file: string; weight: string; style: string }> = BUNDLED_FAMILIES.flatMap((family) =>
  FACES.map((face) => ({ id: `${family.id}-${face.suffix.toLowerCase()}`, family: family.family, file: `${family.filePrefix}-${face.suffix}.ttf`, weight: face.weight, style: face.style })),
);

/** The numeric CSS weight of an engine weight name, for picking the closest file. */
export const WEIGHT_VALUES: Readonly<Record<string, number>> = {
  Thin: 100,
  ExtraLight: 200,
  Light: 300,
  Normal: 400,
  Medium: 500,
  SemiBold: 600,
  Bold: 700,
  ExtraBold: 800,
  Heavy: 900,
};

/** The file of `family` closest to `weight` and `style` (style first, then the nearest weight). */
export function fontFileFor(family: FontFamily, weight: string, style: string): FontFile | undefined {
  const wanted = WEIGHT_VALUES[weight] ?? 400;
  const sameStyle = family.files.filter((file) => file.style === style);
  const candidates = sameStyle.length > 0 ? sameStyle : family.files;
  let best: FontFile | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const file of candidates) {
    const distance = Math.abs((WEIGHT_VALUES[file.weight] ?? 400) - wanted);
    if (distance < bestDistance) {
      best = file;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Groups font assets into families, in first-seen order. An asset is one file (meta `{uri, family,
 * weight, style}`) or a whole family (meta `faces: [{uri, weight, style}]`).
 */
export function groupFontFamilies(assets: ReadonlyArray<{ meta?: Readonly<Record<string, unknown>> }>): FontFamily[] {
  const families = new Map<string, FontFamily>();
  const add = (family: string, file: Readonly<Record<string, unknown>>) => {
    const uri = typeof file.uri === 'string' ? file.uri : undefined;
    if (!uri) return;
    const entry = families.get(family) ?? { family, files: [] };
    if (entry.files.some((existing) => existing.uri === uri)) return;
    entry.files.push({
      uri,
      weight: typeof file.weight === 'string' ? file.weight : 'Normal',
      style: typeof file.style === 'string' ? file.style : 'Normal',
    });
    families.set(family, entry);
  };
  for (const asset of assets) {
    const meta = asset.meta ?? {};
    const family = typeof meta.family === 'string' ? meta.family : undefined;
    if (!family) continue;
    if (Array.isArray(meta.faces)) {
      for (const face of meta.faces) if (face && typeof face === 'object') add(family, face as Record<string, unknown>);
    } else {
      add(family, meta);
    }
  }
  return [...families.values()];
}

/** A font family as a CE.SDK typeface (`{ name, fonts: [{ uri, subFamily, weight, style }] }`), for `registerTypeface`. */
export function typefaceOf(family: FontFamily): { name: string; fonts: Array<{ uri: string; subFamily: string; weight: string; style: string }> } {
  return {
    name: family.family,
    fonts: family.files.map((file) => ({
      uri: file.uri,
      subFamily: `${file.weight === 'Normal' ? '' : file.weight}${file.style === 'Italic' ? ' Italic' : ''}`.trim() || 'Regular',
      weight: file.weight.toLowerCase(),
      style: file.style.toLowerCase(),
    })),
  };
}
