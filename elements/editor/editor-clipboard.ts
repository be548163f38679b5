/**
 * The system clipboard in `<cesdk-editor>`, outside text fields (those paste plain text themselves):
 *
 * - Copy and cut (Mod+C, Mod+X) keep the editor's own copies of the selected blocks, as before, and
 *   also write the browser's clipboard: the selected texts' plain text (for other apps) and a marker
 *   type, so a later paste knows the clipboard still holds the editor's blocks.
 * - Paste (Mod+V) reads what the browser hands over: the editor's marker pastes its own copies;
 *   image, video and audio files become blocks (checked and decoded on the device like uploads); text
 *   becomes a text block with the PLAIN text only (HTML and rich text are never read). Without a paste
 *   event (a page that blocks clipboard access, or a synthetic key press) the editor's own copies are
 *   pasted.
 *
 * Nothing leaves the device: the clipboard is the browser's, read only in the user's paste.
 */
import type { DesignBlockId, Engine } from '../../core/engine/index.js';
import { CesdkErrorEvent } from '../shared/events.js';
import { isTypingTarget } from '../shared/shortcuts.js';
import { CesdkError } from '../../core/engine/index.js';
import type { BlockClipboard } from './editor-actions.js';

/** The clipboard type that marks the editor's own block copies on the system clipboard. */
export const BLOCKS_CLIPBOARD_TYPE = 'application/x-cesdk-blocks';

/** The longest pasted text taken (characters); longer text is cut, as a text field would. */
export const MAX_PASTED_TEXT = 10_000;

/** What the bridge needs from the editor. */
export interface ClipboardHost extends HTMLElement {
  readonly engine: Engine | undefined;
  readonly clipboard: BlockClipboard;
  /** Pastes the editor's own copies as one command (the Mod+V shortcut's action). */
  pasteBlocks(): void;
  /** Reports a failure: the `cesdk-error` event and a notice in the user's language. */
  reportError(error: CesdkError): void;
}

/** Connects the editor's block clipboard to the browser's clipboard events. */
export class SystemClipboardBridge {
  private pendingPaste: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ClipboardHost) {
    host.addEventListener('copy', (event) => this.onCopy(event as ClipboardEvent));
    host.addEventListener('cut', (event) => this.onCopy(event as ClipboardEvent));
    host.addEventListener('paste', (event) => void this.onPaste(event as ClipboardEvent));
  }

  /**
   * The Mod+V shortcut: the browser fires its `paste` event right after the key press (same task);
   * when none comes, the editor's own copies are pasted a moment later.
   */
  pasteSoon(): void {
    clearTimeout(this.pendingPaste);
    this.pendingPaste = setTimeout(() => {
      this.pendingPaste = undefined;
      this.host.pasteBlocks();
    }, 0);
  }

  private onCopy(event: ClipboardEvent): void {
    const engine = this.host.engine;
    const data = event.clipboardData;
    if (!engine || !data || isTypingTarget(event.composedPath()[0] ?? null)) return;
    if (!this.host.clipboard.hasContent(engine)) return;
    const texts = engine.block.findAllSelected()
      .filter((id) => engine.block.isValid(id) && engine.block.getType(id) === '//ly.img.ubq/text')
      .map((id) => engine.block.getString(id, 'text/text'));
    event.preventDefault();
    data.setData(BLOCKS_CLIPBOARD_TYPE, '1');
    if (texts.length > 0) data.setData('text/plain', texts.join('\n'));
  }

  private async onPaste(event: ClipboardEvent): Promise<void> {
    const engine = this.host.engine;
    if (!engine || isTypingTarget(event.composedPath()[0] ?? null)) return;
    clearTimeout(this.pendingPaste);
    this.pendingPaste = undefined;
    const data = event.clipboardData;
    event.preventDefault();
    const ownBlocks = this.host.clipboard.hasContent(engine);
    if (!data || (data.types.includes(BLOCKS_CLIPBOARD_TYPE) && ownBlocks)) {
      this.host.pasteBlocks();
      return;
    }
    try {
      if (data.files.length > 0) {
        const { placeDropped } = await import('../asset-library/asset-drop.js');
        // Each file that fails is reported on its own (the others are still placed).
        const errorTarget = new EventTarget();
        errorTarget.addEventListener(CesdkErrorEvent.eventName, (failure) => this.host.reportError((failure as CesdkErrorEvent).error));
        await placeDropped(engine, data, undefined, { errorTarget });
        return;
      }
      const text = data.getData('text/plain').replace(/\r\n?/g, '\n');
      if (text.trim() !== '') {
        await this.pasteText(engine, text.length > MAX_PASTED_TEXT ? text.slice(0, MAX_PASTED_TEXT) : text);
        return;
      }
    } catch (error) {
      this.host.reportError(error instanceof CesdkError ? error : new CesdkError('COMMAND_FAILED', `Paste failed: ${String(error)}`));
      return;
    }
    // Nothing the editor can use from outside: its own copies, if any.
    if (ownBlocks) this.host.pasteBlocks();
  }

  private async pasteText(engine: Engine, text: string): Promise<DesignBlockId> {
    const { placeText } = await import('../asset-library/place-asset.js');
    const firstLine = text.trim().split('\n')[0]!;
    const label = firstLine.length > 40 ? `${firstLine.slice(0, 39)}…` : firstLine;
    return placeText(engine, { id: 'body', label, meta: { text, preset: 'body' } });
  }

  /** Stops a pending fallback paste (the editor is going away). */
  dispose(): void {
    clearTimeout(this.pendingPaste);
    this.pendingPaste = undefined;
  }
}
