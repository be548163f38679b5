/**
 * Visual reference tests: each scene renders through renderBlockToCanvas and is compared pixel by
 * pixel with test/visual/references/<name>.png. See visual-support.ts for regenerating references.
 */
import { expect } from '@open-wc/testing';
import { Engine } from '../../core/engine/index.js';
import { renderBlockToCanvas } from '../../core/render/index.js';
import { buildFillsScene, buildShapesScene, buildStrokesScene } from './scene-builders.js';
import { buildBlendScene, buildEffectsScene, buildTextScene, buildTransformsScene } from './scene-builders-more.js';
import { expectMatchesReference } from './visual-support.js';

const scenes: [string, (engine: Engine) => number, number][] = [
  ['shapes', buildShapesScene, 1],
  ['fills', buildFillsScene, 1],
  ['strokes', buildStrokesScene, 1],
  ['effects', buildEffectsScene, 1],
  ['blend-modes', buildBlendScene, 1],
  ['transforms', buildTransformsScene, 1],
  ['text', buildTextScene, 2],
];

describe('visual references', () => {
  for (const [name, build, scale] of scenes) {
    it(`renders the ${name} scene like its reference`, async function () {
      this.timeout(120_000);
      const engine = await Engine.create();
      const page = build(engine);
      const width = engine.block.getWidth(page) * scale;
      const height = engine.block.getHeight(page) * scale;
      const canvas = await renderBlockToCanvas(engine, page, { width, height });
      expect(canvas.width).to.equal(width);
      await expectMatchesReference(name, canvas);
      engine.dispose();
    });
  }
});
