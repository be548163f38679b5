import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../elements/inspector/define.js';
import '../../elements/layers/define.js';
import '../../elements/asset-library/define.js';
import '../../elements/canvas/define.js';
import type { CesdkInspector } from '../../elements/inspector/inspector.js';
import type { CesdkLayers } from '../../elements/layers/layers.js';
import type { CesdkAssetLibrary } from '../../elements/asset-library/asset-library.js';
import type { CesdkSlider } from '../../elements/shared/controls/slider.js';
import { addRectangle, controlByLabel, createEngineWithPage, settle } from './panels-helpers.js';
import type { Engine } from '../../core/engine/index.js';

/** Counts the engine subscriptions that are live, by wrapping the engine's own subscribe calls. */
function countSubscriptions(engine: Engine): { live: () => number } {
  let live = 0;
  const wrap = <Target extends object>(target: Target, name: keyof Target) => {
    const original = (target[name] as unknown as (...args: unknown[]) => () => void).bind(target);
    (target as Record<keyof Target, unknown>)[name] = (...args: unknown[]) => {
      const unsubscribe = original(...args);
      live += 1;
      let done = false;
      return () => {
        if (!done) live -= 1;
        done = true;
        unsubscribe();
      };
    };
  };
  wrap(engine.event, 'subscribe');
  wrap(engine.block, 'onSelectionChanged');
  wrap(engine.editor, 'onHistoryUpdated');
  wrap(engine.asset, 'onAssetSourceUpdated');
  return { live: () => live };
}

