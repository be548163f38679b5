import { expect } from '@open-wc/testing';
import { addRect, click, drag, mountCanvas, near, press, unmount, wheel, type Mounted } from './helpers.js';

describe('<cesdk-canvas> camera', () => {
  let mounted: Mounted;
  beforeEach(async () => {
    mounted = await mountCanvas();
  });
  afterEach(() => unmount(mounted));

  it('+ and - zoom about the view centre, 0 fits the page; the engine zoom level follows', () => {
    const { canvas, engine } = mounted;
    canvas.focus();
    press(canvas, '+');
    expect(near(canvas.getCamera().zoom, 1.25)).to.equal(true);
    expect(near(engine.scene.getZoomLevel(), 1.25)).to.equal(true);
    press(canvas, '-');
    expect(near(canvas.getCamera().zoom, 1)).to.equal(true);
    press(canvas, '0');
    // An 800×600 page in a 1000×800 view with 32 px padding: min(936/800, 736/600) = 1.17.
    expect(near(canvas.getCamera().zoom, 936 / 800)).to.equal(true);
    expect(near(engine.scene.getZoomLevel(), 936 / 800)).to.equal(true);
  });

  it('engine.scene.setZoomLevel moves the camera', () => {
    const { canvas, engine } = mounted;
    engine.scene.setZoomLevel(2);
    expect(canvas.getCamera().zoom).to.equal(2);
  });

  it('Ctrl+wheel (and pinch) zooms about the cursor; a plain wheel pans; Shift+wheel pans sideways', () => {
    const { canvas } = mounted;
    const before = canvas.getCamera();
    const rect = canvas.getBoundingClientRect();
    wheel(canvas, 300, 200, 0, -100, { ctrlKey: true });
    const zoomed = canvas.getCamera();
    expect(zoomed.zoom).to.be.greaterThan(before.zoom);
    // World (300, 200) was at view (400, 300) and still is.
    expect(near((300 - zoomed.x) * zoomed.zoom, 400, 1e-6)).to.equal(true);
    expect(near((200 - zoomed.y) * zoomed.zoom, 300, 1e-6)).to.equal(true);
    canvas.setCamera({ x: 0, y: 0, zoom: 1 });
    wheel(canvas, 10, 10, 0, 120);
    expect(canvas.getCamera()).to.deep.equal({ x: 0, y: 120, zoom: 1 });
    wheel(canvas, 10, 10, 0, 50, { shiftKey: true });
    expect(canvas.getCamera()).to.deep.equal({ x: 50, y: 120, zoom: 1 });
    expect(rect.width).to.equal(1000);
  });

  it('space+drag and the middle button pan without changing the selection', () => {
    const { canvas, engine, page } = mounted;
    const block = addRect(engine, page, 100, 100, 100, 100);
    canvas.focus();
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', code: 'Space', bubbles: true, composed: true }));
    drag(canvas, [150, 150], [250, 200]);
    canvas.dispatchEvent(new KeyboardEvent('keyup', { key: ' ', code: 'Space', bubbles: true, composed: true }));
    expect(canvas.getCamera()).to.deep.equal({ x: -200, y: -150, zoom: 1 });
    expect(engine.block.getPositionX(block)).to.equal(100);
    expect(engine.block.findAllSelected()).to.deep.equal([]);
    drag(canvas, [0, 0], [-50, 0], { button: 1 });
    expect(canvas.getCamera().x).to.equal(-150);
  });

  it('two-finger touch pans', () => {
    const { canvas } = mounted;
    const viewport = canvas.shadowRoot!.querySelector<HTMLElement>('.viewport')!;
    const rect = canvas.getBoundingClientRect();
    const send = (type: string, pointerId: number, x: number, y: number) =>
      viewport.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, pointerId, pointerType: 'touch', clientX: rect.left + x, clientY: rect.top + y, button: type === 'pointermove' ? -1 : 0, isPrimary: pointerId === 1 }));
    send('pointerdown', 1, 100, 100);
    send('pointerdown', 2, 200, 100);
    send('pointermove', 1, 100, 160);
    send('pointermove', 2, 200, 160);
    send('pointerup', 1, 100, 160);
    send('pointerup', 2, 200, 160);
    const camera = canvas.getCamera();
    // The centroid moved down by 30 then 30: the content follows the fingers.
    expect(camera.y).to.equal(-160);
    expect(camera.x).to.equal(-100);
  });

  it('zoomToSelection fits the selection, zoomToPage the page', () => {
    const { canvas, engine, page } = mounted;
    addRect(engine, page, 100, 100, 100, 100);
    click(canvas, 150, 150);
    canvas.zoomToSelection();
    const camera = canvas.getCamera();
    // 100×100 into 936×736 (after padding): zoom 7.36, centred on (150, 150).
    expect(near(camera.zoom, 7.36)).to.equal(true);
    expect(near(camera.x + 500 / camera.zoom, 150)).to.equal(true);
    canvas.zoomToPage();
    expect(near(canvas.getCamera().zoom, 936 / 800)).to.equal(true);
  });

  it('lays pages out in a column and shows the second page below the first', () => {
    const { canvas, engine } = mounted;
    const second = engine.block.create('page');
    engine.block.setWidth(second, 400);
    engine.block.setHeight(second, 300);
    engine.block.appendChild(engine.scene.get()!, second);
    engine.event.flush();
    canvas.zoomToPage(second);
    const camera = canvas.getCamera();
    // The second page starts at y = 600 + 40 (the default gap).
    expect(near(camera.y + 400 / camera.zoom, 640 + 150)).to.equal(true);
  });

  it('fits a scene that is created after the canvas started', async () => {
    const { Engine } = await import('../../core/engine/index.js');
    const engine = await Engine.create();
    const canvas = document.createElement('cesdk-canvas');
    canvas.renderBackend = 'canvas';
    canvas.style.setProperty('width', '500px');
    canvas.style.setProperty('height', '400px');
    canvas.engine = engine;
    document.body.append(canvas);
    try {
      await canvas.ready;
      const before = canvas.getCamera();
      engine.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
      const page = engine.scene.getPages()[0]!;
      engine.block.setWidth(page, 1000);
      engine.block.setHeight(page, 1000);
      engine.event.flush();
      const after = canvas.getCamera();
      expect(after).to.not.deep.equal(before);
      // 1000×1000 into 436×336 (after 32 px padding).
      expect(near(after.zoom, 0.336)).to.equal(true);
    } finally {
      canvas.remove();
      engine.dispose();
    }
  });
});
