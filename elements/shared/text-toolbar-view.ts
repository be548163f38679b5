/**
 * The buttons of the text toolbar (a lazy chunk, see `text-toolbar.ts`): bold, italic, colours and
 * size for the selected characters (the whole text when nothing is selected), each through CE.SDK's
 * ranged calls as one undo step.
 */
import { html, type TemplateResult } from 'lit';
import type { DesignBlockId, Engine, RGBAColor } from '../../core/engine/index.js';
import type { ActiveTextEdit, TextRangeEdit } from './text-toolbar.js';

/** The toolbar's colour swatches (sRGB). */
export const TEXT_TOOLBAR_COLORS: ReadonlyArray<{ name: string; color: RGBAColor }> = [
  { name: 'Black', color: { r: 0, g: 0, b: 0, a: 1 } },
  { name: 'White', color: { r: 1, g: 1, b: 1, a: 1 } },
  { name: 'Red', color: { r: 0.9, g: 0.1, b: 0.1, a: 1 } },
  { name: 'Blue', color: { r: 0.1, g: 0.3, b: 0.95, a: 1 } },
  { name: 'Green', color: { r: 0.1, g: 0.6, b: 0.2, a: 1 } },
];

/** Toggles bold on [from, to): through the typeface's faces when it has them, else the weight alone. */
export function toggleBold(engine: Engine, block: DesignBlockId, from: number, to: number): void {
  if (engine.block.canToggleBoldFont(block, from, to)) {
    engine.block.toggleBoldFont(block, from, to);
    return;
  }
  const weights = engine.block.getTextFontWeights(block, from, to);
  engine.block.setTextFontWeight(block, weights.length === 1 && weights[0] === 'bold' ? 'normal' : 'bold', from, to);
}

/** Toggles italic on [from, to), as {@link toggleBold}. */
export function toggleItalic(engine: Engine, block: DesignBlockId, from: number, to: number): void {
  if (engine.block.canToggleItalicFont(block, from, to)) {
    engine.block.toggleItalicFont(block, from, to);
    return;
  }
  const styles = engine.block.getTextFontStyles(block, from, to);
  engine.block.setTextFontStyle(block, styles.length === 1 && styles[0] === 'italic' ? 'normal' : 'italic', from, to);
}

/** Grows (or shrinks) [from, to) by `step` points from its largest (smallest) size. */
export function stepFontSize(engine: Engine, block: DesignBlockId, from: number, to: number, step: number): void {
  const sizes = engine.block.getTextFontSizes(block, from, to);
  const current = step > 0 ? Math.max(...sizes) : Math.min(...sizes);
  engine.block.setTextFontSize(block, Math.min(10_000, Math.max(1, current + step)), from, to);
}

// A press on a toolbar button must not move the focus out of the editor (its blur would commit and close it).
const keepFocus = (event: Event): void => event.preventDefault();

/** The toolbar for `session` (an empty template without one); `part` names its container. */
export function renderTextToolbar(session: ActiveTextEdit | undefined, part = 'text-toolbar'): TemplateResult {
  if (!session) return html``;
  const button = (label: string, name: string, content: TemplateResult | string, edit: TextRangeEdit) => html`<button
    type="button"
    tabindex="-1"
    part="text-toolbar-button"
    data-action=${name}
    aria-label=${label}
    title=${label}
    @pointerdown=${keepFocus}
    @mousedown=${keepFocus}
    @click=${() => session.applyToSelection(label, edit)}
  >${content}</button>`;
  return html`<div class="text-toolbar" part=${part} role="toolbar" aria-label="Text style">
    ${button('Bold', 'bold', html`<b>B</b>`, toggleBold)}
    ${button('Italic', 'italic', html`<i>I</i>`, toggleItalic)}
    ${button('Smaller text', 'smaller', 'A−', (engine, block, from, to) => stepFontSize(engine, block, from, to, -2))}
    ${button('Larger text', 'larger', 'A+', (engine, block, from, to) => stepFontSize(engine, block, from, to, 2))}
    ${TEXT_TOOLBAR_COLORS.map(({ name, color }) => button(`Text colour ${name}`, `color-${name.toLowerCase()}`,
      html`<span class="swatch swatch-${name.toLowerCase()}"></span>`,
      (engine, block, from, to) => engine.block.setTextColor(block, color, from, to)))}
  </div>`;
}
