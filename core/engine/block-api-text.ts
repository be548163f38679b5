import type { BlockRecord } from './block-record.js';
import { BlockAPITime } from './block-api-time.js';
import { readProperty, writeValidated } from './block-properties.js';
import { BlockType } from './block-types.js';
import { normalizeColor } from './color.js';
import type { TextMeasurer } from './engine-options.js';
import { CesdkError, describeValue } from './errors.js';
import { relayoutText, resolveText, resolveTextRuns } from './text-layout.js';
import { spliceRuns, storedFontStyle, storedFontWeight, cesdkFontWeight, TEXT_CASES, type TextRun, type TextRunAttribute } from './text-runs.js';
import { applyAttribute, textRange, textStyles, valuesInRange } from './text-styles.js';
import { findFont, fontFace, normalizeTypeface, NO_TYPEFACE, type Typeface } from './typeface.js';
import type { Color, DesignBlockId } from './types.js';

/** CE.SDK's font size options (`setTextFontSize(id, size, options)`). */
export interface TextFontSizeOptions {
  from?: number;
  to?: number;
}

/**
 * Text: content and its ranged styles. Ranges are UTF-16 indexes [from, to); a missing or negative
 * bound means the whole text (CE.SDK's convention). Ranged styles are stored as `text/runs` and are
 * saved, loaded and undone like every property.
 */
export class BlockAPIText extends BlockAPITime {
  /** @internal */
  protected requireText(id: DesignBlockId): BlockRecord {
    const record = this.core.requireBlock(id);
    if (record.type !== BlockType.text) throw new CesdkError('INVALID_BLOCK', `block ${id} (${record.type}) is not a text block`, { blockId: id });
    return record;
  }

  private styleRange(id: DesignBlockId, from: unknown, to: unknown): { record: BlockRecord; start: number; end: number } {
    const record = this.requireText(id);
    const length = (readProperty(this.core, record.id, 'text/text', 'String') as string).length;
    const [start, end] = textRange(record, length, from, to);
    return { record, start, end };
  }

  private setStyle(id: DesignBlockId, attribute: TextRunAttribute, value: unknown, from: unknown, to: unknown): void {
    const { record, start, end } = this.styleRange(id, from, to);
    this.core.checkScope(record, 'text/character', `setting the text's ${attribute}`);
    this.core.mutate(`set text ${attribute}`, () => applyAttribute(this.core, record, attribute, start, end, () => value));
  }

  private stylesIn(id: DesignBlockId, attribute: TextRunAttribute, from: unknown, to: unknown): unknown[] {
    const { record, start, end } = this.styleRange(id, from, to);
    return valuesInRange(this.core, record, attribute, start, end);
  }

  // Content --------------------------------------------------------------------------------

  /**
   * Replaces text, as CE.SDK: without a range the whole text; with `from` only, inserts at `from`;
   * with both, replaces [from, to). Styled ranges move with the text. Checks 'text/edit'.
   */
  replaceText(id: DesignBlockId, text: string, from?: number, to?: number): void {
    const record = this.requireText(id);
    if (typeof text !== 'string') throw new CesdkError('INVALID_VALUE', `block ${id} 'text/text' needs a string`, { blockId: id, path: 'text/text' });
    const current = readProperty(this.core, id, 'text/text', 'String') as string;
    const hasFrom = typeof from === 'number' && from >= 0;
    const start = hasFrom ? from : 0;
    const end = typeof to === 'number' && to >= 0 ? to : hasFrom ? start : current.length;
    const [checkedStart, checkedEnd] = textRange(record, current.length, start, end);
    this.spliceText(record, current, checkedStart, checkedEnd, text);
  }

  /** Removes [from, to) of the text (whole text without a range). Checks 'text/edit'. */
  removeText(id: DesignBlockId, from?: number, to?: number): void {
    const record = this.requireText(id);
    const current = readProperty(this.core, id, 'text/text', 'String') as string;
    const [start, end] = textRange(record, current.length, from, to);
    this.spliceText(record, current, start, end, '');
  }

  private spliceText(record: BlockRecord, current: string, start: number, end: number, inserted: string): void {
    const next = current.slice(0, start) + inserted + current.slice(end);
    if (next.length > this.core.limits.maxStringLength) throw new CesdkError('LIMIT_EXCEEDED', `block ${record.id} text is too long`, { blockId: record.id, path: 'text/text' });
    this.core.checkScope(record, 'text/edit', 'editing the text');
    const runs = readProperty(this.core, record.id, 'text/runs', 'Struct') as readonly TextRun[];
    this.core.mutate('edit text', () => {
      writeValidated(this.core, record, 'text/text', next);
      if (runs.length > 0) writeValidated(this.core, record, 'text/runs', spliceRuns(runs, current.length, start, end, inserted.length));
    });
  }

