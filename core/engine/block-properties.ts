import type { BlockRecord } from './block-record.js';
import type { EngineCore } from './engine-core.js';
import { CesdkError } from './errors.js';
import {
  defaultValueFor,
  requireDeclaration,
  validatePropertyValue,
  type PropertyDeclaration,
} from './property-registry.js';
import { relayoutTextIfNeeded } from './text-layout.js';
import type { PropertyType } from './types.js';

/** Finds the declaration of `path` for `record`, checking the accessor type. */
export function declarationFor(record: BlockRecord, path: unknown, accessorType: PropertyType | null): PropertyDeclaration {
  const declaration = requireDeclaration(path);
  if (!declaration.blockTypes.has(record.type)) {
    throw new CesdkError('UNKNOWN_PROPERTY', `block ${record.id} (${record.type}) has no property '${declaration.path}'`, { blockId: record.id, path: declaration.path });
  }
  if (accessorType !== null && declaration.type !== accessorType) {
    throw new CesdkError('TYPE_MISMATCH', `block ${record.id} '${declaration.path}' is a ${declaration.type} property, not ${accessorType}`, { blockId: record.id, path: declaration.path });
  }
  return declaration;
}

/** Reads a property of a live block with a typed accessor. O(1), no allocation. */
export function readProperty(core: EngineCore, id: unknown, path: unknown, accessorType: PropertyType | null): unknown {
  const record = core.requireBlock(id);
  const declaration = declarationFor(record, path, accessorType);
  const value = declaration.transient ? core.transientValue(record, declaration.path) : record.fields.get(declaration.path);
  return value === undefined ? defaultValueFor(declaration, record.type) : value;
}

/** Reads a property value (stored or default) of a record whose declaration is known to apply. */
export function valueOf(record: BlockRecord, declaration: PropertyDeclaration): unknown {
  const value = record.fields.get(declaration.path);
  return value === undefined ? defaultValueFor(declaration, record.type) : value;
}

/** Writes a property of a live block with a typed accessor: validate, check scope, then one transaction. */
export function writeProperty(core: EngineCore, id: unknown, path: unknown, accessorType: PropertyType | null, value: unknown): void {
  const record = core.requireBlock(id);
  const declaration = declarationFor(record, path, accessorType);
  if (declaration.readOnly) {
    throw new CesdkError('INVALID_VALUE', `block ${record.id} '${declaration.path}' is read-only`, { blockId: record.id, path: declaration.path });
  }
  const stored = validatePropertyValue(declaration, value, core.limits, record.id);
  core.checkScope(record, declaration.scope, `setting '${declaration.path}'`);
  if (declaration.transient) {
    core.setTransientValue(record, declaration.path, stored);
    return;
  }
  core.mutate(`set ${declaration.path}`, () => {
    core.write(record, declaration.path, stored);
    relayoutTextIfNeeded(core, record, declaration.path);
  });
}

/** Writes a validated value without a scope check (internal use inside a transaction). */
export function writeValidated(core: EngineCore, record: BlockRecord, path: string, value: unknown): void {
  const declaration = declarationFor(record, path, null);
  const stored = validatePropertyValue(declaration, value, core.limits, record.id);
  core.write(record, declaration.path, stored);
  relayoutTextIfNeeded(core, record, declaration.path);
}
