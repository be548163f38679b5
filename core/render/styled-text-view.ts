/**
 * The canvas drawing of a text with styled runs: one PixiJS `Text` per segment of one style, placed
 * where {@link layoutTextSpec} puts it (the same layout the PDF and SVG writers use).
 *
 * A lazy chunk with the run layout (`text-run-layout.ts`, `text-runs-style.ts`): the renderer loads it
 * through `AssetTextures.styledText` on the first text with runs or a case, the text measurer through
 * `styledTextChunk`; plain texts never need it.
 */
import { CanvasTextMetrics, Container, Text, TextStyle, type TextStyleOptions } from 'pixi.js';
import type { TextSpec } from './block-snapshot.js';
import type { RunStyle } from './text-run-layout.js';
import { layoutTextSpec, segmentTextStyle } from './text-runs-style.js';
import { GlyphRunText, type GlyphRun } from './glyph-runs.js';
import { toCssColor, toScreenColor } from './color.js';

export { layoutTextSpec, runFontAlias } from './text-runs-style.js';
export { styledTextHeight, styledTextWidth } from './text-run-layout.js';

/** A box in the block's local space. */
export interface TextExtent {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The segments of one text block; rebuilt when the text or its style changes. */
export class StyledTextView {
  readonly container = new Container();
  /** Where the drawn glyph boxes lie (for bounds and the background box). */
  extent: TextExtent = { x: 0, y: 0, width: 0, height: 0 };
  private resolution = 1;

  /** The PixiJS texts drawn (one per segment of one style). */
  get texts(): Text[] {
    return this.container.children.filter((child): child is Text => child instanceof Text);
  }

  /**
   * Redraws `spec` in a box of `width`×`height` design units. `aliasOf` gives a style's loaded font
   * family (and asks for it); `decorate` adds the block's stroke and drop shadow to each segment.
   * With `glyphs` (Canvas 2D, a text without outline or shadow), the text is one `GlyphRunText` of all its segments.
   */
  update(spec: TextSpec, width: number, height: number, unitsPerPoint: number, aliasOf: (style: RunStyle) => string | undefined, decorate: (options: TextStyleOptions) => void, glyphs = false): void {
    for (const child of this.container.removeChildren()) child.destroy();
    const lines = layoutTextSpec(spec, unitsPerPoint, width, height, aliasOf);
    const runs: GlyphRun[] | undefined = glyphs ? [] : undefined;
    let left = Number.POSITIVE_INFINITY;
    let right = Number.NEGATIVE_INFINITY;
    for (const line of lines) {
      left = Math.min(left, line.x);
      right = Math.max(right, line.x + line.width);
      for (const segment of line.segments) {
        if (segment.text.trim() === '') continue;
        const options = segmentTextStyle(spec, segment.style, aliasOf(segment.style));
        if (runs) {
          const style = new TextStyle(options);
          runs.push({
            font: style._fontString, color: toCssColor(toScreenColor(segment.style.color)), letterSpacing: `${style.letterSpacing}px`,
            text: segment.text, x: line.x + segment.x, y: line.baseline,
          });
          continue;
        }
        decorate(options);
        const style = new TextStyle(options);
        const text = new Text({ text: segment.text, style, resolution: this.resolution });
        // PixiJS puts a one-line text's baseline at half the stroke plus the font's ascent.
        const ascent = CanvasTextMetrics.measureFont(style._fontString).ascent;
        const halfStroke = (style._stroke?.width ?? 0) / 2;
        text.x = line.x + segment.x - halfStroke;
        text.y = line.baseline - ascent - halfStroke;
        this.container.addChild(text);
      }
    }
    const top = lines[0]?.top ?? 0;
    const bottom = lines.length > 0 ? lines[lines.length - 1]!.top + lines[lines.length - 1]!.height : 0;
    this.extent = lines.length > 0 ? { x: Math.min(0, left), y: top, width: Math.max(width, right) - Math.min(0, left), height: bottom - top } : { x: 0, y: 0, width, height: 0 };
    if (runs) {
      const glyphText = new GlyphRunText();
      glyphText.setLayout({ runs, box: { ...this.extent } });
      this.container.addChild(glyphText);
    }
  }

  /** Device pixels per design unit for the glyph textures. */
  setResolution(resolution: number): void {
    this.resolution = resolution;
    for (const child of this.container.children) if (child instanceof Text) child.resolution = resolution;
  }

  destroy(): void {
    this.container.destroy({ children: true });
  }
}
