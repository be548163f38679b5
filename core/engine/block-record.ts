import { FieldMap } from './field-map.js';

/**
 * A block as the engine stores it: an id, a long type name and one map of fields. Property paths
 * (`'position/x'`) and structural fields (keys starting with `#`) share the map, so history diffs
 * treat both alike. Only values that differ from the declared default, or were written, are stored.
 */
export class BlockRecord extends FieldMap {
  readonly id: number;
  readonly type: string;

  /** `fields` are taken over (not copied): the caller must not use them afterwards. */
  constructor(id: number, type: string, fields?: FieldMap) {
    super();
    this.id = id;
    this.type = type;
    if (fields) this.adopt(fields);
  }

  /** The record's fields: the record itself is their map (one object per record, not two). */
  get fields(): FieldMap {
    return this;
  }
}

/** Structural field keys. Property paths never start with `#`. */
export const Field = {
  parent: '#parent',
  children: '#children',
  name: '#name',
  kind: '#kind',
  uuid: '#uuid',
  fill: '#fill',
  shape: '#shape',
  effects: '#effects',
  blur: '#blur',
  /** The In, Out and Loop animation slots (each holds one animation block, owned by this block). */
  inAnimation: '#inAnimation',
  outAnimation: '#outAnimation',
  loopAnimation: '#loopAnimation',
  owner: '#owner',
  /** How many blocks besides `#owner` use this fill, shape or blur (CE.SDK lets them be shared). */
  shares: '#shares',
  scopePrefix: '#scope/',
  metadataPrefix: '#meta/',
} as const;

/** The animation slot fields, in save order. */
export const ANIMATION_SLOTS = [Field.inAnimation, Field.outAnimation, Field.loopAnimation] as const;

/** The id of the internal record that holds text variables (never a valid block id). */
export const VARIABLES_HOLDER_ID = 0;
