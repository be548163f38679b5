/// <reference types="mocha" />
/**
 * Snapping is one of the canvas's on-demand parts (elements/canvas/on-demand.ts): the canvas asks
 * for it once ready, and a drag that starts before it has arrived snaps from the moment it does.
 * This file mounts a canvas without waiting for those parts and drags at once.
 */
import { expect } from '@open-wc/testing';
import '../../elements/canvas/define.js';
import type { CesdkCanvas } from '../../elements/canvas/canvas.js';
import { loadedSnapping, loadSnapping } from '../../elements/canvas/on-demand.js';
import { addRect, createEngine, pointer, settle } from './helpers.js';

describe('<cesdk-canvas> snapping that loads on demand', () => {
  it('a drag started before the snapping code arrived snaps once it does, with guides, as one undo step', async () => {
    const { engine, page } = await createEngine();
    const container = document.createElement('div');
    container.style.cssText = 'width: 1000px; height: 800px; position: fixed; left: 0; top: 0';
    document.body.append(container);
    const canvas = document.createElement('cesdk-canvas') as CesdkCanvas;
    canvas.renderBackend = 'canvas';
    canvas.engine = engine;
    container.append(canvas);
    try {
      await canvas.ready;
      canvas.setCamera({ x: -100, y: -100, zoom: 1 });
      engine.editor.setSettingFloat('snapping/threshold', 8);
      const block = addRect(engine, page, 100, 100, 100, 100);
      engine.event.flush();
      // No await since ready: the snapping chunk the canvas asked for cannot have arrived.
      expect(loadedSnapping(), 'the snapping code is not here yet').to.equal(undefined);
      pointer(canvas, 'pointerdown', 150, 150);
      pointer(canvas, 'pointermove', 250, 250);
      // The centre would land at (393, 302); the page centre is (400, 300).
      pointer(canvas, 'pointermove', 393, 302);
      expect(engine.block.getPositionX(block), 'unsnapped until the code arrives').to.equal(343);
      await loadSnapping();
      await settle(canvas);
      expect(engine.block.getPositionX(block)).to.equal(350);
      expect(engine.block.getPositionY(block)).to.equal(250);
      expect(canvas.shadowRoot!.querySelectorAll('svg.overlay line.guide').length).to.be.greaterThan(0);
      pointer(canvas, 'pointerup', 393, 302);
      await settle(canvas);
      expect(engine.block.getPositionX(block)).to.equal(350);
      engine.editor.undo();
      expect(engine.block.getPositionX(block)).to.equal(100);
    } finally {
      container.remove();
      engine.dispose();
    }
  });
});
