/**
 * Text with styled runs on the canvas: the block's style and runs as {@link RunStyle}s, PixiJS text
 * styles per segment, and the layout measured with PixiJS's own text metrics (as the renderer's
 * plain text is). Plain text (no runs, case 'Normal') keeps PixiJS's single `Text`.
 */
import { CanvasTextMetrics, TextStyle, type TextStyleOptions } from 'pixi.js';
import type { TextSpec } from './block-snapshot.js';
import { toScreenColor } from './color.js';
import { layoutStyledText, resolveRunStyles, type RunStyle, type StyledLine } from './text-run-layout.js';
import { cssFontWeight, fontFamiliesFor, fontFamilyAlias } from './text-style.js';

export { hasStyledRuns } from './text-style.js';

/** The block's own style as a run style (size in design units). */
export function baseRunStyle(spec: TextSpec, unitsPerPoint: number): RunStyle {
  return {
    fontSize: Math.max(0.5, spec.fontSize * unitsPerPoint),
    fontWeight: spec.fontWeight,
    fontStyle: spec.fontStyle,
    fontFileUri: spec.fontFileUri,
    color: spec.color,
    textCase: spec.textCase ?? 'Normal',
  };
}

/** The key under which the renderer registers a style's font file (as `AssetTextures.font` does). */
export function runFontAlias(style: RunStyle): string | undefined {
  if (!style.fontFileUri) return undefined;
  return fontFamilyAlias(`${style.fontFileUri}|${String(cssFontWeight(style.fontWeight))}|${style.fontStyle === 'Italic' ? 'italic' : 'normal'}`);
}

/** PixiJS options for one segment: one line, no wrapping; `alias` is its loaded font's family. */
export function segmentTextStyle(spec: TextSpec, style: RunStyle, alias: string | undefined, withSpacing = true): TextStyleOptions {
  const color = toScreenColor(style.color);
  return {
    fontFamily: fontFamiliesFor(spec, alias),
    fontSize: style.fontSize,
    fontWeight: cssFontWeight(style.fontWeight),
    fontStyle: style.fontStyle === 'Italic' ? 'italic' : 'normal',
    fill: { color: color.hex, alpha: color.alpha },
    letterSpacing: withSpacing ? spec.letterSpacing * style.fontSize : 0,
    wordWrap: false,
    whiteSpace: 'pre',
    padding: Math.ceil(style.fontSize * 0.1),
  };
}

/** Ascent and descent of a PixiJS style's font, in design units. */
export function fontMetricsOf(style: TextStyle): { ascent: number; descent: number } {
  const metrics = CanvasTextMetrics.measureFont(style._fontString);
  return { ascent: metrics.ascent, descent: metrics.descent };
}

/**
 * Lays out a text with runs for a box of `width`×`height` design units; `aliasOf` gives the loaded
 * font family of a style (undefined: the typeface name and fallbacks, as plain text draws).
 */
export function layoutTextSpec(spec: TextSpec, unitsPerPoint: number, width: number, height: number, aliasOf: (style: RunStyle) => string | undefined): StyledLine[] {
  const base = baseRunStyle(spec, unitsPerPoint);
  const styles = resolveRunStyles(spec.text, spec.runs ?? [], base, unitsPerPoint);
  const pixiStyles = new Map<RunStyle, TextStyle>();
  const pixiStyle = (style: RunStyle): TextStyle => {
    let result = pixiStyles.get(style);
    if (!result) {
      // A copy of the families: PixiJS quotes the names of the array it is given in place.
      result = new TextStyle(segmentTextStyle(spec, style, aliasOf(style), false));
      pixiStyles.set(style, result);
    }
    return result;
  };
  return layoutStyledText({
    text: spec.text,
    styles,
    baseStyle: base,
    width,
    height: spec.autoHeight ? 0 : height,
    wrap: width > 0,
    lineHeight: spec.lineHeight,
    letterSpacing: spec.letterSpacing,
    horizontalAlignment: spec.horizontalAlignment,
    verticalAlignment: spec.verticalAlignment,
    measure: (text, style) => (text === '' ? 0 : CanvasTextMetrics.measureText(text, pixiStyle(style), undefined, false).width),
    fontMetrics: (style) => fontMetricsOf(pixiStyle(style)),
  });
}
