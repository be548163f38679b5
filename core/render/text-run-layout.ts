/**
 * Line breaking and placement of text with styled runs (per-range colour, size, weight, style,
 * font and case), shared by the canvas, PDF and SVG so each draws every run where the others do.
 *
 * Pure: no DOM, no PixiJS. The caller gives a width measurer and font metrics per style; the
 * layout breaks lines at spaces (a word wider than the box is split between characters), gives
 * each line the height of its largest run, aligns lines, and splits each line into segments of
 * one style, with the text case already applied to the segment's text.
 */
import type { Color } from '../engine/index.js';

/** The full style of one character (a run's attributes over the block's own). Sizes in design units. */
export interface RunStyle {
  fontSize: number;
  fontWeight: string;
  fontStyle: string;
  fontFileUri: string;
  color: Color;
  /** 'Normal' | 'Uppercase' | 'Lowercase' | 'Titlecase'. */
  textCase: string;
}

/** A stored run's attributes (as `engine.block` keeps them; sizes in points). */
export interface RunAttributes {
  start: number;
  end: number;
  color?: Color;
  fontSize?: number;
  fontWeight?: string;
  fontStyle?: string;
  fontFileUri?: string;
  case?: string;
}

/** One piece of a line in one style: `text` is what is drawn (case applied), `x` from the line's left edge. */
export interface StyledSegment {
  /** UTF-16 range of the source text. */
  start: number;
  end: number;
  text: string;
  style: RunStyle;
  x: number;
  width: number;
}

/** One laid-out line in the block's local box. */
export interface StyledLine {
  start: number;
  end: number;
  segments: StyledSegment[];
  /** Left edge of the line (alignment applied). */
  x: number;
  width: number;
  /** Top of the line box and its baseline. */
  top: number;
  baseline: number;
  /** The line's advance (largest run's natural height × line height). */
  height: number;
}

/** What {@link layoutStyledText} needs. */
export interface StyledLayoutInput {
  text: string;
  /** One style per UTF-16 unit of `text`. */
  styles: readonly RunStyle[];
  /** The style of an empty text or an empty line without characters. */
  baseStyle: RunStyle;
  /** Box width: lines wrap to it (no wrapping when `wrap` is false). */
  width: number;
  /** Box height: vertical alignment works within it. */
  height: number;
  wrap: boolean;
  /** Line advance as a multiple of each line's natural height (largest ascent + descent). */
  lineHeight: number;
  /** Extra space after each character, as a multiple of its font size. */
  letterSpacing: number;
  horizontalAlignment: string;
  /** 'Top' | 'Center' | 'Bottom'; text taller than the box starts at its top (as the canvas draws it). */
  verticalAlignment: string;
  /** Width of `text` drawn in `style`, without letter spacing. */
  measure: (text: string, style: RunStyle) => number;
  /** Ascent and descent of `style`'s font at its size, in design units. */
  fontMetrics: (style: RunStyle) => { ascent: number; descent: number };
}

/** Whether two styles draw alike (one segment). */
export function sameRunStyle(left: RunStyle, right: RunStyle): boolean {
  if (left === right) return true;
  return left.fontSize === right.fontSize && left.fontWeight === right.fontWeight && left.fontStyle === right.fontStyle
    && left.fontFileUri === right.fontFileUri && left.textCase === right.textCase
    && JSON.stringify(left.color) === JSON.stringify(right.color);
}

/** A stable key of a style's font (what measuring depends on). */
export function fontKey(style: RunStyle): string {
  return `${style.fontFileUri}|${style.fontWeight}|${style.fontStyle}|${style.fontSize}`;
}

