/**
 * Failed commands leave no trace. For each of the editor's commands (shortcuts, context menu, asset
 * library, pages, layers, inspector, in-place text editing), the test counts the engine calls the
 * command makes, then runs it again with the LAST of those calls throwing. The scene must be exactly
 * as before (saved JSON equal, no undo step), the editor must report the failure (`cesdk-error`) and
 * show it (an alert), and the same command must then work.
 */
import { expect } from '@open-wc/testing';
import type { DesignBlockId, Engine } from '../../core/engine/index.js';
import type { CesdkEditor } from '../../elements/editor/editor.js';
import { ControlChangeEvent } from '../../elements/shared/controls/control-events.js';
import type { CesdkErrorEvent } from '../../elements/shared/events.js';
import '../../elements/editor/define.js';
import { deep, waitFor } from '../elements/editor-helpers.js';
import { INJECTED, instrument, type FaultInjector } from './fault-injection.js';

interface Context {
  editor: CesdkEditor;
  engine: Engine;
  rect: DesignBlockId;
  ellipse: DesignBlockId;
  text: DesignBlockId;
  pages: DesignBlockId[];
}

interface CommandCase {
  name: string;
  setup?(context: Context): void | Promise<void>;
  run(context: Context): void | Promise<void>;
}

const pause = (ms = 0): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function key(editor: HTMLElement, key: string, modifiers: { ctrl?: boolean; shift?: boolean; alt?: boolean } = {}, target: Element = editor): void {
  target.dispatchEvent(new KeyboardEvent('keydown', {
    key, code: key.length === 1 ? `Key${key.toUpperCase()}` : key, bubbles: true, composed: true, cancelable: true,
    ctrlKey: modifiers.ctrl ?? false, shiftKey: modifiers.shift ?? false, altKey: modifiers.alt ?? false,
  }));
}

function select(engine: Engine, ...ids: DesignBlockId[]): void {
  for (const id of engine.block.findAllSelected()) engine.block.setSelected(id, false);
  for (const id of ids) engine.block.setSelected(id, true);
}

function menu(context: Context, id: string): void {
  deep<HTMLElement & { onSelect(id: string): void }>(context.editor, 'cesdk-context-menu')!.onSelect(id);
}

async function library(context: Context, source: string) {
  const element = deep<HTMLElement & { selectSource(id: string): void; upload(files: File[]): Promise<void>; updateComplete: Promise<unknown> }>(context.editor, 'cesdk-asset-library')!;
  element.selectSource(source);
  await waitFor(() => {
    const root = element.shadowRoot!;
    const tab = root.querySelector('[role="tab"][aria-selected="true"]');
    return (tab?.id.endsWith(`-tab-${source}`) ?? false) && root.querySelector('[role="tabpanel"]')?.getAttribute('aria-busy') === 'false'
      && root.querySelectorAll('button.asset').length > 0;
  }, `the ${source} assets`);
  return element;
}

async function clickAsset(context: Context, source: string): Promise<void> {
  // The placing code is a chunk the editor fetches after `ready`: have it loaded, so the command's
  // engine calls all fall within the wait below (a busy machine can take longer to fetch it).
  await import('../../elements/asset-library/place-asset.js');
  const element = await library(context, source) as Awaited<ReturnType<typeof library>> & { applyAsset(...args: unknown[]): Promise<unknown> };
  // applyAsset is async (the asset source's applyAsset, which may fetch a font): the click's own promise
  // is awaited, so a busy machine cannot end the count before the command's last engine call.
  const original = element.applyAsset;
  let applied: Promise<unknown> | undefined;
  element.applyAsset = function (this: typeof element, ...args: unknown[]) {
    applied = original.apply(this, args);
    return applied;
  };
  try {
    element.shadowRoot!.querySelector<HTMLButtonElement>('button.asset')!.click();
    await waitFor(() => applied !== undefined, 'the click to apply the asset');
    await applied;
  } finally {
    delete (element as Partial<typeof element>).applyAsset;
  }
}

async function panel<T extends HTMLElement>(context: Context, name: 'pages' | 'layers', tag: string): Promise<T> {
  context.editor.showPanel(name);
  await waitFor(() => customElements.get(tag) !== undefined && deep(context.editor, tag) !== null, `the ${name} panel`);
  const element = deep<T & { updateComplete: Promise<unknown> }>(context.editor, tag)!;
  await element.updateComplete;
  return element;
}

async function pageButton(context: Context, part: string): Promise<void> {
  const navigator = await panel(context, 'pages', 'cesdk-page-navigator');
  navigator.shadowRoot!.querySelector<HTMLButtonElement>(`[part~="${part}"]`)!.click();
}

async function layerRow(context: Context, block: DesignBlockId): Promise<HTMLElement> {
  const layers = await panel(context, 'layers', 'cesdk-layers');
  await waitFor(() => layers.shadowRoot!.querySelector(`#name-${block}`) !== null, 'the layer row');
  return layers.shadowRoot!.querySelector<HTMLElement>(`#name-${block}`)!.closest<HTMLElement>('[role="treeitem"]')!;
}

