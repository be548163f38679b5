/**
 * The catalogue of effect kinds: one entry per kind, with its properties as CE.SDK's effect reference
 * lists them (path under `effect/<kind>/`, type, default). `block-types.ts` takes the kind names from
 * here and `property-declarations.ts` declares the properties; the renderer paints each kind from
 * its own table (`core/render/pixel-effects.ts`). No imports: the block type table reads this early.
 *
 * Ranges: CE.SDK's reference gives none but the documented ones (intensities); where it gives none we
 * only refuse what cannot mean anything (negative sizes, counts below one). The optional `ui` of a
 * numeric property is the slider range and step an editor shows where the declared range is open or
 * too wide (the inspector generates its controls from these; unset: the declared range, else 0..1). `mirror/side` is 0 left,
 * 1 right, 2 top, 3 bottom (the half that is kept and mirrored onto the other).
 */

/** How an editor shows a numeric effect property where its declared range is open or too wide: slider range and step. */
export interface EffectUi {
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
}

/** One effect property: `[name, type, default, min?, max?, ui?]`, or for strings `[name, 'String', default, isUri?]`. */
export type EffectPropertySpec =
  | readonly [name: string, type: 'Float' | 'Int', defaultValue: number, min?: number, max?: number, ui?: EffectUi]
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
    ['intensity', 'Float', 0, -1, 1, { step: 0.01 }],
  ]),
  pixelize: effect([['horizontalPixelSize', 'Int', 20, 1, 10_000, { max: 200 }], ['verticalPixelSize', 'Int', 20, 1, 10_000, { max: 200 }]]),
  vignette: effect([['offset', 'Float', 1, 0, 5, { step: 0.05 }], ['darkness', 'Float', 1, 0, 5, { step: 0.05 }]]),
  posterize: effect([['levels', 'Float', 3, 2, 256, { max: 64, step: 1 }]]),
  // Our own colour filters (CSS forms); CE.SDK reaches these looks through LUTs.
  grayscale: filter([['intensity', 'Float', 1, 0, 1, { step: 0.01 }]]),
  sepia: filter([['intensity', 'Float', 1, 0, 1, { step: 0.01 }]]),
  invert: filter([['intensity', 'Float', 1, 0, 1, { step: 0.01 }]]),
  lut_filter: filter([
    ['filterId', 'String', ''],
    ['horizontalTileCount', 'Int', 5, 1, 1024, { max: 64 }],
    ['intensity', 'Float', 1, 0, 1, { step: 0.01 }],
    ['lutFileURI', 'String', '', true],
    ['verticalTileCount', 'Int', 5, 1, 1024, { max: 64 }],
  ]),
  cross_cut: effect([
    ['offset', 'Float', 0.07, undefined, undefined, { min: 0, max: 0.5 }], ['slices', 'Float', 5, 0, undefined, { min: 1, max: 30, step: 1 }],
    ['speedV', 'Float', 0.5, undefined, undefined, { min: 0, max: 1 }], ['time', 'Float', 1, undefined, undefined, { min: 0, max: 10, step: 0.1 }],
  ]),
  dot_pattern: effect([['blur', 'Float', 0.3, 0, undefined, { max: 1 }], ['dots', 'Float', 30, 0, undefined, { min: 1, max: 200, step: 1 }], ['size', 'Float', 0.5, 0, undefined, { max: 1 }]]),
  extrude_blur: effect([['amount', 'Float', 0.2, undefined, undefined, { min: 0, max: 1 }]]),
  glow: effect([['amount', 'Float', 0.5, undefined, undefined, { min: 0, max: 1 }], ['darkness', 'Float', 0.3, undefined, undefined, { min: 0, max: 1 }], ['size', 'Float', 4, 0, undefined, { max: 50, step: 0.5 }]]),
  green_screen: effect([
    ['colorMatch', 'Float', 0.4, 0, undefined, { max: 1 }],
    ['fromColor', 'Color', { r: 0, g: 1, b: 0, a: 1 }],
    ['smoothness', 'Float', 0.08, 0, undefined, { max: 1 }],
    ['spill', 'Float', 0, 0, undefined, { max: 1 }],
  ]),
  half_tone: effect([['angle', 'Float', 0, undefined, undefined, { min: 0, max: 6.28 }], ['scale', 'Float', 0.5, 0, undefined, { max: 1 }]]),
  linocut: effect([['scale', 'Float', 0.5, 0, undefined, { max: 1 }]]),
  liquid: effect([
    ['amount', 'Float', 0.06, undefined, undefined, { min: 0, max: 0.3, step: 0.005 }], ['scale', 'Float', 0.62, 0, undefined, { max: 2 }],
    ['time', 'Float', 0.5, undefined, undefined, { min: 0, max: 1 }],
  ]),
  mirror: effect([['side', 'Int', 1, 0, 3]]),
  outliner: effect([['amount', 'Float', 0.5, 0, undefined, { max: 1 }], ['passthrough', 'Float', 0.5, 0, 1]]),
  radial_pixel: effect([['radius', 'Float', 0.1, 0, undefined, { min: 0.01, max: 0.5 }], ['segments', 'Float', 0.01, 0, undefined, { min: 0.001, max: 0.25, step: 0.001 }]]),
  recolor: effect([
    ['brightnessMatch', 'Float', 1, 0, undefined, { max: 1 }],
    ['colorMatch', 'Float', 0.4, 0, undefined, { max: 1 }],
    ['fromColor', 'Color', { r: 1, g: 1, b: 1, a: 1 }],
    ['smoothness', 'Float', 0.08, 0, undefined, { max: 1 }],
    ['toColor', 'Color', { r: 0, g: 0, b: 1, a: 1 }],
  ]),
  sharpie: effect([]),
  shifter: effect([['amount', 'Float', 0.05, undefined, undefined, { min: 0, max: 0.3, step: 0.005 }], ['angle', 'Float', 0.3, undefined, undefined, { min: 0, max: 6.28 }]]),
  tilt_shift: effect([['amount', 'Float', 0.016, 0, undefined, { max: 0.1, step: 0.001 }], ['position', 'Float', 0.4, undefined, undefined, { min: 0, max: 1 }]]),
  tv_glitch: effect([
    ['distortion', 'Float', 3, undefined, undefined, { min: 0, max: 10, step: 0.1 }], ['distortion2', 'Float', 1, undefined, undefined, { min: 0, max: 5, step: 0.1 }],
    ['rollSpeed', 'Float', 1, undefined, undefined, { min: 0, max: 5, step: 0.1 }], ['speed', 'Float', 2, undefined, undefined, { min: 0, max: 5, step: 0.1 }],
  ]),
} satisfies Record<string, EffectKindSpec>;

/** Short names of every effect kind. */
export const EFFECT_KIND_NAMES = Object.keys(EFFECT_KINDS) as readonly (keyof typeof EFFECT_KINDS)[];
