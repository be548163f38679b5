/**
 * How a block's In, Out and Loop animations (CE.SDK's `setInAnimation` and so on) change its drawing
 * at a moment of its page's timeline: a pose (opacity factor, offset, scale, rotation, blur, wipe)
 * that the view applies on top of the block's own transform. Pure functions: no DOM, no PixiJS, so
 * Node tests run them. A lazy chunk: `AssetTextures.animationPose` loads it with the first animated
 * block of a video scene; the types and the reading from the engine are in `animation-spec.ts`.
 *
 * What is drawn, per type (entering shown; Out plays the same backwards up to the block's end):
 * - `fade`: opacity 0 → 1. `slide`: moves in from `animation/slide/direction` (radians, 0 = from the
 *   right) by the block's own extent along it (+ opacity with `animation/slide/fade`).
 * - `pan`: moves in by `animation/pan/distance` × the page's longer side (+ fade).
 * - `zoom`: scale 0.5 → 1 (+ fade with `animation/zoom/fade`). `grow`: scale 0 → 1 on the axes of
 *   `animation/grow/direction`. `pop`: scale 0 → 1 with an overshoot (no easing property, as CE.SDK).
 * - `spin`: turns `animation/spin/intensity` × 360° in `animation/spin/direction` (+ fade).
 * - `blur`: blur `animation/blur/intensity` × 20 design units → 0 (+ fade).
 * - `wipe`: revealed from the side opposite `animation/wipe/direction`.
 * - `baseline`: moves in by its own height from the side `animation/baseline/direction` points away from.
 * - `crop_zoom`, `ken_burns`: only their fade is drawn (the crop zoom and pan are not).
 * - text types animate the whole block: `typewriter_text` and `block_swipe_text` as a wipe,
 *   `merge_text` as a horizontal slide, `spread_text` as a fade; `textAnimationWritingStyle` and
 *   `textAnimationOverlap` (per line/word/character) are stored but not drawn per segment.
 * - loops repeat over the block's time: `spin_loop` (a full turn), `fade_loop` (1 → 0 → 1),
 *   `blur_loop`, `pulsating_loop`/`breathing_loop` (scale up to 1.25 + 1.25 × intensity),
 *   `scale_loop` (up to 1.25), `jump_loop` (`intensity` × the block's size along its direction),
 *   `squeeze_loop` (±15 % on the two axes), `sway_loop` (±(15° + 30° × intensity)).
 */
import { IDENTITY_POSE, type AnimationPose, type AnimationSpec, type BlockAnimations, type WipeSide } from './animation-spec.js';

export { IDENTITY_POSE, animationIdsOf, blockTimeOf, isIdentityPose, readBlockAnimations } from './animation-spec.js';
export type { AnimationPose, AnimationSpec, BlockAnimations, WipeSide } from './animation-spec.js';

const BLUR_UNITS_PER_INTENSITY = 20;

// Easing ------------------------------------------------------------------------------------

const BACK = 1.70158;
const easeOutSpring = (t: number): number => 1 - Math.cos(t * Math.PI * 4.5) * Math.exp(-t * 6);
const EASINGS: Record<string, (t: number) => number> = {
  Linear: (t) => t,
  EaseIn: (t) => t * t * t,
  EaseOut: (t) => 1 - (1 - t) ** 3,
  EaseInOut: (t) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2),
  EaseInQuart: (t) => t ** 4,
  EaseOutQuart: (t) => 1 - (1 - t) ** 4,
  EaseInOutQuart: (t) => (t < 0.5 ? 8 * t ** 4 : 1 - (-2 * t + 2) ** 4 / 2),
  EaseInQuint: (t) => t ** 5,
  EaseOutQuint: (t) => 1 - (1 - t) ** 5,
  EaseInOutQuint: (t) => (t < 0.5 ? 16 * t ** 5 : 1 - (-2 * t + 2) ** 5 / 2),
  EaseInBack: (t) => (BACK + 1) * t ** 3 - BACK * t * t,
  EaseOutBack: (t) => 1 + (BACK + 1) * (t - 1) ** 3 + BACK * (t - 1) ** 2,
  EaseInOutBack: (t) => {
    const c = BACK * 1.525;
    return t < 0.5 ? ((2 * t) ** 2 * ((c + 1) * 2 * t - c)) / 2 : ((2 * t - 2) ** 2 * ((c + 1) * (t * 2 - 2) + c) + 2) / 2;
  },
  EaseInSpring: (t) => 1 - easeOutSpring(1 - t),
  EaseOutSpring: easeOutSpring,
  EaseInOutSpring: (t) => (t < 0.5 ? (1 - easeOutSpring(1 - 2 * t)) / 2 : (1 + easeOutSpring(2 * t - 1)) / 2),
};

