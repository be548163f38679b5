/// <reference types="mocha" />
// The system clipboard on the canvas: pasted text becomes a text block with the plain text only,
// pasted image files become image blocks (decoded on the device, like uploads), bad files give a
// typed error and leave the scene as it was, and text fields keep their own paste.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CesdkErrorEvent } from '../../elements/shared/events.js';
import { BLOCKS_CLIPBOARD_TYPE } from '../../elements/editor/editor-clipboard.js';
import { addRectangle, deep, mountEditor, waitFor } from './editor-helpers.js';

function paste(target: Element, fill: (data: DataTransfer) => void): ClipboardEvent {
  const data = new DataTransfer();
  fill(data);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

const fixture = async (path: string, name: string, type: string): Promise<File> =>
  new File([await (await fetch(new URL(`../fixtures/${path}`, import.meta.url))).arrayBuffer()], name, { type });

describe('<cesdk-editor> system clipboard', () => {
  it('pastes text as plain text, images as image blocks, and refuses bad files with a typed error', async () => {
    const { editor, engine } = await mountEditor();
    const canvas = deep<HTMLElement>(editor, 'cesdk-canvas')!;
    canvas.focus();
    const page = engine.scene.getPages()[0]!;
    const errors: CesdkErrorEvent[] = [];
    editor.addEventListener('cesdk-error', (event) => errors.push(event));

    // Rich text from a web page: only its plain text is taken; nothing of the HTML runs or is kept.
    (window as unknown as { pasted?: boolean }).pasted = false;
    const event = paste(canvas, (data) => {
      data.setData('text/html', '<b onmouseover="window.pasted=true">Big</b><img src=x onerror="window.pasted=true"><script>window.pasted=true</script>');
      data.setData('text/plain', 'Summer sale\r\n50% off');
    });
    expect(event.defaultPrevented, 'the editor took the paste').to.equal(true);
    await waitFor(() => engine.block.findByType('text').length === 1, 'a text block from the pasted text');
    const text = engine.block.findByType('text')[0]!;
    expect(engine.block.getString(text, 'text/text')).to.equal('Summer sale\n50% off');
    expect(engine.block.getParent(text)).to.equal(page);
    expect(engine.block.findAllSelected()).to.deep.equal([text]);
    expect((window as unknown as { pasted?: boolean }).pasted).to.equal(false);
    engine.editor.undo();
    expect(engine.block.isValid(text), 'one undo step removes it').to.equal(false);

    // An image file (a screenshot, a copied picture): an image block with its own object URL.
    const png = await fixture('images/pattern-800x600.png', 'pasted.png', 'image/png');
    paste(canvas, (data) => data.items.add(png));
    await waitFor(() => engine.block.findByType('graphic').some((id) => engine.block.getType(engine.block.getFill(id)!).endsWith('/image')), 'an image block from the pasted file', 10_000);
    const image = engine.block.findByType('graphic').find((id) => engine.block.getType(engine.block.getFill(id)!).endsWith('/image'))!;
    expect(engine.block.getString(engine.block.getFill(image)!, 'fill/image/imageFileURI')).to.match(/^blob:/);
    expect(engine.block.getWidth(image) / engine.block.getHeight(image)).to.be.closeTo(800 / 600, 0.01);

    // A file that is not what it says: a typed error, nothing added.
    const before = await engine.scene.saveToString(['blob', 'data', 'http', 'https']);
    errors.length = 0;
    paste(canvas, (data) => data.items.add(new File([new Uint8Array(512).map((_, i) => (i * 31) % 256)], 'fake.png', { type: 'image/png' })));
    await waitFor(() => errors.length > 0, 'an error for the broken file', 10_000);
    expect(errors[0]!.error.code).to.be.oneOf(['UNSUPPORTED_FORMAT', 'DECODE_FAILED', 'INVALID_VALUE']);
    expect(errors[0]!.error.message).to.contain('fake.png');
    await editor.updateComplete;
    expect(editor.shadowRoot!.querySelector('[part~="notices"] [part~="notice"]'), 'the editor shows it').to.not.equal(null);
    expect(await engine.scene.saveToString(['blob', 'data', 'http', 'https'])).to.equal(before);
  });

  it('copies and pastes the editor\'s own blocks with the keys, and leaves text fields their own paste', async () => {
    const { editor, engine } = await mountEditor();
    const canvas = deep<HTMLElement>(editor, 'cesdk-canvas')!;
    const rect = addRectangle(engine, 100, 100, 100);
    engine.block.select(rect);
    canvas.focus();
    const page = engine.scene.getPages()[0]!;
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'c' });
    await sendKeys({ press: 'v' });
    await sendKeys({ up: 'Control' });
    await waitFor(() => engine.block.getChildren(page).length === 2, 'the copy is pasted');
    const copy = engine.block.findAllSelected()[0]!;
    expect(copy).to.not.equal(rect);
    expect(engine.block.getPositionX(copy)).to.equal(engine.block.getPositionX(rect) + 10);

    // The marker of the editor's own copies pastes them, even when the clipboard also holds text.
    paste(canvas, (data) => {
      data.setData(BLOCKS_CLIPBOARD_TYPE, '1');
      data.setData('text/plain', 'ignored');
    });
    await waitFor(() => engine.block.getChildren(page).length === 3, 'the blocks are pasted again');
    expect(engine.block.findByType('text')).to.deep.equal([]);

    // A paste inside a text field of the editor is the field's own.
    const input = document.createElement('input');
    deep<HTMLElement>(editor, '.dock')?.append(input) ?? editor.append(input);
    const event = paste(input, (data) => data.setData('text/plain', 'typed'));
    expect(event.defaultPrevented).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(engine.block.getChildren(page).length).to.equal(3);
    input.remove();
  });
});
