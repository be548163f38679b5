import type { BlockRecord } from './block-record.js';
import { BlockType } from './block-types.js';
import type { EngineCore } from './engine-core.js';
import type { TextMeasurement } from './engine-options.js';
import { defaultValueFor, findDeclaration } from './property-registry.js';
import { compressRuns, expandRuns, type TextRun, type TextRunStyle } from './text-runs.js';

const LAYOUT_PATHS: ReadonlySet<string> = new Set([
  'text/text', 'text/fontFileUri', 'text/typeface', 'text/fontSize', 'text/fontWeight', 'text/fontStyle',
  'text/lineHeight', 'text/letterSpacing', 'text/paragraphSpacing', 'text/horizontalAlignment', 'width', 'height/mode',
  'width/mode', 'text/runs', 'text/case',
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
 * The runs of `text` (UTF-16 ranges of the stored text) moved onto its resolved text: a `{{name}}`
 * reference that resolves takes the style of its first character, as a renderer draws it.
 */
export function resolveTextRuns(core: EngineCore, text: string, runs: readonly TextRun[]): readonly TextRun[] {
  if (runs.length === 0 || !text.includes('{{')) return runs;
  const styles = expandRuns(runs, text.length);
  const resolved: (TextRunStyle | undefined)[] = [];
  let last = 0;
  for (const match of text.matchAll(VARIABLE_PATTERN)) {
    const value = core.variables.fields.get(match[1]!);
    if (typeof value !== 'string') continue;
    resolved.push(...styles.slice(last, match.index));
    resolved.push(...new Array<TextRunStyle | undefined>(value.length).fill(styles[match.index!]));
    last = match.index! + match[0].length;
  }
  resolved.push(...styles.slice(last));
  return compressRuns(resolved);
}

/**
 * Re-measures an auto-height text block after a layout-relevant change, writing its new height in
 * the same transaction. Without a text measurer the stored height is kept.
 */
export function relayoutTextIfNeeded(core: EngineCore, record: BlockRecord, changedPath: string): void {
  if (record.type !== BlockType.text || core.textMeasurer === undefined || !LAYOUT_PATHS.has(changedPath)) return;
  relayoutText(core, record);
}

/** The last layout of a text block, as its measurer reported it. */
const layouts = new WeakMap<BlockRecord, { text: string; width: number; lines: Array<{ x: number; y: number; width: number; height: number }> }>();

/**
 * The lines of a text block: from its measurer's last layout when it still matches, else one line
 * per hard line break, sharing the frame's height.
 */
export function textLayoutOf(core: EngineCore, record: BlockRecord): { lines: Array<{ x: number; y: number; width: number; height: number }> } {
  const text = resolveText(core, read<string>(record, 'text/text'));
  const width = read<number>(record, 'width');
  const cached = layouts.get(record);
  if (cached && cached.text === text && cached.width === width) return cached;
  const height = read<number>(record, 'height');
  const count = text.split('\n').length;
  const lineHeight = height / count;
  return { lines: text.split('\n').map((_line, index) => ({ x: 0, y: index * lineHeight, width, height: lineHeight })) };
}

/** Measures a text block now if it is auto-sized and a measurer is set. */
export function relayoutText(core: EngineCore, record: BlockRecord): void {
  const measurer = core.textMeasurer;
  const autoHeight = read<string>(record, 'height/mode') === 'Auto';
  const autoWidth = read<string>(record, 'width/mode') === 'Auto';
  if (measurer === undefined || (!autoHeight && !autoWidth)) return;
  let result: number | TextMeasurement;
  const text = resolveText(core, read<string>(record, 'text/text'));
  try {
    result = measurer({
      blockId: record.id,
      text,
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
      autoWidth,
    });
  } catch (error) {
    // A broken measurer must not break editing: keep the stored size and surface the bug.
    core.reportError(error, 'text measurer');
    return;
  }
  const measurement: TextMeasurement = typeof result === 'number' ? { height: result } : result ?? { height: Number.NaN };
  const valid = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
  if (autoWidth && valid(measurement.width)) core.write(record, 'width', measurement.width);
  if (autoHeight && valid(measurement.height)) core.write(record, 'height', measurement.height);
  if (Array.isArray(measurement.lines)) layouts.set(record, { text, width: read<number>(record, 'width'), lines: measurement.lines.map((line) => ({ ...line })) });
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