/** CE.SDK's `animationEasing` curves: progress 0..1 → eased progress (Back and Spring overshoot). */
export function ease(easing: string, progress: number): number {
  const t = Math.min(1, Math.max(0, progress));
  if (t === 0 || t === 1) return t;
  return (EASINGS[easing] ?? EASINGS.Linear!)(t);
}

// Poses -------------------------------------------------------------------------------------

/** Sizes a pose depends on. */
export interface PoseGeometry {
  width: number;
  height: number;
  pageWidth: number;
  pageHeight: number;
}

const num = (spec: AnimationSpec, path: string, fallback: number): number => {
  const value = spec.properties[path];
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
};
const flag = (spec: AnimationSpec, path: string, fallback: boolean): boolean => {
  const value = spec.properties[path];
  return typeof value === 'boolean' ? value : fallback;
};
const side = (spec: AnimationSpec, path: string, fallback: WipeSide): WipeSide => {
  const value = spec.properties[path];
  return value === 'Up' || value === 'Right' || value === 'Down' || value === 'Left' ? value : fallback;
};
const SIDE_VECTORS: Record<WipeSide, [number, number]> = { Up: [0, -1], Right: [1, 0], Down: [0, 1], Left: [-1, 0] };

/**
 * Applies an In or Out animation at `shown` (eased progress: 0 = not there yet, 1 = at rest) and
 * `linear` (the same progress without easing, for types that have none).
 */
function applyEntrance(pose: AnimationPose, spec: AnimationSpec, shown: number, linear: number, geometry: PoseGeometry): void {
  const hidden = 1 - shown;
  const fadeWith = (path: string, fallback: boolean) => {
    if (flag(spec, path, fallback)) pose.opacity *= Math.min(1, Math.max(0, shown));
  };
  const moveAlong = (angle: number, distance: number) => {
    pose.offsetX += Math.cos(angle) * distance * hidden;
    pose.offsetY += Math.sin(angle) * distance * hidden;
  };
  switch (spec.type) {
    case 'fade':
    case 'spread_text':
      pose.opacity *= Math.min(1, Math.max(0, shown));
      break;
    case 'slide': {
      const angle = num(spec, 'animation/slide/direction', 0);
      moveAlong(angle, Math.abs(Math.cos(angle)) * geometry.width + Math.abs(Math.sin(angle)) * geometry.height);
      fadeWith('animation/slide/fade', false);
      break;
    }
    case 'pan':
      moveAlong(num(spec, 'animation/pan/direction', 0), num(spec, 'animation/pan/distance', 0.1) * Math.max(geometry.pageWidth, geometry.pageHeight));
      fadeWith('animation/pan/fade', true);
      break;
    case 'zoom': {
      const scale = 0.5 + 0.5 * shown;
      pose.scaleX *= scale;
      pose.scaleY *= scale;
      fadeWith('animation/zoom/fade', true);
      break;
    }
    case 'grow': {
      const direction = spec.properties['animation/grow/direction'];
      if (direction !== 'Vertical') pose.scaleX *= Math.max(0, shown);
      if (direction !== 'Horizontal') pose.scaleY *= Math.max(0, shown);
      break;
    }
    case 'pop': {
      const scale = Math.max(0, ease('EaseOutBack', linear));
      pose.scaleX *= scale;
      pose.scaleY *= scale;
      break;
    }
    case 'spin': {
      const sign = spec.properties['animation/spin/direction'] === 'CounterClockwise' ? 1 : -1;
      pose.rotation += sign * hidden * num(spec, 'animation/spin/intensity', 1) * Math.PI * 2;
      fadeWith('animation/spin/fade', true);
      break;
    }
    case 'blur':
      pose.blur += Math.max(0, hidden) * num(spec, 'animation/blur/intensity', 1) * BLUR_UNITS_PER_INTENSITY;
      fadeWith('animation/blur/fade', true);
      break;
    case 'wipe':
    case 'block_swipe_text':
    case 'typewriter_text': {
      const direction = spec.type === 'wipe' ? side(spec, 'animation/wipe/direction', 'Right')
        : spec.type === 'block_swipe_text' ? side(spec, 'animation/block_swipe_text/direction', 'Right') : 'Right';
      const fraction = Math.min(1, Math.max(0, spec.type === 'typewriter_text' ? linear : shown));
      pose.wipe = pose.wipe ? { side: pose.wipe.side, fraction: pose.wipe.fraction * fraction } : { side: direction, fraction };
      break;
    }
    case 'baseline': {
      const [x, y] = SIDE_VECTORS[side(spec, 'animation/baseline/direction', 'Up')];
      pose.offsetX -= x * geometry.width * hidden;
      pose.offsetY -= y * geometry.height * hidden;
      break;
    }
    case 'merge_text': {
      const from = spec.properties['animation/merge_text/direction'] === 'Right' ? 1 : -1;
      pose.offsetX += from * num(spec, 'animation/merge_text/intensity', 0.5) * geometry.width * hidden;
      break;
    }
    case 'crop_zoom':
      fadeWith('animation/crop_zoom/fade', true);
      break;
    case 'ken_burns':
      fadeWith('animation/ken_burns/fade', false);
      break;
    default:
      break;
  }
}

