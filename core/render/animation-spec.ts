/**
 * The cheap, synchronous side of block animations: reading a block's In, Out and Loop animations from
 * the engine, where its page's playhead is within the block, and the pose type. The pose maths
 * (`animation-pose.ts`: easing curves and what each type does) is a lazy chunk, loaded through
 * `AssetTextures.animationPose` on the first animated block of a video scene.
 */
import type { DesignBlockId, Engine } from '../engine/index.js';

/** One attached animation, as read from the engine. */
export interface AnimationSpec {
  /** Short type, e.g. `'slide'`. */
  type: string;
  /** Seconds. */
  duration: number;
  easing: string;
  /** The animation's own properties by path (`'animation/slide/direction'` → value). */
  properties: Record<string, unknown>;
}

/** A block's animation slots. */
export interface BlockAnimations {
  in?: AnimationSpec;
  out?: AnimationSpec;
  loop?: AnimationSpec;
}

/** Side of a wipe: the edge the revealed part grows from is the opposite one. */
export type WipeSide = 'Up' | 'Right' | 'Down' | 'Left';

/** What the animations do to a block at one moment. */
export interface AnimationPose {
  /** Multiplies the block's opacity. */
  opacity: number;
  /** Added to the block's position, in design units (page axes). */
  offsetX: number;
  offsetY: number;
  /** Scale around the block's centre. */
  scaleX: number;
  scaleY: number;
  /** Added rotation in radians (clockwise on screen), around the centre. */
  rotation: number;
  /** Blur radius in design units. */
  blur: number;
  /** Part of the block shown by a wipe: `fraction` of its extent, growing in the direction `side`. */
  wipe?: { side: WipeSide; fraction: number };
}

/** The pose of a block without animations. */
export const IDENTITY_POSE: Readonly<AnimationPose> = Object.freeze({ opacity: 1, offsetX: 0, offsetY: 0, scaleX: 1, scaleY: 1, rotation: 0, blur: 0 });

const TYPE_PREFIX = '//ly.img.ubq/animation/';

function readSpec(engine: Engine, animation: DesignBlockId): AnimationSpec | undefined {
  if (!animation) return undefined;
  const block = engine.block;
  const type = block.getType(animation).slice(TYPE_PREFIX.length);
  const properties: Record<string, unknown> = {};
  for (const path of block.findAllProperties(animation)) {
    if (!path.startsWith('animation/')) continue;
    switch (block.getPropertyType(path)) {
      case 'Float': properties[path] = block.getFloat(animation, path); break;
      case 'Bool': properties[path] = block.getBool(animation, path); break;
      case 'Enum': properties[path] = block.getEnum(animation, path); break;
      default: break;
    }
  }
  const easing = block.findAllProperties(animation).includes('animationEasing') ? block.getEnum(animation, 'animationEasing') : 'Linear';
  return { type, duration: block.getDuration(animation), easing, properties };
}

/** Reads a design block's animations, or undefined when it has none (or cannot have any). */
export function readBlockAnimations(engine: Engine, id: DesignBlockId): BlockAnimations | undefined {
  if (!engine.block.supportsAnimation(id)) return undefined;
  const result: BlockAnimations = {
    in: readSpec(engine, engine.block.getInAnimation(id)),
    out: readSpec(engine, engine.block.getOutAnimation(id)),
    loop: readSpec(engine, engine.block.getLoopAnimation(id)),
  };
  return result.in || result.out || result.loop ? result : undefined;
}

/** The animation ids of a block (for change tracking). */
export function animationIdsOf(engine: Engine, id: DesignBlockId): DesignBlockId[] {
  if (!engine.block.supportsAnimation(id)) return [];
  return [engine.block.getInAnimation(id), engine.block.getOutAnimation(id), engine.block.getLoopAnimation(id)].filter((animation) => animation !== 0);
}

/**
 * Where the playhead is within the block: its page's playback time minus the block's start on the
 * page (its time offset plus its ancestors'), and the block's duration. Undefined outside video scenes.
 */
export function blockTimeOf(engine: Engine, id: DesignBlockId): { time: number; duration: number; page: DesignBlockId } | undefined {
  if (engine.scene.getMode() !== 'Video') return undefined;
  let start = 0;
  let current: DesignBlockId | null = id;
  while (current !== null && engine.block.getType(current) !== '//ly.img.ubq/page') {
    if (engine.block.supportsTimeOffset(current)) start += engine.block.getTimeOffset(current);
    current = engine.block.getParent(current);
  }
  if (current === null) return undefined;
  return { time: engine.block.getPlaybackTime(current) - start, duration: engine.block.getDuration(id), page: current };
}

/** Whether a pose changes nothing. */
export function isIdentityPose(pose: AnimationPose): boolean {
  return pose.opacity === 1 && pose.offsetX === 0 && pose.offsetY === 0 && pose.scaleX === 1 && pose.scaleY === 1
    && pose.rotation === 0 && pose.blur === 0 && pose.wipe === undefined;
}
