import { BlockRecord, Field } from './block-record.js';
import { BlockAPIBase } from './block-api-base.js';
import { releaseSlot } from './block-hierarchy.js';
import { readProperty, writeProperty } from './block-properties.js';
import { EFFECT_BEARERS, FILL_BEARERS, SHAPE_BEARERS, toLongType, type BlockFamily } from './block-types.js';
import { CesdkError, describeValue } from './errors.js';
import type { ContentFillMode, DesignBlockId, GradientColorStop } from './types.js';

/**
 * Fills, shapes, effects and blurs: blocks that hang off a design block. A fill, shape or blur may
 * serve several blocks (CE.SDK shares them); one that no block uses any more after being replaced is
 * destroyed (deliberately unlike CE.SDK, where it lingers until destroyed by hand). An effect has one
 * owner and stays valid and detached when removed from a stack.
 */
export class BlockAPIContent extends BlockAPIBase {
  private createDetached(family: BlockFamily, type: string): DesignBlockId {
    const longType = toLongType(family, type);
    return this.core.mutate(`create ${family}`, () => this.core.createRecord(longType).id);
  }

  private attachSlot(id: DesignBlockId, slotId: DesignBlockId, family: 'fill' | 'shape' | 'blur', bearers: ReadonlySet<string>, scope: string): void {
    const record = this.core.requireBlock(id);
    const slot = this.core.requireBlock(slotId, family);
    if (!bearers.has(record.type)) throw new CesdkError('INVALID_BLOCK', `block ${id} (${record.type}) does not support a ${family}`, { blockId: id });
    this.core.checkScope(record, scope, `setting the ${family}`);
    const key = Field[family];
    if (record.fields.get(key) === slotId) return;
    this.core.mutate(`set ${family}`, () => {
      const previousId = record.fields.get(key) as number | undefined;
      const previous = previousId === undefined ? undefined : this.core.blocks.get(previousId);
      this.core.write(record, key, slotId);
      if (previous) releaseSlot(this.core, previous, record);
      // As in CE.SDK, one fill, shape or blur may serve several blocks; the first is its owner.
      if (slot.fields.get(Field.owner) === undefined) this.core.write(slot, Field.owner, id);
      else this.core.write(slot, Field.shares, ((slot.fields.get(Field.shares) as number | undefined) ?? 0) + 1);
    });
  }

  private slotOf(id: DesignBlockId, key: string): DesignBlockId | null {
    return (this.core.requireBlock(id).fields.get(key) as number | undefined) ?? null;
  }

  // Shapes ---------------------------------------------------------------------------------

  /** Creates a detached shape: 'rect', 'line', 'ellipse', 'polygon', 'star' or 'vector_path'. */
  createShape(type: string): DesignBlockId {
    return this.createDetached('shape', type);
  }
  /** Gives a graphic block its shape (the previous shape is destroyed). Checks 'shape/change'. */
  setShape(id: DesignBlockId, shape: DesignBlockId): void {
    this.attachSlot(id, shape, 'shape', SHAPE_BEARERS, 'shape/change');
  }
  /** The block's shape, or null if it has none. */
  getShape(id: DesignBlockId): DesignBlockId | null {
    return this.slotOf(id, Field.shape);
  }
  /** Whether the block can have a shape (graphic blocks). */
  supportsShape(id: DesignBlockId): boolean {
    return SHAPE_BEARERS.has(this.core.requireBlock(id).type);
  }

  // Fills ----------------------------------------------------------------------------------

  /** Creates a detached fill: 'color', 'gradient/linear', 'gradient/radial', 'gradient/conical', 'image' or 'video'. */
  createFill(type: string): DesignBlockId {
    return this.createDetached('fill', type);
  }
  /** Gives a block its fill; the fill may be shared with other blocks. The previous fill is destroyed unless another block uses it. Checks 'fill/change'. */
  setFill(id: DesignBlockId, fill: DesignBlockId): void {
    this.attachSlot(id, fill, 'fill', FILL_BEARERS, 'fill/change');
  }
  /** The block's fill, or null if it has none. */
  getFill(id: DesignBlockId): DesignBlockId | null {
    return this.slotOf(id, Field.fill);
  }
  /** Whether the block can have a fill (graphic, text, page). */
  supportsFill(id: DesignBlockId): boolean {
    return FILL_BEARERS.has(this.core.requireBlock(id).type);
  }
  /** Turns the fill on or off (`fill/enabled`). */
  setFillEnabled(id: DesignBlockId, enabled: boolean): void {
    this.setBool(id, 'fill/enabled', enabled);
  }
  /** Whether the fill is on. */
  isFillEnabled(id: DesignBlockId): boolean {
    return this.getBool(id, 'fill/enabled');
  }
  /** How the fill sits in the frame: 'Crop', 'Cover' or 'Contain' (`contentFill/mode`). */
  setContentFillMode(id: DesignBlockId, mode: ContentFillMode): void {
    this.setEnum(id, 'contentFill/mode', mode);
  }
  /** The content fill mode. */
  getContentFillMode(id: DesignBlockId): ContentFillMode {
    return this.getEnum(id, 'contentFill/mode') as ContentFillMode;
  }
  /** Sets gradient stops on a gradient fill block; `path` is 'fill/gradient/colors'. */
  setGradientColorStops(id: DesignBlockId, path: string, stops: readonly GradientColorStop[]): void {
    writeProperty(this.core, id, path, 'Struct', stops);
  }
  /** The gradient stops (frozen, shared). */
  getGradientColorStops(id: DesignBlockId, path: string): readonly GradientColorStop[] {
    return readProperty(this.core, id, path, 'Struct') as readonly GradientColorStop[];
  }

