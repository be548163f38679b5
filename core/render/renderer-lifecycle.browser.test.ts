/**
 * Backend choice and resource release: 50 WebGL renderers created and destroyed leave no live
 * context behind, and a fresh WebGL context still works afterwards.
 */
import { expect } from '@open-wc/testing';
import { Engine } from '../engine/index.js';
import { chooseBackend, getLiveContextCount, getMaxTextureSize, isSoftwareWebGL, renderBlockToCanvas, SceneRenderer } from './index.js';
import { addGraphic, createPage, rgb } from '../../test/visual/scene-builders.js';
import { readPixels } from '../../test/visual/visual-support.js';

describe('SceneRenderer lifecycle and backends', () => {
  it('picks Canvas 2D on software WebGL (SwiftShader here) and honours an explicit preference', async () => {
    expect(isSoftwareWebGL()).to.equal(true);
    expect(chooseBackend('auto')).to.equal('canvas');
    expect(chooseBackend('webgl')).to.equal('webgl');
    expect(getMaxTextureSize()).to.be.at.least(4096);
    const engine = await Engine.create();
    createPage(engine, 100, 100);
    const auto = await SceneRenderer.create({ engine, width: 100, height: 100, resolution: 1 });
    expect(auto.backend).to.equal('canvas');
    auto.destroy();
    const webgl = await SceneRenderer.create({ engine, width: 100, height: 100, resolution: 1, preference: 'webgl' });
    expect(webgl.backend).to.equal('webgl');
    webgl.destroy();
    engine.dispose();
  });

  it('renders the same scene on WebGL as on Canvas 2D', async () => {
    const engine = await Engine.create();
    const page = createPage(engine, 120, 80);
    addGraphic(engine, page, { x: 10, y: 10, width: 50, height: 50, color: rgb(1, 0, 0) });
    const renderer = await SceneRenderer.create({ engine, width: 120, height: 80, resolution: 1, preference: 'webgl' });
    await renderer.whenIdle();
    const image = readPixels(renderer.canvas);
    const index = (30 * 120 + 30) * 4;
    expect([...image.data.slice(index, index + 4)]).to.deep.equal([255, 0, 0, 255]);
    renderer.destroy();
    const offscreen = readPixels(await renderBlockToCanvas(engine, page, { width: 120, height: 80, preference: 'webgl' }));
    expect([...offscreen.data.slice(index, index + 4)]).to.deep.equal([255, 0, 0, 255]);
    engine.dispose();
  });

  it('releases WebGL contexts: 50 renderers created and destroyed leave none behind', async function () {
    // 50 WebGL start-ups on software GL: generous on a loaded 2-core machine.
    this.timeout(240_000);
    const engine = await Engine.create();
    const page = createPage(engine, 64, 64);
    addGraphic(engine, page, { x: 8, y: 8, width: 20, height: 20, color: rgb(0, 0, 1) });
    const before = getLiveContextCount();
    let lastCanvas: HTMLCanvasElement | undefined;
    for (let round = 0; round < 50; round += 1) {
      const renderer = await SceneRenderer.create({ engine, width: 64, height: 64, resolution: 1, preference: 'webgl' });
      renderer.renderNow();
      expect(getLiveContextCount()).to.equal(before + 1);
      lastCanvas = renderer.canvas;
      renderer.destroy();
      renderer.destroy();
    }
    expect(getLiveContextCount()).to.equal(before);
    expect(before).to.equal(0);
    // The destroyed renderer's own context is lost (released), not merely forgotten.
    const old = (lastCanvas!.getContext('webgl2') ?? lastCanvas!.getContext('webgl')) as WebGLRenderingContext | null;
    expect(old === null || old.isContextLost()).to.equal(true);
    const probe = document.createElement('canvas');
    const fresh = probe.getContext('webgl2') as WebGL2RenderingContext;
    expect(fresh).to.exist;
    expect(fresh.isContextLost()).to.equal(false);
    fresh.clearColor(0, 1, 0, 1);
    fresh.clear(fresh.COLOR_BUFFER_BIT);
    const pixel = new Uint8Array(4);
    fresh.readPixels(0, 0, 1, 1, fresh.RGBA, fresh.UNSIGNED_BYTE, pixel);
    expect([...pixel]).to.deep.equal([0, 255, 0, 255]);
    fresh.getExtension('WEBGL_lose_context')?.loseContext();
    engine.dispose();
  });
});

describe('SceneRenderer and a disposed engine', () => {
  it('destroys cleanly after the engine was disposed, and draws nothing more', async () => {
    const engine = await Engine.create();
    const page = createPage(engine, 50, 50);
    addGraphic(engine, page, { x: 5, y: 5, width: 20, height: 20, color: rgb(1, 0, 0) });
    const renderer = await SceneRenderer.create({ engine, width: 50, height: 50, resolution: 1 });
    await renderer.whenIdle();
    engine.dispose();
    expect(() => renderer.destroy()).not.to.throw();
    expect(() => renderer.renderNow()).not.to.throw();
  });
});
