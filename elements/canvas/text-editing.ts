/**
 * In-place text editing: a `<textarea>` in the canvas's shadow root, placed over the text block with
 * its font, size, alignment, rotation and the current zoom, so the platform's own input handles IME,
 * emoji, right-to-left text and selection. The renderer hides the block while the textarea shows it.
 *
 * The text only ever travels as a string (`textarea.value` ↔ `text/text`); nothing is parsed as
 * markup. Blur, Escape and Ctrl/Cmd+Enter commit; the commit is ONE undo step.
 */
import type { DesignBlockId, Engine } from '../../core/engine/index.js';
import { worldToView } from './camera.js';
import { blockFrame, placementMap } from './geometry.js';
import { guarded, type CanvasSurface } from './surface.js';
import type { TextEditorMetrics } from '../../core/render/index.js';
import { setActiveTextEdit, type ActiveTextEdit, type TextRangeEdit } from '../shared/text-toolbar.js';

/**
 * Measures a text block as the renderer lays it out (`textEditorMetrics` from core/render); with
 * `caret` (an index into the stored text), in the style of the run there.
 */
export type TextMetricsReader = (engine: Engine, block: DesignBlockId, text: string, caret?: number) => TextEditorMetrics;


/**
 * Where `value` (the editor's text) differs from `original` (the stored text): the common prefix
 * length and the changed ranges in both.
 */
export function textChange(original: string, value: string): { start: number; originalEnd: number; valueEnd: number } {
  let start = 0;
  const shorter = Math.min(original.length, value.length);
  while (start < shorter && original.charCodeAt(start) === value.charCodeAt(start)) start += 1;
  let suffix = 0;
  while (suffix < shorter - start && original.charCodeAt(original.length - 1 - suffix) === value.charCodeAt(value.length - 1 - suffix)) suffix += 1;
  return { start, originalEnd: original.length - suffix, valueEnd: value.length - suffix };
}

/** An open in-place editor for one text block. */
export class TextEditSession implements ActiveTextEdit {
  readonly block: DesignBlockId;
  private readonly surface: CanvasSurface;
  /** The engine the edit belongs to (kept: the canvas may already show another one when it commits). */
  private readonly engine: Engine;
  private readonly textarea: HTMLTextAreaElement;
  private original: string;
  private readonly onClose: () => void;
  private readonly measureText: TextMetricsReader;
  private closed = false;

  constructor(surface: CanvasSurface, textarea: HTMLTextAreaElement, block: DesignBlockId, measureText: TextMetricsReader, onClose: () => void) {
    const engine = surface.engine!;
    this.surface = surface;
    this.engine = engine;
    this.textarea = textarea;
    this.block = block;
    this.onClose = onClose;
    this.measureText = measureText;
    this.original = engine.block.getString(block, 'text/text');
    textarea.value = this.original;
    textarea.hidden = false;
    textarea.addEventListener('blur', this.onBlur);
    textarea.addEventListener('keydown', this.onKeyDown);
    textarea.addEventListener('input', this.onInput);
    textarea.addEventListener('keyup', this.onCaretMove);
    textarea.addEventListener('pointerup', this.onCaretMove);
    textarea.addEventListener('select', this.onCaretMove);
    surface.renderer?.setHiddenBlocks([block]);
    this.layout();
    textarea.focus({ preventScroll: true });
    textarea.select();
    setActiveTextEdit(engine, this);
  }

  /** Re-positions the editor after a camera or block change, with the text it holds now. */
  layout(): void {
    const engine = this.engine;
    if (this.closed || this.surface.engine !== engine || !engine.block.isValid(this.block)) return;
    const camera = this.surface.getCamera();
    const frame = blockFrame(engine, this.block, placementMap(this.surface.placements()));
    const origin = worldToView(camera, frame.corners[0]);
    const metrics = this.measureText(engine, this.block, this.textarea.value, this.caretInStoredText());
    const zoom = camera.zoom;
    const lineHeight = metrics.lineHeight * zoom;
    // CSS puts a line's baseline half the leading plus the font's ascent below the line top; the
    // renderer puts it `metrics.baseline` below. The difference moves the box so glyphs coincide.
    const cssBaseline = cssBaselineOffset(metrics.families, metrics.weight, metrics.style, metrics.fontSize * zoom, lineHeight);
    const shiftY = metrics.offsetY * zoom + (metrics.baseline * zoom - cssBaseline);
    const style = this.textarea.style;
    // Every value goes through the CSSOM (setProperty), never into a style attribute string; names are quoted.
    style.setProperty('transform', `translate(${origin.x}px, ${origin.y}px) rotate(${frame.rotation}rad) translateY(${shiftY}px)`);
    style.setProperty('width', `${frame.width * zoom}px`);
    style.setProperty('min-height', `${Math.max(0, frame.height * zoom - Math.max(0, shiftY))}px`);
    style.setProperty('font-size', `${metrics.fontSize * zoom}px`);
    style.setProperty('font-family', metrics.families.map(quoteFamily).join(', '));
    style.setProperty('font-weight', metrics.weight);
    style.setProperty('font-style', metrics.style);
    style.setProperty('line-height', `${lineHeight}px`);
    style.setProperty('letter-spacing', `${metrics.letterSpacing * zoom}px`);
    style.setProperty('text-align', metrics.align);
    style.setProperty('color', metrics.color);
    style.setProperty('text-transform', metrics.textTransform);
    this.caretStyleKey = this.styleKey();
    this.fitHeight();
  }

