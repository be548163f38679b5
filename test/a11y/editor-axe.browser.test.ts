/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { addRectangle, deep, mountEditor } from '../elements/editor-helpers.js';

interface AxeResult {
  violations: Array<{ id: string; nodes: Array<{ target: unknown; failureSummary?: string }> }>;
}

/**
 * axe on the whole editor (it walks open shadow roots), with the colour-contrast rule explicitly on:
 * every control's text must meet WCAG AA in the theme shown. chai-a11y-axe loads axe the first time.
 */
async function expectAccessible(element: Element): Promise<void> {
  await expect(element).to.be.accessible();
  const axe = (window as unknown as { axe: { run(element: Element, options: object): Promise<AxeResult> } }).axe;
  const result = await axe.run(element, { resultTypes: ['violations'], rules: { 'color-contrast': { enabled: true } } });
  const problems = result.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id} ${JSON.stringify(node.target)}: ${node.failureSummary ?? ''}`));
  expect(problems, problems.join('\n')).to.deep.equal([]);
}

/** Opens the toolbar's export menu with PDF chosen (its selects were light on white in the dark theme). */
async function openExportMenu(editor: Element): Promise<void> {
  const menu = deep<HTMLElement & { open: boolean; mimeType: string; updateComplete: Promise<unknown> }>(editor, 'cesdk-toolbar', 'cesdk-export-menu')!;
  await customElements.whenDefined('cesdk-export-menu');
  menu.open = true;
  menu.mimeType = 'application/pdf';
  await menu.updateComplete;
}

describe('<cesdk-editor> accessibility (axe-core)', () => {
  afterEach(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations in the ${theme} theme, with a selection and each panel open`, async () => {
      const { editor, engine } = await mountEditor({ theme });
      const block = addRectangle(engine);
      engine.block.select(block);
      await editor.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 100));
      await expectAccessible(editor);
      await openExportMenu(editor);
      await expectAccessible(editor);
      for (const panel of ['layers', 'pages'] as const) {
        editor.showPanel(panel);
        await editor.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 100));
        await expectAccessible(editor);
      }
    });
  }

  it('has no axe violations at 360 px wide, with the inspector as a sheet', async () => {
    await setViewport({ width: 360, height: 740 });
    const { editor, engine } = await mountEditor({ theme: 'dark' });
    editor.style.width = '360px';
    await new Promise((resolve) => setTimeout(resolve, 100));
    const block = addRectangle(engine);
    engine.block.select(block);
    editor.showPanel('inspector');
    await editor.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(deep(editor, '.layout')!.classList.contains('narrow')).to.equal(true);
    await expectAccessible(editor);
  });

  it('opens the shortcut help dialog without axe violations', async () => {
    const { editor } = await mountEditor({ theme: 'light' });
    editor.openShortcutHelp();
    await editor.updateComplete;
    expect(deep<HTMLDialogElement>(editor, 'dialog')!.open).to.equal(true);
    await expectAccessible(editor);
    deep<HTMLDialogElement>(editor, 'dialog')!.close();
  });
});