const WORD_CHARACTER = /[\p{L}\p{N}'’]/u;

/**
 * `text` in `textCase`. Titlecase upper-cases the first letter of each word and leaves the rest as
 * typed; `previous` is the source character before `text` (a word may continue from another run).
 */
export function applyTextCase(text: string, textCase: string, previous = ''): string {
  switch (textCase) {
    case 'Uppercase': return text.toUpperCase();
    case 'Lowercase': return text.toLowerCase();
    case 'Titlecase': {
      let result = '';
      let before = previous;
      for (const character of text) {
        result += WORD_CHARACTER.test(before) ? character : character.toUpperCase();
        before = character;
      }
      return result;
    }
    default: return text;
  }
}

/**
 * One style per character of `text` from the block's own style and its runs. Run font sizes are
 * points; `unitsPerPoint` converts them (and the base size must already be in design units).
 */
export function resolveRunStyles(text: string, runs: readonly RunAttributes[], base: RunStyle, unitsPerPoint: number): RunStyle[] {
  const styles = new Array<RunStyle>(text.length).fill(base);
  for (const run of runs) {
    const style: RunStyle = {
      fontSize: run.fontSize !== undefined ? Math.max(0.5, run.fontSize * unitsPerPoint) : base.fontSize,
      fontWeight: run.fontWeight ?? base.fontWeight,
      fontStyle: run.fontStyle ?? base.fontStyle,
      fontFileUri: run.fontFileUri ?? base.fontFileUri,
      color: run.color ?? base.color,
      textCase: run.case ?? base.textCase,
    };
    for (let index = run.start; index < Math.min(run.end, text.length); index += 1) styles[index] = style;
  }
  return styles;
}

interface Piece {
  start: number;
  end: number;
  style: RunStyle;
}

/** Splits [start, end) where the style changes. */
function piecesOf(styles: readonly RunStyle[], start: number, end: number): Piece[] {
  const pieces: Piece[] = [];
  let index = start;
  while (index < end) {
    const style = styles[index]!;
    let stop = index + 1;
    while (stop < end && sameRunStyle(styles[stop]!, style)) stop += 1;
    pieces.push({ start: index, end: stop, style });
    index = stop;
  }
  return pieces;
}

/** Lays the text out in lines of styled segments (see the module comment). */
export function layoutStyledText(input: StyledLayoutInput): StyledLine[] {
  const { text, styles } = input;
  const cache = new Map<string, number>();
  const segmentText = (start: number, end: number, style: RunStyle): string => applyTextCase(text.slice(start, end), style.textCase, text[start - 1] ?? '');
  const pieceWidth = (piece: Piece): number => {
    const drawn = segmentText(piece.start, piece.end, piece.style);
    const key = `${fontKey(piece.style)}|${piece.start > 0 ? text[piece.start - 1] : ''}|${drawn}`;
    let width = cache.get(key);
    if (width === undefined) {
      width = input.measure(drawn, piece.style) + input.letterSpacing * piece.style.fontSize * [...drawn].length;
      cache.set(key, width);
    }
    return width;
  };
  const rangeWidth = (start: number, end: number): number => piecesOf(styles, start, end).reduce((sum, piece) => sum + pieceWidth(piece), 0);
  const trimmedEnd = (start: number, end: number): number => {
    while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
    return end;
  };
  const fits = (start: number, end: number): boolean => !input.wrap || rangeWidth(start, trimmedEnd(start, end)) <= input.width + 1e-6;

  const ranges: Array<[number, number]> = [];
  const paragraph = /\r\n|\r|\n/g;
  let paragraphStart = 0;
  const paragraphs: Array<[number, number]> = [];
  for (let match = paragraph.exec(text); match; match = paragraph.exec(text)) {
    paragraphs.push([paragraphStart, match.index]);
    paragraphStart = match.index + match[0].length;
  }
  paragraphs.push([paragraphStart, text.length]);
  for (const [from, to] of paragraphs) {
    if (from === to) {
      ranges.push([from, to]);
      continue;
    }
    const words: Array<[number, number]> = [];
    const pattern = /\s+|[^\s]+/g;
    const body = text.slice(from, to);
    for (let match = pattern.exec(body); match; match = pattern.exec(body)) words.push([from + match.index, from + match.index + match[0].length]);
    let lineStart = from;
    let lineEnd = from;
    for (const [wordStart, wordEnd] of words) {
      if (fits(lineStart, wordEnd)) {
        lineEnd = wordEnd;
        continue;
      }
      if (text.slice(lineStart, lineEnd).trim() !== '') ranges.push([lineStart, trimmedEnd(lineStart, lineEnd)]);
      const whitespace = /^\s+$/.test(text.slice(wordStart, wordEnd));
      lineStart = whitespace ? wordEnd : wordStart;
      lineEnd = wordEnd;
      // A single word wider than the box is broken between characters, as the canvas does.
      while (!fits(lineStart, lineEnd) && [...text.slice(lineStart, lineEnd)].length > 1) {
        const characters = [...text.slice(lineStart, lineEnd)];
        let count = characters.length - 1;
        const endOf = (n: number): number => lineStart + characters.slice(0, n).join('').length;
        while (count > 1 && !fits(lineStart, endOf(count))) count -= 1;
        ranges.push([lineStart, endOf(count)]);
        lineStart = endOf(count);
      }
    }
    ranges.push([lineStart, trimmedEnd(lineStart, Math.max(lineStart, lineEnd))]);
  }

  const lineHeight = input.lineHeight > 0 ? input.lineHeight : 1;
  let top = 0;
  const lines: StyledLine[] = ranges.map(([start, end]) => {
    const pieces = piecesOf(styles, start, end);
    let x = 0;
    const segments: StyledSegment[] = pieces.map((piece) => {
      const width = pieceWidth(piece);
      const segment = { start: piece.start, end: piece.end, text: segmentText(piece.start, piece.end, piece.style), style: piece.style, x, width };
      x += width;
      return segment;
    });
    // An empty line takes the style of the character that ends it (its newline), else the block's.
    const measured = pieces.length > 0 ? pieces.map((piece) => piece.style) : [styles[end] ?? styles[start - 1] ?? input.baseStyle];
    let ascent = 0;
    let descent = 0;
    for (const style of measured) {
      const metrics = input.fontMetrics(style);
      ascent = Math.max(ascent, metrics.ascent);
      descent = Math.max(descent, metrics.descent);
    }
    const natural = ascent + descent;
    const height = natural * lineHeight;
    const line: StyledLine = { start, end, segments, x: 0, width: x, top, baseline: top + (height - natural) / 2 + ascent, height };
    top += height;
    return line;
  });
  const total = top;
  const space = input.height - total;
  const shift = space <= 0 ? 0 : input.verticalAlignment === 'Center' ? space / 2 : input.verticalAlignment === 'Bottom' ? space : 0;
  const boxWidth = input.wrap ? input.width : Math.max(input.width, ...lines.map((line) => line.width));
  for (const line of lines) {
    line.top += shift;
    line.baseline += shift;
    if (input.horizontalAlignment === 'Center') line.x = (boxWidth - line.width) / 2;
    else if (input.horizontalAlignment === 'Right') line.x = boxWidth - line.width;
  }
  return lines;
}

/** The height of a layout (sum of its line advances). */
export function styledTextHeight(lines: readonly StyledLine[]): number {
  return lines.reduce((sum, line) => sum + line.height, 0);
}

/** The width of a layout's widest line. */
export function styledTextWidth(lines: readonly StyledLine[]): number {
  return lines.reduce((widest, line) => Math.max(widest, line.width), 0);
}
