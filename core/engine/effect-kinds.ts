/**
 * The catalogue of effect kinds: one entry per kind, with its properties as CE.SDK's effect reference
 * lists them (path under `effect/<kind>/`, type, default). `block-types.ts` takes the kind names from
 * here and `property-declarations.ts` declares the properties; the renderer paints each kind from
 * its own table (`core/render/pixel-effects.ts`). No imports: the block type table reads this early.
 *
 * Ranges: CE.SDK's reference gives none but the documented ones (intensities); where it gives none we
 * only refuse what cannot mean anything (negative sizes, counts below one). `mirror/side` is 0 left,
 * 1 right, 2 top, 3 bottom (the half that is kept and mirrored onto the other).
 */

/** One effect property: `[name, type, default, min?, max?, isUri?]`. */
export type EffectPropertySpec =
  | readonly [name: string, type: 'Float' | 'Int', defaultValue: number, min?: number, max?: number]
  | readonly [name: string, type: 'Color', defaultValue: { r: number; g: number; b: number; a: number }]
  | readonly [name: string, type: 'String', defaultValue: string, isUri?: boolean];

/** Scope that guards writing an effect kind's properties. */
export type EffectScope = 'appearance/effect' | 'appearance/filter' | 'appearance/adjustments';

/** One effect kind: its properties and the scope of their writes. */
export interface EffectKindSpec {
  readonly scope: EffectScope;
  readonly properties: readonly EffectPropertySpec[];
}

const ADJUSTMENTS = ['blacks', 'brightness', 'clarity', 'contrast', 'exposure', 'gamma', 'highlights', 'saturation', 'shadows', 'sharpness', 'temperature', 'whites'];
const effect = (properties: readonly EffectPropertySpec[]): EffectKindSpec => ({ scope: 'appearance/effect', properties });
const filter = (properties: readonly EffectPropertySpec[]): EffectKindSpec => ({ scope: 'appearance/filter', properties });

/** Every effect kind by its short name (the `<name>` of `//ly.img.ubq/effect/<name>`). */
export const EFFECT_KINDS = {
  adjustments: { scope: 'appearance/adjustments', properties: ADJUSTMENTS.map((name) => [name, 'Float', 0, -1, 1] as const) },
  duotone_filter: filter([
    ['darkColor', 'Color', { r: 0.1, g: 0.1, b: 0.3, a: 1 }],
    ['lightColor', 'Color', { r: 1, g: 0.9, b: 0.6, a: 1 }],
    ['intensity', 'Float', 0, -1, 1],
  ]),
  pixelize: effect([['horizontalPixelSize', 'Int', 20, 1, 10_000], ['verticalPixelSize', 'Int', 20, 1, 10_000]]),
  vignette: effect([['offset', 'Float', 1, 0, 5], ['darkness', 'Float', 1, 0, 5]]),
  posterize: effect([['levels', 'Float', 3, 2, 256]]),
  // Our own colour filters (CSS forms); CE.SDK reaches these looks through LUTs.
  grayscale: filter([['intensity', 'Float', 1, 0, 1]]),
  sepia: filter([['intensity', 'Float', 1, 0, 1]]),
  invert: filter([['intensity', 'Float', 1, 0, 1]]),
  lut_filter: filter([
    ['filterId', 'String', ''],
    ['horizontalTileCount', 'Int', 5, 1, 1024],
    ['intensity', 'Float', 1, 0, 1],
    ['lutFileURI', 'String', '', true],
    ['verticalTileCount', 'Int', 5, 1, 1024],
  ]),
  cross_cut: effect([['offset', 'Float', 0.07], ['slices', 'Float', 5, 0], ['speedV', 'Float', 0.5], ['time', 'Float', 1]]),
  dot_pattern: effect([['blur', 'Float', 0.3, 0], ['dots', 'Float', 30, 0], ['size', 'Float', 0.5, 0]]),
  extrude_blur: effect([['amount', 'Float', 0.2]]),
  glow: effect([['amount', 'Float', 0.5], ['darkness', 'Float', 0.3], ['size', 'Float', 4, 0]]),
  green_screen: effect([
    ['colorMatch', 'Float', 0.4, 0],
    ['fromColor', 'Color', { r: 0, g: 1, b: 0, a: 1 }],
    ['smoothness', 'Float', 0.08, 0],
    ['spill', 'Float', 0, 0],
  ]),
  half_tone: effect([['angle', 'Float', 0], ['scale', 'Float', 0.5, 0]]),
  linocut: effect([['scale', 'Float', 0.5, 0]]),
  liquid: effect([['amount', 'Float', 0.06], ['scale', 'Float', 0.62, 0], ['time', 'Float', 0.5]]),
  mirror: effect([['side', 'Int', 1, 0, 3]]),
  outliner: effect([['amount', 'Float', 0.5, 0], ['passthrough', 'Float', 0.5, 0, 1]]),
  radial_pixel: effect([['radius', 'Float', 0.1, 0], ['segments', 'Float', 0.01, 0]]),
  recolor: effect([
    ['brightnessMatch', 'Float', 1, 0],
    ['colorMatch', 'Float', 0.4, 0],
    ['fromColor', 'Color', { r: 1, g: 1, b: 1, a: 1 }],
    ['smoothness', 'Float', 0.08, 0],
    ['toColor', 'Color', { r: 0, g: 0, b: 1, a: 1 }],
  ]),
  sharpie: effect([]),
  shifter: effect([['amount', 'Float', 0.05], ['angle', 'Float', 0.3]]),
  tilt_shift: effect([['amount', 'Float', 0.016, 0], ['position', 'Float', 0.4]]),
  tv_glitch: effect([['distortion', 'Float', 3], ['distortion2', 'Float', 1], ['rollSpeed', 'Float', 1], ['speed', 'Float', 2]]),
} satisfies Record<string, EffectKindSpec>;

/** Short names of every effect kind. */
export const EFFECT_KIND_NAMES = Object.keys(EFFECT_KINDS) as readonly (keyof typeof EFFECT_KINDS)[];
