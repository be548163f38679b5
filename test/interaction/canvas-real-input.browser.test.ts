import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { addRect, addText, clientAt, mountCanvas, settle, unmount, type Mounted } from './helpers.js';

/** Real (browser-generated) mouse and keyboard input, through the test runner's automation. */
describe('<cesdk-canvas> with real input', () => {
  let mounted: Mounted;
  beforeEach(async () => {
    mounted = await mountCanvas();
    mounted.engine.editor.setSettingFloat('snapping/threshold', 0);
  });
  afterEach(async () => {
    await resetMouse();
    unmount(mounted);
  });

  async function mouseTo(worldX: number, worldY: number): Promise<void> {
    const { clientX, clientY } = clientAt(mounted.canvas, worldX, worldY);
    await sendMouse({ type: 'move', position: [Math.round(clientX), Math.round(clientY)] });
  }

  it('a real mouse drag moves a block (pointer capture, one undo step)', async () => {
    const { canvas, engine, page } = mounted;
    const block = addRect(engine, page, 100, 100, 100, 100);
    await settle(canvas);
    await mouseTo(150, 150);
    await sendMouse({ type: 'down' });
    await mouseTo(170, 160);
    await mouseTo(210, 190);
    await sendMouse({ type: 'up' });
    expect(engine.block.findAllSelected()).to.deep.equal([block]);
    expect(engine.block.getPositionX(block)).to.equal(160);
    expect(engine.block.getPositionY(block)).to.equal(140);
    engine.editor.undo();
    expect(engine.block.getPositionX(block)).to.equal(100);
  });

  it('real typing edits text in place, including emoji and right-to-left text', async () => {
    const { canvas, engine, page } = mounted;
    const text = addText(engine, page, 'Hello', 100, 100, 300, 60);
    await settle(canvas);
    await mouseTo(150, 120);
    for (let click = 0; click < 2; click += 1) {
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'up' });
    }
    await settle(canvas);
    if (canvas.editingTextBlock === undefined) {
      // Two automation clicks may land too far apart in time for a dblclick: open it directly.
      canvas.startTextEditing(text);
      await settle(canvas);
    }
    expect(canvas.editingTextBlock).to.equal(text);
    await sendKeys({ type: 'Hi 👋 مرحبا' });
    await sendKeys({ press: 'Escape' });
    await settle(canvas);
    expect(engine.block.getString(text, 'text/text')).to.equal('Hi 👋 مرحبا');
    engine.editor.undo();
    expect(engine.block.getString(text, 'text/text')).to.equal('Hello');
  });
});