  /** Commits the edit (one undo step when the text changed) and closes the editor. */
  commit(): void {
    if (this.closed) return;
    const engine = this.engine;
    if (engine.block.isValid(this.block) && this.textarea.value !== this.original) {
      guarded(this.surface, () => engine.editor.transact('Edit text', () => this.writeText()));
    }
    this.close();
  }

  /** The selection in the editor: [from, to) of its text. */
  get selection(): { from: number; to: number } {
    return { from: this.textarea.selectionStart, to: this.textarea.selectionEnd };
  }

  /**
   * Applies a ranged style to the selected text (the whole text when nothing is selected) as ONE
   * undo step, together with the text typed so far; editing goes on with the same selection.
   */
  applyToSelection(label: string, edit: TextRangeEdit): void {
    const engine = this.engine;
    if (this.closed || !engine.block.isValid(this.block)) return;
    const { from, to } = this.selection;
    const direction = this.textarea.selectionDirection;
    const [start, end] = from === to ? [0, this.textarea.value.length] : [from, to];
    guarded(this.surface, () => engine.editor.transact(label, () => {
      this.writeText();
      edit(engine, this.block, start, end);
    }));
    this.original = engine.block.getString(this.block, 'text/text');
    this.textarea.focus({ preventScroll: true });
    this.textarea.setSelectionRange(from, to, direction ?? 'none');
    this.layout();
  }

  /**
   * Writes the editor's text through `replaceText` of the changed span only, so styled runs move
   * with the characters around them (a whole-text write would leave them at stale indexes).
   */
  private writeText(): void {
    const value = this.textarea.value;
    if (value === this.original) return;
    const change = textChange(this.original, value);
    const inserted = value.slice(change.start, change.valueEnd);
    if (change.originalEnd > change.start) this.engine.block.replaceText(this.block, inserted, change.start, change.originalEnd);
    else this.engine.block.replaceText(this.block, inserted, change.start);
    this.original = value;
  }

  /** The caret's index in the stored text (typed characters take the style before them). */
  private caretInStoredText(): number {
    const caret = Math.max(0, this.textarea.selectionStart - 1);
    const value = this.textarea.value;
    if (value === this.original) return caret;
    const change = textChange(this.original, value);
    if (caret < change.start) return caret;
    if (caret >= change.valueEnd) return caret - change.valueEnd + change.originalEnd;
    return Math.max(0, change.start - 1);
  }

  private caretStyleKey = '';

  private styleKey(): string {
    const caret = this.caretInStoredText();
    try {
      const runs = this.engine.block.getResolvedTextRuns(this.block);
      return JSON.stringify(runs.find((run) => run.start <= caret && caret < run.end) ?? null);
    } catch {
      return '';
    }
  }

  // The editor shows the style of the run the caret is in: re-style when the caret enters another run.
  private readonly onCaretMove = (): void => {
    if (!this.closed && this.styleKey() !== this.caretStyleKey) this.layout();
  };

  /** Closes without writing anything (e.g. when the block disappeared or the engine changed). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.textarea.removeEventListener('blur', this.onBlur);
    this.textarea.removeEventListener('keydown', this.onKeyDown);
    this.textarea.removeEventListener('input', this.onInput);
    this.textarea.hidden = true;
    this.textarea.value = '';
    this.surface.renderer?.setHiddenBlocks([]);
    setActiveTextEdit(this.engine, undefined, this);
    this.onClose();
  }

  private fitHeight(): void {
    const style = this.textarea.style;
    style.setProperty('height', 'auto');
    style.setProperty('height', `${this.textarea.scrollHeight}px`);
  }

  private readonly onBlur = (): void => this.commit();

  // Vertical alignment depends on the text's height, so every edit re-measures.
  private readonly onInput = (): void => this.layout();

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    // Keys typed into the editor belong to it, not to the canvas or an enclosing editor's shortcuts.
    event.stopPropagation();
    if (event.isComposing) return;
    if (event.key === 'Escape' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      this.commit();
      this.surface.requestOverlay();
    }
  };
}

/** Where CSS puts the baseline of a line box of `lineHeight` px: half the leading plus the font's ascent. */
function cssBaselineOffset(families: readonly string[], weight: string, style: string, fontSize: number, lineHeight: number): number {
  const context = measuringContext();
  if (!context) return lineHeight / 2 + fontSize * 0.3;
  context.font = `${style} ${weight} ${fontSize}px ${families.map(quoteFamily).join(', ')}`;
  const metrics = context.measureText('Hg');
  const ascent = metrics.fontBoundingBoxAscent;
  const descent = metrics.fontBoundingBoxDescent;
  return (lineHeight - (ascent + descent)) / 2 + ascent;
}

let sharedContext: CanvasRenderingContext2D | null | undefined;
function measuringContext(): CanvasRenderingContext2D | null {
  sharedContext ??= document.createElement('canvas').getContext('2d');
  return sharedContext;
}

const GENERIC_FAMILIES = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui']);

/** A CSS font-family name as a quoted string (quotes and backslashes escaped); generic families stay keywords. */
function quoteFamily(name: string): string {
  if (GENERIC_FAMILIES.has(name)) return name;
  return `"${name.replace(/["\\]/g, (character) => `\\${character}`).replace(/[\n\r\f]/g, ' ')}"`;
}
