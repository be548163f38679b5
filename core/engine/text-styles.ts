import { BlockRecord, Field } from './block-record.js';
import { readProperty, writeValidated } from './block-properties.js';
import type { EngineCore } from './engine-core.js';
import { CesdkError, describeValue } from './errors.js';
import { compressRuns, expandRuns, type TextRun, type TextRunAttribute, type TextRunStyle } from './text-runs.js';
import type { Color } from './types.js';

/** The block property that holds an attribute's value for characters without a run. */
export const BASE_PATHS: Readonly<Record<Exclude<TextRunAttribute, 'color'>, string>> = {
  fontSize: 'text/fontSize',
  fontWeight: 'text/fontWeight',
  fontStyle: 'text/fontStyle',
  fontFileUri: 'text/fontFileUri',
  case: 'text/case',
};

/** A text's own color: its color fill's value (legacy texts without one: `fill/solid/color`). */
export function baseTextColor(core: EngineCore, record: BlockRecord): Color {
  const fill = colorFillOf(core, record);
  if (fill) return readProperty(core, fill.id, 'fill/color/value', 'Color') as Color;
  return readProperty(core, record.id, 'fill/solid/color', 'Color') as Color;
}

function colorFillOf(core: EngineCore, record: BlockRecord): BlockRecord | undefined {
  const fillId = record.fields.get(Field.fill) as number | undefined;
  const fill = fillId === undefined ? undefined : core.blocks.get(fillId);
  return fill?.type === '//ly.img.ubq/fill/color' ? fill : undefined;
}

/** A text's own value of an attribute. */
export function baseValue(core: EngineCore, record: BlockRecord, attribute: TextRunAttribute): unknown {
  if (attribute === 'color') return baseTextColor(core, record);
  return readProperty(core, record.id, BASE_PATHS[attribute], null);
}

function writeBase(core: EngineCore, record: BlockRecord, attribute: TextRunAttribute, value: unknown): void {
  if (attribute !== 'color') {
    writeValidated(core, record, BASE_PATHS[attribute], value);
    return;
  }
  const fill = colorFillOf(core, record);
  if (fill) writeValidated(core, fill, 'fill/color/value', value);
  else writeValidated(core, record, 'fill/solid/color', value);
}

function sameValue(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  return typeof left === 'object' && typeof right === 'object' && JSON.stringify(left) === JSON.stringify(right);
}

function mostCommon(values: readonly unknown[], preferred: unknown): unknown {
  const counts = new Map<string, { value: unknown; count: number }>();
  for (const value of values) {
    const key = typeof value === 'object' ? JSON.stringify(value) : `${typeof value}:${String(value)}`;
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { value, count: 1 });
  }
  let best: { value: unknown; count: number } | undefined;
  for (const entry of counts.values()) {
    if (!best || entry.count > best.count || (entry.count === best.count && sameValue(entry.value, preferred))) best = entry;
  }
  return best ? best.value : preferred;
}

/** The UTF-16 range of a ranged call, CE.SDK style: missing or negative bounds mean the whole text. */
export function textRange(record: BlockRecord, length: number, from: unknown, to: unknown): [number, number] {
  const start = from === undefined || (typeof from === 'number' && from < 0) ? 0 : from;
  const end = to === undefined || (typeof to === 'number' && to < 0) ? length : to;
  if (typeof start !== 'number' || typeof end !== 'number' || !Number.isInteger(start) || !Number.isInteger(end) || start > end || end > length) {
    throw new CesdkError('OUT_OF_RANGE', `block ${record.id}: text range ${describeValue(start)}..${describeValue(end)} is outside 0..${length}`, { blockId: record.id, path: 'text/text' });
  }
  return [start, end];
}

/** The text and its per-character styles. */
export function textStyles(core: EngineCore, record: BlockRecord): { text: string; styles: (TextRunStyle | undefined)[] } {
  const text = readProperty(core, record.id, 'text/text', 'String') as string;
  const runs = readProperty(core, record.id, 'text/runs', 'Struct') as readonly TextRun[];
  return { text, styles: expandRuns(runs, text.length) };
}

/** The values of an attribute over [from, to), each once, in text order (the block's own value for an empty range). */
export function valuesInRange(core: EngineCore, record: BlockRecord, attribute: TextRunAttribute, from: number, to: number): unknown[] {
  const { styles } = textStyles(core, record);
  const base = baseValue(core, record, attribute);
  const values: unknown[] = [];
  if (from >= to) return [base];
  for (let index = from; index < to; index += 1) {
    const value = styles[index]?.[attribute] ?? base;
    if (!values.some((seen) => sameValue(seen, value))) values.push(value);
  }
  return values;
}

/**
 * Sets an attribute per character over [from, to) (`valueAt` gives each character's new value).
 * When every character of the text ends up with one value it becomes the block's own value and no
 * run keeps it; otherwise the characters that differ from the block's value get runs. Must run in
 * a transaction; scope checks are the caller's.
 */
export function applyAttribute(core: EngineCore, record: BlockRecord, attribute: TextRunAttribute, from: number, to: number, valueAt: (index: number, current: unknown) => unknown): void {
  const { text, styles } = textStyles(core, record);
  const base = baseValue(core, record, attribute);
  if (text.length === 0) {
    writeBase(core, record, attribute, valueAt(0, base));
    return;
  }
  const effective = styles.map((style, index) => {
    const current = style?.[attribute] ?? base;
    return index >= from && index < to ? valueAt(index, current) : current;
  });
  // The block's own value becomes the most common one (all of them when uniform): fewest runs.
  const newBase = mostCommon(effective, base);
  if (!sameValue(newBase, base)) writeBase(core, record, attribute, newBase);
  const next = styles.map((style, index) => {
    const value = sameValue(effective[index], newBase) ? undefined : effective[index];
    if (value === undefined && style?.[attribute] === undefined) return style;
    const copy = { ...(style ?? {}) } as Record<string, unknown>;
    if (value === undefined) delete copy[attribute];
    else copy[attribute] = value;
    return copy as TextRunStyle;
  });
  const runs = compressRuns(next);
  writeValidated(core, record, 'text/runs', runs);
}