describe('panels composition and removal', () => {
  it('bind to a real <cesdk-canvas> by for, and edit what the canvas shows', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="display: grid; grid-template-columns: 200px 400px 240px; height: 400px">
      <cesdk-layers for="main-canvas"></cesdk-layers>
      <cesdk-canvas id="main-canvas"></cesdk-canvas>
      <cesdk-inspector for="main-canvas"></cesdk-inspector>
    </div>`);
    const canvas = wrapper.querySelector('cesdk-canvas')! as HTMLElement & { ready: Promise<Engine> };
    const inspector = wrapper.querySelector<CesdkInspector>('cesdk-inspector')!;
    const layers = wrapper.querySelector<CesdkLayers>('cesdk-layers')!;
    const engine = await canvas.ready;
    expect(await inspector.ready).to.equal(engine);
    expect(await layers.ready).to.equal(engine);
    const page = engine.scene.getCurrentPage() ?? engine.scene.getPages()[0]!;
    const block = addRectangle(engine, page, 'Box');
    engine.block.select(block);
    await settle(inspector, engine);
    await settle(layers, engine);
    expect(layers.shadowRoot!.querySelectorAll('[role=treeitem]').length).to.equal(1);
    typeIntoSlider(controlByLabel<CesdkSlider>(inspector, 'cesdk-slider', 'Opacity')!, '25');
    expect(engine.block.getOpacity(block)).to.be.closeTo(0.25, 1e-6);
  });

  it('drops a library asset onto a real <cesdk-canvas> at the pointer, on the page under it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="display: grid; grid-template-columns: 240px 500px; height: 500px">
      <cesdk-asset-library for="drop-canvas"></cesdk-asset-library>
      <cesdk-canvas id="drop-canvas"></cesdk-canvas>
    </div>`);
    const canvas = wrapper.querySelector('cesdk-canvas')! as HTMLElement & { ready: Promise<Engine>; getCamera(): { x: number; y: number; zoom: number } };
    const library = wrapper.querySelector<CesdkAssetLibrary>('cesdk-asset-library')!;
    const engine = await canvas.ready;
    await library.ready;
    await settle(library, engine);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const page = engine.scene.getCurrentPage() ?? engine.scene.getPages()[0]!;
    const camera = canvas.getCamera();
    const box = canvas.getBoundingClientRect();
    // The view point that shows page coordinates (100, 150), whatever the camera fit chose.
    const clientX = box.left + (100 - camera.x) * camera.zoom;
    const clientY = box.top + (150 - camera.y) * camera.zoom;
    const data = new DataTransfer();
    data.setData('application/x-cesdk-asset', JSON.stringify({ sourceId: 'ly.img.shape', asset: { id: 'rect', label: 'Rectangle', meta: { kind: 'shape', shapeType: 'rect' } } }));
    const over = new DragEvent('dragover', { bubbles: true, cancelable: true, composed: true, dataTransfer: data, clientX, clientY });
    canvas.dispatchEvent(over);
    expect(over.defaultPrevented).to.equal(true);
    canvas.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, composed: true, dataTransfer: data, clientX, clientY }));
    // The placing code is a chunk loaded with the first placement.
    await waitUntil(() => engine.block.getChildren(page).length > 0, 'the dropped asset was not placed');
    const [block] = engine.block.getChildren(page);
    expect(block).to.not.equal(undefined);
    // Synthetic pointer coordinates are whole CSS pixels: allow one pixel's worth of design units.
    const pixel = 1 / camera.zoom + 1e-6;
    expect(engine.block.getPositionX(block!) + engine.block.getWidth(block!) / 2).to.be.closeTo(100, pixel);
    expect(engine.block.getPositionY(block!) + engine.block.getHeight(block!) / 2).to.be.closeTo(150, pixel);
  });

  it('removing and re-adding the panels 20 times leaves no engine subscriptions or drop listeners behind', async () => {
    const { engine, page } = await createEngineWithPage();
    addRectangle(engine, page);
    const counter = countSubscriptions(engine);
    const host = await fixture<HTMLDivElement>(html`<div><div id="drop-zone"></div></div>`);
    const dropZone = host.querySelector<HTMLElement>('#drop-zone')!;
    let dropListeners = 0;
    const add = dropZone.addEventListener.bind(dropZone);
    const remove = dropZone.removeEventListener.bind(dropZone);
    dropZone.addEventListener = ((type: string, listener: EventListener, options?: AddEventListenerOptions) => {
      if (type === 'drop') dropListeners += 1;
      add(type, listener, options);
    }) as typeof dropZone.addEventListener;
    dropZone.removeEventListener = ((type: string, listener: EventListener, options?: EventListenerOptions) => {
      if (type === 'drop') dropListeners -= 1;
      remove(type, listener, options);
    }) as typeof dropZone.removeEventListener;
    const inspector = document.createElement('cesdk-inspector');
    const layers = document.createElement('cesdk-layers');
    const library = document.createElement('cesdk-asset-library') as CesdkAssetLibrary;
    inspector.engine = engine;
    layers.engine = engine;
    library.engine = engine;
    library.dropTarget = dropZone;
    for (let round = 0; round < 20; round += 1) {
      host.append(inspector, layers, library);
      await settle(inspector, engine);
      await settle(layers, engine);
      await settle(library, engine);
      expect(counter.live()).to.be.greaterThan(0);
      expect(dropListeners).to.equal(1);
      inspector.remove();
      layers.remove();
      library.remove();
      expect(counter.live()).to.equal(0);
      expect(dropListeners).to.equal(0);
    }
    // Still alive after all that: the panels work when added once more.
    host.append(inspector);
    await settle(inspector, engine);
    expect(inspector.shadowRoot!.querySelector('.heading')!.textContent).to.equal('Properties');
    engine.dispose();
  });

  it('replaces an image from a local file and crops it', async () => {
    const { engine, page } = await createEngineWithPage();
    const block = addRectangle(engine, page);
    engine.block.select(block);
    const inspector = await fixture<CesdkInspector>(html`<cesdk-inspector .engine=${engine}></cesdk-inspector>`);
    await settle(inspector, engine);
    const bytes = await (await fetch('/test/fixtures/images/pattern-640x480.webp')).arrayBuffer();
    await inspector.replaceImage([new File([bytes], 'pattern.webp', { type: 'image/webp' })]);
    const fill = engine.block.getFill(block)!;
    expect(engine.block.getType(fill)).to.equal('//ly.img.ubq/fill/image');
    expect(engine.block.getString(fill, 'fill/image/imageFileURI')).to.match(/^blob:/);
    await settle(inspector, engine);
    const parts = [...inspector.shadowRoot!.querySelectorAll('details.section')].map((section) => section.getAttribute('part'));
    expect(parts).to.include('section crop');
    typeIntoSlider(controlByLabel<CesdkSlider>(inspector, 'cesdk-slider', 'Crop zoom')!, '150');
    expect(engine.block.getFloat(block, 'crop/scaleX')).to.be.closeTo(1.5, 1e-6);
    expect(engine.block.getFloat(block, 'crop/scaleY')).to.be.closeTo(1.5, 1e-6);
    engine.editor.undo();
    engine.editor.undo();
    expect(engine.block.getType(engine.block.getFill(block)!)).to.equal('//ly.img.ubq/fill/color');
    engine.dispose();
  });
});

function typeIntoSlider(slider: CesdkSlider, text: string): void {
  const field = slider.shadowRoot!.querySelector<HTMLInputElement>('input[part=field]')!;
  field.value = text;
  field.dispatchEvent(new Event('change'));
}
