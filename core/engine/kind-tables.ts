/**
 * The declarations of the shape, fill and appearance kinds: each kind once, with its type name, its
 * properties (path, type, default, range) and the inspector's hints for them. From these:
 *  - `block-types.ts` takes the shape and fill type names;
 *  - `property-declarations.ts` declares the properties;
 *  - `kind-model.ts` reads a block's values as a typed read-model, falling back to these defaults;
 *  - the renderer draws each kind from `core/render/kinds/` (registered by type name);
 *  - the inspector builds the controls of a kind's section from the hints.
 * Effect kinds are catalogued in `effect-kinds.ts` (a compact table) and given here as declarations
 * too (`EFFECT_KIND_DECLARATIONS`), so the inspector generates their controls the same way; blur kinds
 * are declared here. Runtime-import-free but for the effect table: `block-types.ts` reads this early.
 *
 * Adding a drawn property to a kind means: its entry here, its use in the kind's paint function
 * (`core/render/kinds/`), and its label in the locale files.
 */
import { EFFECT_KINDS, type EffectKindSpec } from './effect-kinds.js';
import type { Color, GradientColorStop } from './types.js';

/** How the inspector shows a property. `label` is the locale key's last part. */
export interface KindUi {
  readonly label?: string;
  /** Slider/field range and step when they differ from the property's own range. */
  readonly min?: number;
  readonly max?: number;
  readonly step?: number;
  readonly decimals?: number;
  /** Not shown (written together with another property, or not drawn). */
  readonly hidden?: boolean;
  /** Other properties of the kind (by name) that the control writes with the same value. */
  readonly alsoWrites?: readonly string[];
  /** Shown value = stored value × scale (e.g. 100 for a fraction shown in %), with this unit. */
  readonly scale?: number;
  readonly unit?: string;
  /** The control's maximum is half the shorter side of the edited blocks (corner radii). */
  readonly maxFromFrame?: boolean;
}

/** One property of a kind. Its path is `prefix + name` unless `path` says otherwise (shared paths). */
export interface KindProperty {
  readonly name: string;
  readonly path?: string;
  readonly type: 'Float' | 'Int' | 'Double' | 'Bool' | 'Color' | 'String' | 'Enum' | 'Struct';
  readonly defaultValue: unknown;
  readonly min?: number;
  readonly max?: number;
  readonly enumValues?: readonly string[];
  readonly isUri?: boolean;
  readonly ui?: KindUi;
}

/** One kind. `family` 'appearance' kinds hang their properties on design blocks (`dropShadow/…`). */
export interface KindDeclaration {
  readonly family: 'shape' | 'fill' | 'appearance' | 'effect' | 'blur';
  /** The short type name: `rect`, `gradient/linear`, `dropShadow`. */
  readonly type: string;
  /** Path prefix of the kind's own properties, e.g. `shape/rect/`. */
  readonly prefix: string;
  /** Short block types that carry the properties. */
  readonly blockTypes: readonly string[];
  /** Scope that guards writing them. */
  readonly scope: string;
  readonly properties: readonly KindProperty[];
}

type ValueOf<T extends KindProperty> = T['type'] extends 'Float' | 'Int' | 'Double' ? number
  : T['type'] extends 'Bool' ? boolean
    : T['type'] extends 'Color' ? Color
      : T['type'] extends 'Struct' ? readonly GradientColorStop[]
        : string;

/** A kind's read-model: every property by name, typed. */
export type ModelOf<K extends KindDeclaration> = { readonly [P in K['properties'][number] as P['name']]: ValueOf<P> };

const float = <N extends string>(name: N, defaultValue: number, min?: number, max?: number, ui?: KindUi) => ({ name, type: 'Float', defaultValue, min, max, ui }) as const;
const int = <N extends string>(name: N, defaultValue: number, min?: number, max?: number, ui?: KindUi) => ({ name, type: 'Int', defaultValue, min, max, ui }) as const;
const bool = <N extends string>(name: N, defaultValue: boolean, ui?: KindUi) => ({ name, type: 'Bool', defaultValue, ui }) as const;
const color = <N extends string>(name: N, defaultValue: Color, ui?: KindUi) => ({ name, type: 'Color', defaultValue: Object.freeze({ ...defaultValue }), ui }) as const;
const string = <N extends string>(name: N, defaultValue: string, isUri = false) => ({ name, type: 'String', defaultValue, isUri, ui: { hidden: true } }) as const;

