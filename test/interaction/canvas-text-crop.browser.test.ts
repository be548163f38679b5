import { expect } from '@open-wc/testing';
import { addImage, addText, doubleClick, drag, mountCanvas, near, press, settle, unmount, wheel, type Mounted } from './helpers.js';

describe('<cesdk-canvas> text editing in place and crop mode', () => {
  let mounted: Mounted;
  beforeEach(async () => {
    mounted = await mountCanvas();
    mounted.engine.editor.setSettingFloat('snapping/threshold', 0);
  });
  afterEach(() => unmount(mounted));

  function editor(): HTMLTextAreaElement {
    return mounted.canvas.shadowRoot!.querySelector<HTMLTextAreaElement>('[part="text-editor"]')!;
  }

  it('double-click edits text in place; the commit is one undo step', async () => {
    const { canvas, engine, page } = mounted;
    const text = addText(engine, page, 'Hello', 100, 100, 300, 60);
    // A hostile-looking typeface stays one quoted family name.
    engine.block.setString(text, 'text/typeface', 'Open "Sans');
    engine.block.setEnum(text, 'text/fontWeight', 'Bold');
    engine.event.flush();
    doubleClick(canvas, 150, 120);
    await settle(canvas);
    const textarea = editor();
    expect(textarea.hidden).to.equal(false);
    expect(canvas.editingTextBlock).to.equal(text);
    expect(textarea.value).to.equal('Hello');
    expect(canvas.shadowRoot!.activeElement).to.equal(textarea);
    // Placed over the block at zoom 1: 300 px wide, with the block's font.
    expect(textarea.getBoundingClientRect().width).to.be.closeTo(300, 1);
    expect(textarea.style.fontFamily.startsWith('"Open \\"Sans", ')).to.equal(true, textarea.style.fontFamily);
    expect(textarea.style.fontWeight).to.equal('bold');
    const typed = 'Héllo <b>wörld</b> 👋🏽 مرحبا 你好';
    textarea.value = typed;
    textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
    textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
    await settle(canvas);
    expect(engine.block.getString(text, 'text/text')).to.equal(typed);
    expect(textarea.hidden).to.equal(true);
    expect(canvas.editingTextBlock).to.equal(undefined);
    // The markup-looking text stayed text: nothing was parsed into elements.
    expect(canvas.shadowRoot!.querySelector('b')).to.equal(null);
    engine.editor.undo();
    expect(engine.block.getString(text, 'text/text')).to.equal('Hello');
  });

  it('blur and Ctrl+Enter commit too; an unchanged edit adds no undo step', async () => {
    const { canvas, engine, page } = mounted;
    const text = addText(engine, page, 'One', 100, 100, 300, 60);
    doubleClick(canvas, 150, 120);
    await settle(canvas);
    editor().value = 'Two';
    editor().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, composed: true, cancelable: true }));
    expect(engine.block.getString(text, 'text/text')).to.equal('Two');
    doubleClick(canvas, 150, 120);
    await settle(canvas);
    editor().value = 'Three';
    // A background test tab gets no platform focus events, so the blur is synthesized.
    editor().dispatchEvent(new FocusEvent('blur'));
    await settle(canvas);
    expect(engine.block.getString(text, 'text/text')).to.equal('Three');
    const canUndoBefore = engine.editor.canUndo();
    doubleClick(canvas, 150, 120);
    await settle(canvas);
    editor().dispatchEvent(new FocusEvent('blur'));
    engine.editor.undo();
    expect(engine.block.getString(text, 'text/text')).to.equal('Two');
    expect(canUndoBefore).to.equal(true);
  });

  it('does not open the editor when text editing is denied', async () => {
    const { canvas, engine, page } = mounted;
    const text = addText(engine, page, 'Locked', 100, 100, 300, 60);
    engine.editor.setGlobalScope('text/edit', 'Deny');
    doubleClick(canvas, 150, 120);
    await settle(canvas);
    expect(editor().hidden).to.equal(true);
    expect(engine.block.getString(text, 'text/text')).to.equal('Locked');
  });

  it('double-click on an image enters crop mode; a drag pans the crop as one undo step', async () => {
    const { canvas, engine, page } = mounted;
    const image = addImage(engine, page, 100, 100, 200, 200);
    doubleClick(canvas, 200, 200);
    await settle(canvas);
    expect(engine.editor.getEditMode()).to.equal('Crop');
    expect(canvas.cropBlock).to.equal(image);
    drag(canvas, [200, 200], [240, 220]);
    expect(near(engine.block.getFloat(image, 'crop/translationX'), 0.2)).to.equal(true);
    expect(near(engine.block.getFloat(image, 'crop/translationY'), 0.1)).to.equal(true);
    // The frame itself did not move.
    expect(engine.block.getPositionX(image)).to.equal(100);
    engine.editor.undo();
    expect(engine.block.getFloat(image, 'crop/translationX')).to.equal(0);
    wheel(canvas, 200, 200, 0, -100);
    expect(engine.block.getFloat(image, 'crop/scaleX')).to.be.greaterThan(1);
    canvas.focus();
    press(canvas, 'Escape');
    expect(engine.editor.getEditMode()).to.equal('Transform');
    expect(canvas.cropBlock).to.equal(undefined);
    // Leaving closed the wheel's undo step: one undo restores the scale.
    engine.editor.undo();
    expect(engine.block.getFloat(image, 'crop/scaleX')).to.equal(1);
  });
});
