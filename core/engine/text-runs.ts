import { normalizeColor } from './color.js';
import { CesdkError } from './errors.js';
import type { Color } from './types.js';

/** The style attributes a text run can set; anything not set comes from the block's own properties. */
export interface TextRunStyle {
  readonly color?: Color;
  readonly fontSize?: number;
  /** CE.SDK weight names as the engine stores them ('Normal', 'Bold', …). */
  readonly fontWeight?: string;
  /** 'Normal' | 'Italic'. */
  readonly fontStyle?: string;
  readonly fontFileUri?: string;
  /** 'Normal' | 'Uppercase' | 'Lowercase' | 'Titlecase'. */
  readonly case?: string;
}

/** A UTF-16 range [start, end) of the text with its own style. Runs are sorted and never overlap. */
export interface TextRun extends TextRunStyle {
  readonly start: number;
  readonly end: number;
}

/** The attributes of {@link TextRunStyle}. */
export type TextRunAttribute = keyof TextRunStyle;
export const TEXT_RUN_ATTRIBUTES: readonly TextRunAttribute[] = ['color', 'fontSize', 'fontWeight', 'fontStyle', 'fontFileUri', 'case'];

/** Font weights as the engine stores them, and as CE.SDK's `FontWeight` spells them. */
export const FONT_WEIGHTS = ['Thin', 'ExtraLight', 'Light', 'Normal', 'Medium', 'SemiBold', 'Bold', 'ExtraBold', 'Heavy'] as const;
export const CESDK_FONT_WEIGHTS = ['thin', 'extraLight', 'light', 'normal', 'medium', 'semiBold', 'bold', 'extraBold', 'heavy'] as const;
export const TEXT_CASES = ['Normal', 'Uppercase', 'Lowercase', 'Titlecase'] as const;

/** 'bold' or 'Bold' → 'Bold'; undefined for an unknown weight. */
export function storedFontWeight(weight: unknown): string | undefined {
  if (typeof weight !== 'string') return undefined;
  const index = CESDK_FONT_WEIGHTS.indexOf(weight as (typeof CESDK_FONT_WEIGHTS)[number]);
  if (index >= 0) return FONT_WEIGHTS[index];
  return (FONT_WEIGHTS as readonly string[]).includes(weight) ? weight : undefined;
}

/** 'Bold' → 'bold' (CE.SDK's spelling). */
export function cesdkFontWeight(weight: string): string {
  const index = (FONT_WEIGHTS as readonly string[]).indexOf(weight);
  return index >= 0 ? CESDK_FONT_WEIGHTS[index]! : weight.toLowerCase();
}

/** 'italic' or 'Italic' → 'Italic'; 'normal' → 'Normal'. */
export function storedFontStyle(style: unknown): string | undefined {
  if (style === 'italic' || style === 'Italic') return 'Italic';
  if (style === 'normal' || style === 'Normal') return 'Normal';
  return undefined;
}

const EMPTY: readonly TextRun[] = Object.freeze([]);

function fail(context: { blockId?: number; path: string }, message: string): never {
  throw new CesdkError('INVALID_VALUE', `${context.blockId !== undefined ? `block ${context.blockId} ` : ''}${context.path}: ${message}`, { blockId: context.blockId, path: context.path });
}

