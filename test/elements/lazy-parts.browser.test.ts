/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { deep, mountEditor, waitFor } from './editor-helpers.js';

// The editor's parts load in three steps (README "Size"): the entry, the first-view panels before
// `ready`, and the parts shown on demand once the editor is ready.
describe('lazily loaded editor parts', () => {
  it('has the first-view panels at ready, then defines the on-demand parts by itself', async () => {
    const { editor, engine } = await mountEditor();
    expect(customElements.get('cesdk-inspector'), 'inspector at ready').to.not.equal(undefined);
    expect(customElements.get('cesdk-asset-library'), 'asset library at ready').to.not.equal(undefined);
    expect(deep(editor, 'cesdk-inspector')?.shadowRoot, 'the inspector has rendered').to.not.equal(null);
    await Promise.all(['cesdk-layers', 'cesdk-page-navigator', 'cesdk-context-menu', 'cesdk-export-menu'].map((tag) => customElements.whenDefined(tag)));
    // The tags that were in the editor before their definition arrived upgraded in place.
    const menu = deep<HTMLElement & { items?: unknown }>(editor, 'cesdk-context-menu');
    expect(menu?.shadowRoot, 'the context menu upgraded').to.not.equal(null);
    // The inspector's block sections arrive with them: selecting a block shows its sections after updateComplete.
    const block = engine.block.create('graphic');
    engine.block.setShape(block, engine.block.createShape('rect'));
    engine.block.appendChild(engine.scene.getPages()[0]!, block);
    engine.block.select(block);
    const inspector = deep<HTMLElement & { updateComplete: Promise<boolean> }>(editor, 'cesdk-inspector')!;
    await waitFor(() => inspector.shadowRoot?.querySelector('[part~="transform"]') != null, 'the transform section');
    await inspector.updateComplete;
    expect(inspector.shadowRoot!.querySelector('[part~="fill"]'), 'fill section').to.not.equal(null);
  });

  it('opens the context menu and the layers panel right after ready', async () => {
    const { editor } = await mountEditor();
    editor.showPanel('layers');
    await customElements.whenDefined('cesdk-layers');
    await editor.updateComplete;
    expect(deep(editor, 'cesdk-layers')?.shadowRoot, 'the layers panel rendered').to.not.equal(null);
    await editor.openContextMenu(100, 100);
    const menu = deep<HTMLElement & { isOpen: boolean }>(editor, 'cesdk-context-menu')!;
    expect(menu.isOpen, 'the context menu is open').to.equal(true);
    expect(menu.shadowRoot!.querySelectorAll('[role="menuitem"]').length, 'menu items').to.be.greaterThan(3);
  });
});
