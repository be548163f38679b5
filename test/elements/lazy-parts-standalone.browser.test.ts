/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import '../../elements/index.js';
import type { CesdkCanvas } from '../../elements/canvas/canvas.js';

// Without an editor on the page, the on-demand parts are defined when the page is idle, so
// `<cesdk-layers for=…>` composed by hand upgrades and binds by itself.
describe('lazily loaded parts without an editor', () => {
  it('defines the layers panel and binds it to its canvas', async () => {
    const root = await fixture<HTMLDivElement>(html`<div>
      <cesdk-canvas id="lazy-canvas" style="display: block; width: 600px; height: 400px"></cesdk-canvas>
      <cesdk-layers for="lazy-canvas"></cesdk-layers>
    </div>`);
    const canvas = root.querySelector<CesdkCanvas>('cesdk-canvas')!;
    const engine = await canvas.ready;
    await customElements.whenDefined('cesdk-layers');
    const layers = root.querySelector('cesdk-layers') as HTMLElement & { engine?: unknown; ready: Promise<unknown> };
    expect(await layers.ready).to.equal(engine);
    expect(customElements.get('cesdk-editor'), 'the editor tag is defined too').to.not.equal(undefined);
  });
});
