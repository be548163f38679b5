import { FieldMap } from './field-map.js';
import { ANIMATION_SLOTS, BlockRecord, Field } from './block-record.js';
import { ANIMATION_BEARERS, BlockType, EFFECT_BEARERS, FILL_BEARERS, SHAPE_BEARERS, canContain, familyOf } from './block-types.js';
import type { EngineLimits } from './engine-options.js';
import { CesdkError, describeValue } from './errors.js';
import { findDeclaration, validatePropertyValue } from './property-registry.js';
import { migrateDocument } from './scene-migrations.js';
import { SCENE_FORMAT } from './scene-serializer.js';
import { isKnownScope } from './scopes.js';

/** A validated scene, ready to replace the current one. */
export interface LoadedScene {
  sceneId: number;
  records: Map<number, BlockRecord>;
  variables: Map<string, string>;
  maxId: number;
}

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
const TOP_LEVEL_KEYS: ReadonlySet<string> = new Set(['format', 'version', 'scene', 'variables', 'blocks']);
const BLOCK_KEYS: ReadonlySet<string> = new Set(['id', 'type', 'uuid', 'name', 'kind', 'children', 'fill', 'shape', 'effects', 'blur', 'inAnimation', 'outAnimation', 'loopAnimation', 'scopes', 'metadata', 'properties']);
const SLOTS: ReadonlyArray<readonly ['fill' | 'shape' | 'blur', ReadonlySet<string>]> = [['fill', FILL_BEARERS], ['shape', SHAPE_BEARERS], ['blur', EFFECT_BEARERS]];
const SLOT_KEYS = [Field.fill, Field.shape, Field.blur] as const;
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_.\- ]{0,127}$/;

function invalid(path: string, message: string): never {
  throw new CesdkError('SCENE_INVALID', `${path}: ${message}`, { path });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own keys of an object, refusing prototype-pollution keys and (optionally) unknown ones. */
function checkedKeys(value: Record<string, unknown>, path: string, allowed?: ReadonlySet<string>): string[] {
  const keys = Object.keys(value);
  for (const key of keys) {
    if (FORBIDDEN_KEYS.has(key)) invalid(`${path}.${key}`, 'forbidden key');
    if (allowed && !allowed.has(key)) invalid(`${path}.${key}`, 'unknown key');
  }
  return keys;
}

// Validators take the block index and a suffix and build the JSON path only on failure, so loading
// 10,000 blocks does not allocate a path string per field. Index -1 means the suffix is the path.
function pathAt(index: number, suffix: string): string {
  return index < 0 ? suffix : `$.blocks[${index}]${suffix}`;
}

function blockId(value: unknown, index: number, suffix: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) invalid(pathAt(index, suffix), `must be a positive integer block id, got ${JSON.stringify(value) ?? typeof value}`);
  return value;
}

function boundedString(value: unknown, limits: EngineLimits, index: number, suffix: string): string {
  if (typeof value !== 'string') invalid(pathAt(index, suffix), `must be a string, got ${typeof value}`);
  if (value.length > limits.maxStringLength) {
    const path = pathAt(index, suffix);
    throw new CesdkError('LIMIT_EXCEEDED', `${path}: string of ${value.length} characters exceeds the limit of ${limits.maxStringLength}`, { path });
  }
  return value;
}

function idList(value: unknown, limits: EngineLimits, index: number, suffix: string): number[] {
  if (!Array.isArray(value)) invalid(pathAt(index, suffix), 'must be an array of block ids');
  if (value.length > limits.maxBlocks) {
    const path = pathAt(index, suffix);
    throw new CesdkError('LIMIT_EXCEEDED', `${path}: more than ${limits.maxBlocks} entries`, { path });
  }
  const ids = new Array<number>(value.length);
  for (let position = 0; position < value.length; position += 1) ids[position] = blockId(value[position], index, `${suffix}[${position}]`);
  return ids;
}

/** Parses scene text into a document, turning syntax errors into `SCENE_INVALID`. */
export function parseSceneText(text: unknown, limits: EngineLimits): Record<string, unknown> {
  if (typeof text !== 'string') invalid('$', `a scene must be a string, got ${typeof text}`);
  if (text.length > limits.maxDocumentLength) throw new CesdkError('LIMIT_EXCEEDED', `$: document of ${text.length} characters exceeds the limit of ${limits.maxDocumentLength}`, { path: '$' });
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    invalid('$', `not valid JSON (${(error as Error).message})`);
  }
  if (!isRecord(document)) invalid('$', 'a scene document must be a JSON object');
  checkedKeys(document, '$');
  return document;
}

