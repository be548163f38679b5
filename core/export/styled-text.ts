/**
 * Text with styled runs (or a text case) for the vector writers: every run's font loaded, the
 * text laid out with the canvas's run layout (`core/render/text-run-layout.ts`) measured in those
 * fonts, so PDF and SVG put each run on the line and at the place the canvas does.
 */
import { byteColor, unitColor, type Rgba, type TextItem } from './display-list.js';
import { fontKey, layoutStyledText, resolveRunStyles, type RunStyle, type StyledLine } from '../render/text-run-layout.js';
import type { LoadedFont, VectorAssets } from './vector-assets.js';

/** Whether a text item needs the run layout (it has runs or a case other than 'Normal'). */
export function hasRuns(item: TextItem): boolean {
  return item.runs.length > 0 || item.textCase !== 'Normal';
}

/** A laid-out text with the loaded font of each style. */
export interface StyledTextLayout {
  lines: StyledLine[];
  fontOf: (style: RunStyle) => LoadedFont;
  colorOf: (style: RunStyle) => Rgba;
}

/** The font request of a run style (for {@link VectorAssets.font} and `metrics`). */
export function fontRequest(item: TextItem, style: RunStyle) {
  return { block: item.block, fontUri: style.fontFileUri, fontWeight: style.fontWeight, fontStyle: style.fontStyle, fontSize: style.fontSize };
}

/** Loads every run's font and lays the item out. */
export async function layoutStyledItem(item: TextItem, assets: VectorAssets): Promise<StyledTextLayout> {
  const base: RunStyle = {
    fontSize: item.fontSize, fontWeight: item.fontWeight, fontStyle: item.fontStyle, fontFileUri: item.fontUri,
    color: unitColor(item.color), textCase: item.textCase,
  };
  // Run sizes are already design units here.
  const styles = resolveRunStyles(item.text, item.runs, base, 1);
  const fonts = new Map<string, LoadedFont>();
  for (const style of new Set([base, ...styles])) {
    const key = `${style.fontFileUri}|${style.fontWeight}|${style.fontStyle}`;
    if (!fonts.has(key)) fonts.set(key, await assets.font(fontRequest(item, style)));
  }
  const fontOf = (style: RunStyle): LoadedFont => fonts.get(`${style.fontFileUri}|${style.fontWeight}|${style.fontStyle}`)!;
  const metrics = new Map<string, ReturnType<VectorAssets['metrics']>>();
  const metricsOf = (style: RunStyle) => {
    const key = fontKey(style);
    let result = metrics.get(key);
    if (!result) {
      result = assets.metrics(fontOf(style), fontRequest(item, style));
      metrics.set(key, result);
    }
    return result;
  };
  const lines = layoutStyledText({
    text: item.text,
    styles,
    baseStyle: base,
    width: item.width,
    height: item.autoHeight ? 0 : item.height,
    wrap: item.width > 0,
    lineHeight: item.lineHeight,
    letterSpacing: item.letterSpacing,
    horizontalAlignment: item.horizontalAlignment,
    verticalAlignment: item.verticalAlignment,
    measure: (text, style) => metricsOf(style).measure(text),
    fontMetrics: (style) => {
      const { ascent, descent } = metricsOf(style);
      return { ascent: ascent * style.fontSize, descent: descent * style.fontSize };
    },
  });
  return { lines, fontOf, colorOf: (style) => (style.color === base.color ? item.color : byteColor(style.color)) };
}
