import { expect } from '@open-wc/testing';
import { addRect, mountCanvas, settle, unmount, type Mounted } from './helpers.js';

/** Content hanging off the page is dimmed by the canvas's surround layer (CE.SDK's page/dimOutOfPageAreas). */
describe('<cesdk-canvas> page surround', () => {
  let mounted: Mounted;
  beforeEach(async () => {
    mounted = await mountCanvas();
  });
  afterEach(() => unmount(mounted));

  it('covers the area around the pages, not the pages, follows the camera, and can be turned off', async () => {
    const { canvas, engine, page } = mounted;
    addRect(engine, page, -80, 100, 200, 100);
    await settle(canvas);
    const path = () => canvas.shadowRoot!.querySelector<SVGPathElement>('path.page-surround');
    const inFill = (worldX: number, worldY: number) => {
      const camera = canvas.getCamera();
      return path()!.isPointInFill(new DOMPoint((worldX - camera.x) * camera.zoom, (worldY - camera.y) * camera.zoom));
    };
    expect(path(), 'the surround layer').to.not.equal(null);
    expect(inFill(-40, 150), 'the part of the block off the page is covered').to.equal(true);
    expect(inFill(60, 150), 'the part on the page is not').to.equal(false);
    const style = getComputedStyle(path()!);
    expect(Number(style.fillOpacity)).to.be.greaterThan(0.5);
    canvas.setCamera({ ...canvas.getCamera(), x: canvas.getCamera().x - 50 });
    await canvas.updateComplete;
    expect(inFill(-40, 150)).to.equal(true);
    expect(inFill(60, 150)).to.equal(false);
    engine.editor.setSettingBool('page/dimOutOfPageAreas', false);
    canvas.requestUpdate();
    await canvas.updateComplete;
    expect(path()).to.equal(null);
  });
});