const HIDDEN: KindUi = { hidden: true };
const BLACK = { r: 0, g: 0, b: 0, a: 1 };
const WHITE = { r: 1, g: 1, b: 1, a: 1 };
const GRADIENT_STOPS = {
  name: 'colors', path: 'fill/gradient/colors', type: 'Struct',
  defaultValue: Object.freeze([Object.freeze({ color: Object.freeze({ ...BLACK }), stop: 0 }), Object.freeze({ color: Object.freeze({ ...WHITE }), stop: 1 })]),
} as const;

function shape<T extends string, P extends readonly KindProperty[]>(type: T, properties: P) {
  return { family: 'shape', type, prefix: `shape/${type}/`, blockTypes: [`shape/${type}`], scope: 'shape/change', properties } as const;
}
function fill<T extends string, P extends readonly KindProperty[]>(type: T, properties: P) {
  return { family: 'fill', type, prefix: `fill/${type}/`, blockTypes: [`fill/${type}`], scope: 'fill/change', properties } as const;
}

/** Shape kinds, in CE.SDK's order. */
export const SHAPE_KINDS = {
  rect: shape('rect', [
    float('cornerRadiusTL', 0, 0, undefined, { label: 'cornerRadius', min: 0, maxFromFrame: true, step: 1, decimals: 1, alsoWrites: ['cornerRadiusTR', 'cornerRadiusBL', 'cornerRadiusBR'] }),
    float('cornerRadiusTR', 0, 0, undefined, HIDDEN), float('cornerRadiusBL', 0, 0, undefined, HIDDEN), float('cornerRadiusBR', 0, 0, undefined, HIDDEN),
  ]),
  line: shape('line', []),
  ellipse: shape('ellipse', []),
  polygon: shape('polygon', [
    int('sides', 5, 3, 100, { min: 3, max: 24, step: 1, decimals: 0 }),
    float('cornerRadius', 0, 0, undefined, { min: 0, maxFromFrame: true, step: 1, decimals: 1 }),
  ]),
  star: shape('star', [
    int('points', 5, 3, 100, { min: 3, max: 24, step: 1, decimals: 0 }),
    float('innerDiameter', 0.5, 0, 1, { min: 1, max: 100, scale: 100, unit: '%', step: 1, decimals: 0 }),
  ]),
  vector_path: shape('vector_path', [string('path', 'M 0 0 L 100 0 L 100 100 L 0 100 Z'), float('width', 100, 0, undefined, HIDDEN), float('height', 100, 0, undefined, HIDDEN)]),
} as const satisfies Record<string, KindDeclaration>;

/** Fill kinds, in CE.SDK's order. */
export const FILL_KINDS = {
  color: fill('color', [color('value', WHITE)]),
  'gradient/linear': fill('gradient/linear', [GRADIENT_STOPS, float('startPointX', 0.5), float('startPointY', 0), float('endPointX', 0.5), float('endPointY', 1)]),
  'gradient/radial': fill('gradient/radial', [GRADIENT_STOPS, float('centerPointX', 0.5), float('centerPointY', 0.5), float('radius', 1, 0)]),
  'gradient/conical': fill('gradient/conical', [GRADIENT_STOPS, float('centerPointX', 0.5), float('centerPointY', 0.5)]),
  image: fill('image', [string('imageFileURI', '', true)]),
  video: fill('video', [string('fileURI', '', true), { name: 'totalDuration', type: 'Double', defaultValue: 0, min: 0 }]),
} as const satisfies Record<string, KindDeclaration>;

/**
 * The drop shadow of graphic, text and group blocks (`dropShadow/…`). `spread` is ours (CE.SDK has
 * none): it grows (or, negative, shrinks) the shadow's shape before the blur, as CSS `box-shadow`'s
 * spread does; rectangles keep their corner radii plus the spread.
 */
