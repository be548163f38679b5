/**
 * The bundled fonts (Lato Regular and Bold, Open Sans Regular; SIL Open Font License, licenses beside
 * the files) and the helpers that group font assets into families.
 *
 * The font files are not inlined into the bundle: they are served next to the page. The demo serves
 * them from `demo/assets/fonts/`; an integrator copies them (or their own fonts) anywhere and passes
 * that folder as `fontBaseUrl` (the `font-base-url` attribute of `<cesdk-asset-library>`).
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

/** The bundled font files, relative to the font base URL. */
export const BUNDLED_FONTS: ReadonlyArray<{ id: string; family: string; file: string; weight: string; style: string }> = [
  { id: 'lato-regular', family: 'Lato', file: 'Lato-Regular.ttf', weight: 'Normal', style: 'Normal' },
  { id: 'lato-bold', family: 'Lato', file: 'Lato-Bold.ttf', weight: 'Bold', style: 'Normal' },
  { id: 'open-sans-regular', family: 'Open Sans', file: 'OpenSans-Regular.ttf', weight: 'Normal', style: 'Normal' },
];

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

/** Groups font assets (meta `{uri, family, weight, style}`) into families, in first-seen order. */
export function groupFontFamilies(assets: ReadonlyArray<{ meta?: Readonly<Record<string, unknown>> }>): FontFamily[] {
  const families = new Map<string, FontFamily>();
  for (const asset of assets) {
    const meta = asset.meta ?? {};
    const family = typeof meta.family === 'string' ? meta.family : undefined;
    const uri = typeof meta.uri === 'string' ? meta.uri : undefined;
    if (!family || !uri) continue;
    const entry = families.get(family) ?? { family, files: [] };
    entry.files.push({
      uri,
      weight: typeof meta.weight === 'string' ? meta.weight : 'Normal',
      style: typeof meta.style === 'string' ? meta.style : 'Normal',
    });
    families.set(family, entry);
  }
  return [...families.values()];
}
