/**
 * Line breaking and placement of a text block for the vector exporters, from a width-measuring
 * function, so PDF and SVG put the same words on the same lines as the canvas.
 */

/** One laid-out line: its text, its left edge and its baseline, in the block's local box. */
export interface TextLine {
  text: string;
  x: number;
  baseline: number;
  width: number;
}

/** What {@link layoutText} needs. */
export interface TextLayoutInput {
  text: string;
  /** Box width in design units: lines wrap to it. */
  width: number;
  /** Box height in design units: vertical alignment works within it. */
  height: number;
  fontSize: number;
  /** Line advance as a multiple of the font's natural line height (ascent + descent), as the renderer does. */
  lineHeight: number;
  /** Extra space after each character, as a multiple of the font size. */
  letterSpacing: number;
  horizontalAlignment: string;
  verticalAlignment: string;
  /** Ascent of the font as a fraction of the font size (baseline offset of the first line). */
  ascent: number;
  /** Descent as a fraction of the font size. */
  descent: number;
  /** Width of `text` at `fontSize` without letter spacing, in design units. */
  measure: (text: string) => number;
}

function widthOf(input: TextLayoutInput, text: string): number {
  return input.measure(text) + input.letterSpacing * input.fontSize * [...text].length;
}

/** Breaks one paragraph into lines no wider than `input.width` (a word longer than that is split). */
function wrapParagraph(input: TextLayoutInput, paragraph: string): string[] {
  if (paragraph === '') return [''];
  const fits = (text: string): boolean => widthOf(input, text.trimEnd()) <= input.width + 1e-6;
  const words = paragraph.split(/(\s+)/).filter((part) => part !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (fits(line + word)) {
      line += word;
      continue;
    }
    if (line.trim() !== '') lines.push(line.trimEnd());
    line = /^\s+$/.test(word) ? '' : word;
    // A single word wider than the box is broken between characters, as the canvas does.
    while (!fits(line) && [...line].length > 1) {
      const characters = [...line];
      let count = characters.length - 1;
      while (count > 1 && !fits(characters.slice(0, count).join(''))) count -= 1;
      lines.push(characters.slice(0, count).join(''));
      line = characters.slice(count).join('');
    }
  }
  lines.push(line.trimEnd());
  return lines;
}

/** Lays `input.text` out: explicit newlines break paragraphs, long lines wrap at spaces. */
export function layoutText(input: TextLayoutInput): TextLine[] {
  const texts = input.text.split(/\r\n|\r|\n/).flatMap((paragraph) => wrapParagraph(input, paragraph));
  const natural = (input.ascent + input.descent) * input.fontSize;
  const advance = natural * (input.lineHeight > 0 ? input.lineHeight : 1);
  const total = texts.length * advance;
  let top = 0;
  if (input.verticalAlignment === 'Center') top = (input.height - total) / 2;
  else if (input.verticalAlignment === 'Bottom') top = input.height - total;
  // The font's own ascent/descent sit centred in each line's advance, as CSS line boxes do.
  const halfLeading = (advance - natural) / 2;
  return texts.map((text, index) => {
    const width = widthOf(input, text);
    let x = 0;
    if (input.horizontalAlignment === 'Center') x = (input.width - width) / 2;
    else if (input.horizontalAlignment === 'Right') x = input.width - width;
    return { text, x, width, baseline: top + index * advance + halfLeading + input.ascent * input.fontSize };
  });
}
