/// <reference types="mocha" />
/**
 * The editor's `limits` property reaches its engine: with `maxPages: 2`, adding a third page from the
 * pages panel is refused with LIMIT_EXCEEDED, shown to the user, and the editor keeps working.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../elements/editor/define.js';
import type { CesdkEditor } from '../../elements/editor/editor.js';
import { deep, waitFor } from '../elements/editor-helpers.js';

describe('editor limits', () => {
  it('a third page past maxPages: 2 is refused with a typed, visible error; editing goes on', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1200px; height: 800px"></div>`);
    const editor = document.createElement('cesdk-editor') as CesdkEditor;
    editor.limits = { maxPages: 2 };
    const errors: string[] = [];
    editor.addEventListener('cesdk-error', (event) => errors.push(event.error.code));
    wrapper.append(editor);
    const engine = await editor.ready;
    expect(engine.scene.getPages().length).to.equal(1);
    (editor as unknown as { showPanel(name: string): void }).showPanel('pages');
    await waitFor(() => deep(editor, 'cesdk-page-navigator', '[part~="add"]') !== null, 'the add-page button');
    deep<HTMLButtonElement>(editor, 'cesdk-page-navigator', '[part~="add"]')!.click();
    await waitFor(() => engine.scene.getPages().length === 2, 'the second page');
    deep<HTMLButtonElement>(editor, 'cesdk-page-navigator', '[part~="add"]')!.click();
    await waitFor(() => errors.length > 0, 'the refusal');
    expect(errors).to.deep.equal(['LIMIT_EXCEEDED']);
    expect(engine.scene.getPages().length).to.equal(2);
    const text = engine.block.create('text');
    engine.block.appendChild(engine.scene.getPages()[1]!, text);
    engine.block.replaceText(text, 'still editing');
    expect(engine.block.getString(text, 'text/text')).to.equal('still editing');
  });
});
