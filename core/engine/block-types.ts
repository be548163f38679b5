import { EFFECT_KIND_NAMES } from './effect-kinds.js';
import { BLUR_KINDS, FILL_KINDS, SHAPE_KINDS } from './kind-tables.js';
import { CesdkError } from './errors.js';

/** Prefix of every long-form block type. */
export const TYPE_PREFIX = '//ly.img.ubq/';

/** The families of blocks. Design blocks live in the tree; the others hang off a design block. */
export type BlockFamily = 'design' | 'shape' | 'fill' | 'effect' | 'blur' | 'animation';

const DESIGN_TYPES = ['scene', 'stack', 'page', 'graphic', 'text', 'group', 'audio', 'track'] as const;
const SHAPE_TYPES = Object.keys(SHAPE_KINDS) as readonly (keyof typeof SHAPE_KINDS)[];
const FILL_TYPES = Object.keys(FILL_KINDS) as readonly (keyof typeof FILL_KINDS)[];
const EFFECT_TYPES: readonly string[] = EFFECT_KIND_NAMES;
const BLUR_TYPES = Object.keys(BLUR_KINDS) as readonly (keyof typeof BLUR_KINDS)[];
/** CE.SDK's `ANIMATION_TYPES` (its API reference), plus `scale_loop` from its newer type list. */
export const ANIMATION_TYPES = [
  'slide', 'pan', 'fade', 'blur', 'grow', 'zoom', 'pop', 'wipe', 'baseline', 'crop_zoom', 'spin',
  'spin_loop', 'fade_loop', 'blur_loop', 'pulsating_loop', 'breathing_loop', 'jump_loop', 'squeeze_loop', 'sway_loop', 'scale_loop',
  'typewriter_text', 'block_swipe_text', 'spread_text', 'merge_text', 'ken_burns',
] as const;

const familyByLongType = new Map<string, BlockFamily>();
function registerFamily(family: BlockFamily, prefix: string, shorts: readonly string[]): void {
  for (const short of shorts) familyByLongType.set(`${TYPE_PREFIX}${prefix}${short}`, family);
}
registerFamily('design', '', DESIGN_TYPES);
registerFamily('shape', 'shape/', SHAPE_TYPES);
registerFamily('fill', 'fill/', FILL_TYPES);
registerFamily('effect', 'effect/', EFFECT_TYPES);
registerFamily('blur', 'blur/', BLUR_TYPES);
registerFamily('animation', 'animation/', ANIMATION_TYPES);

/** Long type names, for checks. */
export const BlockType = {
  scene: `${TYPE_PREFIX}scene`,
  stack: `${TYPE_PREFIX}stack`,
  page: `${TYPE_PREFIX}page`,
  graphic: `${TYPE_PREFIX}graphic`,
  text: `${TYPE_PREFIX}text`,
  group: `${TYPE_PREFIX}group`,
  audio: `${TYPE_PREFIX}audio`,
  track: `${TYPE_PREFIX}track`,
} as const;

/** Short names per family, for documentation and reflection. */
export const BLOCK_TYPE_SHORTHANDS: Readonly<Record<BlockFamily, readonly string[]>> = {
  design: DESIGN_TYPES,
  shape: SHAPE_TYPES,
  fill: FILL_TYPES,
  effect: EFFECT_TYPES,
  blur: BLUR_TYPES,
  animation: ANIMATION_TYPES,
};

/** The family of a long type name, or undefined for an unknown type. */
export function familyOf(longType: string): BlockFamily | undefined {
  return familyByLongType.get(longType);
}

/** Whether a long type name is known. */
export function isKnownType(longType: string): boolean {
  return familyByLongType.has(longType);
}

/**
 * Turns a short (`'rect'`, `'shape/rect'`) or long (`'//ly.img.ubq/shape/rect'`) type name of the
 * given family into its long form, or throws `INVALID_VALUE`.
 */
export function toLongType(family: BlockFamily, type: unknown): string {
  if (typeof type !== 'string') throw new CesdkError('INVALID_VALUE', `block type must be a string, got ${typeof type}`);
  const prefix = family === 'design' ? '' : `${family}/`;
  let candidate: string;
  if (type.startsWith(TYPE_PREFIX)) candidate = type;
  else if (family !== 'design' && type.startsWith(prefix)) candidate = TYPE_PREFIX + type;
  else candidate = TYPE_PREFIX + prefix + type;
  if (familyByLongType.get(candidate) !== family) {
    throw new CesdkError('INVALID_VALUE', `unknown ${family} type '${type}'`);
  }
  return candidate;
}

/**
 * Resolves a type name of any family as `findByType` accepts it: a design short form,
 * `'shape/…'`, `'fill/…'`, `'effect/…'`, `'blur/…'`, `'animation/…'`, or a long form. Returns undefined when unknown.
 */
export function resolveAnyType(type: string): string | undefined {
  const candidate = type.startsWith(TYPE_PREFIX) ? type : TYPE_PREFIX + type;
  return familyByLongType.has(candidate) ? candidate : undefined;
}

/** Which design block types may be children of which. */
// As in CE.SDK, a graphic can hold children too (a label text inside a shape moves with it).
const ALLOWED_CHILDREN = new Map<string, ReadonlySet<string>>([
  [BlockType.scene, new Set([BlockType.page, BlockType.stack, BlockType.audio])],
  [BlockType.stack, new Set([BlockType.page])],
  [BlockType.page, new Set([BlockType.graphic, BlockType.text, BlockType.group, BlockType.audio, BlockType.track])],
  [BlockType.group, new Set([BlockType.graphic, BlockType.text, BlockType.group])],
  [BlockType.graphic, new Set([BlockType.graphic, BlockType.text, BlockType.group])],
  // A track lays its clips out in time (video scenes); it has no frame of its own.
  [BlockType.track, new Set([BlockType.graphic, BlockType.text, BlockType.group, BlockType.audio])],
]);

/** Whether a block of type `childType` may be a child of a block of type `parentType`. */
export function canContain(parentType: string, childType: string): boolean {
  return ALLOWED_CHILDREN.get(parentType)?.has(childType) ?? false;
}

/** Design block types that carry a fill. */
export const FILL_BEARERS: ReadonlySet<string> = new Set([BlockType.graphic, BlockType.text, BlockType.page]);
/** Design block types that carry a shape. */
export const SHAPE_BEARERS: ReadonlySet<string> = new Set([BlockType.graphic]);
/** Design block types that carry an effect stack and a blur. */
export const EFFECT_BEARERS: ReadonlySet<string> = new Set([BlockType.graphic, BlockType.text, BlockType.page]);
/** Design block types that carry In, Out and Loop animations (`block.supportsAnimation`). */
export const ANIMATION_BEARERS: ReadonlySet<string> = new Set([BlockType.graphic, BlockType.text]);