async function photo(): Promise<File> {
  const bytes = await (await fetch(new URL('../fixtures/images/pattern-640x480.webp', import.meta.url))).arrayBuffer();
  return new File([bytes], 'pattern.webp', { type: 'image/webp' });
}

const COMMANDS: CommandCase[] = [
  { name: 'duplicate (Mod+D)', setup: (c) => select(c.engine, c.rect), run: (c) => key(c.editor, 'd', { ctrl: true }) },
  { name: 'delete (Delete)', setup: (c) => select(c.engine, c.rect, c.ellipse), run: (c) => key(c.editor, 'Delete') },
  { name: 'group (Mod+G)', setup: (c) => select(c.engine, c.rect, c.ellipse), run: (c) => key(c.editor, 'g', { ctrl: true }) },
  { name: 'ungroup (Mod+Shift+G)', setup: (c) => select(c.engine, c.engine.block.group([c.rect, c.ellipse])), run: (c) => key(c.editor, 'G', { ctrl: true, shift: true }) },
  { name: 'cut (Mod+X)', setup: (c) => select(c.engine, c.rect, c.text), run: (c) => key(c.editor, 'x', { ctrl: true }) },
  { name: 'paste (Mod+V)', setup: (c) => { select(c.engine, c.rect, c.ellipse); c.editor.clipboard.copy(c.engine); }, run: (c) => key(c.editor, 'v', { ctrl: true }) },
  { name: 'nudge (Shift+ArrowRight)', setup: (c) => select(c.engine, c.rect, c.text), run: (c) => key(c.editor, 'ArrowRight', { shift: true }) },
  { name: 'bring to front (context menu)', setup: (c) => select(c.engine, c.rect), run: (c) => menu(c, 'bringToFront') },
  { name: 'send to back (context menu)', setup: (c) => select(c.engine, c.text), run: (c) => menu(c, 'sendToBack') },
  { name: 'duplicate (context menu)', setup: (c) => select(c.engine, c.ellipse, c.text), run: (c) => menu(c, 'duplicate') },
  { name: 'add a shape (asset library)', run: (c) => clickAsset(c, 'ly.img.shape') },
  { name: 'add a text preset (asset library)', run: (c) => clickAsset(c, 'ly.img.text') },
  { name: 'upload an image (asset library)', run: async (c) => (await library(c, 'ly.img.shape')).upload([await photo()]) },
  { name: 'apply a font to the selected text (asset library)', setup: (c) => select(c.engine, c.text), run: (c) => clickAsset(c, 'ly.img.typeface') },
  { name: 'add a page (pages panel)', run: (c) => pageButton(c, 'add') },
  { name: 'duplicate a page (pages panel)', run: (c) => pageButton(c, 'duplicate') },
  { name: 'delete a page (pages panel)', setup: (c) => c.engine.scene.setCurrentPage(c.pages[1]!), run: (c) => pageButton(c, 'delete') },
  { name: 'move a page down (pages panel)', setup: (c) => c.engine.scene.setCurrentPage(c.pages[0]!), run: (c) => pageButton(c, 'move-down') },
  { name: 'hide a layer (layers panel)', run: async (c) => (await layerRow(c, c.rect)).querySelector<HTMLButtonElement>('[part="visibility"]')!.click() },
  { name: 'lock a layer (layers panel)', run: async (c) => (await layerRow(c, c.ellipse)).querySelector<HTMLButtonElement>('[part="lock"]')!.click() },
  { name: 'move a layer forward (Alt+ArrowUp in the layers panel)', run: async (c) => {
    const row = await layerRow(c, c.rect);
    row.querySelector<HTMLElement>('[part="row"]')!.click();
    await pause();
    key(c.editor, 'ArrowUp', { alt: true }, row);
  } },
  { name: 'change the opacity (inspector)', setup: (c) => select(c.engine, c.rect, c.ellipse), run: async (c) => {
    await waitFor(() => [...(deep(c.editor, 'cesdk-inspector')?.shadowRoot?.querySelectorAll<HTMLElement & { label?: string }>('cesdk-slider, cesdk-number-field') ?? [])]
      .some((control) => control.label === 'Opacity'), 'the opacity control');
    const control = [...deep(c.editor, 'cesdk-inspector')!.shadowRoot!.querySelectorAll<HTMLElement & { label?: string }>('cesdk-slider, cesdk-number-field')]
      .find((element) => element.label === 'Opacity')!;
    control.dispatchEvent(new ControlChangeEvent(40));
  } },
  { name: 'edit a text in place (canvas)', run: async (c) => {
    const canvas = deep<HTMLElement & { startTextEditing(id: number): void; updateComplete: Promise<unknown> }>(c.editor, 'cesdk-canvas')!;
    canvas.startTextEditing(c.text);
    await canvas.updateComplete;
    const textarea = canvas.shadowRoot!.querySelector('textarea')!;
    textarea.value = `${textarea.value} and more`;
    textarea.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
    textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
  } },
];

