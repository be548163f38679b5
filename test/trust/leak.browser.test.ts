/**
 * No leak over editor lives: mounting `<cesdk-editor>`, adding 50 blocks and a text, exporting a PNG
 * and removing the element, 50 times after a warm-up, grows the JS heap (read through the DevTools
 * protocol after forced garbage collection) by less than 1 MB in total, and leaves no renderer, GPU
 * context or object URL behind.
 *
 * The leak this guards against (found with heap snapshots, retainers of PixiJS's CanvasRenderer; it
 * was ~316 KB per cycle): the offscreen views an engine keeps for exports had a PixiJS renderer that
 * was never destroyed with the engine. PixiJS's global ticker (scheduler system) and its module-level
 * canvas texture cache kept every such renderer alive. core/render/render-block.ts now destroys them
 * when the engine is disposed.
 */
import { expect } from '@open-wc/testing';
import { getLiveContextCount } from '../../core/render/backend.js';
import { liveLocalObjectUrlCount } from '../../core/engine/local-blobs.js';
import { editorCycle } from './leak-cycle.js';

import { heapAfterGc as heap, liveInstances } from './heap.js';

describe('no leak across editor lives', () => {
  it('50 mount–edit–export–remove cycles after warm-up grow the heap by less than 1 MB', async function () {
    this.timeout(600_000);
    const container = document.createElement('div');
    container.style.setProperty('width', '1200px');
    container.style.setProperty('height', '800px');
    document.body.append(container);
    // Warm-up: JIT-compiled code, PixiJS's bounded text-metrics cache and the browser's performance
    // timeline fill during the first cycles; they are not per-editor state.
    for (let cycle = 0; cycle < 10; cycle += 1) await editorCycle(container);
    const urls = liveLocalObjectUrlCount();
    const before = await heap();
    for (let cycle = 0; cycle < 50; cycle += 1) await editorCycle(container);
    const after = await heap();
    const growth = after - before;
    console.log(`heap growth over 50 cycles: ${(growth / 1024).toFixed(0)} KB (${(growth / 50 / 1024).toFixed(1)} KB per cycle)`);
    expect(growth, 'heap growth over 50 cycles (bytes)').to.be.below(1024 * 1024);
    expect(getLiveContextCount(), 'GPU contexts held').to.equal(0);
    expect(liveLocalObjectUrlCount(), 'object URLs left').to.equal(urls);
    expect(await liveInstances(['Engine', 'EngineCore', 'CanvasRenderer', 'SceneRenderer', 'LicenseService']), 'instances alive')
      .to.deep.equal({ Engine: 0, EngineCore: 0, CanvasRenderer: 0, SceneRenderer: 0, LicenseService: 0 });
  });
});