  // Effects --------------------------------------------------------------------------------

  /** Creates a detached effect: a short name such as 'glow' or 'duotone_filter' (see `EffectTypeShorthand`), 'effect/glow' or the long type name. */
  createEffect(type: string): DesignBlockId {
    return this.createDetached('effect', type);
  }
  /** Whether the block can carry effects and a blur (graphic, text, page). */
  supportsEffects(id: DesignBlockId): boolean {
    return EFFECT_BEARERS.has(this.core.requireBlock(id).type);
  }
  /** Appends an effect to the block's stack (applied last). Checks 'appearance/effect'. */
  appendEffect(id: DesignBlockId, effect: DesignBlockId): void {
    this.insertEffect(id, effect, this.getEffects(id).length);
  }
  /** Inserts an effect at `index` in the block's stack. */
  insertEffect(id: DesignBlockId, effect: DesignBlockId, index: number): void {
    const record = this.core.requireBlock(id);
    const effectRecord = this.core.requireBlock(effect, 'effect');
    if (!EFFECT_BEARERS.has(record.type)) throw new CesdkError('INVALID_BLOCK', `block ${id} (${record.type}) does not support effects`, { blockId: id });
    if (effectRecord.fields.has(Field.owner)) throw new CesdkError('INVALID_VALUE', `effect ${effect} already belongs to block ${describeValue(effectRecord.fields.get(Field.owner))}`, { blockId: effect });
    const length = this.effectsOf(record).length;
    if (!Number.isInteger(index) || index < 0 || index > length) throw new CesdkError('OUT_OF_RANGE', `effect index ${describeValue(index)} is outside 0..${length} on block ${id}`, { blockId: id });
    this.core.checkScope(record, 'appearance/effect', 'adding an effect');
    this.core.mutate('insert effect', () => {
      this.core.insertInto(record, Field.effects, index, effect);
      this.core.write(effectRecord, Field.owner, id);
    });
  }
  /** Removes the effect at `index` from the stack; the effect block stays valid and detached. */
  removeEffect(id: DesignBlockId, index: number): void {
    const record = this.core.requireBlock(id);
    const effects = this.effectsOf(record);
    if (!Number.isInteger(index) || index < 0 || index >= effects.length) throw new CesdkError('OUT_OF_RANGE', `effect index ${describeValue(index)} is outside 0..${effects.length - 1} on block ${id}`, { blockId: id });
    this.core.checkScope(record, 'appearance/effect', 'removing an effect');
    const effect = this.core.blocks.get(effects[index]!);
    this.core.mutate('remove effect', () => {
      this.core.removeFrom(record, Field.effects, index);
      if (effect) this.core.write(effect, Field.owner, undefined);
    });
  }
  /** The effect stack, first applied first (a fresh array). */
  getEffects(id: DesignBlockId): DesignBlockId[] {
    return this.effectsOf(this.core.requireBlock(id)).slice();
  }
  /** Turns an effect on or off (`effect/enabled` on the effect block). */
  setEffectEnabled(effect: DesignBlockId, enabled: boolean): void {
    this.core.requireBlock(effect, 'effect');
    this.setBool(effect, 'effect/enabled', enabled);
  }
  /** Whether an effect is on. */
  isEffectEnabled(effect: DesignBlockId): boolean {
    this.core.requireBlock(effect, 'effect');
    return this.getBool(effect, 'effect/enabled');
  }

  private effectsOf(record: BlockRecord): readonly number[] {
    return (record.fields.get(Field.effects) as number[] | undefined) ?? [];
  }

  // Blur -----------------------------------------------------------------------------------

  /** Creates a detached blur: 'uniform', 'linear', 'mirrored' or 'radial'. */
  createBlur(type: string): DesignBlockId {
    return this.createDetached('blur', type);
  }
  /** Gives a block its blur (the previous blur is destroyed). Checks 'appearance/blur'. */
  setBlur(id: DesignBlockId, blur: DesignBlockId): void {
    this.attachSlot(id, blur, 'blur', EFFECT_BEARERS, 'appearance/blur');
  }
  /** The block's blur, or null. */
  getBlur(id: DesignBlockId): DesignBlockId | null {
    return this.slotOf(id, Field.blur);
  }
  /** Whether the block can carry a blur. */
  supportsBlur(id: DesignBlockId): boolean {
    return EFFECT_BEARERS.has(this.core.requireBlock(id).type);
  }
  /** Turns the blur on or off (`blur/enabled` on the design block). */
  setBlurEnabled(id: DesignBlockId, enabled: boolean): void {
    this.setBool(id, 'blur/enabled', enabled);
  }
  /** Whether the blur is on. */
  isBlurEnabled(id: DesignBlockId): boolean {
    return this.getBool(id, 'blur/enabled');
  }
}
