/**
 * Helpers for the editor's browser tests: mounting an editor and waiting for it, and finding
 * elements inside its shadow roots.
 */
import { fixture, html } from '@open-wc/testing';
import '../../elements/editor/define.js';
import type { CesdkEditor } from '../../elements/editor/editor.js';
import type { Engine } from '../../core/engine/index.js';

/** Mounts an editor with the given attributes (in a 1200×800 box) and waits for `ready`. */
export async function mountEditor(attributes: Record<string, string> = {}): Promise<{ editor: CesdkEditor; engine: Engine }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1200px; height: 800px"></div>`);
  const editor = document.createElement('cesdk-editor');
  for (const [name, value] of Object.entries(attributes)) editor.setAttribute(name, value);
  wrapper.append(editor);
  const engine = await editor.ready;
  await editor.updateComplete;
  return { editor, engine };
}

/** `querySelector` through a chain of shadow roots: `deep(editor, 'cesdk-toolbar', '[part~="undo"]')`. */
export function deep<T extends Element = HTMLElement>(root: Element, ...selectors: string[]): T | null {
  let current: Element | null = root;
  for (const selector of selectors) {
    const scope: ParentNode | null = current?.shadowRoot ?? current;
    current = scope?.querySelector(selector) ?? null;
    if (current === null) return null;
  }
  return current as T | null;
}

/** Resolves with the next event of `type` on `target`. */
export function nextEvent<T extends Event>(target: EventTarget, type: string): Promise<T> {
  return new Promise((resolve) => target.addEventListener(type, (event) => resolve(event as T), { once: true }));
}

/**
 * Waits until `check` returns true, failing after `timeout` ms. Polls with timers, not animation
 * frames: test files run in parallel tabs, and a background tab gets no animation frames.
 */
export async function waitFor(check: () => boolean, message: string, timeout = 10000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 16));
  }
}

/** Adds a rectangle graphic with a color fill to the current page and returns it. */
export function addRectangle(engine: Engine, x = 100, y = 100, size = 200): number {
  return engine.editor.transact('test rectangle', () => {
    const page = engine.scene.getCurrentPage() ?? engine.scene.getPages()[0]!;
    const block = engine.block.create('graphic');
    engine.block.setShape(block, engine.block.createShape('rect'));
    const fill = engine.block.createFill('color');
    engine.block.setColor(fill, 'fill/color/value', { r: 1, g: 0, b: 0, a: 1 });
    engine.block.setFill(block, fill);
    engine.block.setPositionX(block, x);
    engine.block.setPositionY(block, y);
    engine.block.setWidth(block, size);
    engine.block.setHeight(block, size);
    engine.block.appendChild(page, block);
    return block;
  });
}
