import { expect } from '@open-wc/testing';
import { addText, mountCanvas, settle, unmount, type Mounted } from './helpers.js';

describe('<cesdk-canvas> auto-height text', () => {
  let mounted: Mounted;
  beforeEach(async () => {
    mounted = await mountCanvas();
  });
  afterEach(() => unmount(mounted));

  it('gives the engine a text measurer, so auto-height text grows with its lines', async () => {
    const { engine, page, canvas } = mounted;
    await canvas.whenRendered();
    const text = addText(engine, page, 'one line', 40, 40, 300, 10);
    engine.block.setEnum(text, 'height/mode', 'Auto');
    engine.block.replaceText(text, 'one line');
    const oneLine = engine.block.getHeight(text);
    expect(oneLine, 'measured, not the stored 10').to.be.greaterThan(10);
    engine.block.replaceText(text, 'one\ntwo\nthree\nfour');
    const fourLines = engine.block.getHeight(text);
    expect(fourLines).to.be.greaterThan(oneLine * 3);
    engine.block.setFloat(text, 'text/fontSize', engine.block.getFloat(text, 'text/fontSize') * 2);
    expect(engine.block.getHeight(text)).to.be.greaterThan(fourLines * 1.5);
    await settle(canvas);
  });
});