/**
 * Validates a whole document (after migration) and builds fresh records, touching no engine
 * state. Checks the schema version, every key and value against the property registry, references
 * (kinds, one owner or parent per block), reachability, cycles, and the limits.
 */
export function validateScene(parsed: Record<string, unknown>, limits: EngineLimits): LoadedScene {
  const document = migrateDocument(parsed);
  checkedKeys(document, '$', TOP_LEVEL_KEYS);
  if (document.format !== undefined && document.format !== SCENE_FORMAT) invalid('$.format', `expected '${SCENE_FORMAT}'`);
  const sceneId = blockId(document.scene, -1, '$.scene');
  const variables = new Map<string, string>();
  if (document.variables !== undefined) {
    if (!isRecord(document.variables)) invalid('$.variables', 'must be an object');
    for (const name of checkedKeys(document.variables, '$.variables')) {
      if (!VARIABLE_NAME.test(name)) invalid(`$.variables.${name}`, 'invalid variable name');
      variables.set(name, boundedString(document.variables[name], limits, -1, `$.variables.${name}`));
    }
  }
  const blocks = document.blocks;
  if (!Array.isArray(blocks)) invalid('$.blocks', 'must be an array');
  if (blocks.length > limits.maxBlocks) throw new CesdkError('LIMIT_EXCEEDED', `$.blocks: ${blocks.length} blocks exceed the limit of ${limits.maxBlocks}`, { path: '$.blocks' });

  const records = new Map<number, BlockRecord>();
  const indexes = new Map<number, number>();
  let maxId = 0;
  for (let index = 0; index < blocks.length; index += 1) {
    const entry: unknown = blocks[index];
    if (!isRecord(entry)) invalid(blockPath(index), 'must be an object');
    for (const key in entry) {
      if (!BLOCK_KEYS.has(key)) invalid(`${blockPath(index)}.${key}`, FORBIDDEN_KEYS.has(key) ? 'forbidden key' : 'unknown key');
    }
    const id = blockId(entry.id, index, '.id');
    if (records.has(id)) invalid(`${blockPath(index)}.id`, `duplicate id ${id}`);
    if (typeof entry.type !== 'string' || familyOf(entry.type) === undefined) invalid(`${blockPath(index)}.type`, `unknown block type ${JSON.stringify(entry.type) ?? typeof entry.type}`);
    const fields = new FieldMap();
    const uuid = boundedString(entry.uuid, limits, index, '.uuid');
    if (uuid.length === 0 || uuid.length > 64) invalid(`${blockPath(index)}.uuid`, 'must be 1..64 characters');
    fields.set(Field.uuid, uuid);
    if (entry.name !== undefined && entry.name !== '') fields.set(Field.name, boundedString(entry.name, limits, index, '.name'));
    if (entry.kind !== undefined && entry.kind !== '') fields.set(Field.kind, boundedString(entry.kind, limits, index, '.kind'));
    if (entry.children !== undefined) {
      const children = idList(entry.children, limits, index, '.children');
      if (children.length > 0) fields.set(Field.children, children);
    }
    if (entry.effects !== undefined) {
      const effects = idList(entry.effects, limits, index, '.effects');
      if (effects.length > 0) fields.set(Field.effects, effects);
    }
    if (entry.fill !== undefined) fields.set(Field.fill, blockId(entry.fill, index, '.fill'));
    if (entry.shape !== undefined) fields.set(Field.shape, blockId(entry.shape, index, '.shape'));
    if (entry.blur !== undefined) fields.set(Field.blur, blockId(entry.blur, index, '.blur'));
    for (const key of ANIMATION_SLOTS) {
      const name = key.slice(1);
      if (entry[name] !== undefined) fields.set(key, blockId(entry[name], index, `.${name}`));
    }
    if (entry.scopes !== undefined) {
      const path = blockPath(index);
      if (!isRecord(entry.scopes)) invalid(`${path}.scopes`, 'must be an object');
      for (const scope of checkedKeys(entry.scopes, `${path}.scopes`)) {
        if (!isKnownScope(scope)) invalid(`${path}.scopes.${scope}`, 'unknown scope');
        const enabled = entry.scopes[scope];
        if (typeof enabled !== 'boolean') invalid(`${path}.scopes.${scope}`, 'must be a boolean');
        if (!enabled) fields.set(Field.scopePrefix + scope, false);
      }
    }
    if (entry.metadata !== undefined) {
      const path = blockPath(index);
      if (!isRecord(entry.metadata)) invalid(`${path}.metadata`, 'must be an object');
      for (const key of checkedKeys(entry.metadata, `${path}.metadata`)) {
        if (key.length === 0 || key.length > 256) invalid(`${path}.metadata`, 'metadata keys are 1..256 characters');
        fields.set(Field.metadataPrefix + key, boundedString(entry.metadata[key], limits, index, `.metadata[${JSON.stringify(key)}]`));
      }
    }
    if (entry.properties !== undefined) {
      if (!isRecord(entry.properties)) invalid(`${blockPath(index)}.properties`, 'must be an object');
      const properties = entry.properties;
      for (const key in properties) {
        if (!Object.prototype.hasOwnProperty.call(properties, key)) continue;
        const declaration = findDeclaration(key);
        if (!declaration || !declaration.blockTypes.has(entry.type)) invalid(propertyPath(index, key), `a ${entry.type} has no property '${key}'`);
        if (declaration.transient) invalid(propertyPath(index, key), `'${key}' is playback state and is never saved`);
        try {
          fields.set(key, validatePropertyValue(declaration, properties[key], limits, id));
        } catch (error) {
          const path = propertyPath(index, key);
          if (error instanceof CesdkError && error.code === 'LIMIT_EXCEEDED') throw new CesdkError('LIMIT_EXCEEDED', `${path}: ${error.message}`, { path });
          invalid(path, error instanceof Error ? error.message : describeValue(error));
        }
      }
    }
    records.set(id, new BlockRecord(id, entry.type, fields));
    indexes.set(id, index);
    if (id > maxId) maxId = id;
  }
  linkReferences(records, indexes, sceneId, limits);
  return { sceneId, records, variables, maxId };
}

