import { expect } from '@open-wc/testing';
import { getLicensing } from '../../licensing/attach.js';
import type { CesdkErrorEvent } from '../../elements/shared/events.js';
import { addRect, mountCanvas, settle, unmount, type Mounted } from './helpers.js';

/** The renderer's current pixels, read back through a 2D canvas. */
function pixels(mounted: Mounted): Uint8ClampedArray {
  const renderer = mounted.canvas.renderer!;
  renderer.renderNow();
  const source = renderer.canvas;
  const copy = document.createElement('canvas');
  copy.width = source.width;
  copy.height = source.height;
  const context = copy.getContext('2d')!;
  context.drawImage(source, 0, 0);
  return context.getImageData(0, 0, copy.width, copy.height).data;
}

describe('<cesdk-canvas> element', () => {
  let mounted: Mounted;
  beforeEach(async () => {
    mounted = await mountCanvas();
  });
  afterEach(() => unmount(mounted));

  it('is focusable, named, and exposes its parts', async () => {
    const { canvas } = mounted;
    expect(canvas.tabIndex).to.equal(0);
    expect(canvas.getAttribute('role')).to.equal('application');
    expect(canvas.getAttribute('aria-label')).to.equal('Design canvas');
    canvas.label = 'Poster';
    await settle(canvas);
    expect(canvas.getAttribute('aria-label')).to.equal('Poster');
    const root = canvas.shadowRoot!;
    expect(root.querySelector('[part="canvas"]')).to.be.instanceOf(HTMLCanvasElement);
    expect(root.querySelector('[part="overlay"]')).to.exist;
    expect(root.querySelector('[part="text-editor"]')).to.exist;
    canvas.focus();
    expect(document.activeElement).to.equal(canvas);
  });

  it('draws the watermark into the canvas while the engine is unlicensed, without anyone attaching licensing', async () => {
    const { canvas, engine, page } = mounted;
    addRect(engine, page, 100, 100, 100, 100);
    await settle(canvas);
    // The canvas attached licensing to the engine it shows: no key, so evaluation and a watermark.
    const attachment = getLicensing(engine);
    expect(attachment, 'the canvas attaches licensing itself').to.not.equal(undefined);
    await attachment!.service.settled();
    expect(attachment!.service.needsWatermark).to.equal(true);
    const watermarked = pixels(mounted);
    // The same frame without the watermark, to prove the pixels carry it.
    canvas.renderer!.setWatermark(false);
    const clean = pixels(mounted);
    let changed = 0;
    for (let index = 0; index < clean.length; index += 4) {
      if (Math.abs(clean[index]! - watermarked[index]!) + Math.abs(clean[index + 1]! - watermarked[index + 1]!) + Math.abs(clean[index + 2]! - watermarked[index + 2]!) > 24) changed += 1;
    }
    expect(changed).to.be.greaterThan(100);
  });

  it('turns a failed image into a cesdk-error event without breaking the scene', async () => {
    const { canvas, engine, page } = mounted;
    const errors: CesdkErrorEvent[] = [];
    canvas.addEventListener('cesdk-error', (event) => errors.push(event));
    const block = engine.block.create('graphic');
    engine.block.setShape(block, engine.block.createShape('rect'));
    const fill = engine.block.createFill('image');
    engine.block.setString(fill, 'fill/image/imageFileURI', 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB');
    engine.block.setFill(block, fill);
    engine.block.setWidth(block, 100);
    engine.block.setHeight(block, 100);
    engine.block.appendChild(page, block);
    engine.event.flush();
    canvas.renderer!.requestRender();
    await canvas.renderer!.whenIdle();
    await settle(canvas);
    expect(errors.length).to.be.greaterThan(0);
    expect(errors[0]!.error.code).to.be.a('string');
    expect(errors[0]!.bubbles && errors[0]!.composed).to.equal(true);
    // The scene still works: the canvas still selects and draws.
    expect(engine.block.isValid(block)).to.equal(true);
  });
});
