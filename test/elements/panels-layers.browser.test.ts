import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../elements/layers/define.js';
import type { CesdkLayers } from '../../elements/layers/layers.js';
import type { CesdkErrorEvent } from '../../elements/shared/events.js';
import { addRectangle, addText, createEngineWithPage, settle } from './panels-helpers.js';
import type { DesignBlockId, Engine } from '../../core/engine/index.js';

/** The accessible name as a screen reader computes it from aria-labelledby. */
function accessibleName(element: HTMLElement): string {
  const root = element.getRootNode() as ShadowRoot;
  return (element.getAttribute('aria-labelledby') ?? '')
    .split(' ')
    .map((id) => root.getElementById(id)?.textContent ?? '')
    .join('')
    .trim();
}

function items(layers: CesdkLayers): HTMLElement[] {
  return [...layers.shadowRoot!.querySelectorAll<HTMLElement>('[role=treeitem]')];
}

function item(layers: CesdkLayers, id: DesignBlockId): HTMLElement {
  return layers.shadowRoot!.querySelector<HTMLElement>(`[role=treeitem][data-block="${id}"]`)!;
}

function row(layers: CesdkLayers, id: DesignBlockId): HTMLElement {
  return item(layers, id).querySelector<HTMLElement>(':scope > .row')!;
}

function drag(layers: CesdkLayers, from: DesignBlockId, to: DesignBlockId, where: 'top' | 'bottom'): void {
  const data = new DataTransfer();
  row(layers, from).dispatchEvent(new DragEvent('dragstart', { bubbles: true, dataTransfer: data }));
  const target = row(layers, to);
  const box = target.getBoundingClientRect();
  const clientY = where === 'top' ? box.top + 2 : box.bottom - 2;
  target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: data, clientY }));
  target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data, clientY }));
  row(layers, from)?.dispatchEvent(new DragEvent('dragend', { bubbles: true, dataTransfer: data }));
}

async function mount(engine: Engine): Promise<CesdkLayers> {
  const layers = await fixture<CesdkLayers>(html`<cesdk-layers .engine=${engine}></cesdk-layers>`);
  await settle(layers, engine);
  return layers;
}