function applyLoop(pose: AnimationPose, spec: AnimationSpec, phase: number, geometry: PoseGeometry): void {
  const wave = 0.5 - 0.5 * Math.cos(phase * Math.PI * 2); // 0 → 1 → 0 over one period
  switch (spec.type) {
    case 'spin_loop':
      pose.rotation += (spec.properties['animation/spin_loop/direction'] === 'CounterClockwise' ? -1 : 1) * phase * Math.PI * 2;
      break;
    case 'fade_loop':
      pose.opacity *= 1 - wave;
      break;
    case 'blur_loop':
      pose.blur += wave * num(spec, 'animation/blur_loop/intensity', 1) * BLUR_UNITS_PER_INTENSITY;
      break;
    case 'pulsating_loop':
    case 'breathing_loop': {
      const largest = 1.25 + 1.25 * num(spec, `animation/${spec.type}/intensity`, 0);
      const scale = 1 + (largest - 1) * wave;
      pose.scaleX *= scale;
      pose.scaleY *= scale;
      break;
    }
    case 'scale_loop': {
      const scale = 1 + 0.25 * wave;
      pose.scaleX *= scale;
      pose.scaleY *= scale;
      break;
    }
    case 'jump_loop': {
      const direction = side(spec, 'animation/jump_loop/direction', 'Up');
      const [x, y] = SIDE_VECTORS[direction];
      const extent = x !== 0 ? geometry.width : geometry.height;
      const lift = Math.sin(phase * Math.PI) * num(spec, 'animation/jump_loop/intensity', 0.5) * extent;
      pose.offsetX += x * lift;
      pose.offsetY += y * lift;
      break;
    }
    case 'squeeze_loop': {
      const squeeze = 0.15 * Math.sin(phase * Math.PI * 2);
      pose.scaleX *= 1 + squeeze;
      pose.scaleY *= 1 - squeeze;
      break;
    }
    case 'sway_loop': {
      const degrees = 15 + 30 * num(spec, 'animation/sway_loop/intensity', 1);
      pose.rotation += (degrees * Math.PI / 180) * Math.sin(phase * Math.PI * 2);
      break;
    }
    default:
      break;
  }
}

/**
 * The pose of a block `time` seconds after its start, `duration` seconds long. The In animation plays
 * over its own duration from the start, the Out animation over its duration up to the end (the same
 * motion backwards), the Loop animation over and over from the start; all three combine.
 */
export function poseAt(animations: BlockAnimations, time: number, duration: number, geometry: PoseGeometry): AnimationPose {
  const pose: AnimationPose = { ...IDENTITY_POSE };
  const { in: enter, out: leave, loop } = animations;
  if (enter && enter.duration > 0 && time < enter.duration) {
    const linear = Math.max(0, time / enter.duration);
    applyEntrance(pose, enter, ease(enter.easing, linear), linear, geometry);
  }
  if (leave && leave.duration > 0 && time > duration - leave.duration) {
    const linear = Math.max(0, Math.min(1, (duration - time) / leave.duration));
    applyEntrance(pose, leave, ease(leave.easing, linear), linear, geometry);
  }
  if (loop && loop.duration > 0 && time >= 0) {
    const phase = (time % loop.duration) / loop.duration;
    applyLoop(pose, loop, phase, geometry);
  }
  return pose;
}

/**
 * The part of a `width`×`height` frame a wipe shows, as x, y, width, height: it grows in the wipe's
 * direction from the opposite edge; at 0 a sliver hides everything.
 */
export function wipeRectOf(wipe: { fraction: number; side: string }, width: number, height: number): [number, number, number, number] {
  const fraction = Math.min(1, Math.max(0, wipe.fraction));
  const side = wipe.side;
  const shownWidth = side === 'Left' || side === 'Right' ? width * fraction : width;
  const shownHeight = side === 'Up' || side === 'Down' ? height * fraction : height;
  return [side === 'Left' ? width - shownWidth : 0, side === 'Up' ? height - shownHeight : 0, Math.max(1e-3, shownWidth), Math.max(1e-3, shownHeight)];
}
