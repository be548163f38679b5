/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Engine, RGBAColor } from '../../core/engine/index.js';
import { addRectangle, deep, mountEditor, waitFor } from './editor-helpers.js';

/** The focused element, looking through shadow roots. */
function deepActive(): HTMLElement | null {
  let active = document.activeElement as HTMLElement | null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
  return active;
}

const describeActive = (): string => {
  const active = deepActive();
  return active ? `${active.localName}[${active.getAttribute('aria-label') ?? active.textContent?.trim().slice(0, 30)}]` : 'nothing';
};

/** Whether an element that `check` accepts is rendered anywhere in the page, looking through shadow roots. */
function rendered(check: (element: HTMLElement) => boolean, root: ParentNode = document): boolean {
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    if (check(element) || (element.shadowRoot && rendered(check, element.shadowRoot))) return true;
  }
  return false;
}

/** Presses Tab (real key presses through the browser) until `check` holds for the focused element. */
async function tabUntil(check: (element: HTMLElement) => boolean, what: string, limit = 120): Promise<HTMLElement> {
  for (let step = 0; step < limit; step += 1) {
    const active = deepActive();
    if (active && check(active)) return active;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}; focus is on ${describeActive()}`);
}

/** Presses a chord such as `Control+Shift+z` as real key downs and ups (the launcher has no chord syntax). */
async function press(chord: string): Promise<void> {
  const keys = chord.split('+');
  const key = keys.pop()!;
  for (const modifier of keys) await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  for (const modifier of keys.reverse()) await sendKeys({ up: modifier });
}

const textBlocks = (engine: Engine): number[] => engine.block.findByType('text');
const textColor = (engine: Engine, block: number): RGBAColor => engine.block.getTextColor(block) as RGBAColor;

describe('<cesdk-editor> keyboard-only editing', () => {
  it('adds a text, changes its color and undoes it with nothing but the keyboard', async () => {
    const { editor, engine } = await mountEditor();
    document.body.focus();

    // 1. Add a heading from the asset library: Tab to the source tabs, arrow to "Text", Tab to "Heading", Enter.
    await tabUntil((element) => element.getAttribute('role') === 'tab', 'the asset source tabs');
    for (let step = 0; step < 8 && deepActive()?.textContent?.trim() !== 'Text'; step += 1) await sendKeys({ press: 'ArrowRight' });
    expect(deepActive()?.textContent?.trim()).to.equal('Text');
    await tabUntil((element) => element.getAttribute('aria-label') === 'Heading', 'the Heading preset');
    expect(textBlocks(engine).length).to.equal(0);
    await sendKeys({ press: 'Enter' });
    await waitFor(() => textBlocks(engine).length === 1, 'a text block is added');
    const text = textBlocks(engine)[0]!;
    await waitFor(() => engine.block.isSelected(text), 'the new text is selected');
    const before = textColor(engine, text);

    // 2. Change its color: Tab into the inspector to the text color's hex field, type a color, Enter.
    // The inspector's block sections are a chunk of their own: on a busy machine they can arrive after the selection.
    const isHexField = (element: HTMLElement) => element.localName === 'input' && /^Text color .*hex/i.test(element.getAttribute('aria-label') ?? '');
    await waitFor(() => rendered(isHexField), 'the inspector shows the text color hex field');
    await tabUntil(isHexField, 'the text color hex field');
    await press('Control+a');
    await sendKeys({ type: 'ff0000' });
    await sendKeys({ press: 'Enter' });
    await waitFor(() => textColor(engine, text).r > 0.99 && textColor(engine, text).g < 0.01, 'the text turns red');

    // 3. Undo with the keyboard: Tab to the toolbar's Undo button and press Enter, then Mod+Shift+Z / Mod+Z there.
    await tabUntil((element) => element.getAttribute('part')?.includes('undo') === true, 'the Undo button');
    await sendKeys({ press: 'Enter' });
    await waitFor(() => textColor(engine, text).r === before.r && textColor(engine, text).g === before.g, 'undo restores the color');
    expect(engine.block.isValid(text), 'one undo step: the text is still there').to.equal(true);
    await press('Control+Shift+z');
    await waitFor(() => textColor(engine, text).r > 0.99, 'redo shortcut');
    await press('Control+z');
    await waitFor(() => textColor(engine, text).g === before.g && textColor(engine, text).r === before.r, 'undo shortcut');
    expect(editor.engine).to.equal(engine);
  });
});

describe('<cesdk-editor> keyboard shortcuts, help dialog and context menu', () => {
  it('copies, pastes, duplicates, groups, ungroups, selects all, nudges and deletes from the keyboard', async () => {
    const { editor, engine } = await mountEditor();
    const first = addRectangle(engine, 100, 100, 100);
    const second = addRectangle(engine, 300, 100, 100);
    engine.block.select(first);
    // Focus a non-typing control inside the editor (the dock), where plain keys are the editor's.
    const dock = deep<HTMLElement>(editor, '.dock')!;
    dock.tabIndex = -1;
    dock.focus();
    const page = engine.scene.getPages()[0]!;
    const children = (): number[] => engine.block.getChildren(page);

    await press('Control+c');
    await press('Control+v');
    expect(children().length).to.equal(3);
    const pasted = engine.block.findAllSelected()[0]!;
    expect(pasted).to.not.equal(first);
    expect(engine.block.getPositionX(pasted)).to.equal(engine.block.getPositionX(first) + 10);

    await press('Control+d');
    expect(children().length).to.equal(4);

    await sendKeys({ press: 'ArrowRight' });
    await press('Shift+ArrowDown');
    const duplicate = engine.block.findAllSelected()[0]!;
    expect(engine.block.getPositionX(duplicate)).to.equal(engine.block.getPositionX(pasted) + 10 + 1);
    expect(engine.block.getPositionY(duplicate)).to.equal(engine.block.getPositionY(pasted) + 10 + 10);

    await sendKeys({ press: 'Delete' });
    expect(children().length).to.equal(3);

    await press('Control+a');
    expect(engine.block.findAllSelected().sort()).to.deep.equal(children().sort());
    await press('Control+g');
    expect(children().length).to.equal(1);
    const group = children()[0]!;
    expect(engine.block.getType(group)).to.equal('//ly.img.ubq/group');
    await press('Control+Shift+g');
    expect(children().length).to.equal(3);
    expect(children()).to.include(second);

    await sendKeys({ press: 'Escape' });
    expect(engine.block.findAllSelected()).to.deep.equal([]);

    // Every step was its own undo step: undo the ungroup.
    await press('Control+z');
    expect(children().length).to.equal(1);
  });

  it('zooms with Mod+= / Mod+- / Mod+0', async () => {
    const { editor, engine } = await mountEditor();
    deep<HTMLElement>(editor, '[part~="save-button"]')!.focus();
    engine.scene.setZoomLevel(1);
    await press('Control+Equal');
    expect(engine.scene.getZoomLevel()).to.be.greaterThan(1);
    await press('Control+0');
    expect(engine.scene.getZoomLevel()).to.equal(1);
    await press('Control+Minus');
    expect(engine.scene.getZoomLevel()).to.be.lessThan(1);
  });

  it('lists every shortcut in the help dialog, opened with ? and closed with Escape', async () => {
    const { editor } = await mountEditor({ locale: 'de' });
    deep<HTMLElement>(editor, '[part~="save-button"]')!.focus();
    await press('Shift+Slash');
    const dialog = deep<HTMLDialogElement>(editor, 'dialog')!;
    await waitFor(() => dialog.open, 'the help dialog opens');
    const rows = [...dialog.querySelectorAll('tbody tr')].map((row) => row.textContent ?? '');
    for (const action of ['Rückgängig', 'Wiederholen', 'Kopieren', 'Einfügen', 'Duplizieren', 'Löschen', 'Gruppieren', 'Gruppierung aufheben', 'Alles auswählen', 'Vergrößern', 'Verkleinern', 'Um 1 Einheit verschieben']) {
      expect(rows.some((row) => row.includes(action)), action).to.equal(true);
    }
    expect(rows.find((row) => row.includes('Gruppierung aufheben'))).to.include('Ctrl+Shift+G');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => !dialog.open, 'Escape closes the dialog');
  });

  it('opens the block menu with Shift+F10, moves with arrows, runs an entry with Enter and returns focus', async () => {
    const { editor, engine } = await mountEditor();
    const block = addRectangle(engine);
    engine.block.select(block);
    const save = deep<HTMLElement>(editor, '[part~="save-button"]')!;
    save.focus();
    await press('Shift+F10');
    const menu = deep<HTMLElement>(editor, 'cesdk-context-menu')!;
    await waitFor(() => deepActive()?.getAttribute('role') === 'menuitem', 'focus moves into the menu');
    expect(deepActive()?.textContent).to.include('Copy');
    // Copy, Paste, Duplicate: two steps down.
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActive()?.textContent).to.include('Duplicate');
    await sendKeys({ press: 'Enter' });
    expect(engine.block.getChildren(engine.scene.getPages()[0]!).length).to.equal(2);
    expect(menu.shadowRoot!.querySelector('[role="menu"]')!.hasAttribute('hidden')).to.equal(true);
    expect(deepActive()).to.equal(save);
  });

  it('opens the block menu on right-click over the canvas', async () => {
    const { editor, engine } = await mountEditor();
    const block = addRectangle(engine);
    engine.block.select(block);
    const canvas = deep<HTMLElement>(editor, 'cesdk-canvas')!;
    const rect = canvas.getBoundingClientRect();
    canvas.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, composed: true, cancelable: true, clientX: rect.left + 50, clientY: rect.top + 60, button: 2 }));
    const menu = deep<HTMLElement>(editor, 'cesdk-context-menu')!;
    await waitFor(() => !menu.shadowRoot!.querySelector('[role="menu"]')!.hasAttribute('hidden'), 'the menu opens');
    const items = [...menu.shadowRoot!.querySelectorAll('[role="menuitem"]')];
    expect(items.map((item) => item.getAttribute('aria-disabled'))).to.include('false');
    await sendKeys({ press: 'Escape' });
    await waitFor(() => menu.shadowRoot!.querySelector('[role="menu"]')!.hasAttribute('hidden'), 'Escape closes it');
  });
});
