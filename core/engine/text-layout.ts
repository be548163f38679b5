import type { BlockRecord } from './block-record.js';
import { BlockType } from './block-types.js';
import type { EngineCore } from './engine-core.js';
import { defaultValueFor, findDeclaration } from './property-registry.js';

const LAYOUT_PATHS: ReadonlySet<string> = new Set([
  'text/text', 'text/fontFileUri', 'text/typeface', 'text/fontSize', 'text/fontWeight', 'text/fontStyle',
  'text/lineHeight', 'text/letterSpacing', 'text/paragraphSpacing', 'text/horizontalAlignment', 'width', 'height/mode',
]);

function read<T>(record: BlockRecord, path: string): T {
  const value = record.fields.get(path);
  if (value !== undefined) return value as T;
  return defaultValueFor(findDeclaration(path)!, record.type) as T;
}

const VARIABLE_PATTERN = /\{\{\s*([^{}]+?)\s*\}\}/g;

/** Resolves `{{name}}` references with the engine's variables; unknown names stay as written. */
export function resolveText(core: EngineCore, text: string): string {
  if (!text.includes('{{')) return text;
  return text.replace(VARIABLE_PATTERN, (match, name: string) => {
    const value = core.variables.fields.get(name);
    return typeof value === 'string' ? value : match;
  });
}

/**
 * Re-measures an auto-height text block after a layout-relevant change, writing its new height in
 * the same transaction. Without a text measurer the stored height is kept.
 */
export function relayoutTextIfNeeded(core: EngineCore, record: BlockRecord, changedPath: string): void {
  if (record.type !== BlockType.text || core.textMeasurer === undefined || !LAYOUT_PATHS.has(changedPath)) return;
  relayoutText(core, record);
}

/** Measures a text block now if it is auto-height and a measurer is set. */
export function relayoutText(core: EngineCore, record: BlockRecord): void {
  const measurer = core.textMeasurer;
  if (measurer === undefined || read<string>(record, 'height/mode') !== 'Auto') return;
  let height: number;
  try {
    height = measurer({
      blockId: record.id,
      text: resolveText(core, read<string>(record, 'text/text')),
      fontFileUri: read<string>(record, 'text/fontFileUri'),
      typeface: read<string>(record, 'text/typeface'),
      fontSize: read<number>(record, 'text/fontSize'),
      fontWeight: read<string>(record, 'text/fontWeight'),
      fontStyle: read<string>(record, 'text/fontStyle'),
      lineHeight: read<number>(record, 'text/lineHeight'),
      letterSpacing: read<number>(record, 'text/letterSpacing'),
      paragraphSpacing: read<number>(record, 'text/paragraphSpacing'),
      horizontalAlignment: read<string>(record, 'text/horizontalAlignment'),
      width: read<number>(record, 'width'),
    });
  } catch (error) {
    // A broken measurer must not break editing: keep the stored height and surface the bug.
    core.reportError(error, 'text measurer');
    return;
  }
  if (typeof height === 'number' && Number.isFinite(height) && height >= 0) core.write(record, 'height', height);
}

/** Re-measures every auto-height text block that references variables (after a variable changed). */
export function relayoutTextsWithVariables(core: EngineCore): void {
  if (core.textMeasurer === undefined || !core.history.inTransaction) return;
  for (const record of core.blocks.values()) {
    if (record.type !== BlockType.text) continue;
    const text = record.fields.get('text/text');
    if (typeof text === 'string' && text.includes('{{')) relayoutText(core, record);
  }
}

/** Block ids of text blocks whose text references variables (they change when a variable does). */
export function textBlocksWithVariables(core: EngineCore): number[] {
  const ids: number[] = [];
  for (const record of core.blocks.values()) {
    if (record.type !== BlockType.text) continue;
    const text = record.fields.get('text/text');
    if (typeof text === 'string' && text.includes('{{')) ids.push(record.id);
  }
  return ids;
}

