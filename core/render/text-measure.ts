/**
 * A text measurer for the engine's auto-height text (`engine.block.setTextMeasurer`), measuring
 * exactly as the renderer lays text out (same style, wrapping, line height and letter spacing).
 */
import { CanvasTextMetrics, TextStyle } from 'pixi.js';
import type { Engine, TextMeasurer, TextMeasureRequest } from '../engine/index.js';
import type { TextSpec } from './block-snapshot.js';
import { loadChunk, styledTextChunk } from './asset-textures.js';
import { cssFontWeight, designUnitsPerPoint, fontFamiliesFor, fontFamilyAlias, hasStyledRuns, textStyleFor } from './text-style.js';

/**
 * Creates the measurer to give the engine: `engine.block.setTextMeasurer(createTextMeasurer(engine))`.
 * It returns the height in design units of the text wrapped at the block width. A font that is
 * still loading is measured with its fallback; the renderer draws with the loaded font once it
 * arrives, and the next text change re-measures.
 *
 * Texts with runs or a case are measured with the styled-run layout, a lazy chunk: the measurer starts
 * loading it with the first text it measures (a text being edited may get runs next). A styled text
 * measured before it has loaded gets the one-style measure, and is measured again
 * (`engine.block.measureText`) when the chunk arrives.
 */
export function createTextMeasurer(engine: Engine): TextMeasurer {
  const remeasure = new Set<number>();
  return (request: TextMeasureRequest) => {
    if (!styledTextChunk.module) {
      void loadChunk(styledTextChunk).then(() => {
        const blocks = [...remeasure];
        remeasure.clear();
        for (const block of blocks) {
          try {
            if (engine.block.isValid(block)) engine.block.measureText(block);
          } catch {
            // The engine was disposed or the block is no longer an auto-sized text: nothing to measure.
          }
        }
      }, () => remeasure.clear());
    }
    const weight = String(cssFontWeight(String(request.fontWeight ?? 'Normal')));
    const style = request.fontStyle === 'Italic' ? 'italic' : 'normal';
    const spec: TextSpec = {
      text: String(request.text ?? ''),
      fontFileUri: String(request.fontFileUri ?? ''),
      typeface: String(request.typeface ?? ''),
      fontSize: Number(request.fontSize) || 12,
      fontWeight: String(request.fontWeight ?? 'Normal'),
      fontStyle: String(request.fontStyle ?? 'Normal'),
      horizontalAlignment: String(request.horizontalAlignment ?? 'Left'),
      verticalAlignment: 'Top',
      lineHeight: Number(request.lineHeight) || 1,
      letterSpacing: Number(request.letterSpacing) || 0,
      color: { r: 0, g: 0, b: 0, a: 1 },
      autoHeight: true,
    };
    try {
      spec.runs = engine.block.getResolvedTextRuns(request.blockId);
      spec.textCase = engine.block.getEnum(request.blockId, 'text/case');
    } catch {
      // Not a text block of this engine: one style.
    }
    const styled = hasStyledRuns(spec) ? styledTextChunk.module : undefined;
    if (hasStyledRuns(spec) && !styled) remeasure.add(request.blockId);
    if (styled) {
      const { layoutTextSpec, runFontAlias, styledTextHeight, styledTextWidth } = styled;
      const width = Math.max(1, Number(request.width) || 1);
      const lines = layoutTextSpec(spec, designUnitsPerPoint(engine), request.autoWidth ? 0 : width, 0, runFontAlias);
      const height = Math.max(0, styledTextHeight(lines));
      const measured = lines.map((line) => ({ x: line.x, y: line.top, width: line.width, height: line.height }));
      return request.autoWidth ? { width: styledTextWidth(lines), height, lines: measured } : { height, lines: measured };
    }
    const alias = spec.fontFileUri ? fontFamilyAlias(`${spec.fontFileUri}|${weight}|${style}`) : undefined;
    const options = textStyleFor(spec, designUnitsPerPoint(engine), Math.max(1, Number(request.width) || 1), fontFamiliesFor(spec, alias));
    const metrics = CanvasTextMetrics.measureText(spec.text === '' ? ' ' : spec.text, new TextStyle(options));
    return Math.max(0, metrics.height);
  };
}

/**
 * Loads the styled-run layout now (the canvas calls it once it is ready), so that a text getting its
 * first runs is measured with it at once rather than measured again when it arrives.
 */
export function preloadStyledText(): Promise<unknown> {
  return loadChunk(styledTextChunk);
}
