/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import '../../elements/editor/define.js';
import { CesdkCanvas } from '../../elements/canvas/canvas.js';
import type { CesdkEditor } from '../../elements/editor/editor.js';
import { addRectangle } from './editor-helpers.js';

type Listener = EventListenerOrEventListenerObject;

/**
 * Test-only instrumentation: records the WebGL contexts pages create and the listeners added to
 * window and document, so a removal can be checked for what it left behind.
 */
class LeakProbe {
  readonly contexts: Array<WebGLRenderingContext | WebGL2RenderingContext> = [];
  private readonly listeners = new Map<EventTarget, Set<string>>();
  private readonly restore: Array<() => void> = [];
  private readonly ids = new WeakMap<object, number>();
  private nextId = 1;

  install(): void {
    const probe = this;
    const originalGetContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      const context = (originalGetContext as (...args: unknown[]) => RenderingContext | null).call(this, type, ...rest);
      if (context && (type === 'webgl' || type === 'webgl2' || type === 'experimental-webgl') && !probe.contexts.includes(context as WebGLRenderingContext)) {
        probe.contexts.push(context as WebGLRenderingContext);
      }
      return context;
    } as typeof originalGetContext;
    this.restore.push(() => (HTMLCanvasElement.prototype.getContext = originalGetContext));
    for (const target of [window, document] as EventTarget[]) {
      const set = new Set<string>();
      this.listeners.set(target, set);
      const add = target.addEventListener;
      const remove = target.removeEventListener;
      const key = (type: string, listener: Listener | null, options?: boolean | EventListenerOptions): string => {
        const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
        if (listener === null) return '';
        if (!this.ids.has(listener)) this.ids.set(listener, this.nextId++);
        return `${type}:${this.ids.get(listener)}:${capture}`;
      };
      target.addEventListener = function (type: string, listener: Listener | null, options?: boolean | AddEventListenerOptions) {
        const once = typeof options === 'object' && options?.once;
        if (!once) set.add(key(type, listener, options));
        return add.call(this, type, listener, options);
      };
      target.removeEventListener = function (type: string, listener: Listener | null, options?: boolean | EventListenerOptions) {
        set.delete(key(type, listener, options));
        return remove.call(this, type, listener, options);
      };
      this.restore.push(() => {
        target.addEventListener = add;
        target.removeEventListener = remove;
      });
    }
  }

  /** Listeners currently added to window and document (and not removed), as `type:id:capture` keys. */
  liveListeners(): string[] {
    return [...this.listeners.values()].flatMap((set) => [...set]);
  }

  /** WebGL contexts that were created and are not lost. */
  liveContexts(): number {
    return this.contexts.filter((context) => !context.isContextLost()).length;
  }

  uninstall(): void {
    for (const undo of this.restore.splice(0).reverse()) undo();
  }
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 30));

describe('<cesdk-editor> removal', () => {
  let probe: LeakProbe;
  beforeEach(() => {
    probe = new LeakProbe();
    probe.install();
  });
  afterEach(() => probe.uninstall());

  it('removing and re-adding the same editor 20 times leaks no WebGL contexts, renderers or listeners', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 900px; height: 600px"></div>`);
    const editor = document.createElement('cesdk-editor') as CesdkEditor;
    const baselineListeners = probe.liveListeners();
    const baselineRenderers = CesdkCanvas.liveRendererCount;
    // PixiJS keeps one shared test context per page (getTestContext, for shader precision), created on
    // first use and never per element: the baseline is taken after the first cycle and must not grow.
    let baselineContexts: number | undefined;
    const engines = new Set<unknown>();
    for (let cycle = 0; cycle < 20; cycle += 1) {
      host.append(editor);
      const engine = await editor.ready;
      engines.add(engine);
      addRectangle(engine);
      expect(CesdkCanvas.liveRendererCount).to.equal(baselineRenderers + 1);
      editor.remove();
      await settle();
      baselineContexts ??= probe.liveContexts();
      expect(baselineContexts).to.be.at.most(1);
      expect(CesdkCanvas.liveRendererCount, `cycle ${cycle}: the renderer is released`).to.equal(baselineRenderers);
      expect(probe.liveContexts(), `cycle ${cycle}: no WebGL context left alive`).to.equal(baselineContexts);
      expect(probe.liveListeners(), `cycle ${cycle}: window/document listeners`).to.deep.equal(baselineListeners);
    }
    expect(engines.size, 'an editor removed for longer than a task releases its engine and makes a new one').to.equal(20);
    const fresh = document.createElement('canvas').getContext('webgl2');
    expect(fresh, 'a new WebGL context can still be created').to.not.equal(null);
    fresh?.getExtension('WEBGL_lose_context')?.loseContext();
  });

  it('20 new editors added and removed leave nothing behind, and a move keeps the design', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 900px; height: 600px"><div id="a"></div><div id="b"></div></div>`);
    const baselineListeners = probe.liveListeners();
    for (let cycle = 0; cycle < 20; cycle += 1) {
      const editor = document.createElement('cesdk-editor') as CesdkEditor;
      host.querySelector('#a')!.append(editor);
      await editor.ready;
      editor.remove();
      await settle();
    }
    expect(probe.liveContexts()).to.be.at.most(1);
    expect(probe.liveListeners()).to.deep.equal(baselineListeners);

    // Moving an editor (removed and added in the same task) keeps its engine and design.
    const moved = document.createElement('cesdk-editor') as CesdkEditor;
    host.querySelector('#a')!.append(moved);
    const engine = await moved.ready;
    const block = addRectangle(engine);
    host.querySelector('#b')!.append(moved);
    await settle();
    expect(moved.engine).to.equal(engine);
    expect(engine.block.isValid(block)).to.equal(true);
    moved.remove();
  });
});