  /** The text with `{{name}}` variables resolved, as renderers and exporters draw it. */
  getResolvedText(id: DesignBlockId): string {
    return resolveText(this.core, this.getString(this.requireText(id).id, 'text/text'));
  }

  /**
   * @internal The styled runs over {@link BlockAPIText.getResolvedText} (a resolved `{{name}}` takes
   * its reference's style), for renderers and exporters. Not part of CE.SDK's API.
   */
  getResolvedTextRuns(id: DesignBlockId): readonly TextRun[] {
    const record = this.requireText(id);
    const runs = readProperty(this.core, record.id, 'text/runs', 'Struct') as readonly TextRun[];
    return resolveTextRuns(this.core, this.getString(record.id, 'text/text'), runs);
  }

  // Ranged styles --------------------------------------------------------------------------

  /** Sets the text color of [from, to) (whole text: the text's color fill). Checks 'text/character'. */
  setTextColor(id: DesignBlockId, color: Color, from?: number, to?: number): void {
    this.requireText(id);
    this.setStyle(id, 'color', this.normalizeColorValue(id, color), from, to);
  }
  /** The text colors in [from, to), each once, in text order. */
  getTextColors(id: DesignBlockId, from?: number, to?: number): Color[] {
    return this.stylesIn(id, 'color', from, to) as Color[];
  }
  /** The text's own color (its color fill). */
  getTextColor(id: DesignBlockId): Color {
    return this.getTextColors(id, 0, 0)[0]!;
  }

  /** Sets the font size in points of [from, to) (CE.SDK also takes `{ from, to }` as third argument). */
  setTextFontSize(id: DesignBlockId, size: number, from?: number | TextFontSizeOptions, to?: number): void {
    this.requireText(id);
    const range = typeof from === 'object' && from !== null ? from : { from, to };
    if (typeof size !== 'number' || !Number.isFinite(size)) throw new CesdkError('INVALID_VALUE', `block ${id}: font size must be a finite number, got ${describeValue(size)}`, { blockId: id });
    if (size < 0.1 || size > 10_000) throw new CesdkError('OUT_OF_RANGE', `block ${id}: font size ${size} is outside 0.1..10000`, { blockId: id });
    this.setStyle(id, 'fontSize', size, range.from, range.to);
  }
  /** The font sizes in [from, to). */
  getTextFontSizes(id: DesignBlockId, from?: number, to?: number): number[] {
    return this.stylesIn(id, 'fontSize', from, to) as number[];
  }
  /** The text's own font size (`text/fontSize`). */
  getTextFontSize(id: DesignBlockId): number { return this.getFloat(id, 'text/fontSize'); }

  /** Sets the font weight of [from, to): CE.SDK's 'normal', 'bold', … or the enum spelling 'Bold'. */
  setTextFontWeight(id: DesignBlockId, weight: string, from?: number, to?: number): void {
    this.requireText(id);
    const stored = storedFontWeight(weight);
    if (!stored) throw new CesdkError('INVALID_VALUE', `block ${id}: unknown font weight '${describeValue(weight)}'`, { blockId: id });
    this.setStyle(id, 'fontWeight', stored, from, to);
  }
  /** The font weights in [from, to), in CE.SDK's spelling ('normal', 'bold', …). */
  getTextFontWeights(id: DesignBlockId, from?: number, to?: number): string[] {
    return (this.stylesIn(id, 'fontWeight', from, to) as string[]).map(cesdkFontWeight);
  }
  /** The text's own `text/fontWeight` ('Normal', 'Bold', …). */
  getTextFontWeight(id: DesignBlockId): string { return this.getEnum(id, 'text/fontWeight'); }

  /** Sets the font style of [from, to): 'normal' | 'italic' (or 'Normal' | 'Italic'). */
  setTextFontStyle(id: DesignBlockId, style: string, from?: number, to?: number): void {
    this.requireText(id);
    const stored = storedFontStyle(style);
    if (!stored) throw new CesdkError('INVALID_VALUE', `block ${id}: font style must be 'normal' or 'italic', got '${describeValue(style)}'`, { blockId: id });
    this.setStyle(id, 'fontStyle', stored, from, to);
  }
  /** The font styles in [from, to): 'normal' | 'italic'. */
  getTextFontStyles(id: DesignBlockId, from?: number, to?: number): string[] {
    return (this.stylesIn(id, 'fontStyle', from, to) as string[]).map((style) => style.toLowerCase());
  }
  /** The text's own `text/fontStyle` ('Normal' | 'Italic'). */
  getTextFontStyle(id: DesignBlockId): string { return this.getEnum(id, 'text/fontStyle'); }

