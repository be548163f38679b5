import { resolveAnyType } from './block-types.js';
import { CesdkError, describeValue } from './errors.js';
import { SCENE_FORMAT, SCENE_SCHEMA_VERSION } from './scene-serializer.js';

/**
 * Schema history.
 *
 * Version 1 (the first prototype's format): `{ version: 1, scene, blocks: [...] }` where each block
 * is `{ id, type, name?, parent?, fill?, shape?, properties? }`.
 * - `type` was the short form ('graphic', 'shape/rect', 'fill/color').
 * - The tree was stored as a `parent` id on each child; siblings kept the order of the `blocks` array.
 * - Sizes were `size/width` and `size/height`; colors were arrays `[r, g, b, a]`.
 * - There were no UUIDs, variables, effects, blurs or scopes.
 *
 * Version 2: see `SavedScene`: long type names, `children` arrays on the parent, `width` and
 * `height`, colors as objects, UUIDs, variables, effects, blur and scopes.
 *
 * Version 3 (current): a text's color lives in a color fill, as in CE.SDK (version 2 kept it in the
 * text's `fill/solid/color`); text runs, typefaces, stacks and shared fills may appear.
 */
type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

function invalid(path: string, message: string): never {
  throw new CesdkError('SCENE_INVALID', `${path}: ${message}`, { path });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const RENAMED_PROPERTIES: Readonly<Record<string, string>> = { 'size/width': 'width', 'size/height': 'height' };

function migrateColor(value: unknown): unknown {
  if (Array.isArray(value) && (value.length === 3 || value.length === 4) && value.every((channel) => typeof channel === 'number')) {
    return { r: value[0], g: value[1], b: value[2], a: value.length === 4 ? value[3] : 1 };
  }
  return value;
}

/** Deterministic UUID for migrated blocks, so migrating the same document twice gives the same result. */
function migratedUUID(id: number): string {
  return `00000000-0000-4000-8000-${id.toString(16).padStart(12, '0').slice(-12)}`;
}

const migrateVersion1To2: Migration = (document) => {
  const blocks = document.blocks;
  if (!Array.isArray(blocks)) invalid('$.blocks', 'must be an array');
  const migrated: Record<string, unknown>[] = [];
  const byId = new Map<number, Record<string, unknown>>();
  blocks.forEach((block: unknown, index: number) => {
    const path = `$.blocks[${index}]`;
    if (!isRecord(block)) invalid(path, 'must be an object');
    const id = block.id;
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) invalid(`${path}.id`, 'must be a positive integer');
    const type = typeof block.type === 'string' ? resolveAnyType(block.type) ?? block.type : block.type;
    const properties: Record<string, unknown> = Object.create(null);
    if (block.properties !== undefined) {
      if (!isRecord(block.properties)) invalid(`${path}.properties`, 'must be an object');
      for (const key of Object.keys(block.properties)) {
        properties[RENAMED_PROPERTIES[key] ?? key] = migrateColor(block.properties[key]);
      }
    }
    const next: Record<string, unknown> = { id, type, uuid: migratedUUID(id), properties: { ...properties } };
    if (block.name !== undefined) next.name = block.name;
    if (block.fill !== undefined) next.fill = block.fill;
    if (block.shape !== undefined) next.shape = block.shape;
    if (byId.has(id)) invalid(`${path}.id`, `duplicate id ${id}`);
    byId.set(id, next);
    migrated.push(next);
  });
  blocks.forEach((block: Record<string, unknown>, index: number) => {
    if (block.parent === undefined || block.parent === null) return;
    const parent = typeof block.parent === 'number' ? byId.get(block.parent) : undefined;
    if (!parent) invalid(`$.blocks[${index}].parent`, `refers to no block (${describeValue(block.parent)})`);
    const children = (parent.children as number[] | undefined) ?? [];
    children.push(block.id as number);
    parent.children = children;
  });
  return { format: SCENE_FORMAT, version: 2, scene: document.scene, variables: {}, blocks: migrated };
};

const TEXT_TYPE = '//ly.img.ubq/text';
const COLOR_FILL_TYPE = '//ly.img.ubq/fill/color';

/** Gives every text without a fill a color fill holding its `fill/solid/color`. */
const migrateVersion2To3: Migration = (document) => {
  const blocks = document.blocks;
  if (!Array.isArray(blocks)) return { ...document, version: 3 };
  let nextId = 0;
  for (const block of blocks) if (isRecord(block) && typeof block.id === 'number' && block.id > nextId) nextId = block.id;
  const added: Record<string, unknown>[] = [];
  const migrated = blocks.map((block: unknown) => {
    if (!isRecord(block) || block.type !== TEXT_TYPE || block.fill !== undefined) return block;
    const properties = isRecord(block.properties) ? { ...block.properties } : undefined;
    const color = properties?.['fill/solid/color'] ?? { r: 0, g: 0, b: 0, a: 1 };
    if (properties) delete properties['fill/solid/color'];
    nextId += 1;
    added.push({ id: nextId, type: COLOR_FILL_TYPE, uuid: migratedUUID(nextId), properties: { 'fill/color/value': color } });
    const next: Record<string, unknown> = { ...block, fill: nextId };
    if (properties) next.properties = properties;
    return next;
  });
  return { ...document, version: 3, blocks: [...migrated, ...added] };
};

/** Migrations by source version: `MIGRATIONS[n]` turns version n into version n + 1. */
const MIGRATIONS: ReadonlyMap<number, Migration> = new Map([[1, migrateVersion1To2], [2, migrateVersion2To3]]);

/** The oldest schema version that can still be loaded. */
export const OLDEST_SUPPORTED_VERSION = 1;

/** Brings a parsed document up to the current schema version, or throws `SCENE_VERSION`. */
export function migrateDocument(document: Record<string, unknown>): Record<string, unknown> {
  let version = document.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    throw new CesdkError('SCENE_VERSION', `$.version: must be an integer schema version, got ${JSON.stringify(version) ?? 'nothing'}`, { path: '$.version' });
  }
  if (version > SCENE_SCHEMA_VERSION || version < OLDEST_SUPPORTED_VERSION) {
    throw new CesdkError('SCENE_VERSION', `$.version: schema version ${version} is not supported (supported: ${OLDEST_SUPPORTED_VERSION}..${SCENE_SCHEMA_VERSION})`, { path: '$.version' });
  }
  let current = document;
  while ((version as number) < SCENE_SCHEMA_VERSION) {
    current = MIGRATIONS.get(version as number)!(current);
    version = current.version;
  }
  return current;
}
