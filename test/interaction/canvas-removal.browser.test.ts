import { expect } from '@open-wc/testing';
import { getLiveContextCount } from '../../core/render/index.js';
import { CesdkCanvas } from '../../elements/canvas/canvas.js';
import { addRect, createEngine, settle } from './helpers.js';

type Listener = EventListenerOrEventListenerObject;

/** Counts the listeners currently registered on window and document (test-only wrapping). */
function trackGlobalListeners(): { live: () => number; restore: () => void } {
  const live = new Set<string>();
  const keys = new WeakMap<object, number>();
  let nextKey = 0;
  const keyOf = (target: EventTarget, type: string, listener: Listener | null, options?: boolean | EventListenerOptions) => {
    if (listener === null) return undefined;
    if (!keys.has(listener)) keys.set(listener, (nextKey += 1));
    const capture = typeof options === 'boolean' ? options : options?.capture === true;
    return `${target === window ? 'window' : 'document'}|${type}|${keys.get(listener)}|${capture}`;
  };
  const originals: Array<() => void> = [];
  for (const target of [window, document] as EventTarget[]) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    target.addEventListener = function (type: string, listener: Listener | null, options?: boolean | AddEventListenerOptions) {
      const key = keyOf(target, type, listener, options);
      if (key !== undefined && !(typeof options === 'object' && options.once)) live.add(key);
      return add.call(this, type, listener, options);
    };
    target.removeEventListener = function (type: string, listener: Listener | null, options?: boolean | EventListenerOptions) {
      const key = keyOf(target, type, listener, options);
      if (key !== undefined) live.delete(key);
      return remove.call(this, type, listener, options);
    };
    originals.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }
  return { live: () => live.size, restore: () => originals.forEach((restore) => restore()) };
}

/** Records every WebGL context created, to check each is lost (released) after removal. */
function trackWebGLContexts(): { contexts: Array<WebGLRenderingContext | WebGL2RenderingContext>; restore: () => void } {
  const contexts: Array<WebGLRenderingContext | WebGL2RenderingContext> = [];
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, options?: unknown) {
    const context = (original as (this: HTMLCanvasElement, type: string, options?: unknown) => RenderingContext | null).call(this, type, options);
    if (context !== null && (type === 'webgl' || type === 'webgl2' || type === 'experimental-webgl') && !contexts.includes(context as WebGL2RenderingContext)) {
      contexts.push(context as WebGL2RenderingContext);
    }
    return context;
  } as typeof original;
  return { contexts, restore: () => (HTMLCanvasElement.prototype.getContext = original) };
}

describe('<cesdk-canvas> removal', () => {
  it('mounting and removing 50 times releases WebGL contexts, renderers and listeners; reconnecting works', async () => {
    const { engine, page } = await createEngine();
    addRect(engine, page, 100, 100, 200, 200);
    const container = document.createElement('div');
    container.style.setProperty('width', '600px');
    container.style.setProperty('height', '400px');
    document.body.append(container);
    const listeners = trackGlobalListeners();
    const webgl = trackWebGLContexts();
    const baselineListeners = listeners.live();
    const baselineContexts = getLiveContextCount();
    try {
      let backend = '';
      let keptAfterFirstRound = 0;
      for (let round = 0; round < 50; round += 1) {
        const canvas = document.createElement('cesdk-canvas');
        canvas.renderBackend = 'webgl';
        canvas.engine = engine;
        container.append(canvas);
        await canvas.ready;
        await settle(canvas);
        backend = canvas.renderer?.backend ?? '';
        const rendererCanvas = canvas.renderer!.canvas;
        expect(CesdkCanvas.liveRendererCount).to.equal(1);
        canvas.remove();
        expect(CesdkCanvas.liveRendererCount).to.equal(0, `round ${round}: renderer still live`);
        expect(getLiveContextCount()).to.equal(baselineContexts, `round ${round}: GPU context still counted`);
        // The renderer's own context is released at once...
        const own = webgl.contexts.filter((context) => context.canvas === rendererCanvas);
        expect(own.length).to.equal(1, `round ${round}: the renderer canvas has no tracked WebGL context`);
        expect(own[0]!.isContextLost()).to.equal(true, `round ${round}: the renderer's WebGL context was not released`);
        // ...and nothing else accumulates: PixiJS keeps one module-wide shader-precision test
        // context for the page's lifetime, so at most that one stays, the same after every round.
        const kept = webgl.contexts.filter((context) => !context.isContextLost());
        if (round === 0) keptAfterFirstRound = kept.length;
        expect(kept.length).to.be.at.most(1, `round ${round}: ${kept.length} WebGL contexts not released`);
        expect(kept.length).to.equal(keptAfterFirstRound, `round ${round}: WebGL contexts accumulate`);
        expect(listeners.live()).to.equal(baselineListeners, `round ${round}: window/document listeners left behind`);
      }
      expect(backend).to.equal('webgl');
      expect(webgl.contexts.length).to.be.greaterThan(0);
      // A new WebGL context can still be created.
      const probe = document.createElement('canvas').getContext('webgl2');
      expect(probe).to.not.equal(null);
      probe?.getExtension('WEBGL_lose_context')?.loseContext();
      // The same element reconnects and draws again.
      const canvas = document.createElement('cesdk-canvas');
      canvas.renderBackend = 'canvas';
      canvas.engine = engine;
      container.append(canvas);
      await canvas.ready;
      canvas.remove();
      container.append(canvas);
      await new Promise<void>((resolve) => canvas.addEventListener('cesdk-ready', () => resolve(), { once: true }));
      expect(CesdkCanvas.liveRendererCount).to.equal(1);
      expect(canvas.shadowRoot!.querySelectorAll('[part="canvas"]').length).to.equal(1);
      canvas.remove();
      expect(CesdkCanvas.liveRendererCount).to.equal(0);
    } finally {
      listeners.restore();
      webgl.restore();
      container.remove();
      engine.dispose();
    }
  });
});
