/**
 * Helpers for the panels' browser tests: a real engine with a scene, a few real blocks, a provider
 * element that shares an engine through `@lit/context` (as `<cesdk-editor>` does), and waiting for
 * engine events and Lit renders to settle.
 */
import { ContextProvider } from '@lit/context';
import { LitElement, html } from 'lit';
import { Engine, type DesignBlockId } from '../../core/engine/index.js';
import { engineContext } from '../../elements/shared/context.js';
import { loadLocale } from '../../elements/shared/i18n.js';

/** A scene with one 1080 × 1080 page, as the editor creates it. */
export async function createEngineWithPage(): Promise<{ engine: Engine; page: DesignBlockId }> {
  const engine = await Engine.create();
  engine.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
  const page = engine.scene.getPages()[0]!;
  engine.block.setWidth(page, 1080);
  engine.block.setHeight(page, 1080);
  engine.editor.addUndoStep?.();
  return { engine, page };
}

/** A rectangle with a colour fill on `page`. */
export function addRectangle(engine: Engine, page: DesignBlockId, name = ''): DesignBlockId {
  const block = engine.block.create('graphic');
  engine.block.setShape(block, engine.block.createShape('rect'));
  const fill = engine.block.createFill('color');
  engine.block.setColor(fill, 'fill/color/value', { r: 1, g: 0, b: 0, a: 1 });
  engine.block.setFill(block, fill);
  engine.block.setWidth(block, 200);
  engine.block.setHeight(block, 100);
  if (name) engine.block.setName(block, name);
  engine.block.appendChild(page, block);
  return block;
}

/** A text block on `page`. */
export function addText(engine: Engine, page: DesignBlockId, text = 'Hello'): DesignBlockId {
  const block = engine.block.create('text');
  engine.block.setString(block, 'text/text', text);
  engine.block.setWidth(block, 300);
  engine.block.setHeight(block, 50);
  engine.block.appendChild(page, block);
  return block;
}

/** Delivers pending engine events and waits for the element (and its children) to render. */
export async function settle(element: HTMLElement & { updateComplete?: Promise<unknown> }, engine?: Engine): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    engine?.event.flush();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await element.updateComplete;
    // German strings load on demand: wait for the table of the element's locale (it re-renders when it lands).
    const locale = element.getAttribute('locale') ?? (element as { locale?: string | null }).locale;
    if (locale) await loadLocale(locale);
    const children = element.shadowRoot?.querySelectorAll('*') ?? [];
    await Promise.all([...children].map((child) => (child as { updateComplete?: Promise<unknown> }).updateComplete));
  }
}

/** Finds an element in `root`'s shadow tree, looking into nested shadow roots. */
export function deepQuery<T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string): T | undefined {
  const scope = root instanceof Element ? root.shadowRoot ?? root : root;
  const direct = scope.querySelector<T>(selector);
  if (direct) return direct;
  for (const element of scope.querySelectorAll('*')) {
    if (element.shadowRoot) {
      const found = deepQuery<T>(element.shadowRoot, selector);
      if (found) return found;
    }
  }
  return undefined;
}

/** All matches in `root`'s shadow tree, through nested shadow roots. */
export function deepQueryAll<T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string): T[] {
  const scope = root instanceof Element ? root.shadowRoot ?? root : root;
  const found = [...scope.querySelectorAll<T>(selector)];
  for (const element of scope.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...deepQueryAll<T>(element.shadowRoot, selector));
  }
  return found;
}

/** A control inside the inspector by its visible label (e.g. the `cesdk-slider` labelled "Opacity"). */
export function controlByLabel<T extends HTMLElement>(root: Element, tag: string, label: string): T | undefined {
  return deepQueryAll<T & { label: string }>(root, tag).find((control) => control.label === label);
}

/** Provides an engine through `@lit/context` to its light-DOM children, as `<cesdk-editor>` does. */
export class PanelsTestProvider extends LitElement {
  private readonly provider = new ContextProvider(this, { context: engineContext });
  set engine(engine: Engine | undefined) {
    this.provider.setValue(engine);
  }
  get engine(): Engine | undefined {
    return this.provider.value;
  }
  protected override render() {
    return html`<slot></slot>`;
  }
}
if (!customElements.get('panels-test-provider')) customElements.define('panels-test-provider', PanelsTestProvider);

/** An element that exposes an engine by property, the way `<cesdk-canvas id=...>` does for `for`. */
export class PanelsTestEngineHost extends HTMLElement {
  engine: Engine | undefined;
}
if (!customElements.get('panels-test-engine-host')) customElements.define('panels-test-engine-host', PanelsTestEngineHost);