describe('<cesdk-layers>', () => {
  it('exposes the page block tree as an ARIA tree, front-most first, groups nested', async () => {
    const { engine, page } = await createEngineWithPage();
    const back = addRectangle(engine, page, 'Back');
    const first = addRectangle(engine, page, 'In group A');
    const second = addRectangle(engine, page, 'In group B');
    const group = engine.block.group([first, second]);
    const text = addText(engine, page);
    const layers = await mount(engine);
    const tree = layers.shadowRoot!.querySelector('[role=tree]')!;
    expect(tree.getAttribute('aria-multiselectable')).to.equal('true');
    const rows = items(layers);
    expect(rows.map((element) => Number(element.dataset.block))).to.deep.equal([text, group, second, first, back]);
    expect(accessibleName(item(layers, text))).to.equal('Text');
    expect(item(layers, group).getAttribute('aria-expanded')).to.equal('true');
    expect(item(layers, first).getAttribute('aria-level')).to.equal('2');
    expect(item(layers, back).getAttribute('aria-posinset')).to.equal('3');
    expect(item(layers, back).getAttribute('aria-setsize')).to.equal('3');
    await expect(layers).to.be.accessible();
    layers.setAttribute('theme', 'dark');
    await settle(layers, engine);
    await expect(layers).to.be.accessible();
    engine.dispose();
  });

  it('selects by click (Ctrl adds) and follows the engine selection', async () => {
    const { engine, page } = await createEngineWithPage();
    const a = addRectangle(engine, page, 'A');
    const b = addRectangle(engine, page, 'B');
    const layers = await mount(engine);
    row(layers, a).click();
    expect(engine.block.findAllSelected()).to.deep.equal([a]);
    row(layers, b).dispatchEvent(new MouseEvent('click', { bubbles: true, ctrlKey: true }));
    expect(engine.block.findAllSelected().sort()).to.deep.equal([a, b].sort());
    await settle(layers, engine);
    expect(item(layers, a).getAttribute('aria-selected')).to.equal('true');
    engine.block.select(b);
    await settle(layers, engine);
    expect(item(layers, a).getAttribute('aria-selected')).to.equal('false');
    engine.dispose();
  });

  it('keyboard: arrows move focus, Enter selects, Alt+Arrow reorders, F2 renames, Left/Right collapse and expand', async () => {
    const { engine, page } = await createEngineWithPage();
    const a = addRectangle(engine, page, 'A');
    const b = addRectangle(engine, page, 'B');
    const c = addRectangle(engine, page, 'C');
    const layers = await mount(engine);
    item(layers, c).focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(layers, engine);
    expect(layers.shadowRoot!.activeElement).to.equal(item(layers, b));
    await sendKeys({ press: 'Enter' });
    expect(engine.block.findAllSelected()).to.deep.equal([b]);
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ up: 'Alt' });
    expect(engine.block.getChildren(page)).to.deep.equal([a, c, b]);
    await settle(layers, engine);
    item(layers, b).focus();
    await sendKeys({ press: 'F2' });
    await settle(layers, engine);
    const input = layers.shadowRoot!.querySelector<HTMLInputElement>('input.rename')!;
    expect(layers.shadowRoot!.activeElement).to.equal(input);
    input.value = '';
    await sendKeys({ type: 'Headline box' });
    await sendKeys({ press: 'Enter' });
    await settle(layers, engine);
    expect(engine.block.getName(b)).to.equal('Headline box');
    expect(accessibleName(item(layers, b))).to.equal('Headline box');
    engine.editor.undo();
    expect(engine.block.getName(b)).to.equal('B');
    const group = engine.block.group([a, c]);
    await settle(layers, engine);
    item(layers, group).focus();
    await sendKeys({ press: 'ArrowLeft' });
    await settle(layers, engine);
    expect(item(layers, group).getAttribute('aria-expanded')).to.equal('false');
    expect(item(layers, a)).to.equal(null);
    await sendKeys({ press: 'ArrowRight' });
    await settle(layers, engine);
    expect(item(layers, group).getAttribute('aria-expanded')).to.equal('true');
    engine.dispose();
  });

  it('toggles visibility and lock from the row buttons, each one undo step', async () => {
    const { engine, page } = await createEngineWithPage();
    const a = addRectangle(engine, page, 'A');
    const layers = await mount(engine);
    const visibility = row(layers, a).querySelector<HTMLButtonElement>('[part=visibility]')!;
    expect(visibility.getAttribute('aria-label')).to.equal('Hide A');
    visibility.click();
    expect(engine.block.isVisible(a)).to.equal(false);
    await settle(layers, engine);
    expect(row(layers, a).querySelector('[part=visibility]')!.getAttribute('aria-pressed')).to.equal('true');
    expect(accessibleName(item(layers, a))).to.equal('A, hidden');
    row(layers, a).querySelector<HTMLButtonElement>('[part=lock]')!.click();
    expect(engine.block.getBool(a, 'transformLocked')).to.equal(true);
    expect(engine.block.isScopeEnabled(a, 'layer/move')).to.equal(false);
    engine.editor.undo();
    expect(engine.block.getBool(a, 'transformLocked')).to.equal(false);
    expect(engine.block.isScopeEnabled(a, 'layer/move')).to.equal(true);
    engine.editor.undo();
    expect(engine.block.isVisible(a)).to.equal(true);
    // An Adopter may not change scopes: the lock is refused with a typed error, nothing changes.
    engine.editor.setRole('Adopter');
    await settle(layers, engine);
    const errors: CesdkErrorEvent[] = [];
    layers.addEventListener('cesdk-error', (event) => errors.push(event));
    row(layers, a).querySelector<HTMLButtonElement>('[part=lock]')!.click();
    expect(errors[0]?.error.code).to.equal('SCOPE_DENIED');
    expect(engine.block.getBool(a, 'transformLocked')).to.equal(false);
    // A Viewer sees the tree but its buttons are disabled and rows cannot be dragged.
    engine.editor.setRole('Viewer');
    await settle(layers, engine);
    expect(row(layers, a).querySelector<HTMLButtonElement>('[part=lock]')!.disabled).to.equal(true);
    expect(row(layers, a).querySelector<HTMLButtonElement>('[part=visibility]')!.disabled).to.equal(true);
    expect(row(layers, a).getAttribute('draggable')).to.equal('false');
    engine.dispose();
  });

  it('reorders by dragging, into and out of groups keeping the page position; undo restores', async () => {
    const { engine, page } = await createEngineWithPage();
    const a = addRectangle(engine, page, 'A');
    const b = addRectangle(engine, page, 'B');
    const c = addRectangle(engine, page, 'C');
    const layers = await mount(engine);
    // Drop A (back-most) above C (front-most): A comes to the front.
    drag(layers, a, c, 'top');
    expect(engine.block.getChildren(page)).to.deep.equal([b, c, a]);
    await settle(layers, engine);
    drag(layers, a, b, 'bottom');
    expect(engine.block.getChildren(page)).to.deep.equal([a, b, c]);
    engine.editor.undo();
    expect(engine.block.getChildren(page)).to.deep.equal([b, c, a]);
    // Moving a block out of a moved group keeps it where it was on the page.
    const x = addRectangle(engine, page, 'X');
    const y = addRectangle(engine, page, 'Y');
    engine.block.setPositionX(x, 100);
    engine.block.setPositionX(y, 300);
    const group = engine.block.group([x, y]);
    engine.block.setPositionX(group, engine.block.getPositionX(group) + 50);
    const before = engine.block.getGlobalBoundingBoxX(y);
    await settle(layers, engine);
    drag(layers, y, a, 'top');
    expect(engine.block.getParent(y)).to.equal(page);
    expect(engine.block.getGlobalBoundingBoxX(y)).to.be.closeTo(before, 1e-6);
    // A group cannot be dropped into itself.
    await settle(layers, engine);
    drag(layers, group, x, 'top');
    expect(engine.block.getParent(group)).to.equal(page);
    engine.dispose();
  });

  it('binds by context and by for, and switches locale', async () => {
    const { engine, page } = await createEngineWithPage();
    addRectangle(engine, page, 'Shared');
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <panels-test-provider .engine=${engine}><cesdk-layers id="by-context"></cesdk-layers></panels-test-provider>
      <panels-test-engine-host id="host"></panels-test-engine-host>
      <cesdk-layers id="by-for" for="host" locale="de"></cesdk-layers>
    </div>`);
    const byContext = wrapper.querySelector<CesdkLayers>('#by-context')!;
    const byFor = wrapper.querySelector<CesdkLayers>('#by-for')!;
    await settle(byContext, engine);
    expect(byContext.engine).to.equal(engine);
    expect(items(byContext).length).to.equal(1);
    (wrapper.querySelector('#host') as HTMLElement & { engine?: Engine }).engine = engine;
    wrapper.querySelector('#host')!.dispatchEvent(new Event('cesdk-ready'));
    expect(await byFor.ready).to.equal(engine);
    await settle(byFor, engine);
    expect(byFor.shadowRoot!.querySelector('.heading')!.textContent).to.equal('Ebenen');
    expect(items(byFor)[0]!.querySelector('[part=visibility]')!.getAttribute('aria-label')).to.equal('Shared ausblenden');
    engine.dispose();
  });
});

describe('<cesdk-layers> and pages', () => {
  it('lists the page that became current (the navigator zooms to it)', async () => {
    const { engine, page } = await createEngineWithPage();
    addRectangle(engine, page, 'On page one');
    const second = engine.scene.addPage();
    addRectangle(engine, second, 'On page two');
    const layers = await mount(engine);
    expect(items(layers).map((element) => element.textContent!.trim())).to.deep.equal(['On page one']);
    engine.scene.setCurrentPage(second);
    engine.scene.setZoomLevel(engine.scene.getZoomLevel() * 2);
    await settle(layers, engine);
    expect(items(layers).map((element) => element.textContent!.trim())).to.deep.equal(['On page two']);
    engine.dispose();
  });
});

describe('<cesdk-layers> with many blocks', () => {
  it('renders only the rows in view, keeps the ARIA positions, and reaches the last row by keyboard', async () => {
    const { engine, page } = await createEngineWithPage();
    const ids: DesignBlockId[] = [];
    engine.editor.transact('many', () => {
      for (let index = 0; index < 600; index += 1) ids.push(addRectangle(engine, page, `Box ${index}`));
    });
    const layers = await fixture<CesdkLayers>(html`<cesdk-layers style="height: 300px" .engine=${engine}></cesdk-layers>`);
    await settle(layers, engine);
    const rendered = items(layers);
    expect(rendered.length).to.be.lessThan(100);
    expect(rendered[0]!.getAttribute('aria-setsize')).to.equal('600');
    expect(rendered[0]!.dataset.block).to.equal(String(ids[599]));
    rendered[0]!.focus();
    await sendKeys({ press: 'End' });
    await settle(layers, engine);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await settle(layers, engine);
    const last = item(layers, ids[0]!);
    expect(last).to.exist;
    expect(layers.shadowRoot!.activeElement).to.equal(last);
    expect(last.getAttribute('aria-posinset')).to.equal('600');
    await sendKeys({ press: 'Enter' });
    expect(engine.block.findAllSelected()).to.deep.equal([ids[0]]);
    expect(items(layers).length).to.be.lessThan(100);
    engine.dispose();
  });
});
