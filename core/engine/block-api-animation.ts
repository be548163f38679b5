import { BlockAPIFrames } from './block-api-frames.js';
import { Field } from './block-record.js';
import { ANIMATION_BEARERS, toLongType } from './block-types.js';
import { CesdkError, describeValue } from './errors.js';
import type { AnimationTypeShorthand, DesignBlockId } from './types.js';

type AnimationSlot = typeof Field.inAnimation | typeof Field.outAnimation | typeof Field.loopAnimation;
const SLOT_NAMES: Readonly<Record<AnimationSlot, string>> = {
  [Field.inAnimation]: 'In',
  [Field.outAnimation]: 'Out',
  [Field.loopAnimation]: 'Loop',
};

/**
 * CE.SDK's animation API. An animation is a block of its own (`//ly.img.ubq/animation/<type>`),
 * created detached with {@link createAnimation} and put into one of three slots of a graphic or text
 * block: In (plays from the block's start for the animation's duration), Out (plays up to the block's
 * end) and Loop (repeats over the block's whole time). Like an effect, an animation has one owner:
 * duplicating the block copies it, destroying the block destroys it, destroying the animation empties
 * the slot. Its length is `playback/duration` (`getDuration`/`setDuration`), its timing curve
 * `animationEasing`; type-specific settings are properties such as `animation/slide/direction`.
 * Animations are drawn in video scenes, at the page's playback time.
 */
export class BlockAPIAnimation extends BlockAPIFrames {
  /**
   * Creates a detached animation: `'slide'`, `'pan'`, `'fade'`, `'blur'`, `'grow'`, `'zoom'`, `'pop'`,
   * `'wipe'`, `'baseline'`, `'crop_zoom'`, `'spin'`, `'ken_burns'`, the text-only `'typewriter_text'`,
   * `'block_swipe_text'`, `'spread_text'`, `'merge_text'`, or a loop: `'spin_loop'`, `'fade_loop'`,
   * `'blur_loop'`, `'pulsating_loop'`, `'breathing_loop'`, `'jump_loop'`, `'squeeze_loop'`, `'sway_loop'`,
   * `'scale_loop'`. The long form (`'//ly.img.ubq/animation/slide'`) is accepted too.
   * Throws `INVALID_VALUE` for any other type.
   */
  createAnimation(type: AnimationTypeShorthand | (string & {})): DesignBlockId {
    const longType = toLongType('animation', type);
    return this.core.mutate('create animation', () => this.core.createRecord(longType).id);
  }

  /** Whether the block can have animations (graphic and text blocks). */
  supportsAnimation(id: DesignBlockId): boolean {
    return ANIMATION_BEARERS.has(this.core.requireBlock(id).type);
  }

  /**
   * Sets the block's In animation. An animation it had before stays valid and detached (destroy it
   * to drop it, as CE.SDK's guides do). Checks 'appearance/animation'.
   */
  setInAnimation(id: DesignBlockId, animation: DesignBlockId): void {
    this.attachAnimation(id, animation, Field.inAnimation);
  }
  /** Sets the block's Out animation (see {@link setInAnimation}). */
  setOutAnimation(id: DesignBlockId, animation: DesignBlockId): void {
    this.attachAnimation(id, animation, Field.outAnimation);
  }
  /** Sets the block's Loop animation (see {@link setInAnimation}). */
  setLoopAnimation(id: DesignBlockId, animation: DesignBlockId): void {
    this.attachAnimation(id, animation, Field.loopAnimation);
  }
  /** The block's In animation, or 0 when it has none (as CE.SDK). */
  getInAnimation(id: DesignBlockId): DesignBlockId {
    return this.animationIn(id, Field.inAnimation);
  }
  /** The block's Out animation, or 0. */
  getOutAnimation(id: DesignBlockId): DesignBlockId {
    return this.animationIn(id, Field.outAnimation);
  }
  /** The block's Loop animation, or 0. */
  getLoopAnimation(id: DesignBlockId): DesignBlockId {
    return this.animationIn(id, Field.loopAnimation);
  }

  private animationIn(id: DesignBlockId, slot: AnimationSlot): DesignBlockId {
    const record = this.core.requireBlock(id);
    if (!ANIMATION_BEARERS.has(record.type)) throw new CesdkError('INVALID_BLOCK', `block ${id} (${record.type}) does not support animations`, { blockId: id });
    return (record.fields.get(slot) as number | undefined) ?? 0;
  }

  private attachAnimation(id: DesignBlockId, animation: DesignBlockId, slot: AnimationSlot): void {
    const record = this.core.requireBlock(id);
    const animationRecord = this.core.requireBlock(animation, 'animation');
    if (!ANIMATION_BEARERS.has(record.type)) throw new CesdkError('INVALID_BLOCK', `block ${id} (${record.type}) does not support animations`, { blockId: id });
    if (record.fields.get(slot) === animation) return;
    const owner = animationRecord.fields.get(Field.owner) as number | undefined;
    if (owner !== undefined) {
      throw new CesdkError('INVALID_VALUE', `animation ${animation} already belongs to block ${describeValue(owner)}; create another one for block ${id}`, { blockId: animation });
    }
    this.core.checkScope(record, 'appearance/animation', `setting the ${SLOT_NAMES[slot]} animation`);
    this.core.mutate(`set ${SLOT_NAMES[slot].toLowerCase()} animation`, () => {
      const previousId = record.fields.get(slot) as number | undefined;
      const previous = previousId === undefined ? undefined : this.core.blocks.get(previousId);
      if (previous) this.core.write(previous, Field.owner, undefined);
      this.core.write(record, slot, animation);
      this.core.write(animationRecord, Field.owner, id);
    });
  }
}