  /** Sets the text case of [from, to): 'Normal', 'Uppercase', 'Lowercase' or 'Titlecase' (drawing only; the string stays). */
  setTextCase(id: DesignBlockId, textCase: string, from?: number, to?: number): void {
    this.requireText(id);
    if (!(TEXT_CASES as readonly unknown[]).includes(textCase)) throw new CesdkError('INVALID_VALUE', `block ${id}: text case must be one of ${TEXT_CASES.join(', ')}, got '${describeValue(textCase)}'`, { blockId: id });
    this.setStyle(id, 'case', textCase, from, to);
  }
  /** The text cases in [from, to). */
  getTextCases(id: DesignBlockId, from?: number, to?: number): string[] {
    return this.stylesIn(id, 'case', from, to) as string[];
  }

  private normalizeColorValue(id: DesignBlockId, color: Color): Color {
    return normalizeColor(color, { blockId: id, path: 'text color' }, this.core.limits.maxStringLength);
  }

  // Fonts ----------------------------------------------------------------------------------

  /**
   * Sets the font (CE.SDK): the font file and its typeface (`{ name, fonts }`), resetting the weight
   * and style to those of that file and clearing ranged fonts. A typeface name (string) sets only
   * the name, as before. Checks 'text/character'.
   */
  setFont(id: DesignBlockId, fontFileUri: string, typeface: Typeface | string): void {
    const record = this.requireText(id);
    if (typeof fontFileUri !== 'string' || fontFileUri.length === 0) throw new CesdkError('INVALID_VALUE', `block ${id}: a font file URI must be a non-empty string`, { blockId: id });
    this.core.checkScope(record, 'text/character', 'setting the font');
    const definition = typeof typeface === 'string' ? undefined : normalizeTypeface(typeface, { blockId: id, path: 'typeface' }, this.core.limits);
    if (typeof typeface === 'string' && typeface.length > 256) throw new CesdkError('INVALID_VALUE', `block ${id}: typeface name too long`, { blockId: id });
    this.core.mutate('set font', () => {
      writeValidated(this.core, record, 'text/fontFileUri', fontFileUri);
      writeValidated(this.core, record, 'text/typeface', definition ? definition.name : typeface);
      if (!definition) return;
      writeValidated(this.core, record, 'text/typefaceDefinition', definition);
      const font = definition.fonts.find((candidate) => candidate.uri === fontFileUri);
      const face = font ? fontFace(font) : { weight: 'Normal', style: 'Normal' };
      const length = (readProperty(this.core, id, 'text/text', 'String') as string).length;
      applyAttribute(this.core, record, 'fontWeight', 0, length, () => face.weight);
      applyAttribute(this.core, record, 'fontStyle', 0, length, () => face.style);
      applyAttribute(this.core, record, 'fontFileUri', 0, length, () => fontFileUri);
    });
  }

  /**
   * Sets the typeface and keeps the formatting: every character of [from, to) gets the typeface's
   * font for its weight and style (the first font when the typeface lacks that face).
   */
  setTypeface(id: DesignBlockId, typeface: Typeface | string, from?: number, to?: number): void {
    if (typeof typeface === 'string') {
      this.setString(this.requireText(id).id, 'text/typeface', typeface);
      return;
    }
    const { record, start, end } = this.styleRange(id, from, to);
    const definition = normalizeTypeface(typeface, { blockId: id, path: 'typeface' }, this.core.limits);
    if (definition.fonts.length === 0) throw new CesdkError('INVALID_VALUE', `block ${id}: a typeface needs at least one font`, { blockId: id });
    this.core.checkScope(record, 'text/character', 'setting the typeface');
    this.core.mutate('set typeface', () => {
      writeValidated(this.core, record, 'text/typeface', definition.name);
      writeValidated(this.core, record, 'text/typefaceDefinition', definition);
      this.applyFonts(record, definition, start, end);
    });
  }

  /** The typeface `setFont`/`setTypeface` gave the block. Throws `NOT_FOUND` when it has none. */
  getTypeface(id: DesignBlockId): Typeface {
    const definition = readProperty(this.core, this.requireText(id).id, 'text/typefaceDefinition', 'Struct') as Typeface;
    if (definition === NO_TYPEFACE || definition.fonts.length === 0) throw new CesdkError('NOT_FOUND', `block ${id} has no typeface; call setFont first`, { blockId: id });
    return definition;
  }

