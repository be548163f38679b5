import { expect } from '@open-wc/testing';
import { addRect, click, drag, mountCanvas, near, pointer, press, settle, unmount, type Mounted } from './helpers.js';

describe('<cesdk-canvas> selection', () => {
  let mounted: Mounted;
  beforeEach(async () => {
    mounted = await mountCanvas();
  });
  afterEach(() => unmount(mounted));

  it('selects the topmost block under a click and clears on the empty page', async () => {
    const { canvas, engine, page } = mounted;
    const below = addRect(engine, page, 100, 100, 200, 200);
    const above = addRect(engine, page, 150, 150, 200, 200);
    const changes: number[][] = [];
    canvas.addEventListener('cesdk-selection-change', (event) => changes.push([...event.selection]));
    click(canvas, 200, 200);
    expect(engine.block.findAllSelected()).to.deep.equal([above]);
    click(canvas, 120, 120);
    expect(engine.block.findAllSelected()).to.deep.equal([below]);
    click(canvas, 700, 550);
    expect(engine.block.findAllSelected()).to.deep.equal([]);
    expect(changes.length).to.be.greaterThan(0);
    await settle(canvas);
    expect(canvas.shadowRoot!.querySelectorAll('svg.overlay .selection').length).to.equal(0);
  });

  it('hit-tests rotated blocks by their rotated frame', () => {
    const { canvas, engine, page } = mounted;
    const block = addRect(engine, page, 100, 100, 300, 20);
    engine.block.setRotation(block, Math.PI / 2);
    engine.event.flush();
    // Rotated about its centre (250, 110): it now spans x 240..260, y -40..260.
    click(canvas, 120, 110);
    expect(engine.block.findAllSelected()).to.deep.equal([]);
    click(canvas, 250, 20);
    expect(engine.block.findAllSelected()).to.deep.equal([block]);
  });

  it('a right click selects the block under it for the context menu', () => {
    const { canvas, engine, page } = mounted;
    const first = addRect(engine, page, 50, 50, 100, 100);
    const second = addRect(engine, page, 300, 50, 100, 100);
    click(canvas, 100, 100);
    click(canvas, 350, 100, { shiftKey: true });
    pointer(canvas, 'pointerdown', 100, 100, { button: 2 });
    pointer(canvas, 'pointerup', 100, 100, { button: 2 });
    expect([...engine.block.findAllSelected()].sort()).to.deep.equal([first, second].sort());
    click(canvas, 600, 400);
    pointer(canvas, 'pointerdown', 350, 100, { button: 2 });
    expect(engine.block.findAllSelected()).to.deep.equal([second]);
  });

  it('Shift-click adds to and toggles the selection', () => {
    const { canvas, engine, page } = mounted;
    const first = addRect(engine, page, 50, 50, 100, 100);
    const second = addRect(engine, page, 300, 50, 100, 100);
    click(canvas, 100, 100);
    click(canvas, 350, 100, { shiftKey: true });
    expect([...engine.block.findAllSelected()].sort()).to.deep.equal([first, second].sort());
    click(canvas, 100, 100, { shiftKey: true });
    expect(engine.block.findAllSelected()).to.deep.equal([second]);
  });

  it('marquee selects the blocks it touches and draws its rectangle while dragging', async () => {
    const { canvas, engine, page } = mounted;
    const first = addRect(engine, page, 100, 100, 100, 100);
    const second = addRect(engine, page, 250, 150, 100, 100);
    const outside = addRect(engine, page, 600, 400, 100, 100);
    pointer(canvas, 'pointerdown', 20, 20);
    pointer(canvas, 'pointermove', 200, 200);
    pointer(canvas, 'pointermove', 300, 300);
    await settle(canvas);
    expect(canvas.shadowRoot!.querySelector('svg.overlay rect.marquee')).to.exist;
    pointer(canvas, 'pointerup', 300, 300);
    const selected = engine.block.findAllSelected();
    expect([...selected].sort()).to.deep.equal([first, second].sort());
    expect(selected).not.to.include(outside);
    await settle(canvas);
    expect(canvas.shadowRoot!.querySelector('svg.overlay rect.marquee')).to.equal(null);
  });

  it('a click into a group selects the group, a second click the child', () => {
    const { canvas, engine, page } = mounted;
    const first = addRect(engine, page, 100, 100, 100, 100);
    const second = addRect(engine, page, 300, 100, 100, 100);
    const group = engine.block.group([first, second]);
    engine.event.flush();
    click(canvas, 150, 150);
    expect(engine.block.findAllSelected()).to.deep.equal([group]);
    click(canvas, 150, 150);
    expect(engine.block.findAllSelected()).to.deep.equal([first]);
    // Inside the entered group, a sibling is selected directly.
    click(canvas, 350, 150);
    expect(engine.block.findAllSelected()).to.deep.equal([second]);
  });

  it('arrow keys nudge by 1 and Shift+arrow by 10, each one undo step', () => {
    const { canvas, engine, page } = mounted;
    const block = addRect(engine, page, 100, 100, 50, 50);
    click(canvas, 120, 120);
    canvas.focus();
    press(canvas, 'ArrowRight');
    press(canvas, 'ArrowDown', { shiftKey: true });
    expect(engine.block.getPositionX(block)).to.equal(101);
    expect(engine.block.getPositionY(block)).to.equal(110);
    engine.editor.undo();
    expect(engine.block.getPositionY(block)).to.equal(100);
    expect(engine.block.getPositionX(block)).to.equal(101);
    engine.editor.undo();
    expect(engine.block.getPositionX(block)).to.equal(100);
  });

  it('Delete and Backspace remove the selection as one undo step', () => {
    const { canvas, engine, page } = mounted;
    const first = addRect(engine, page, 50, 50, 100, 100);
    const second = addRect(engine, page, 300, 50, 100, 100);
    click(canvas, 100, 100);
    click(canvas, 350, 100, { shiftKey: true });
    canvas.focus();
    press(canvas, 'Delete');
    expect(engine.block.isValid(first)).to.equal(false);
    expect(engine.block.isValid(second)).to.equal(false);
    engine.editor.undo();
    expect(engine.block.isValid(first)).to.equal(true);
    expect(engine.block.isValid(second)).to.equal(true);
    const third = addRect(engine, page, 500, 300, 50, 50);
    click(canvas, 520, 320);
    press(canvas, 'Backspace');
    expect(engine.block.isValid(third)).to.equal(false);
  });

  it('keys are ignored while the canvas does not have focus', () => {
    const { canvas, engine, page } = mounted;
    const block = addRect(engine, page, 100, 100, 50, 50);
    click(canvas, 120, 120);
    const other = document.createElement('button');
    document.body.append(other);
    other.focus();
    other.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    expect(engine.block.getPositionX(block)).to.equal(100);
    other.remove();
  });

  it('a move denied by scope does nothing and throws nothing into the page', () => {
    const { canvas, engine, page } = mounted;
    const block = addRect(engine, page, 100, 100, 100, 100);
    engine.block.setScopeEnabled(block, 'layer/move', false);
    // Block scopes bind an Adopter; a Creator is not stopped by them (CE.SDK's documented rule).
    engine.editor.setRole('Adopter');
    engine.editor.setGlobalScope('layer/move', 'Defer');
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    drag(canvas, [150, 150], [250, 260]);
    canvas.focus();
    press(canvas, 'ArrowLeft');
    window.removeEventListener('error', onError);
    expect(engine.block.getPositionX(block)).to.equal(100);
    expect(engine.block.getPositionY(block)).to.equal(100);
    expect(errors).to.deep.equal([]);
    expect(near(engine.block.getPositionX(block), 100)).to.equal(true);
    engine.editor.setRole('Creator');
  });

  it('a transform-locked block cannot be moved, resized or rotated, even by a Creator', async () => {
    const { canvas, engine, page } = mounted;
    const block = addRect(engine, page, 100, 100, 100, 100);
    engine.block.setBool(block, 'transformLocked', true);
    drag(canvas, [150, 150], [250, 260]);
    canvas.focus();
    press(canvas, 'ArrowLeft');
    expect(engine.block.getPositionX(block)).to.equal(100);
    expect(engine.block.getPositionY(block)).to.equal(100);
    engine.block.select(block);
    await settle(canvas);
    const handles = canvas.shadowRoot!.querySelectorAll('[data-handle]');
    expect(handles.length, 'no resize or rotate handles on a locked block').to.equal(0);
    engine.block.setBool(block, 'transformLocked', false);
    drag(canvas, [150, 150], [250, 260]);
    expect(engine.block.getPositionX(block)).to.not.equal(100);
  });
});
