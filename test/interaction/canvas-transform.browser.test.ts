import { expect } from '@open-wc/testing';
import { addRect, click, drag, mountCanvas, near, pointer, settle, unmount, type Mounted } from './helpers.js';

describe('<cesdk-canvas> move, resize, rotate, snap', () => {
  let mounted: Mounted;
  beforeEach(async () => {
    mounted = await mountCanvas();
    // Snapping would pull these exact-coordinate drags; the snapping test turns it back on.
    mounted.engine.editor.setSettingFloat('snapping/threshold', 0);
  });
  afterEach(() => unmount(mounted));

  it('moves and resizes land on whole design units (0.1 mm in millimetre scenes) unless Alt is held', async () => {
    const { canvas, engine, page } = mounted;
    const block = addRect(engine, page, 100, 100, 100, 100);
    drag(canvas, [150, 150], [230.37, 190.61]);
    expect(engine.block.getPositionX(block)).to.equal(180);
    expect(engine.block.getPositionY(block)).to.equal(141);
    await settle(canvas);
    drag(canvas, [230, 191], [260.37, 211.61], { altKey: true });
    expect(near(engine.block.getPositionX(block), 210.37, 1e-3), `free with Alt: ${engine.block.getPositionX(block)}`).to.equal(true);
    // Resize from the bottom-right handle: the size lands on whole units.
    await settle(canvas);
    const right = engine.block.getPositionX(block) + 100;
    const bottom = engine.block.getPositionY(block) + 100;
    drag(canvas, [right, bottom], [right + 40.4, bottom + 20.7]);
    expect(Number.isInteger(engine.block.getWidth(block)), `width ${engine.block.getWidth(block)}`).to.equal(true);
    expect(Number.isInteger(engine.block.getHeight(block)), `height ${engine.block.getHeight(block)}`).to.equal(true);
    const [pageWidth, pageHeight] = [engine.block.getWidth(page), engine.block.getHeight(page)];
    engine.scene.setDesignUnit('Millimeter'); // converts the scene (CE.SDK): give the page its numbers back
    engine.block.setWidth(page, pageWidth);
    engine.block.setHeight(page, pageHeight);
    engine.block.setPositionX(block, 500); // the converted first block would sit under the next drag
    const other = addRect(engine, page, 10, 10, 20, 20);
    await settle(canvas);
    drag(canvas, [20, 20], [25.3337, 25.4449]);
    expect(engine.block.getPositionX(other)).to.equal(15.3);
    expect(engine.block.getPositionY(other)).to.equal(15.4);
  });

  it('a drag moves the selection as one undo step', () => {
    const { canvas, engine, page } = mounted;
    const block = addRect(engine, page, 100, 100, 100, 100);
    const changes: number[] = [];
    canvas.addEventListener('cesdk-change', (event) => changes.push(...event.blocks));
    drag(canvas, [150, 150], [230, 190]);
    expect(engine.block.findAllSelected()).to.deep.equal([block]);
    expect(engine.block.getPositionX(block)).to.equal(180);
    expect(engine.block.getPositionY(block)).to.equal(140);
    engine.editor.undo();
    expect(engine.block.getPositionX(block)).to.equal(100);
    expect(engine.block.getPositionY(block)).to.equal(100);
    engine.editor.redo();
    expect(engine.block.getPositionX(block)).to.equal(180);
    engine.event.flush();
    expect(changes).to.include(block);
  });

  it('while dragging, only the moving block is on the renderer\'s live layer', async () => {
    const { canvas, engine, page } = mounted;
    const block = addRect(engine, page, 100, 100, 100, 100);
    addRect(engine, page, 400, 100, 100, 100);
    pointer(canvas, 'pointerdown', 150, 150);
    pointer(canvas, 'pointermove', 170, 150);
    pointer(canvas, 'pointermove', 190, 160);
    canvas.renderer!.renderNow();
    expect(canvas.renderer!.statistics.liveViews).to.equal(1);
    pointer(canvas, 'pointerup', 190, 160);
    canvas.renderer!.renderNow();
    expect(canvas.renderer!.statistics.liveViews).to.equal(0);
    expect(engine.block.getPositionX(block)).to.equal(140);
  });

  it('outlines the block under the pointer', async () => {
    const { canvas, engine, page } = mounted;
    addRect(engine, page, 100, 100, 100, 100);
    pointer(canvas, 'pointermove', 150, 150);
    await settle(canvas);
    expect(canvas.shadowRoot!.querySelectorAll('svg.overlay .hover').length).to.equal(1);
    pointer(canvas, 'pointermove', 700, 500);
    await settle(canvas);
    expect(canvas.shadowRoot!.querySelectorAll('svg.overlay .hover').length).to.equal(0);
  });

  it('moves a multi-selection together', () => {
    const { canvas, engine, page } = mounted;
    const first = addRect(engine, page, 100, 100, 50, 50);
    const second = addRect(engine, page, 300, 100, 50, 50);
    click(canvas, 120, 120);
    click(canvas, 320, 120, { shiftKey: true });
    drag(canvas, [320, 120], [320, 170]);
    expect(engine.block.getPositionY(first)).to.equal(150);
    expect(engine.block.getPositionY(second)).to.equal(150);
  });

  it('resizes and rotates a multi-selection through its common box, each as one undo step', async () => {
    const { canvas, engine, page } = mounted;
    const first = addRect(engine, page, 100, 100, 100, 100);
    const second = addRect(engine, page, 300, 100, 100, 100);
    click(canvas, 150, 150);
    click(canvas, 350, 150, { shiftKey: true });
    await settle(canvas);
    expect(canvas.shadowRoot!.querySelectorAll('svg.overlay .handle').length).to.equal(9);
    // The box is (100, 100)–(400, 200); dragging its south-east corner to (700, 300) doubles it.
    drag(canvas, [400, 200], [700, 300]);
    expect(engine.block.getPositionX(first)).to.equal(100);
    expect(engine.block.getWidth(first)).to.equal(200);
    expect(engine.block.getPositionX(second)).to.equal(500);
    expect(engine.block.getHeight(second)).to.equal(200);
    engine.editor.undo();
    expect(engine.block.getPositionX(second)).to.equal(300);
    expect(engine.block.getWidth(second)).to.equal(100);
    await settle(canvas);
    // The knob sits 24 px above the box's top centre (250, 100); a quarter turn about (250, 150).
    drag(canvas, [250, 76], [330, 148], { shiftKey: true });
    expect(near(engine.block.getRotation(first), Math.PI / 2)).to.equal(true);
    expect(near(engine.block.getRotation(second), Math.PI / 2)).to.equal(true);
    // The first block's centre (150, 150) turned about (250, 150) lands at (250, 50).
    expect(near(engine.block.getPositionX(first), 200)).to.equal(true);
    expect(near(engine.block.getPositionY(first), 0)).to.equal(true);
    engine.editor.undo();
    expect(engine.block.getRotation(first)).to.equal(0);
    expect(engine.block.getPositionY(first)).to.equal(100);
  });

  it('resizes with the south-east handle; Shift keeps the aspect ratio', () => {
    const { canvas, engine, page } = mounted;
    const block = addRect(engine, page, 100, 100, 200, 100);
    click(canvas, 150, 150);
    drag(canvas, [300, 200], [350, 260]);
    expect(engine.block.getWidth(block)).to.equal(250);
    expect(engine.block.getHeight(block)).to.equal(160);
    expect(engine.block.getPositionX(block)).to.equal(100);
    engine.editor.undo();
    expect(engine.block.getWidth(block)).to.equal(200);
    drag(canvas, [300, 200], [400, 220], { shiftKey: true });
    expect(near(engine.block.getWidth(block), 300)).to.equal(true);
    expect(near(engine.block.getHeight(block), 150)).to.equal(true);
  });

  it('Alt resizes from the centre', () => {
    const { canvas, engine, page } = mounted;
    const block = addRect(engine, page, 100, 100, 200, 100);
    click(canvas, 150, 150);
    drag(canvas, [300, 150], [320, 150], { altKey: true });
    expect(near(engine.block.getWidth(block), 240)).to.equal(true);
    expect(near(engine.block.getPositionX(block), 80)).to.equal(true);
  });

  it('rotates with the knob; Shift snaps to 15 degrees; one undo step', () => {
    const { canvas, engine, page } = mounted;
    const block = addRect(engine, page, 100, 100, 200, 100);
    click(canvas, 150, 150);
    // The knob sits 24 px above the top edge's centre (zoom 1): world (200, 76); the centre is (200, 150).
    drag(canvas, [200, 76], [290, 120], { shiftKey: true });
    const rotation = engine.block.getRotation(block);
    expect(near(rotation, (5 * Math.PI) / 12, 1e-6)).to.equal(true, `rotation ${rotation}`);
    engine.editor.undo();
    expect(engine.block.getRotation(block)).to.equal(0);
  });

  it('shows a rotated resize cursor over a handle', async () => {
    const { canvas, engine, page } = mounted;
    const block = addRect(engine, page, 100, 100, 200, 100);
    click(canvas, 150, 150);
    await settle(canvas);
    pointer(canvas, 'pointermove', 300, 150);
    const viewport = canvas.shadowRoot!.querySelector<HTMLElement>('.viewport')!;
    expect(viewport.style.cursor).to.equal('ew-resize');
    engine.block.setRotation(block, Math.PI / 2);
    engine.event.flush();
    await settle(canvas);
    // After a quarter turn about (200, 150) the east handle sits at (200, 250).
    pointer(canvas, 'pointermove', 200, 250);
    expect(viewport.style.cursor).to.equal('ns-resize');
  });

  it('snaps to the page centre and shows a guide while dragging', async () => {
    const { canvas, engine, page } = mounted;
    engine.editor.setSettingFloat('snapping/threshold', 8);
    const block = addRect(engine, page, 100, 100, 100, 100);
    pointer(canvas, 'pointerdown', 150, 150);
    pointer(canvas, 'pointermove', 250, 250);
    // Centre would land at (393, 302); the page centre is (400, 300).
    pointer(canvas, 'pointermove', 393, 302);
    await settle(canvas);
    expect(engine.block.getPositionX(block)).to.equal(350);
    expect(engine.block.getPositionY(block)).to.equal(250);
    const guides = canvas.shadowRoot!.querySelectorAll('svg.overlay line.guide');
    expect(guides.length).to.be.greaterThan(0);
    pointer(canvas, 'pointerup', 393, 302);
    await settle(canvas);
    expect(canvas.shadowRoot!.querySelectorAll('svg.overlay line.guide').length).to.equal(0);
    engine.editor.undo();
    expect(engine.block.getPositionX(block)).to.equal(100);
  });

  it('snaps a resized edge to the page centre', async () => {
    const { canvas, engine, page } = mounted;
    engine.editor.setSettingFloat('snapping/threshold', 8);
    const block = addRect(engine, page, 100, 100, 200, 100);
    click(canvas, 150, 150);
    await settle(canvas);
    pointer(canvas, 'pointerdown', 300, 200);
    pointer(canvas, 'pointermove', 350, 230);
    pointer(canvas, 'pointermove', 396, 260);
    await settle(canvas);
    expect(engine.block.getWidth(block)).to.equal(300);
    expect(engine.block.getHeight(block)).to.equal(160);
    expect(canvas.shadowRoot!.querySelectorAll('svg.overlay line.guide').length).to.equal(1);
    pointer(canvas, 'pointerup', 396, 260);
    await settle(canvas);
    expect(canvas.shadowRoot!.querySelectorAll('svg.overlay line.guide').length).to.equal(0);
  });

  it('renders overlays only in the shadow root, never in the renderer canvas', async () => {
    const { canvas, engine, page } = mounted;
    addRect(engine, page, 100, 100, 100, 100);
    click(canvas, 150, 150);
    await settle(canvas);
    const overlay = canvas.shadowRoot!.querySelector('[part="overlay"]')!;
    expect(overlay.querySelectorAll('.handle').length).to.equal(9);
    expect(canvas.shadowRoot!.querySelector('[part="canvas"]')).to.exist;
  });
});