/** Checks references and fills in `#parent` and `#owner`; then walks the tree for reachability and depth. */
function blockPath(index: number): string {
  return `$.blocks[${index}]`;
}

// Paths are built only on failure: loading 10,000 blocks must not allocate one string per property.
function propertyPath(index: number, key: string): string {
  return `${blockPath(index)}.properties[${JSON.stringify(key)}]`;
}

function linkReferences(records: Map<number, BlockRecord>, indexes: Map<number, number>, sceneId: number, limits: EngineLimits): void {
  const pathOf = (id: number): string => blockPath(indexes.get(id)!);
  const scene = records.get(sceneId);
  if (!scene || scene.type !== BlockType.scene) invalid('$.scene', `must name a scene block among $.blocks (got ${sceneId})`);
  let pages = 0;
  for (const record of records.values()) if (record.type === BlockType.page) pages += 1;
  if (pages > limits.maxPages) throw new CesdkError('LIMIT_EXCEEDED', `$.blocks: ${pages} pages exceed the limit of ${limits.maxPages}`, { path: '$.blocks' });
  const referenced = new Set<number>();
  // Fills, shapes and blurs may be shared by several blocks (as in CE.SDK); nothing else may.
  const slotUsers = new Map<number, number>();
  const claimSlot = (ownerId: number, id: number, where: string): BlockRecord => {
    const users = slotUsers.get(id);
    if (users === undefined) {
      const target = claim(ownerId, id, where);
      slotUsers.set(id, 1);
      return target;
    }
    if (id === ownerId) invalid(`${pathOf(ownerId)}.${where}`, `block ${id} refers to itself`);
    slotUsers.set(id, users + 1);
    return records.get(id)!;
  };
  const claim = (ownerId: number, id: number, where: string): BlockRecord => {
    const target = records.get(id);
    if (!target) invalid(`${pathOf(ownerId)}.${where}`, `refers to block ${id}, which is not in the document`);
    if (referenced.has(id)) invalid(`${pathOf(ownerId)}.${where}`, `block ${id} is referenced more than once (one parent or owner per block)`);
    if (id === ownerId) invalid(`${pathOf(ownerId)}.${where}`, `block ${id} refers to itself`);
    referenced.add(id);
    return target;
  };
  for (const record of records.values()) {
    const children = record.fields.get(Field.children) as number[] | undefined;
    if (children) {
      for (let index = 0; index < children.length; index += 1) {
        const child = claim(record.id, children[index]!, `children[${index}]`);
        if (!canContain(record.type, child.type)) invalid(`${pathOf(record.id)}.children[${index}]`, `a ${child.type} cannot be a child of a ${record.type}`);
        child.fields.set(Field.parent, record.id);
      }
    }
    for (const [family, bearers] of SLOTS) {
      const id = record.fields.get(Field[family]) as number | undefined;
      if (id === undefined) continue;
      if (!bearers.has(record.type)) invalid(`${pathOf(record.id)}.${family}`, `a ${record.type} cannot have a ${family}`);
      const target = claimSlot(record.id, id, family);
      if (familyOf(target.type) !== family) invalid(`${pathOf(record.id)}.${family}`, `block ${id} is a ${target.type}, not a ${family}`);
      if (!target.fields.has(Field.owner)) target.fields.set(Field.owner, record.id);
      else target.fields.set(Field.shares, slotUsers.get(id)! - 1);
    }
    for (const key of ANIMATION_SLOTS) {
      const id = record.fields.get(key) as number | undefined;
      if (id === undefined) continue;
      const name = key.slice(1);
      if (!ANIMATION_BEARERS.has(record.type)) invalid(`${pathOf(record.id)}.${name}`, `a ${record.type} cannot have animations`);
      // An animation has one owner, like an effect: never shared.
      const target = claim(record.id, id, name);
      if (familyOf(target.type) !== 'animation') invalid(`${pathOf(record.id)}.${name}`, `block ${target.id} is a ${target.type}, not an animation`);
      target.fields.set(Field.owner, record.id);
    }
    const effects = record.fields.get(Field.effects) as number[] | undefined;
    if (effects) {
      if (!EFFECT_BEARERS.has(record.type)) invalid(`${pathOf(record.id)}.effects`, `a ${record.type} cannot have effects`);
      for (let index = 0; index < effects.length; index += 1) {
        const target = claim(record.id, effects[index]!, `effects[${index}]`);
        if (familyOf(target.type) !== 'effect') invalid(`${pathOf(record.id)}.effects[${index}]`, `block ${target.id} is a ${target.type}, not an effect`);
        target.fields.set(Field.owner, record.id);
      }
    }
  }
  if (referenced.has(sceneId)) invalid('$.scene', 'the scene block is referenced as a child (cycle)');
  // Walk from the scene: every block must be reached (shared slots more than once), within the depth limit.
  let visitedCount = 0;
  const visited = new Set<number>();
  const stack: BlockRecord[] = [scene];
  const depths: number[] = [1];
  while (stack.length > 0) {
    const record = stack.pop()!;
    const depth = depths.pop()!;
    if (visited.has(record.id)) continue;
    visited.add(record.id);
    visitedCount += 1;
    if (depth > limits.maxDepth) {
      const path = pathOf(record.id);
      throw new CesdkError('LIMIT_EXCEEDED', `${path}: the tree is deeper than the limit of ${limits.maxDepth}`, { path });
    }
    const fields = record.fields;
    const children = fields.get(Field.children) as number[] | undefined;
    if (children) for (const id of children) { stack.push(records.get(id)!); depths.push(depth + 1); }
    const effects = fields.get(Field.effects) as number[] | undefined;
    if (effects) for (const id of effects) { stack.push(records.get(id)!); depths.push(depth + 1); }
    for (const key of [...SLOT_KEYS, ...ANIMATION_SLOTS]) {
      const id = fields.get(key) as number | undefined;
      if (id !== undefined) { stack.push(records.get(id)!); depths.push(depth + 1); }
    }
  }
  // Every block but a shared slot is referenced at most once and the scene not at all, so the walk
  // reaches each reachable block; anything left over is an orphan or sits in a cycle.
  if (visitedCount !== records.size) {
    for (const record of records.values()) {
      if (record !== scene && !referenced.has(record.id)) invalid(pathOf(record.id), `block ${record.id} is not reachable from the scene (orphan)`);
    }
    invalid('$.blocks', 'some blocks form a cycle unreachable from the scene');
  }
}
