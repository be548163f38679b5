/**
 * Where and how the renderer draws a text block's glyphs, for the in-place text editor: font size,
 * line height, baseline, letter spacing, colour and alignment in design units. The editor (a DOM
 * `<textarea>`) uses them so its glyphs and caret sit exactly where the canvas will draw the text.
 *
 * It measures with the same style and PixiJS text metrics as the renderer (`textStyleFor`); when the
 * renderer's text layout changes, this is the one place the editor learns about it.
 */
import { CanvasTextMetrics, TextStyle } from 'pixi.js';
import type { Color, DesignBlockId, Engine } from '../engine/index.js';
import type { TextSpec } from './block-snapshot.js';
import { toScreenColor } from './color.js';
import { cssFontWeight, designUnitsPerPoint, fontFamiliesFor, fontFamilyAlias, textStyleFor } from './text-style.js';

/** What the in-place editor needs to draw a text block like the canvas does (lengths in design units). */
export interface TextEditorMetrics {
  /** Font size in design units. */
  readonly fontSize: number;
  /** Distance between two baselines. */
  readonly lineHeight: number;
  /** Distance from the top of a line to its baseline, as the renderer places glyphs. */
  readonly baseline: number;
  /** Extra space after each character. */
  readonly letterSpacing: number;
  /** CSS font families, most specific first (the loaded file's alias, the typeface, fallbacks). */
  readonly families: readonly string[];
  /** CSS font weight (`normal`, `bold`, `100`…`900`). */
  readonly weight: string;
  /** CSS font style. */
  readonly style: 'normal' | 'italic';
  /** The text colour as CSS (`rgba(…)`). */
  readonly color: string;
  /** CSS text alignment. */
  readonly align: 'left' | 'center' | 'right';
  /** How far below the block's top the first line starts (vertical alignment). */
  readonly offsetY: number;
  /** The text case as CSS `text-transform` (`none`, `uppercase`, `lowercase`, `capitalize`). */
  readonly textTransform: string;
}

/** The family alias under which the renderer registers the text's font file (as `AssetTextures.font`). */
function fontFaceAliasFor(spec: TextSpec): string | undefined {
  if (!spec.fontFileUri) return undefined;
  return fontFamilyAlias(`${spec.fontFileUri}|${String(cssFontWeight(spec.fontWeight))}|${spec.fontStyle === 'Italic' ? 'italic' : 'normal'}`);
}

function cssColor(color: Color): string {
  const screen = toScreenColor(color);
  return `rgba(${(screen.hex >> 16) & 255}, ${(screen.hex >> 8) & 255}, ${screen.hex & 255}, ${screen.alpha})`;
}

function read<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

/** Reads the text settings of `id` the way the renderer does. */
export function readTextSpec(engine: Engine, id: DesignBlockId): TextSpec {
  const block = engine.block;
  return {
    text: read(() => block.getString(id, 'text/text'), ''),
    fontFileUri: read(() => block.getString(id, 'text/fontFileUri'), ''),
    typeface: read(() => block.getString(id, 'text/typeface'), ''),
    fontSize: read(() => block.getFloat(id, 'text/fontSize'), 12),
    fontWeight: String(read<unknown>(() => block.getEnum(id, 'text/fontWeight'), 'Normal')),
    fontStyle: read(() => block.getEnum(id, 'text/fontStyle'), 'Normal'),
    horizontalAlignment: read(() => block.getEnum(id, 'text/horizontalAlignment'), 'Left'),
    verticalAlignment: read(() => block.getEnum(id, 'text/verticalAlignment'), 'Top'),
    lineHeight: read(() => block.getFloat(id, 'text/lineHeight'), 1),
    letterSpacing: read(() => block.getFloat(id, 'text/letterSpacing'), 0),
    color: read(() => block.getTextColor(id), { r: 0, g: 0, b: 0, a: 1 } as Color),
    autoHeight: read(() => block.getEnum(id, 'height/mode'), 'Absolute') === 'Auto',
    textCase: read(() => block.getEnum(id, 'text/case'), 'Normal'),
  };
}

/**
 * The block's style with the run at `index` of its stored text applied (the run the caret is in):
 * a `<textarea>` has one style, so the editor shows the caret's run. Runs are read over the resolved
 * text, which is the stored text unless it holds variables (then the block's own style is used).
 */
function styleAt(engine: Engine, id: DesignBlockId, spec: TextSpec, index: number): TextSpec {
  const runs = read(() => engine.block.getResolvedTextRuns(id), []);
  if (runs.length === 0 || spec.text.includes('{{')) return spec;
  const run = runs.find((candidate) => candidate.start <= index && index < candidate.end);
  if (!run) return spec;
  return {
    ...spec,
    fontSize: run.fontSize ?? spec.fontSize,
    fontWeight: run.fontWeight ?? spec.fontWeight,
    fontStyle: run.fontStyle ?? spec.fontStyle,
    fontFileUri: run.fontFileUri ?? spec.fontFileUri,
    color: run.color ?? spec.color,
    textCase: run.case ?? spec.textCase,
  };
}

const TEXT_TRANSFORMS: Record<string, string> = { Uppercase: 'uppercase', Lowercase: 'lowercase', Titlecase: 'capitalize' };

/**
 * The metrics of text block `id` with its current text (or `text`, what the editor holds now),
 * measured exactly as the renderer lays it out. With `caret` (an index into the stored text), the
 * style is that of the run there.
 */
export function textEditorMetrics(engine: Engine, id: DesignBlockId, text?: string, caret?: number): TextEditorMetrics {
  const stored = readTextSpec(engine, id);
  const spec = caret === undefined ? stored : styleAt(engine, id, stored, Math.max(0, caret));
  const width = read(() => engine.block.getWidth(id), 100);
  const height = read(() => engine.block.getHeight(id), 0);
  const families = fontFamiliesFor(spec, fontFaceAliasFor(spec));
  // A copy: PixiJS quotes the names of the array it is given in place.
  const options = textStyleFor(spec, designUnitsPerPoint(engine), width, [...families]);
  const style = new TextStyle(options);
  const font = CanvasTextMetrics.measureFont(style._fontString);
  const fontSize = Number(options.fontSize);
  const lineHeight = typeof options.lineHeight === 'number' && options.lineHeight > 0 ? options.lineHeight : font.fontSize;
  // PixiJS puts each line's baseline `ascent` below the line top (plus half the extra leading).
  const baseline = font.ascent + (lineHeight - font.fontSize) / 2;
  const content = text ?? spec.text;
  const textHeight = CanvasTextMetrics.measureText(content === '' ? ' ' : content, style).height;
  const space = height - textHeight;
  const offsetY = spec.autoHeight || space <= 0 ? 0 : spec.verticalAlignment === 'Center' ? space / 2 : spec.verticalAlignment === 'Bottom' ? space : 0;
  const align = spec.horizontalAlignment === 'Center' ? 'center' : spec.horizontalAlignment === 'Right' ? 'right' : 'left';
  return {
    fontSize,
    lineHeight,
    baseline,
    letterSpacing: Number(options.letterSpacing ?? 0),
    families,
    weight: String(cssFontWeight(spec.fontWeight)),
    style: spec.fontStyle === 'Italic' ? 'italic' : 'normal',
    color: cssColor(spec.color),
    align,
    offsetY,
    textTransform: TEXT_TRANSFORMS[spec.textCase ?? 'Normal'] ?? 'none',
  };
}
