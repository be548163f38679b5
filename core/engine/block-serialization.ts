import { FieldMap } from './field-map.js';
import { ANIMATION_SLOTS, BlockRecord, Field } from './block-record.js';
import { collectOwnedTree } from './block-hierarchy.js';
import { BlockType } from './block-types.js';
import { randomUUID, type EngineCore } from './engine-core.js';
import { CesdkError, describeValue } from './errors.js';
import { findDeclaration } from './property-registry.js';
import { loadedSceneLoader } from './scene-loader-chunk.js';
import { saveBlock, SCENE_FORMAT, SCENE_SCHEMA_VERSION, type SavedBlock } from './scene-serializer.js';

/** The `format` marker of saved block documents (`block.saveToString`). */
export const BLOCKS_FORMAT = 'cesdk-web-components/blocks';

/** Resource schemes `block.saveToString` allows by default, as CE.SDK. */
export const DEFAULT_ALLOWED_SCHEMES: readonly string[] = ['blob', 'bundle', 'file', 'http', 'https'];

interface SavedBlocks {
  format: string;
  version: number;
  roots: number[];
  blocks: SavedBlock[];
}

/**
 * Saves blocks with everything they contain or own. URI properties whose scheme is not in
 * `allowedSchemes` are refused (`RESOURCE_UNAVAILABLE`), as CE.SDK refuses them; data: URIs are
 * always allowed (they are the content itself).
 */
export function saveBlocks(core: EngineCore, ids: readonly number[], allowedSchemes: readonly string[]): string {
  if (!Array.isArray(ids) || ids.length === 0) throw new CesdkError('INVALID_VALUE', 'saveToString needs a non-empty array of block ids');
  if (!Array.isArray(allowedSchemes) || allowedSchemes.some((scheme) => typeof scheme !== 'string')) throw new CesdkError('INVALID_VALUE', 'allowedResourceSchemes must be an array of strings');
  const seen = new Set<BlockRecord>();
  const records: BlockRecord[] = [];
  for (const id of ids) {
    const root = core.requireBlock(id);
    if (root.type === BlockType.scene) throw new CesdkError('INVALID_VALUE', `block ${id} is the scene; save it with scene.saveToString`, { blockId: id });
    for (const record of collectOwnedTree(core, root)) if (!seen.has(record)) (seen.add(record), records.push(record));
  }
  const saved = records.sort((left, right) => left.id - right.id).map(saveBlock);
  for (const block of saved) {
    for (const [key, value] of Object.entries(block.properties ?? {})) {
      if (typeof value !== 'string' || value === '' || !findDeclaration(key)?.isUri) continue;
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
      if (scheme && scheme !== 'data' && !allowedSchemes.includes(scheme)) {
        throw new CesdkError('RESOURCE_UNAVAILABLE', `block ${block.id} '${key}' uses the scheme '${scheme}:', which is not among the allowed resource schemes (${allowedSchemes.join(', ')})`, { blockId: block.id, path: key });
      }
    }
  }
  const document: SavedBlocks = { format: BLOCKS_FORMAT, version: SCENE_SCHEMA_VERSION, roots: ids.slice(), blocks: saved };
  return JSON.stringify(document);
}

/**
 * Loads saved blocks as new, detached blocks (new ids; UUIDs already in use get new ones) and
 * returns the roots' new ids. The document is validated as a whole, as scenes are, before anything
 * changes. Must run in a transaction.
 */
export function loadBlocks(core: EngineCore, text: string): number[] {
  const { parseSceneText, validateScene } = loadedSceneLoader();
  const parsed = parseSceneText(text, core.limits);
  if (parsed.format !== BLOCKS_FORMAT) throw new CesdkError('SCENE_INVALID', `$.format: expected '${BLOCKS_FORMAT}'`, { path: '$.format' });
  const roots = parsed.roots;
  if (!Array.isArray(roots) || roots.length === 0 || roots.some((id) => typeof id !== 'number')) throw new CesdkError('SCENE_INVALID', '$.roots: must be a non-empty array of block ids', { path: '$.roots' });
  const blocks = parsed.blocks;
  if (!Array.isArray(blocks)) throw new CesdkError('SCENE_INVALID', '$.blocks: must be an array', { path: '$.blocks' });
  // Validate through the scene loader: the roots hang under a stand-in scene (pages) or page (the rest).
  let maxId = 0;
  for (const block of blocks) if (block && typeof block === 'object' && typeof (block as { id?: unknown }).id === 'number') maxId = Math.max(maxId, (block as { id: number }).id);
  const sceneId = maxId + 1;
  const pageId = maxId + 2;
  const typeOf = new Map<number, unknown>(blocks.map((block) => [(block as { id?: number }).id ?? -1, (block as { type?: unknown }).type]));
  const pageRoots = (roots as number[]).filter((id) => typeOf.get(id) === BlockType.page || typeOf.get(id) === BlockType.audio);
  const otherRoots = (roots as number[]).filter((id) => !pageRoots.includes(id));
  const document = {
    format: SCENE_FORMAT,
    version: parsed.version,
    scene: sceneId,
    variables: {},
    blocks: [
      ...blocks,
      { id: sceneId, type: BlockType.scene, uuid: 'stand-in-scene', children: [...pageRoots, pageId] },
      { id: pageId, type: BlockType.page, uuid: 'stand-in-page', children: otherRoots },
    ],
  };
  const loaded = validateScene(document as unknown as Record<string, unknown>, core.limits);
  loaded.records.delete(sceneId);
  loaded.records.delete(pageId);
  if (core.blocks.size + loaded.records.size > core.limits.maxBlocks) throw new CesdkError('LIMIT_EXCEEDED', `loading ${loaded.records.size} blocks exceeds the limit of ${core.limits.maxBlocks}`);
  const uuids = new Set<string>();
  // Records without a UUID yet get a fresh random one when first asked: they cannot clash.
  for (const record of core.blocks.values()) {
    const uuid = record.fields.get(Field.uuid) as string | undefined;
    if (uuid !== undefined) uuids.add(uuid);
  }
  const newIds = new Map<number, number>();
  for (const id of loaded.records.keys()) newIds.set(id, core.nextId + newIds.size);
  const remap = (value: unknown): unknown => (typeof value === 'number' ? newIds.get(value) ?? value : value);
  for (const [oldId, record] of loaded.records) {
    const fields = new FieldMap();
    for (const [key, value] of record.fields) {
      if (key === Field.children || key === Field.effects) fields.set(key, (value as number[]).map((id) => newIds.get(id)!));
      else if (key === Field.fill || key === Field.shape || key === Field.blur || key === Field.owner || (ANIMATION_SLOTS as readonly string[]).includes(key)) fields.set(key, remap(value));
      else if (key === Field.parent) {
        if (value !== sceneId && value !== pageId) fields.set(key, remap(value));
      } else fields.set(key, value);
    }
    if (uuids.has(fields.get(Field.uuid) as string)) fields.set(Field.uuid, randomUUID());
    const created = core.createRecord(record.type, fields);
    if (created.id !== newIds.get(oldId)) throw new CesdkError('INVALID_STATE', `internal: block id ${describeValue(created.id)} out of order while loading blocks`);
  }
  return (roots as number[]).map((id) => newIds.get(id)!);
}
