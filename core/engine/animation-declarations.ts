import { declareProperty, extendPropertyBlockTypes, type PropertyDeclarationOptions } from './property-registry.js';

// Properties of animation blocks (`block.createAnimation`). Paths, types, defaults and enum values
// follow CE.SDK's "Supported Animation Types" reference (its per-type property tables).

/** CE.SDK's `AnimationEasingValues`, the values of `animationEasing`. */
export const ANIMATION_EASING_VALUES = [
  'Linear', 'EaseIn', 'EaseOut', 'EaseInOut', 'EaseInQuart', 'EaseOutQuart', 'EaseInOutQuart', 'EaseInQuint',
  'EaseOutQuint', 'EaseInOutQuint', 'EaseInBack', 'EaseOutBack', 'EaseInOutBack', 'EaseInSpring', 'EaseOutSpring',
  'EaseInOutSpring',
] as const;

/** The values of `textAnimationWritingStyle` (default `'Line'`). */
export const TEXT_ANIMATION_WRITING_STYLES = ['Block', 'Line', 'Character', 'Word'] as const;

const SIDES = ['Up', 'Right', 'Down', 'Left'];
const SPIN_DIRECTIONS = ['Clockwise', 'CounterClockwise'];

const animation = (type: string): string => `animation/${type}`;

/** In/Out types with a duration of 0.6 s by default; the others last 1.2 s, `ken_burns` 2.4 s. */
const SHORT = ['slide', 'pan', 'fade', 'blur', 'grow', 'zoom', 'pop', 'wipe', 'baseline', 'spin', 'spread_text', 'typewriter_text'];
const LONG = ['crop_zoom', 'block_swipe_text', 'merge_text', 'spin_loop', 'fade_loop', 'blur_loop', 'pulsating_loop', 'breathing_loop', 'jump_loop', 'squeeze_loop', 'sway_loop', 'scale_loop'];
const ALL = [...SHORT, ...LONG, 'ken_burns'];
/** Types whose timing follows `animationEasing`. */
const EASED = ['slide', 'pan', 'fade', 'blur', 'grow', 'zoom', 'wipe', 'baseline', 'crop_zoom', 'spin', 'spread_text', 'merge_text', 'ken_burns'];
/** Types that can animate a text line by line, word by word or character by character. */
const TEXT_SEGMENTED = ['baseline', 'block_swipe_text', 'blur', 'fade', 'grow', 'pan', 'pop', 'slide', 'spin', 'wipe', 'zoom'];

// An animation's length is its `playback/duration`, read and written with `block.getDuration`/`setDuration`.
extendPropertyBlockTypes('playback/duration', ALL.map(animation), Object.fromEntries([
  ...SHORT.map((type) => [animation(type), 0.6]),
  ...LONG.map((type) => [animation(type), 1.2]),
  [animation('ken_burns'), 2.4],
]));

declareProperty({
  path: 'animationEasing', type: 'Enum', enumValues: ANIMATION_EASING_VALUES, defaultValue: 'Linear',
  blockTypes: EASED.map(animation), typeDefaults: { [animation('ken_burns')]: 'EaseOutQuint' },
});
declareProperty({ path: 'textAnimationWritingStyle', type: 'Enum', enumValues: TEXT_ANIMATION_WRITING_STYLES, defaultValue: 'Line', blockTypes: TEXT_SEGMENTED.map(animation) });
declareProperty({ path: 'textAnimationOverlap', type: 'Float', defaultValue: 0.35, min: 0, max: 1, blockTypes: TEXT_SEGMENTED.map(animation) });

type Entry = Omit<PropertyDeclarationOptions, 'blockTypes'>;
const float = (path: string, defaultValue: number, min?: number, max?: number): Entry => ({ path, type: 'Float', defaultValue, min, max });
const bool = (path: string, defaultValue: boolean): Entry => ({ path, type: 'Bool', defaultValue });
const enumeration = (path: string, enumValues: readonly string[], defaultValue: string): Entry => ({ path, type: 'Enum', enumValues, defaultValue });

const PER_TYPE: Record<string, Entry[]> = {
  baseline: [enumeration('animation/baseline/direction', SIDES, 'Up')],
  block_swipe_text: [
    { path: 'animation/block_swipe_text/blockColor', type: 'Color', defaultValue: Object.freeze({ r: 0, g: 0, b: 0, a: 1 }) },
    enumeration('animation/block_swipe_text/direction', SIDES, 'Right'),
    bool('animation/block_swipe_text/useTextColor', true),
  ],
  blur: [bool('animation/blur/fade', true), float('animation/blur/intensity', 1, 0, 1)],
  blur_loop: [float('animation/blur_loop/intensity', 1, 0, 1)],
  breathing_loop: [float('animation/breathing_loop/intensity', 0, 0, 1)],
  crop_zoom: [bool('animation/crop_zoom/fade', true), float('animation/crop_zoom/scale', 1.25, 0)],
  grow: [enumeration('animation/grow/direction', ['Horizontal', 'Vertical', 'All'], 'All')],
  jump_loop: [enumeration('animation/jump_loop/direction', SIDES, 'Up'), float('animation/jump_loop/intensity', 0.5, 0, 1)],
  ken_burns: [
    enumeration('animation/ken_burns/direction', SIDES, 'Right'), bool('animation/ken_burns/fade', false),
    float('animation/ken_burns/travelDistanceRatio', 1, 0), float('animation/ken_burns/zoomIntensity', 0.5, 0),
  ],
  merge_text: [enumeration('animation/merge_text/direction', ['Right', 'Left'], 'Left'), float('animation/merge_text/intensity', 0.5, 0, 1)],
  pan: [float('animation/pan/direction', 0), float('animation/pan/distance', 0.1, 0), bool('animation/pan/fade', true)],
  pulsating_loop: [float('animation/pulsating_loop/intensity', 0, 0, 1)],
  slide: [float('animation/slide/direction', 0), bool('animation/slide/fade', false)],
  spin: [enumeration('animation/spin/direction', SPIN_DIRECTIONS, 'Clockwise'), bool('animation/spin/fade', true), float('animation/spin/intensity', 1, 0)],
  spin_loop: [enumeration('animation/spin_loop/direction', SPIN_DIRECTIONS, 'Clockwise')],
  spread_text: [bool('animation/spread_text/fade', true), float('animation/spread_text/intensity', 0.5, 0, 1)],
  sway_loop: [float('animation/sway_loop/intensity', 1, 0, 1)],
  typewriter_text: [enumeration('animation/typewriter_text/writingStyle', ['Character', 'Word'], 'Character')],
  wipe: [enumeration('animation/wipe/direction', SIDES, 'Right')],
  zoom: [bool('animation/zoom/fade', true)],
};
for (const [type, entries] of Object.entries(PER_TYPE)) {
  for (const entry of entries) declareProperty({ ...entry, blockTypes: [animation(type)] });
}
