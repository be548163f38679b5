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
import { cssFontWeight, fontFamilyAlias } from '../../core/render/text-style.js';

/** Converts a font size in points to design units of the scene (the renderer uses the same rule). */
export type FontSizeConverter = (engine: Engine, points: number) => number;

/** An open in-place editor for one text block. */
export class TextEditSession {
  readonly block: DesignBlockId;
  private readonly surface: CanvasSurface;
  /** The engine the edit belongs to (kept: the canvas may already show another one when it commits). */
  private readonly engine: Engine;
  private readonly textarea: HTMLTextAreaElement;
  private readonly original: string;
  private readonly onClose: () => void;
  private readonly toDesignUnits: FontSizeConverter;
  private closed = false;

  constructor(surface: CanvasSurface, textarea: HTMLTextAreaElement, block: DesignBlockId, toDesignUnits: FontSizeConverter, onClose: () => void) {
    const engine = surface.engine!;
    this.surface = surface;
    this.engine = engine;
    this.textarea = textarea;
    this.block = block;
    this.onClose = onClose;
    this.toDesignUnits = toDesignUnits;
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

  /** Re-positions the editor after a camera or block change. */
  layout(): void {
    const engine = this.engine;
    if (this.closed || this.surface.engine !== engine || !engine.block.isValid(this.block)) return;
    const camera = this.surface.getCamera();
    const frame = blockFrame(engine, this.block, placementMap(this.surface.placements()));
    const origin = worldToView(camera, frame.corners[0]);
    const style = this.textarea.style;
    const read = <T>(fn: () => T, fallback: T): T => {
      try {
        return fn();
      } catch {
        return fallback;
      }
    };
    const fontSize = this.toDesignUnits(engine, read(() => engine.block.getFloat(this.block, 'text/fontSize'), 12)) * camera.zoom;
    const weightValue = read<unknown>(() => engine.block.getEnum(this.block, 'text/fontWeight'), read<unknown>(() => engine.block.getFloat(this.block, 'text/fontWeight'), 'Normal'));
    const weight = String(cssFontWeight(String(weightValue)));
    const fontStyle = read(() => engine.block.getEnum(this.block, 'text/fontStyle'), 'Normal') === 'Italic' ? 'italic' : 'normal';
    const color = read(() => engine.block.getTextColor(this.block), { r: 0, g: 0, b: 0, a: 1 } as const);
    // The renderer registers a text's font file under an alias (FontFace in document.fonts, which
    // shadow roots share), so the editor uses the very same face, then the typeface name.
    const fontFileUri = read(() => engine.block.getString(this.block, 'text/fontFileUri'), '');
    const typeface = read(() => engine.block.getString(this.block, 'text/typeface'), '');
    const families = [fontFileUri ? fontFamilyAlias(`${fontFileUri}|${weight}|${fontStyle}`) : '', typeface].filter((family) => family !== '');
    // Every value goes through the CSSOM (setProperty), never into a style attribute string; names are quoted.
    style.setProperty('transform', `translate(${origin.x}px, ${origin.y}px) rotate(${frame.rotation}rad)`);
    style.setProperty('width', `${frame.width * camera.zoom}px`);
    style.setProperty('min-height', `${frame.height * camera.zoom}px`);
    style.setProperty('font-size', `${fontSize}px`);
    style.setProperty('font-family', [...families.map(quoteFamily), 'Helvetica', 'Arial', 'sans-serif'].join(', '));
    style.setProperty('font-weight', weight);
    style.setProperty('font-style', fontStyle);
    style.setProperty('line-height', String(read(() => engine.block.getFloat(this.block, 'text/lineHeight'), 1)));
    style.setProperty('letter-spacing', `${read(() => engine.block.getFloat(this.block, 'text/letterSpacing'), 0) * fontSize}px`);
    style.setProperty('text-align', read(() => engine.block.getEnum(this.block, 'text/horizontalAlignment'), 'Left').toLowerCase());
    if ('r' in color) style.setProperty('color', `rgba(${color.r * 255}, ${color.g * 255}, ${color.b * 255}, ${color.a})`);
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

  private readonly onInput = (): void => this.fitHeight();

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

/** A CSS font-family name as a quoted string (quotes and backslashes escaped). */
function quoteFamily(name: string): string {
  return `"${name.replace(/["\\]/g, (character) => `\\${character}`).replace(/[\n\r\f]/g, ' ')}"`;
}
