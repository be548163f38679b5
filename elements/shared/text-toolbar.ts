/**
 * The text toolbar shown while a text is edited in place (by the canvas above its editor, and by
 * the inspector's text section): bold, italic, colours and size for the selected characters (the
 * whole text when nothing is selected). Each button applies CE.SDK's ranged calls
 * (`toggleBoldFont` or `setTextFontWeight`, `setTextFontStyle`, `setTextColor`, `setTextFontSize`
 * with `from`/`to`) as one undo step. Buttons never take the focus, so the editor keeps its
 * selection and stays open.
 *
 * The buttons and their calls are a lazy chunk (`text-toolbar-view.ts`), loaded when a text edit opens
 * ({@link setActiveTextEdit}) or the toolbar is first asked for; hosts render again when it arrives.
 */
import { css, html, type TemplateResult } from 'lit';
import type { DesignBlockId, Engine } from '../../core/engine/index.js';

/** A ranged style call on the edited text: [from, to) of the committed text. */
export type TextRangeEdit = (engine: Engine, block: DesignBlockId, from: number, to: number) => void;

/** An in-place text edit that styles its selection (the canvas's `TextEditSession`). */
export interface ActiveTextEdit {
  readonly block: DesignBlockId;
  /** Applies `edit` to the selected characters as one undo step; editing goes on. */
  applyToSelection(label: string, edit: TextRangeEdit): void;
}

const activeEdits = new WeakMap<Engine, ActiveTextEdit>();
const listeners = new Set<(engine: Engine) => void>();

/** Registers (or, with undefined, clears) the text edit open on `engine`. */
export function setActiveTextEdit(engine: Engine, edit: ActiveTextEdit | undefined, only?: ActiveTextEdit): void {
  if (only !== undefined && activeEdits.get(engine) !== only) return;
  if (edit) activeEdits.set(engine, edit);
  else activeEdits.delete(engine);
  for (const listener of [...listeners]) listener(engine);
  // Hosts listening for edits render the toolbar again once its buttons have loaded.
  if (edit && !toolbarView) void loadTextToolbar().then(() => {
    if (activeEdits.get(engine) === edit) for (const listener of [...listeners]) listener(engine);
  }, () => undefined);
}

/** The text edit open on `engine`, if any (one at a time per engine). */
export function activeTextEdit(engine: Engine): ActiveTextEdit | undefined {
  return activeEdits.get(engine);
}

/** Calls back when a text edit opens or closes on any engine; returns the unsubscribe. */
export function onActiveTextEditChange(listener: (engine: Engine) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

type TextToolbarView = typeof import('./text-toolbar-view.js');
let toolbarView: TextToolbarView | undefined;
let toolbarLoad: Promise<TextToolbarView> | undefined;

/** Loads the toolbar's buttons (once; a failed load may be retried). */
export function loadTextToolbar(): Promise<TextToolbarView> {
  toolbarLoad ??= import('./text-toolbar-view.js').then((module) => (toolbarView = module), (error: unknown) => {
    toolbarLoad = undefined;
    throw error;
  });
  return toolbarLoad;
}

/**
 * The toolbar for `session` (an empty template without one); `part` names its container. Until its
 * lazy chunk has loaded the template is empty and the load starts; `onLoaded` runs when it arrives.
 */
export function renderTextToolbar(session: ActiveTextEdit | undefined, part = 'text-toolbar', onLoaded?: () => void): TemplateResult {
  if (!session) return html``;
  if (toolbarView) return toolbarView.renderTextToolbar(session, part);
  void loadTextToolbar().then(() => onLoaded?.(), () => undefined);
  return html``;
}

/** The toolbar's styles (buttons and swatches; placement is the host's). */
export const textToolbarStyles = css`
  .text-toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
  }
  .text-toolbar button {
    min-width: 28px;
    height: 28px;
    padding: 0 6px;
    border: 1px solid var(--cesdk-color-border, #d1d5db);
    border-radius: 4px;
    background: transparent;
    color: var(--cesdk-color-text, #111827);
    font: inherit;
    cursor: pointer;
  }
  .text-toolbar .swatch {
    display: inline-block;
    width: 14px;
    height: 14px;
    border-radius: 50%;
    border: 1px solid rgb(0 0 0 / 0.3);
    vertical-align: middle;
  }
  .swatch-black { background: rgb(0 0 0); }
  .swatch-white { background: rgb(255 255 255); }
  .swatch-red { background: rgb(230 26 26); }
  .swatch-blue { background: rgb(26 77 242); }
  .swatch-green { background: rgb(26 153 51); }
`;
