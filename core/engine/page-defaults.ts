import { BlockRecord, Field } from './block-record.js';
import { BlockType } from './block-types.js';
import type { EngineCore } from './engine-core.js';
import { validatePropertyValue, requireDeclaration } from './property-registry.js';
import type { Color } from './types.js';

const WHITE = Object.freeze({ r: 1, g: 1, b: 1, a: 1 });
const BLACK = Object.freeze({ r: 0, g: 0, b: 0, a: 1 });

/** Gives a new block the color fill CE.SDK gives it: pages a white one, texts a black one. Must run in a transaction. */
export function attachDefaultFill(core: EngineCore, record: BlockRecord, color?: Color): void {
  if (record.type !== BlockType.page && record.type !== BlockType.text) return;
  const fill = core.createRecord('//ly.img.ubq/fill/color');
  const value = color ?? (record.type === BlockType.page ? WHITE : BLACK);
  core.write(fill, 'fill/color/value', validatePropertyValue(requireDeclaration('fill/color/value'), value, core.limits, fill.id));
  core.write(record, Field.fill, fill.id);
  core.write(fill, Field.owner, record.id);
}

/** Creates a page with its white (or `color`) color fill. Must run in a transaction. */
export function createPageRecord(core: EngineCore, color?: Color): BlockRecord {
  const page = core.createRecord(BlockType.page);
  attachDefaultFill(core, page, color);
  return page;
}
