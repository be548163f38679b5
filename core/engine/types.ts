import type { EFFECT_KINDS } from './effect-kinds.js';

/** A block handle. Ids are positive integers, never reused within one engine (a load keeps the saved ids). */
export type DesignBlockId = number;

/** An sRGB color with straight alpha; every channel is in 0..1. */
export interface RGBAColor {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** A CMYK print color; every channel and the tint are in 0..1. */
export interface CMYKColor {
  c: number;
  m: number;
  y: number;
  k: number;
  tint: number;
}

/** A named spot color; `tint` is in 0..1. Its screen appearance comes from `editor.setSpotColorRGB`. */
export interface SpotColor {
  name: string;
  tint: number;
  externalReference: string;
}

/** Any color. The shape of the object tells the color space. */
export type Color = RGBAColor | CMYKColor | SpotColor;

/** One stop of a gradient; `stop` is in 0..1. */
export interface GradientColorStop {
  color: Color;
  stop: number;
}

/** The type of a block property, as `block.getPropertyType` reports it. */
export type PropertyType = 'Bool' | 'Int' | 'Float' | 'Double' | 'String' | 'Color' | 'Enum' | 'Struct';

/** The kind of a change reported by `event.subscribe`. */
export type BlockEventType = 'Created' | 'Updated' | 'Destroyed';

/** One change of one block. At most one event per block per delivered batch. */
export interface BlockEvent {
  type: BlockEventType;
  block: DesignBlockId;
}

/** Design-block short type names accepted by `block.create`. */
export type DesignBlockTypeShorthand = 'scene' | 'stack' | 'page' | 'graphic' | 'text' | 'group' | 'audio';

/** How a scene arranges its pages (`scene.create(layout)`, `scene/layout`). */
export type SceneLayout = 'Free' | 'VerticalStack' | 'HorizontalStack' | 'DepthStack';

/** Shape short type names accepted by `block.createShape`. */
export type ShapeTypeShorthand = 'rect' | 'line' | 'ellipse' | 'polygon' | 'star' | 'vector_path';

/** Fill short type names accepted by `block.createFill`. */
export type FillTypeShorthand = 'color' | 'gradient/linear' | 'gradient/radial' | 'gradient/conical' | 'image' | 'video';

/** Effect short type names accepted by `block.createEffect`: every kind of the table in effect-kinds.ts. */
export type EffectTypeShorthand = keyof typeof EFFECT_KINDS;

/** Animation short type names accepted by `block.createAnimation` (CE.SDK's `AnimationTypeShorthand`). */
export type AnimationTypeShorthand =
  | 'slide' | 'pan' | 'fade' | 'blur' | 'grow' | 'zoom' | 'pop' | 'wipe' | 'baseline' | 'crop_zoom' | 'spin'
  | 'spin_loop' | 'fade_loop' | 'blur_loop' | 'pulsating_loop' | 'breathing_loop' | 'jump_loop' | 'squeeze_loop' | 'sway_loop' | 'scale_loop'
  | 'typewriter_text' | 'block_swipe_text' | 'spread_text' | 'merge_text' | 'ken_burns';

/** Values of an animation's `animationEasing` (CE.SDK's `AnimationEasing`). */
export type AnimationEasing =
  | 'Linear' | 'EaseIn' | 'EaseOut' | 'EaseInOut' | 'EaseInQuart' | 'EaseOutQuart' | 'EaseInOutQuart'
  | 'EaseInQuint' | 'EaseOutQuint' | 'EaseInOutQuint' | 'EaseInBack' | 'EaseOutBack' | 'EaseInOutBack'
  | 'EaseInSpring' | 'EaseOutSpring' | 'EaseInOutSpring';

/** Blur short type names accepted by `block.createBlur`. */
export type BlurTypeShorthand = 'uniform' | 'linear' | 'mirrored' | 'radial';

/** Roles, from most to least powerful. */
export type RoleString = 'Creator' | 'Adopter' | 'Viewer';

/** A global scope setting: always allow, always deny, or defer to the block's own scope flag. */
export type ScopeSetting = 'Allow' | 'Deny' | 'Defer';

/** Design units of a scene. */
export type DesignUnit = 'Pixel' | 'Millimeter' | 'Inch';

/** How a fill is laid into its frame. */
export type ContentFillMode = 'Crop' | 'Cover' | 'Contain';

/** Horizontal alignment for `alignHorizontally` and text. */
export type HorizontalAlignment = 'Left' | 'Right' | 'Center';

/** Vertical alignment for `alignVertically` and text. */
export type VerticalAlignment = 'Top' | 'Bottom' | 'Center';

/** Blend modes, as in CE.SDK. */
export type BlendMode =
  | 'PassThrough' | 'Normal' | 'Darken' | 'Multiply' | 'ColorBurn' | 'LinearBurn' | 'DarkenColor'
  | 'Lighten' | 'Screen' | 'ColorDodge' | 'LinearDodge' | 'LightenColor' | 'Overlay' | 'SoftLight'
  | 'HardLight' | 'VividLight' | 'LinearLight' | 'PinLight' | 'HardMix' | 'Difference' | 'Exclusion'
  | 'Subtract' | 'Divide' | 'Hue' | 'Saturation' | 'Color' | 'Luminosity';

/** A function that receives a batch of block events. */
export type BlockEventCallback = (events: readonly BlockEvent[]) => void;

/** Removes a listener. Calling it twice is harmless. */
export type Unsubscribe = () => void;
