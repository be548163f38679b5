import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { renderBlockToCanvas } from '../../core/render/index.js';
import { addText, mountCanvas, settle, unmount, type Mounted } from './helpers.js';
import '../../elements/inspector/define.js';
import type { CesdkInspector } from '../../elements/inspector/inspector.js';
import { loadTextToolbar } from '../../elements/shared/text-toolbar.js';

/**
 * The text toolbar while editing in place, driven with the real keyboard and mouse: a selection
 * inside the text gets bold, a colour and a larger size through CE.SDK's ranged calls, each one
 * undo step, and the canvas draws them.
 */
describe('<cesdk-canvas> text toolbar', () => {
  let mounted: Mounted;
  beforeEach(async () => {
    mounted = await mountCanvas();
    // The toolbar's buttons are a lazy chunk, prefetched once the canvas is ready: wait for it, so an
    // edit shows them in its first render as before.
    await loadTextToolbar();
  });
  afterEach(async () => {
    await resetMouse();
    unmount(mounted);
  });

  const textarea = () => mounted.canvas.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[part="text-editor"]')!;

  async function click(action: string, root: ShadowRoot = mounted.canvas.shadowRoot!, part = 'text-toolbar'): Promise<void> {
    const button = root.querySelector<HTMLButtonElement>(`[part="${part}"] button[data-action="${action}"]`);
    expect(button, `toolbar button ${action}`).to.not.equal(null);
    const rect = button!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)] });
    await settle(mounted.canvas);
  }

  async function select(from: number, to: number): Promise<void> {
    await sendKeys({ press: 'Home' });
    for (let index = 0; index < from; index += 1) await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ down: 'Shift' });
    for (let index = from; index < to; index += 1) await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Shift' });
    expect([textarea().selectionStart, textarea().selectionEnd]).to.deep.equal([from, to]);
  }

  it('styles the selected characters, one undo step per button, and keeps editing', async () => {
    const { canvas, engine, page } = mounted;
    const text = addText(engine, page, 'Hello brave world', 100, 100, 500, 80);
    engine.block.setFloat(text, 'text/fontSize', 30);
    await settle(canvas);
    expect(canvas.shadowRoot!.querySelector('[part="text-toolbar"]')).to.equal(null);
    canvas.startTextEditing(text);
    await settle(canvas);
    expect(canvas.shadowRoot!.querySelector('[part="text-toolbar"]')).to.not.equal(null);

    await select(0, 5);
    await click('bold');
    await click('color-red');
    // Still editing, same selection, focus in the editor.
    expect(canvas.editingTextBlock).to.equal(text);
    expect(canvas.shadowRoot!.activeElement).to.equal(textarea());
    expect([textarea().selectionStart, textarea().selectionEnd]).to.deep.equal([0, 5]);
    expect(engine.block.getTextFontWeights(text, 0, 5)).to.deep.equal(['bold']);
    expect(engine.block.getTextFontWeights(text, 5, 17)).to.deep.equal(['normal']);
    const red = engine.block.getTextColors(text, 0, 5)[0] as { r: number; g: number; b: number };
    expect(red.r).to.be.above(0.8);
    expect(engine.block.getTextColors(text, 6, 17)).to.deep.equal([{ r: 0, g: 0, b: 0, a: 1 }]);
    // The editor shows the style of the run at the caret (bold, red).
    const style = getComputedStyle(textarea());
    expect(style.fontWeight).to.equal('700');
    expect(style.color).to.equal('rgb(230, 26, 26)');

    await select(12, 17);
    await click('larger');
    await click('larger');
    expect(engine.block.getTextFontSizes(text, 12, 17)).to.deep.equal([34]);
    expect(engine.block.getTextFontSizes(text, 0, 12)).to.deep.equal([30]);

    // Typing goes on; the runs move with the characters around them.
    await sendKeys({ press: 'Home' });
    await sendKeys({ type: '> ' });
    await sendKeys({ press: 'Escape' });
    await settle(canvas);
    expect(canvas.editingTextBlock).to.equal(undefined);
    expect(engine.block.getString(text, 'text/text')).to.equal('> Hello brave world');
    expect(engine.block.getTextFontWeights(text, 2, 7)).to.deep.equal(['bold']);
    expect(engine.block.getTextFontSizes(text, 14, 19)).to.deep.equal([34]);

    // One undo step per button (the typing is its own).
    engine.editor.undo();
    expect(engine.block.getString(text, 'text/text')).to.equal('Hello brave world');
    engine.editor.undo();
    expect(engine.block.getTextFontSizes(text, 12, 17)).to.deep.equal([32]);
    engine.editor.undo();
    engine.editor.undo();
    expect(engine.block.getTextColors(text, 0, 5)).to.deep.equal([{ r: 0, g: 0, b: 0, a: 1 }]);
    expect(engine.block.getTextFontWeights(text, 0, 5)).to.deep.equal(['bold']);
    engine.editor.redo();

    // The canvas draws the red run at the start of the line, and nothing red further right.
    const canvasPixels = await renderBlockToCanvas(engine, text, { width: 500, height: 80, watermark: false });
    const context = document.createElement('canvas');
    context.width = 500;
    context.height = 80;
    const drawing = context.getContext('2d')!;
    drawing.drawImage(canvasPixels, 0, 0);
    const data = drawing.getImageData(0, 0, 500, 80).data;
    let redLeft = Infinity;
    let redRight = -Infinity;
    let dark = 0;
    for (let y = 0; y < 80; y += 1) {
      for (let x = 0; x < 500; x += 1) {
        const index = (y * 500 + x) * 4;
        const [r, g, b, a] = [data[index]!, data[index + 1]!, data[index + 2]!, data[index + 3]!];
        if (a > 200 && r > 180 && g < 80 && b < 80) {
          redLeft = Math.min(redLeft, x);
          redRight = Math.max(redRight, x);
        }
        if (a > 200 && r < 60 && g < 60 && b < 60) dark += 1;
      }
    }
    expect(redLeft).to.be.below(10);
    expect(redRight).to.be.within(40, 140);
    expect(dark).to.be.above(200);
  });

  it('with nothing selected, a button styles the whole text', async () => {
    const { canvas, engine, page } = mounted;
    const text = addText(engine, page, 'All of it', 100, 100, 300, 60);
    canvas.startTextEditing(text);
    await settle(canvas);
    await sendKeys({ press: 'End' });
    await click('italic');
    expect(engine.block.getTextFontStyles(text)).to.deep.equal(['italic']);
    expect(engine.block.getTextFontStyle(text)).to.equal('Italic');
    await sendKeys({ press: 'Escape' });
  });

  it('the inspector\'s text section shows the same toolbar while the text is edited, and keeps the edit open', async () => {
    const { canvas, engine, page } = mounted;
    const text = addText(engine, page, 'Hello brave world', 100, 300, 500, 80);
    engine.block.select(text);
    const inspector = document.createElement('cesdk-inspector') as CesdkInspector;
    inspector.engine = engine;
    for (const [name, value] of [['position', 'fixed'], ['left', '0'], ['top', '0'], ['width', '320px'], ['z-index', '10'], ['background', 'white']]) inspector.style.setProperty(name!, value!);
    document.body.append(inspector);
    try {
      await settle(canvas);
      await inspector.updateComplete;
      expect(inspector.shadowRoot!.querySelector('[part="text-selection-toolbar"]')).to.equal(null);
      canvas.startTextEditing(text);
      await settle(canvas);
      await inspector.updateComplete;
      expect(inspector.shadowRoot!.querySelector('[part="text-selection-toolbar"]')).to.not.equal(null);
      await select(6, 11);
      await click('bold', inspector.shadowRoot!, 'text-selection-toolbar');
      await click('color-blue', inspector.shadowRoot!, 'text-selection-toolbar');
      expect(canvas.editingTextBlock).to.equal(text);
      expect([textarea().selectionStart, textarea().selectionEnd]).to.deep.equal([6, 11]);
      expect(engine.block.getTextFontWeights(text, 6, 11)).to.deep.equal(['bold']);
      expect(engine.block.getTextFontWeights(text)).to.deep.equal(['normal', 'bold']);
      expect((engine.block.getTextColors(text, 6, 11)[0] as { b: number }).b).to.be.above(0.9);
      engine.editor.undo();
      expect(engine.block.getTextColors(text)).to.deep.equal([{ r: 0, g: 0, b: 0, a: 1 }]);
      await sendKeys({ press: 'Escape' });
      await settle(canvas);
      await inspector.updateComplete;
      expect(inspector.shadowRoot!.querySelector('[part="text-selection-toolbar"]')).to.equal(null);
    } finally {
      inspector.remove();
    }
  });
});