/** Uploads stay `blob:` URLs in the live scene; these saves compare state, not persistence. */
const BLOB_TOO = ['bundle', 'file', 'http', 'https', 'opfs', 'data', 'blob'];

describe('failed commands leave no trace', () => {
  let context: Context;
  let base: string;
  let faults: FaultInjector;
  const errors: CesdkErrorEvent[] = [];

  before(async () => {
    // Not open-wc's fixture: that one is removed after each test, and this editor serves them all.
    const holder = document.createElement('div');
    holder.style.setProperty('width', '1200px');
    holder.style.setProperty('height', '800px');
    document.body.append(holder);
    const editor = document.createElement('cesdk-editor');
    holder.append(editor);
    const engine = await editor.ready;
    editor.addEventListener('cesdk-error', (event) => errors.push(event as CesdkErrorEvent));
    const page = engine.scene.getPages()[0]!;
    const second = engine.block.duplicate(page);
    engine.block.appendChild(engine.scene.get()!, second);
    const add = (shape: string, name: string, x: number): DesignBlockId => {
      const block = engine.block.create('graphic');
      engine.block.setShape(block, engine.block.createShape(shape));
      engine.block.setFill(block, engine.block.createFill('color'));
      engine.block.setPositionX(block, x);
      engine.block.setPositionY(block, 80);
      engine.block.setWidth(block, 120);
      engine.block.setHeight(block, 90);
      engine.block.setName(block, name);
      engine.block.appendChild(page, block);
      return block;
    };
    add('rect', 'rect', 60);
    add('ellipse', 'ellipse', 220);
    const text = engine.block.create('text');
    engine.block.replaceText(text, 'Rollback');
    engine.block.setWidth(text, 300);
    engine.block.setHeight(text, 60);
    engine.block.setPositionY(text, 220);
    engine.block.setName(text, 'text');
    engine.block.appendChild(page, text);
    base = await engine.scene.saveToString(BLOB_TOO);
    faults = instrument(engine);
    context = { editor, engine, rect: 0, ellipse: 0, text: 0, pages: [] };
  });

  after(() => context.editor.parentElement!.remove());

  /** Loads the base scene and runs the case's setup; the context then names the fresh blocks. */
  async function reset(command: CommandCase): Promise<void> {
    const { engine } = context;
    await engine.scene.loadFromString(base);
    const named = (name: string) => engine.block.findByName(name)[0]!;
    Object.assign(context, { rect: named('rect'), ellipse: named('ellipse'), text: named('text'), pages: engine.scene.getPages() });
    select(engine);
    context.editor.showPanel('assets');
    await command.setup?.(context);
    await context.editor.updateComplete;
    await pause(20);
  }

  it(`covers at least 20 commands (${COMMANDS.length})`, () => {
    expect(COMMANDS.length).to.be.at.least(20);
  });

  for (const command of COMMANDS) {
    it(command.name, async () => {
      const { engine, editor } = context;
      // 1. How many engine calls does the command make?
      await reset(command);
      faults.arm(Infinity);
      await command.run(context);
      await pause(20);
      const calls = faults.disarm();
      expect(calls, 'the command calls the engine').to.be.greaterThan(0);

      // 2. The same command with its last engine call failing.
      await reset(command);
      const before = await engine.scene.saveToString(BLOB_TOO);
      let historySteps = 0;
      const stopHistory = engine.editor.onHistoryUpdated(() => (historySteps += 1));
      errors.length = 0;
      faults.arm(calls);
      try {
        await command.run(context);
        await pause(20);
      } finally {
        faults.disarm();
        stopHistory();
      }
      expect(faults.fired, `the injected failure was reached (calls: ${faults.calls.join(', ')})`).to.equal(true);
      expect(await engine.scene.saveToString(BLOB_TOO), 'the scene is exactly as before').to.equal(before);
      expect(historySteps, 'no undo step').to.equal(0);
      expect(errors.map((event) => event.error.message).join('\n'), 'cesdk-error reports the failure').to.contain(INJECTED);
      await editor.updateComplete;
      const notice = editor.shadowRoot!.querySelector('[part~="notices"] [part~="notice"]');
      expect(notice, 'the editor shows the failure').to.not.equal(null);

      // 3. The editor keeps working: the same command now succeeds.
      await reset(command);
      const ready = await engine.scene.saveToString(BLOB_TOO);
      errors.length = 0;
      await command.run(context);
      await pause(20);
      expect(errors.map((event) => event.error.message), 'no error the second time').to.deep.equal([]);
      await waitFor(() => true, '');
      expect(await engine.scene.saveToString(BLOB_TOO), 'the command changes the scene when nothing fails').to.not.equal(ready);
    });
  }
});