/** Validates stored runs (from a setter or a scene file) and returns a frozen canonical copy. */
export function normalizeTextRuns(value: unknown, context: { blockId?: number; path: string }, limits: { maxStringLength: number }): readonly TextRun[] {
  if (!Array.isArray(value)) fail(context, 'text runs must be an array');
  if (value.length === 0) return EMPTY;
  if (value.length > 100_000) fail(context, 'too many text runs');
  let previousEnd = 0;
  const runs = value.map((entry: unknown, index: number): TextRun => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) fail(context, `run ${index} must be an object`);
    const source = entry as Record<string, unknown>;
    for (const key of Object.keys(source)) if (key !== 'start' && key !== 'end' && !TEXT_RUN_ATTRIBUTES.includes(key as TextRunAttribute)) fail(context, `run ${index} has an unknown key '${key.slice(0, 40)}'`);
    const { start, end } = source;
    if (typeof start !== 'number' || typeof end !== 'number' || !Number.isInteger(start) || !Number.isInteger(end) || start < previousEnd || end <= start) fail(context, `run ${index} needs integer start < end, sorted and not overlapping`);
    previousEnd = end;
    const run: Record<string, unknown> = { start, end };
    if (source.color !== undefined) run.color = normalizeColor(source.color, { blockId: context.blockId, path: `${context.path}[${index}].color` }, limits.maxStringLength);
    if (source.fontSize !== undefined) {
      if (typeof source.fontSize !== 'number' || !Number.isFinite(source.fontSize) || source.fontSize < 0.1 || source.fontSize > 10_000) fail(context, `run ${index} fontSize must be 0.1..10000`);
      run.fontSize = source.fontSize;
    }
    if (source.fontWeight !== undefined) {
      if (!(FONT_WEIGHTS as readonly unknown[]).includes(source.fontWeight)) fail(context, `run ${index} has an unknown fontWeight`);
      run.fontWeight = source.fontWeight;
    }
    if (source.fontStyle !== undefined) {
      if (source.fontStyle !== 'Normal' && source.fontStyle !== 'Italic') fail(context, `run ${index} fontStyle must be Normal or Italic`);
      run.fontStyle = source.fontStyle;
    }
    if (source.fontFileUri !== undefined) {
      if (typeof source.fontFileUri !== 'string' || source.fontFileUri.length > limits.maxStringLength) fail(context, `run ${index} fontFileUri must be a string`);
      run.fontFileUri = source.fontFileUri;
    }
    if (source.case !== undefined) {
      if (!(TEXT_CASES as readonly unknown[]).includes(source.case)) fail(context, `run ${index} has an unknown case`);
      run.case = source.case;
    }
    return Object.freeze(run) as unknown as TextRun;
  });
  return Object.freeze(runs);
}

/** One style per UTF-16 unit (undefined: the block's own style), for editing runs simply. */
export function expandRuns(runs: readonly TextRun[], length: number): (TextRunStyle | undefined)[] {
  const styles = new Array<TextRunStyle | undefined>(length).fill(undefined);
  for (const run of runs) {
    const { start, end, ...style } = run;
    for (let index = start; index < Math.min(end, length); index += 1) styles[index] = style;
  }
  return styles;
}

function sameStyle(left: TextRunStyle | undefined, right: TextRunStyle | undefined): boolean {
  if (left === right) return true;
  if (!left || !right) return false;
  for (const attribute of TEXT_RUN_ATTRIBUTES) {
    const a = left[attribute];
    const b = right[attribute];
    if (a === b) continue;
    if (attribute === 'color' && a && b && JSON.stringify(a) === JSON.stringify(b)) continue;
    return false;
  }
  return true;
}

function isEmptyStyle(style: TextRunStyle | undefined): boolean {
  return style === undefined || TEXT_RUN_ATTRIBUTES.every((attribute) => style[attribute] === undefined);
}

/** Merges equal neighbours back into runs; characters with the block's own style need no run. */
export function compressRuns(styles: readonly (TextRunStyle | undefined)[]): readonly TextRun[] {
  const runs: TextRun[] = [];
  let index = 0;
  while (index < styles.length) {
    const style = styles[index];
    let end = index + 1;
    while (end < styles.length && sameStyle(styles[end], style)) end += 1;
    if (!isEmptyStyle(style)) {
      const run: Record<string, unknown> = { start: index, end };
      for (const attribute of TEXT_RUN_ATTRIBUTES) if (style![attribute] !== undefined) run[attribute] = style![attribute];
      runs.push(Object.freeze(run) as unknown as TextRun);
    }
    index = end;
  }
  return runs.length === 0 ? EMPTY : Object.freeze(runs);
}

/** Sets one attribute on [from, to) (undefined clears it there). */
export function withAttribute(styles: (TextRunStyle | undefined)[], from: number, to: number, attribute: TextRunAttribute, value: unknown): void {
  for (let index = from; index < to; index += 1) {
    const style = { ...(styles[index] ?? {}) } as Record<string, unknown>;
    if (value === undefined) delete style[attribute];
    else style[attribute] = value;
    styles[index] = style as TextRunStyle;
  }
}

/**
 * The runs after replacing [from, to) of the text with `inserted` characters: removed characters
 * take their runs with them, inserted ones take the style of the character before them (or after,
 * at the start), as a text editor does.
 */
export function spliceRuns(runs: readonly TextRun[], length: number, from: number, to: number, inserted: number): readonly TextRun[] {
  if (runs.length === 0) return runs;
  const styles = expandRuns(runs, length);
  const model = from > 0 ? styles[from - 1] : styles[to];
  styles.splice(from, to - from, ...new Array<TextRunStyle | undefined>(inserted).fill(model));
  return compressRuns(styles);
}
