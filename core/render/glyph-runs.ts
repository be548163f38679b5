/**
 * Text as glyph runs: a text is measured and laid out once per change (PixiJS's own measurement and
 * line placement, so it lands where a PixiJS `Text` would put it) and then drawn with `fillText`
 * straight onto the Canvas 2D target, at whatever scale. No text texture, no canvas per text, and no
 * re-rasterizing after a zoom. The export's direct painter draws the same runs.
 *
 * On the Canvas 2D backend the renderer draws plain texts this way ({@link GlyphRunText}, a PixiJS
 * `RenderContainer`); texts with an outline or a shadow and the GPU backends keep PixiJS's `Text`.
 */
import { CanvasTextMetrics, RenderContainer, TextStyle, type Bounds, type Renderer } from 'pixi.js';
import type { TextSpec } from './block-snapshot.js';
import { toCssColor, toScreenColor } from './color.js';
import { fontFamiliesFor, textStyleFor } from './text-style.js';
import { paintOnCanvasRenderer, type Context2D } from './shape-paint.js';

/** One run of glyphs of one style on one baseline, in the block's local space. */
export interface GlyphRun {
  /** CSS font shorthand. */
  font: string;
  /** CSS colour. */
  color: string;
  /** CSS letter spacing, e.g. '0px'. */
  letterSpacing: string;
  text: string;
  x: number;
  /** The baseline. */
  y: number;
}

/** A box in the block's local space. */
export interface LocalBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A laid-out text: its runs and the box its lines take (PixiJS's measured box, as a `Text`'s bounds). Shared: never changed. */
export interface GlyphLayout {
  readonly runs: readonly GlyphRun[];
  readonly box: Readonly<LocalBox>;
}

/**
 * A plain text (one style) laid out in a `width`×`height` box, as a PixiJS `Text` with
 * {@link textStyleFor}'s style places it: wrapped at the box width, aligned, and for a fixed height
 * placed by the vertical alignment. `alias` is the loaded font file's family, if any.
 */
export function plainTextLayout(spec: TextSpec, width: number, height: number, unitsPerPoint: number, alias: string | undefined): GlyphLayout {
  // Laid out once per change: the canvas's views and the export's direct painter share the result.
  const key = JSON.stringify([spec.text, spec.fontFileUri, spec.typeface, spec.fontSize, spec.fontWeight, spec.fontStyle, spec.horizontalAlignment,
    spec.verticalAlignment, spec.lineHeight, spec.letterSpacing, spec.color, spec.autoHeight, width, height, unitsPerPoint, alias ?? null]);
  const known = layouts.get(key);
  if (known) {
    layouts.delete(key);
    layouts.set(key, known);
    return known;
  }
  const layout = measureLayout(spec, width, height, unitsPerPoint, alias);
  layouts.set(key, layout);
  if (layouts.size > MAX_LAYOUTS) layouts.delete(layouts.keys().next().value!);
  return layout;
}

/**
 * Recently made layouts by everything they depend on, least recently used first. Layouts are never
 * changed once made, so the views and the export can share them.
 */
const layouts = new Map<string, GlyphLayout>();
const MAX_LAYOUTS = 10_000;

/** Forgets every kept layout (a renderer's views went away: the layouts must not outlive the editor). */
export function releaseTextLayouts(): void {
  layouts.clear();
}

function measureLayout(spec: TextSpec, width: number, height: number, unitsPerPoint: number, alias: string | undefined): GlyphLayout {
  const style = new TextStyle(textStyleFor(spec, unitsPerPoint, width, fontFamiliesFor(spec, alias)));
  const measured = CanvasTextMetrics.measureText(spec.text || ' ', style);
  const textWidth = measured.width;
  const textHeight = measured.height;
  const align = spec.horizontalAlignment;
  const left = align === 'Center' ? (width - textWidth) / 2 : align === 'Right' ? width - textWidth : 0;
  const verticalSpace = height - textHeight;
  const top = spec.autoHeight || verticalSpace <= 0 ? 0 : spec.verticalAlignment === 'Center' ? verticalSpace / 2 : spec.verticalAlignment === 'Bottom' ? verticalSpace : 0;
  const { lines, lineWidths, lineHeight, maxLineWidth, fontProperties } = measured;
  // PixiJS centres the font in a taller line (CanvasTextGenerator).
  const shift = Math.max(0, (lineHeight - fontProperties.fontSize) / 2);
  const color = toCssColor(toScreenColor(spec.color));
  const letterSpacing = `${style.letterSpacing}px`;
  const runs: GlyphRun[] = [];
  lines.forEach((line, index) => {
    if (line === '') return;
    const lineWidth = lineWidths[index] ?? 0;
    const offset = style.align === 'right' ? maxLineWidth - lineWidth : style.align === 'center' ? (maxLineWidth - lineWidth) / 2 : 0;
    runs.push({ font: style._fontString, color, letterSpacing, text: line, x: left + offset, y: top + index * lineHeight + fontProperties.ascent + shift });
  });
  return { runs, box: { x: left, y: top, width: textWidth, height: textHeight } };
}

/** Paints runs at `alpha` onto a context whose transform is the block's (GlyphRunText and flat roots). */
export function paintGlyphRuns(context: Context2D, runs: readonly GlyphRun[], alpha: number): void {
  if (runs.length === 0) return;
  context.globalAlpha = alpha;
  fillGlyphRuns(context, runs);
}

/** Adds a laid-out text's box to `bounds` (nothing for an empty box). */
export function addGlyphBounds(bounds: Bounds, box: Readonly<LocalBox>): void {
  if (box.width > 0 || box.height > 0) bounds.addFrame(box.x, box.y, box.x + box.width, box.y + box.height);
}

/** Draws runs onto a context whose transform and alpha are set. */
export function fillGlyphRuns(context: Context2D, runs: readonly GlyphRun[]): void {
  if (context.textBaseline !== 'alphabetic') context.textBaseline = 'alphabetic';
  if (context.textAlign !== 'start') context.textAlign = 'start';
  for (const run of runs) {
    context.font = run.font;
    context.fillStyle = run.color;
    if (context.letterSpacing !== run.letterSpacing) context.letterSpacing = run.letterSpacing;
    context.fillText(run.text, run.x, run.y);
  }
}

/**
 * A text drawn as glyph runs on PixiJS's Canvas 2D renderer: one `fillText` per run, with the
 * view's transform, opacity and blend mode, into whatever the renderer draws to (tile, screen,
 * offscreen render, a filter's or the pixel pass's canvas). Its bounds are the laid-out box, as a
 * `Text`'s are. On a GPU renderer it draws nothing: views there use PixiJS's `Text`.
 */
export class GlyphRunText extends RenderContainer {
  private runs: readonly GlyphRun[] = [];
  private box: LocalBox = { x: 0, y: 0, width: 0, height: 0 };

  constructor() {
    super({});
    this.label = 'glyph-runs';
  }

  /** Shows a new layout. */
  setLayout(layout: GlyphLayout): void {
    this.runs = layout.runs;
    this.box = layout.box;
    this.onViewUpdate();
  }

  override addBounds = (bounds: Bounds): void => addGlyphBounds(bounds, this.box);

  /** Paints onto `context`, whose transform is already the block's (the tile painter's direct path). */
  paintTo(context: Context2D, alpha: number): void {
    paintGlyphRuns(context, this.runs, alpha);
  }

  override render(renderer: Renderer): void {
    if (this.runs.length === 0) return;
    paintOnCanvasRenderer(renderer, this, (context, alpha) => this.paintTo(context, alpha));
  }
}
