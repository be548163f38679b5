/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import '../../elements/editor/define.js';
import type { CesdkCanvas } from '../../elements/canvas/canvas.js';
import type { CesdkToolbar } from '../../elements/toolbar/toolbar.js';
import type { CesdkPageNavigator } from '../../elements/page-navigator/page-navigator.js';
import type { Engine } from '../../core/engine/index.js';
import { addRectangle, waitFor } from './editor-helpers.js';

interface Standalone {
  canvas: CesdkCanvas;
  toolbar: CesdkToolbar;
  navigator: CesdkPageNavigator;
  engine: Engine;
}

/** A canvas with a toolbar and a page navigator bound to it by `for` (no editor around them). */
async function mountStandalone(): Promise<Standalone> {
  const root = await fixture<HTMLDivElement>(html`<div>
    <cesdk-toolbar for="main-canvas"></cesdk-toolbar>
    <cesdk-canvas id="main-canvas" style="display: block; width: 800px; height: 500px"></cesdk-canvas>
    <cesdk-page-navigator for="main-canvas"></cesdk-page-navigator>
  </div>`);
  const canvas = root.querySelector('cesdk-canvas')!;
  const toolbar = root.querySelector('cesdk-toolbar')!;
  const navigator = root.querySelector('cesdk-page-navigator')!;
  const engine = await canvas.ready;
  await waitFor(() => toolbar.engine === engine && navigator.engine === engine, 'toolbar and navigator bind by for');
  await toolbar.updateComplete;
  await navigator.updateComplete;
  return { canvas, toolbar, navigator, engine };
}

const button = (element: HTMLElement, part: string): HTMLButtonElement =>
  element.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${part}"]`)!;

describe('<cesdk-toolbar>', () => {
  it('binds by for, follows history, undoes and redoes', async () => {
    const { toolbar, engine } = await mountStandalone();
    expect(await toolbar.ready).to.equal(engine);
    expect(button(toolbar, 'undo').getAttribute('aria-disabled')).to.equal('true');
    const block = addRectangle(engine);
    await waitFor(() => button(toolbar, 'undo').getAttribute('aria-disabled') === 'false', 'undo becomes available');
    button(toolbar, 'undo').click();
    expect(engine.block.isValid(block)).to.equal(false);
    await waitFor(() => button(toolbar, 'redo').getAttribute('aria-disabled') === 'false', 'redo becomes available');
    button(toolbar, 'redo').click();
    expect(engine.block.findByType('graphic').length).to.equal(1);
  });

  it('zooms in and out by steps, shows the level, and fits the page through the bound canvas', async () => {
    const { toolbar, canvas, engine } = await mountStandalone();
    engine.scene.setZoomLevel(1);
    await toolbar.updateComplete;
    const level = (): string => toolbar.shadowRoot!.querySelector('[part~="zoom-level"]')!.textContent!.trim();
    await waitFor(() => level() === '100 %', 'the level shows 100 %');
    button(toolbar, 'zoom-in').click();
    expect(engine.scene.getZoomLevel()).to.equal(1.25);
    await waitFor(() => level() === '125 %', 'the level follows');
    button(toolbar, 'zoom-out').click();
    button(toolbar, 'zoom-out').click();
    expect(engine.scene.getZoomLevel()).to.equal(0.75);
    engine.scene.setZoomLevel(4);
    button(toolbar, 'zoom-fit').click();
    const fitted = canvas.getCamera().zoom;
    expect(fitted).to.be.lessThan(4);
    expect(engine.scene.getZoomLevel()).to.be.closeTo(fitted, 1e-6);
  });

  it('gets the engine from any enclosing provider by context (here a canvas), its export menu too', async () => {
    const root = await fixture<HTMLDivElement>(html`<div><cesdk-canvas style="display: block; width: 400px; height: 300px"><cesdk-toolbar></cesdk-toolbar></cesdk-canvas></div>`);
    const canvas = root.querySelector('cesdk-canvas')!;
    const toolbar = root.querySelector('cesdk-toolbar')!;
    const engine = await canvas.ready;
    await waitFor(() => toolbar.engine === engine, 'context binding');
    await toolbar.updateComplete;
    const menu = toolbar.shadowRoot!.querySelector('cesdk-export-menu') as HTMLElement & { engine?: Engine };
    await waitFor(() => menu.engine === engine, 'the export menu gets the toolbar engine');
  });

  it('moves focus along the bar with the arrow keys, Home and End', async () => {
    const { toolbar } = await mountStandalone();
    const buttons = [...toolbar.shadowRoot!.querySelectorAll('button')];
    buttons[0]!.focus();
    buttons[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    expect(toolbar.shadowRoot!.activeElement).to.equal(buttons[1]);
    buttons[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
    expect(toolbar.shadowRoot!.activeElement).to.equal(buttons[buttons.length - 1]);
    buttons[buttons.length - 1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true, composed: true }));
    expect(toolbar.shadowRoot!.activeElement).to.equal(buttons[0]);
  });
});

