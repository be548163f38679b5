/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import '../../elements/editor/define.js';
import type { CesdkEditor } from '../../elements/editor/editor.js';
import type { CesdkErrorEvent } from '../../elements/shared/events.js';
import { addRectangle, deep, nextEvent, waitFor } from './editor-helpers.js';

async function mountSized(width: number, height: number): Promise<CesdkEditor> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  wrapper.style.height = `${height}px`;
  const editor = document.createElement('cesdk-editor');
  wrapper.append(editor);
  await editor.ready;
  await editor.updateComplete;
  return editor;
}

const box = (element: Element | null): DOMRect => element!.getBoundingClientRect();
const visible = (element: Element | null): boolean => element !== null && getComputedStyle(element).display !== 'none' && box(element).width > 0;

describe('<cesdk-editor> responsive layout', () => {
  it('at 360 px: the dock moves to the bottom, panels and the inspector open as sheets over the canvas', async () => {
    const editor = await mountSized(360, 720);
    await waitFor(() => deep(editor, '.layout')!.classList.contains('narrow'), 'narrow layout');
    await editor.updateComplete;
    const dock = deep(editor, '.dock');
    const canvasArea = deep(editor, '.canvas-area');
    expect(box(dock).top, 'dock below the canvas').to.be.at.least(box(canvasArea).bottom - 1);
    expect(box(canvasArea).width).to.be.closeTo(360, 1);
    expect(visible(deep(editor, '.panel')), 'no sheet open at first').to.equal(false);
    expect(visible(deep(editor, '.inspector'))).to.equal(false);
    const dockButtons = [...editor.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="dock-button"]')];
    expect(dockButtons.length).to.equal(4);
    for (const button of dockButtons) expect(box(button).width, 'every dock button is shown').to.be.greaterThan(0);
    dockButtons[3]!.click();
    await editor.updateComplete;
    const inspector = deep(editor, '.inspector');
    expect(visible(inspector), 'the inspector sheet').to.equal(true);
    expect(getComputedStyle(inspector!).position).to.equal('absolute');
    expect(box(inspector).width).to.be.closeTo(360, 1);
    expect(box(inspector).bottom).to.be.at.most(box(dock).top + 1);
    deep<HTMLButtonElement>(editor, '.inspector .sheet-close')!.click();
    await editor.updateComplete;
    expect(visible(deep(editor, '.inspector'))).to.equal(false);
    dockButtons[1]!.click();
    await editor.updateComplete;
    expect(visible(deep(editor, '.panel')), 'the layers sheet').to.equal(true);
    expect(deep(editor, '.panel cesdk-layers')).to.not.equal(null);
  });

  it('at 3840 px (4K): dock, panel, canvas and inspector side by side, the canvas taking the rest', async () => {
    const editor = await mountSized(3840, 2160);
    expect(deep(editor, '.layout')!.classList.contains('narrow')).to.equal(false);
    const panel = box(deep(editor, '.panel'));
    const canvas = box(deep(editor, '.canvas-area'));
    const inspector = box(deep(editor, '.inspector'));
    expect(panel.right).to.be.at.most(canvas.left + 1);
    expect(canvas.right).to.be.at.most(inspector.left + 1);
    expect(canvas.width).to.be.greaterThan(3000);
    expect(canvas.height).to.be.greaterThan(2000);
    const canvasElement = deep(editor, 'cesdk-canvas');
    expect(box(canvasElement).width).to.be.closeTo(canvas.width, 1);
  });
});

describe('<cesdk-editor> bad input', () => {
  it('reports a scope-denied shortcut as cesdk-error instead of throwing into the page', async () => {
    const editor = await mountSized(1000, 700);
    const engine = editor.engine!;
    const block = addRectangle(engine);
    engine.block.select(block);
    engine.editor.setGlobalScope('layer/move', 'Deny');
    const dock = deep<HTMLElement>(editor, '.dock')!;
    dock.tabIndex = -1;
    dock.focus();
    const x = engine.block.getPositionX(block);
    dock.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true, cancelable: true }));
    expect(engine.block.getPositionX(block), 'a denied move does nothing').to.equal(x);
    engine.editor.setGlobalScope('lifecycle/destroy', 'Deny');
    dock.dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true, composed: true, cancelable: true }));
    expect(engine.block.isValid(block), 'a denied delete does nothing').to.equal(true);
    engine.editor.setGlobalScope('lifecycle/destroy', 'Allow');
    engine.editor.setGlobalScope('layer/move', 'Allow');
    // A broken scene-url surfaces as cesdk-error and leaves the current scene as it was.
    const error = nextEvent<CesdkErrorEvent>(editor, 'cesdk-error');
    editor.setAttribute('scene-url', 'data:application/json,{"broken":');
    expect((await error).error.code).to.be.a('string');
    expect(engine.block.isValid(block), 'the scene is untouched').to.equal(true);
  });
});
