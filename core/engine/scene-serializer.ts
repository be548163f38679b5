import { ANIMATION_SLOTS, BlockRecord, Field } from './block-record.js';
import { collectOwnedTree } from './block-hierarchy.js';
import { uuidOf, type EngineCore } from './engine-core.js';

/** The `format` marker of scene documents. */
export const SCENE_FORMAT = 'cesdk-web-components/scene';
/** The schema version `saveToString` writes. Older versions are migrated on load. */
export const SCENE_SCHEMA_VERSION = 3;

/** One block as saved (schema version 2). Keys appear in this order; empty ones are left out. */
export interface SavedBlock {
  id: number;
  type: string;
  uuid: string;
  name?: string;
  kind?: string;
  children?: number[];
  fill?: number;
  shape?: number;
  effects?: number[];
  blur?: number;
  /** The In, Out and Loop animations (CE.SDK's `setInAnimation` and so on). */
  inAnimation?: number;
  outAnimation?: number;
  loopAnimation?: number;
  scopes?: Record<string, boolean>;
  metadata?: Record<string, string>;
  properties?: Record<string, unknown>;
}

/** A saved scene document (schema version 2). */
export interface SavedScene {
  format: string;
  version: number;
  scene: number;
  variables: Record<string, string>;
  blocks: SavedBlock[];
}

function sortedKeys(keys: Iterable<string>): string[] {
  return [...keys].sort();
}

/** Converts one record to its saved form with a deterministic key order. */
export function saveBlock(record: BlockRecord): SavedBlock {
  const fields = record.fields;
  const saved: SavedBlock = { id: record.id, type: record.type, uuid: uuidOf(record) };
  const name = fields.get(Field.name) as string | undefined;
  if (name) saved.name = name;
  const kind = fields.get(Field.kind) as string | undefined;
  if (kind) saved.kind = kind;
  const children = fields.get(Field.children) as number[] | undefined;
  if (children && children.length > 0) saved.children = children.slice();
  const fill = fields.get(Field.fill) as number | undefined;
  if (fill !== undefined) saved.fill = fill;
  const shape = fields.get(Field.shape) as number | undefined;
  if (shape !== undefined) saved.shape = shape;
  const effects = fields.get(Field.effects) as number[] | undefined;
  if (effects && effects.length > 0) saved.effects = effects.slice();
  const blur = fields.get(Field.blur) as number | undefined;
  if (blur !== undefined) saved.blur = blur;
  for (const key of ANIMATION_SLOTS) {
    const animation = fields.get(key) as number | undefined;
    if (animation !== undefined) saved[key.slice(1) as 'inAnimation' | 'outAnimation' | 'loopAnimation'] = animation;
  }
  let scopeKeys: string[] | undefined;
  let metadataKeys: string[] | undefined;
  let propertyKeys: string[] | undefined;
  for (const key of fields.keys()) {
    if (key.charCodeAt(0) !== 35 /* '#' */) (propertyKeys ??= []).push(key);
    else if (key.startsWith(Field.scopePrefix)) (scopeKeys ??= []).push(key);
    else if (key.startsWith(Field.metadataPrefix)) (metadataKeys ??= []).push(key);
  }
  if (scopeKeys) {
    const scopes: Record<string, boolean> = Object.create(null) as Record<string, boolean>;
    for (const key of scopeKeys.sort()) scopes[key.slice(Field.scopePrefix.length)] = fields.get(key) as boolean;
    saved.scopes = scopes;
  }
  if (metadataKeys) {
    const metadata: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const key of metadataKeys.sort()) metadata[key.slice(Field.metadataPrefix.length)] = fields.get(key) as string;
    saved.metadata = metadata;
  }
  if (propertyKeys) {
    const properties: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const key of propertyKeys.sort()) properties[key] = fields.get(key);
    saved.properties = properties;
  }
  return saved;
}

/** Builds the saved document of the scene: every block reachable from it, sorted by id. */
export function buildSavedScene(core: EngineCore, scene: BlockRecord): SavedScene {
  const records = collectOwnedTree(core, scene).sort((left, right) => left.id - right.id);
  const variables: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const key of sortedKeys(core.variables.fields.keys())) variables[key] = core.variables.fields.get(key) as string;
  return { format: SCENE_FORMAT, version: SCENE_SCHEMA_VERSION, scene: scene.id, variables, blocks: records.map(saveBlock) };
}

/** Serializes the scene to a string. Deterministic: save → load → save gives identical text. */
export function serializeScene(core: EngineCore, scene: BlockRecord): string {
  return JSON.stringify(buildSavedScene(core, scene));
}