  private applyFonts(record: BlockRecord, typeface: Typeface, start: number, end: number): void {
    const { styles } = textStyles(this.core, record);
    const baseWeight = this.getEnum(record.id, 'text/fontWeight');
    const baseStyle = this.getEnum(record.id, 'text/fontStyle');
    applyAttribute(this.core, record, 'fontFileUri', start, end, (index) => {
      const font = findFont(typeface, styles[index]?.fontWeight ?? baseWeight, styles[index]?.fontStyle ?? baseStyle) ?? typeface.fonts[0]!;
      return font.uri;
    });
  }

  private toggleTarget(id: DesignBlockId, attribute: 'fontWeight' | 'fontStyle', from: unknown, to: unknown): { record: BlockRecord; start: number; end: number; target: string; typeface: Typeface | undefined; possible: boolean } {
    const { record, start, end } = this.styleRange(id, from, to);
    const on = attribute === 'fontWeight' ? 'Bold' : 'Italic';
    const values = valuesInRange(this.core, record, attribute, start, end);
    const target = values.length === 1 && values[0] === on ? 'Normal' : on;
    const definition = readProperty(this.core, record.id, 'text/typefaceDefinition', 'Struct') as Typeface;
    const typeface = definition.fonts.length > 0 ? definition : undefined;
    let possible = typeface !== undefined;
    if (typeface) {
      const { styles } = textStyles(this.core, record);
      const baseWeight = this.getEnum(record.id, 'text/fontWeight');
      const baseStyle = this.getEnum(record.id, 'text/fontStyle');
      const last = Math.max(end, start + 1);
      for (let index = start; index < last && possible; index += 1) {
        const weight = attribute === 'fontWeight' ? target : styles[index]?.fontWeight ?? baseWeight;
        const style = attribute === 'fontStyle' ? target : styles[index]?.fontStyle ?? baseStyle;
        possible = findFont(typeface, weight, style) !== undefined;
      }
    }
    return { record, start, end, target, typeface, possible };
  }

  /** Whether the typeface has the faces to toggle bold on [from, to). */
  canToggleBoldFont(id: DesignBlockId, from?: number, to?: number): boolean {
    return this.toggleTarget(id, 'fontWeight', from, to).possible;
  }
  /** Whether the typeface has the faces to toggle italic on [from, to). */
  canToggleItalicFont(id: DesignBlockId, from?: number, to?: number): boolean {
    return this.toggleTarget(id, 'fontStyle', from, to).possible;
  }
  /** Toggles [from, to) between bold and normal weight, switching to the typeface's matching fonts. Throws when it cannot. */
  toggleBoldFont(id: DesignBlockId, from?: number, to?: number): void {
    this.toggle(id, 'fontWeight', from, to);
  }
  /** Toggles [from, to) between italic and normal style. */
  toggleItalicFont(id: DesignBlockId, from?: number, to?: number): void {
    this.toggle(id, 'fontStyle', from, to);
  }

  private toggle(id: DesignBlockId, attribute: 'fontWeight' | 'fontStyle', from: unknown, to: unknown): void {
    const { record, start, end, target, typeface, possible } = this.toggleTarget(id, attribute, from, to);
    if (!possible || !typeface) throw new CesdkError('INVALID_VALUE', `block ${id}: the typeface has no ${target} face for this text; check canToggle${attribute === 'fontWeight' ? 'Bold' : 'Italic'}Font first`, { blockId: id });
    this.core.checkScope(record, 'text/character', 'toggling the font');
    this.core.mutate('toggle font', () => {
      applyAttribute(this.core, record, attribute, start, end, () => target);
      this.applyFonts(record, typeface, start, end);
    });
  }

  // Measuring ------------------------------------------------------------------------------

  /**
   * Installs the text measurer used for auto-sized text; pass undefined to remove it. Installing one
   * re-measures nothing by itself; call {@link BlockAPIText.measureText} for existing blocks.
   */
  setTextMeasurer(measurer: TextMeasurer | undefined): void {
    if (measurer !== undefined && typeof measurer !== 'function') throw new CesdkError('INVALID_VALUE', 'a text measurer must be a function');
    this.core.textMeasurer = measurer;
  }

  /** Re-measures an auto-sized text block now. */
  measureText(id: DesignBlockId): void {
    const record = this.requireText(id);
    this.core.mutate('measure text', () => relayoutText(this.core, record));
  }
}