describe('<cesdk-page-navigator>', () => {
  it('adds, duplicates, reorders and deletes pages, each one undo step', async () => {
    const { navigator, engine } = await mountStandalone();
    const first = engine.scene.getPages()[0]!;
    addRectangle(engine);
    button(navigator, 'add').click();
    expect(engine.scene.getPages().length).to.equal(2);
    const added = engine.scene.getPages()[1]!;
    expect(engine.block.getWidth(added)).to.equal(engine.block.getWidth(first));
    expect(engine.block.getChildren(added).length, 'a new page is empty').to.equal(0);
    expect(engine.scene.getCurrentPage()).to.equal(added);
    engine.editor.undo();
    expect(engine.scene.getPages()).to.deep.equal([first]);

    engine.scene.setCurrentPage(first);
    await navigator.updateComplete;
    button(navigator, 'duplicate').click();
    const pages = engine.scene.getPages();
    expect(pages.length).to.equal(2);
    expect(engine.block.getChildren(pages[1]!).length, 'the copy has the content').to.equal(1);

    navigator.selectPage(pages[1]!);
    await navigator.updateComplete;
    button(navigator, 'move-up').click();
    expect(engine.scene.getPages()).to.deep.equal([pages[1], pages[0]]);
    engine.editor.undo();
    expect(engine.scene.getPages()).to.deep.equal(pages);

    await navigator.updateComplete;
    button(navigator, 'delete').click();
    expect(engine.scene.getPages()).to.deep.equal([pages[0]]);
    await navigator.updateComplete;
    expect(button(navigator, 'delete').getAttribute('aria-disabled'), 'the last page cannot be deleted').to.equal('true');
  });

  it('gives a new page a white colour fill and scrolls the canvas to it', async () => {
    const { canvas, navigator, engine } = await mountStandalone();
    const first = engine.scene.getPages()[0]!;
    const cameraBefore = canvas.getCamera();
    button(navigator, 'add').click();
    const added = engine.scene.getPages()[1]!;
    const fill = engine.block.getFill(added);
    expect(fill, 'the new page has a fill').to.not.equal(null);
    expect(engine.block.getType(fill!)).to.equal('//ly.img.ubq/fill/color');
    expect(engine.block.getColor(fill!, 'fill/color/value')).to.deep.equal({ r: 1, g: 1, b: 1, a: 1 });
    expect(engine.block.getColor(engine.block.getFill(first)!, 'fill/color/value')).to.deep.equal({ r: 1, g: 1, b: 1, a: 1 });
    await waitFor(() => canvas.getCamera().y !== cameraBefore.y, 'the canvas moves to the new page');
    const placement = canvas.placements().find((entry) => entry.page === added)!;
    const camera = canvas.getCamera();
    const centreY = camera.y + canvas.clientHeight / 2 / camera.zoom;
    expect(centreY, 'the new page is in the middle of the view').to.be.within(placement.y, placement.y + placement.height);
    // A click on the first page's thumbnail brings it back.
    navigator.shadowRoot!.querySelectorAll<HTMLButtonElement>('.page-button')[0]!.click();
    const back = canvas.getCamera();
    const firstPlacement = canvas.placements().find((entry) => entry.page === first)!;
    expect(back.y + canvas.clientHeight / 2 / back.zoom).to.be.within(firstPlacement.y, firstPlacement.y + firstPlacement.height);
  });

  it('reorders by dragging a page onto another', async () => {
    const { navigator, engine } = await mountStandalone();
    button(navigator, 'add').click();
    button(navigator, 'add').click();
    await navigator.updateComplete;
    const pages = engine.scene.getPages();
    const items = [...navigator.shadowRoot!.querySelectorAll('li')];
    const dataTransfer = new DataTransfer();
    items[2]!.querySelector('button')!.dispatchEvent(new DragEvent('dragstart', { bubbles: true, composed: true, dataTransfer }));
    items[0]!.dispatchEvent(new DragEvent('dragover', { bubbles: true, composed: true, cancelable: true, dataTransfer }));
    items[0]!.dispatchEvent(new DragEvent('drop', { bubbles: true, composed: true, cancelable: true, dataTransfer }));
    expect(engine.scene.getPages()).to.deep.equal([pages[2], pages[0], pages[1]]);
  });

  it('shows a thumbnail of each page rendered from the scene', async () => {
    const { navigator, engine } = await mountStandalone();
    addRectangle(engine, 0, 0, 4000);
    await navigator.updateThumbnails();
    const image = navigator.shadowRoot!.querySelector<HTMLImageElement>('[part~="thumbnail"]')!;
    expect(image, 'a thumbnail image').to.not.equal(null);
    expect(image.src.startsWith('blob:')).to.equal(true);
    await image.decode();
    const probe = document.createElement('canvas');
    probe.width = image.naturalWidth;
    probe.height = image.naturalHeight;
    const context = probe.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const [r, g, b] = context.getImageData(Math.floor(probe.width / 2), Math.floor(probe.height / 2), 1, 1).data;
    expect(r, 'the red rectangle covering the page').to.be.greaterThan(200);
    expect(g).to.be.lessThan(60);
    expect(b).to.be.lessThan(60);
    const label = navigator.shadowRoot!.querySelector('[aria-current="page"]')!.textContent!.trim();
    expect(label).to.equal('Page 1');
  });
});
