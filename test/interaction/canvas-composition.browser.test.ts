import { expect } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { LitElement } from 'lit';
import type { Engine } from '../../core/engine/index.js';
import { engineContext } from '../../elements/shared/context.js';
import { EngineBinding } from '../../elements/shared/engine-binding.js';
import { EngineStateController } from '../../elements/shared/engine-state.js';
import { CesdkReadyEvent } from '../../elements/shared/events.js';
import type { CesdkCanvas } from '../../elements/canvas/canvas.js';
import { createEngine } from './helpers.js';

/** A minimal provider, as `<cesdk-editor>` is one: it provides an engine through context. */
class TestEngineProvider extends LitElement {
  readonly provider = new ContextProvider(this, { context: engineContext });
  set engine(engine: Engine | undefined) {
    this.provider.setValue(engine);
  }
  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}
customElements.define('test-engine-provider', TestEngineProvider);

/** A minimal consumer, as the inspector is one: binds an engine and follows its selection. */
class TestEngineConsumer extends LitElement {
  selectionNotifications = 0;
  readonly state: EngineStateController = new EngineStateController(this, { selection: () => (this.selectionNotifications += 1) });
  readonly binding: EngineBinding = new EngineBinding(this, { onChange: (engine) => this.state.setEngine(engine) });
  set for(id: string | null) {
    this.binding.setFor(id);
  }
}
customElements.define('test-engine-consumer', TestEngineConsumer);

function canvasElement(): CesdkCanvas {
  const canvas = document.createElement('cesdk-canvas');
  canvas.renderBackend = 'canvas';
  canvas.style.setProperty('width', '400px');
  canvas.style.setProperty('height', '300px');
  return canvas;
}

describe('<cesdk-canvas> composition', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => {
    for (const cleanup of cleanups.splice(0)) cleanup();
  });
  function attach(element: HTMLElement): void {
    document.body.append(element);
    cleanups.push(() => element.remove());
  }

  it('shows the engine given by property and fires cesdk-ready with it', async () => {
    const { engine } = await createEngine();
    const canvas = canvasElement();
    const readyEvents: CesdkReadyEvent[] = [];
    document.addEventListener('cesdk-ready', (event) => readyEvents.push(event as CesdkReadyEvent), { once: true });
    canvas.engine = engine;
    attach(canvas);
    expect(await canvas.ready).to.equal(engine);
    expect(canvas.engineSource).to.equal('property');
    expect(readyEvents[0]?.engine).to.equal(engine);
    expect(readyEvents[0]?.composed).to.equal(true);
    expect(canvas.renderer).to.exist;
  });

  it('receives the engine through context and follows a new one', async () => {
    const first = (await createEngine()).engine;
    const second = (await createEngine()).engine;
    const provider = document.createElement('test-engine-provider') as TestEngineProvider;
    provider.engine = first;
    const canvas = canvasElement();
    provider.append(canvas);
    attach(provider);
    expect(await canvas.ready).to.equal(first);
    expect(canvas.engineSource).to.equal('context');
    const next = new Promise<Engine>((resolve) => canvas.addEventListener('cesdk-ready', (event) => resolve(event.engine), { once: true }));
    provider.engine = second;
    expect(await next).to.equal(second);
    expect(canvas.engine).to.equal(second);
  });

  it('waits for a provider ancestor that is defined after the canvas connected', async () => {
    const { engine } = await createEngine();
    const outer = document.createElement('cesdk-test-late-provider');
    const canvas = canvasElement();
    outer.append(canvas);
    attach(outer);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(canvas.engine).to.equal(undefined);
    class LateProvider extends TestEngineProvider {}
    customElements.define('cesdk-test-late-provider', LateProvider);
    (outer as TestEngineProvider).engine = engine;
    expect(await canvas.ready).to.equal(engine);
    expect(canvas.engineSource).to.equal('context');
  });

  it('binds by for="id", also when the target appears later, and re-binds when for changes', async () => {
    const { engine } = await createEngine();
    const canvas = canvasElement();
    canvas.setAttribute('for', 'engine-holder');
    attach(canvas);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(canvas.engine).to.equal(undefined);
    const holder = document.createElement('div') as HTMLDivElement & { engine?: Engine };
    holder.id = 'engine-holder';
    holder.engine = engine;
    attach(holder);
    expect(await canvas.ready).to.equal(engine);
    expect(canvas.engineSource).to.equal('for');
    const main = canvasElement();
    main.id = 'main-canvas';
    attach(main);
    const ownEngine = await main.ready;
    expect(main.engineSource).to.equal('owned');
    const changed = new Promise((resolve) => canvas.addEventListener('cesdk-ready', resolve, { once: true }));
    canvas.setAttribute('for', 'main-canvas');
    await changed;
    expect(canvas.engine).to.equal(ownEngine);
  });

  it('creates an engine with a scene when none arrives, and provides it to descendants', async () => {
    const canvas = canvasElement();
    const consumer = document.createElement('test-engine-consumer') as TestEngineConsumer;
    canvas.append(consumer);
    attach(canvas);
    const engine = await canvas.ready;
    expect(canvas.engineSource).to.equal('owned');
    expect(engine.scene.get()).to.not.equal(null);
    expect(engine.scene.getPages().length).to.equal(1);
    expect(consumer.binding.engine).to.equal(engine);
    const page = engine.scene.getPages()[0]!;
    const block = engine.block.create('graphic');
    engine.block.appendChild(page, block);
    engine.block.select(block);
    expect(consumer.selectionNotifications).to.be.greaterThan(0);
    // A given engine wins over the owned one.
    const { engine: given } = await createEngine();
    canvas.engine = given;
    expect(canvas.engine).to.equal(given);
    expect(canvas.engineSource).to.equal('property');
    expect(consumer.binding.engine).to.equal(given);
    consumer.remove();
    expect(consumer.state.active).to.equal(false);
  });

  it('a sibling element binds to the canvas by for, like label for', async () => {
    const canvas = canvasElement();
    canvas.id = 'shared-canvas';
    const consumer = document.createElement('test-engine-consumer') as TestEngineConsumer;
    consumer.for = 'shared-canvas';
    attach(consumer);
    attach(canvas);
    const engine = await canvas.ready;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(consumer.binding.engine).to.equal(engine);
    expect(consumer.binding.source).to.equal('for');
  });

  it('keeps an engine set on the element before it was upgraded', async () => {
    const { engine } = await createEngine();
    const name = 'cesdk-canvas-late-upgrade';
    const element = document.createElement(name) as HTMLElement & { engine?: Engine; ready?: Promise<Engine> };
    element.engine = engine;
    element.style.setProperty('width', '300px');
    element.style.setProperty('height', '200px');
    attach(element);
    const { CesdkCanvas } = await import('../../elements/canvas/canvas.js');
    customElements.define(name, class extends CesdkCanvas {});
    expect(await element.ready).to.equal(engine);
    expect((element as unknown as CesdkCanvas).engineSource).to.equal('property');
  });
});
