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

/** Measures a text block as the renderer lays it out (`textEditorMetrics` from core/render). */
export type TextMetricsReader = (engine: Engine, block: DesignBlockId, text: string) => TextEditorMetrics;

/** An open in-place editor for one text block. */
export class TextEditSession {
  readonly block: DesignBlockId;
  private readonly surface: CanvasSurface;
  /** The engine the edit belongs to (kept: the canvas may already show another one when it commits). */
  private readonly engine: Engine;
  private readonly textarea: HTMLTextAreaElement;
  private readonly original: string;
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
    surface.renderer?.setHiddenBlocks([block]);
    this.layout();
    textarea.focus({ preventScroll: true });
    textarea.select();
  }

  /** Re-positions the editor after a camera or block change, with the text it holds now. */
  layout(): void {
    const engine = this.engine;
    if (this.closed || this.surface.engine !== engine || !engine.block.isValid(this.block)) return;
    const camera = this.surface.getCamera();
    const frame = blockFrame(engine, this.block, placementMap(this.surface.placements()));
    const origin = worldToView(camera, frame.corners[0]);
    const metrics = this.measureText(engine, this.block, this.textarea.value);
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
    this.fitHeight();
  }

  /** Commits the edit (one undo step when the text changed) and closes the editor. */
  commit(): void {
    if (this.closed) return;
    const value = this.textarea.value;
    const engine = this.engine;
    if (engine.block.isValid(this.block) && value !== this.original) {
      guarded(this.surface, () => engine.editor.transact('Edit text', () => engine.block.setString(this.block, 'text/text', value)));
    }
    this.close();
  }

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
