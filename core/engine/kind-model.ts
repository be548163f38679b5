/**
 * Reading a kind's read-model: every property the kind declares (`kind-tables.ts`), typed, with the
 * declared default wherever a read fails (a half-built block, a property the block lacks, a value a
 * hostile scene left out of range). Reads never throw, so a renderer can draw whatever it is given.
 */
import type { BlockAPI } from './block-api.js';
import { kindPropertyPath, type KindDeclaration, type KindProperty, type ModelOf } from './kind-tables.js';
import type { DesignBlockId } from './types.js';

function readValue(block: BlockAPI, id: DesignBlockId, path: string, property: KindProperty): unknown {
  switch (property.type) {
    case 'Float': return block.getFloat(id, path);
    case 'Int': return block.getInt(id, path);
    case 'Double': return block.getDouble(id, path);
    case 'Bool': return block.getBool(id, path);
    case 'Color': return block.getColor(id, path);
    case 'String': return block.getString(id, path);
    case 'Enum': return block.getEnum(id, path);
    case 'Struct': return block.getGradientColorStops(id, path);
  }
}

/** Whether a value read back is usable for the property (finite numbers of the right kind). */
function usable(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'number') return Number.isFinite(value);
  return true;
}

/** The kind's values on block `id` (a shape or fill block, or a design block for appearance kinds). */
export function readKindModel<K extends KindDeclaration>(block: BlockAPI, id: DesignBlockId, kind: K): ModelOf<K> {
  const model: Record<string, unknown> = {};
  for (const property of kind.properties) {
    let value: unknown;
    try {
      value = readValue(block, id, kindPropertyPath(kind, property), property);
    } catch {
      value = undefined;
    }
    model[property.name] = usable(value) ? value : property.defaultValue;
  }
  return model as ModelOf<K>;
}