export const DROP_SHADOW_KIND = {
  family: 'appearance', type: 'dropShadow', prefix: 'dropShadow/', blockTypes: ['graphic', 'text', 'group'], scope: 'appearance/shadow',
  properties: [
    bool('enabled', false),
    color('color', { r: 0, g: 0, b: 0, a: 0.25 }),
    float('offset/x', 2, undefined, undefined, { label: 'offsetX', min: -200, max: 200, step: 1, decimals: 1 }),
    float('offset/y', 2, undefined, undefined, { label: 'offsetY', min: -200, max: 200, step: 1, decimals: 1 }),
    float('blurRadius/x', 1, 0, undefined, { label: 'blur', min: 0, max: 100, step: 1, decimals: 1, alsoWrites: ['blurRadius/y'] }),
    float('blurRadius/y', 1, 0, undefined, { hidden: true }),
    float('spread', 0, -1000, 1000, { label: 'spread', min: -50, max: 100, step: 1, decimals: 1 }),
    bool('clip', false, { hidden: true }),
  ],
} as const satisfies KindDeclaration;

function blur<T extends string, P extends readonly KindProperty[]>(type: T, properties: P) {
  return { family: 'blur', type, prefix: `blur/${type}/`, blockTypes: [`blur/${type}`], scope: 'appearance/blur', properties } as const;
}
const RADIUS: KindUi = { min: 0, max: 200, step: 1 };
const FRACTION: KindUi = { min: 0, max: 1, step: 0.01 };

/** Blur kinds, in CE.SDK's order. Radii are in design units; points and `x`/`y` are fractions of the frame. */
export const BLUR_KINDS = {
  uniform: blur('uniform', [float('intensity', 0.5, 0, 1, FRACTION)]),
  linear: blur('linear', [
    float('blurRadius', 30, 0, undefined, RADIUS),
    float('x1', 0, undefined, undefined, FRACTION), float('y1', 0.5, undefined, undefined, FRACTION),
    float('x2', 1, undefined, undefined, FRACTION), float('y2', 0.5, undefined, undefined, FRACTION),
  ]),
  mirrored: blur('mirrored', [
    float('blurRadius', 30, 0, undefined, RADIUS), float('gradientSize', 50, 0, undefined, RADIUS), float('size', 75, 0, undefined, RADIUS),
    float('x1', 0, undefined, undefined, FRACTION), float('y1', 0.5, undefined, undefined, FRACTION),
    float('x2', 1, undefined, undefined, FRACTION), float('y2', 0.5, undefined, undefined, FRACTION),
  ]),
  radial: blur('radial', [
    float('blurRadius', 30, 0, undefined, RADIUS), float('gradientRadius', 50, 0, undefined, RADIUS), float('radius', 75, 0, undefined, RADIUS),
    float('x', 0.5, undefined, undefined, FRACTION), float('y', 0.5, undefined, undefined, FRACTION),
  ]),
} as const satisfies Record<string, KindDeclaration>;

/** Effect kinds as declarations, from the effect table (`effect-kinds.ts`): same paths, defaults, ranges, with its UI hints. */
export const EFFECT_KIND_DECLARATIONS: Readonly<Record<string, KindDeclaration>> = Object.fromEntries(
  (Object.entries(EFFECT_KINDS) as [string, EffectKindSpec][]).map(([type, spec]) => [type, {
    family: 'effect', type, prefix: `effect/${type}/`, blockTypes: [`effect/${type}`], scope: spec.scope,
    properties: spec.properties.map((entry): KindProperty => {
      const [name, propertyType, defaultValue] = entry;
      if (entry[1] === 'String') return string(name, entry[2], entry[3] === true);
      if (entry[1] === 'Color') return color(name, entry[2]);
      const [, , , min, max, ui] = entry;
      return { name, type: propertyType as 'Float' | 'Int', defaultValue, min, max, ui };
    }),
  } satisfies KindDeclaration]),
);

/** Every kind declared here (the effect kinds are declared from their own table). */
export const ALL_KINDS: readonly KindDeclaration[] = [...Object.values(SHAPE_KINDS), ...Object.values(FILL_KINDS), DROP_SHADOW_KIND, ...Object.values(BLUR_KINDS)];

/** The full path of a kind's property. */
export function kindPropertyPath(kind: KindDeclaration, property: KindProperty): string {
  return property.path ?? `${kind.prefix}${property.name}`;
}
