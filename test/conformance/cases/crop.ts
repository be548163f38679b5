import type { GuideCase } from '../harness/types.js';
import { bytesOf, close, equal, expect, id, pngSize, val } from './helpers.js';

export default {
  id: 'crop',
  url: 'https://img.ly/docs/cesdk/node/edit-image/transform/crop-f67a47',
  env: 'browser',
  snippets: [
    {
      title: 'Initialize CE.SDK',
      check: ({ engine }) => equal(engine.scene.get(), null, 'no scene yet'),
    },
    {
      title: 'Create a Scene with an Image',
      captures: ['sheet', 'wide'],
      check: (context) => {
        equal(context.engine.scene.getPages(), [id(context, 'sheet')], 'only the appended page');
        equal(context.engine.block.getParent(id(context, 'wide')), id(context, 'sheet'), 'image on the page');
      },
    },
    {
      title: 'Check Crop Support',
      captures: ['croppable'],
      check: (context) => equal(val(context, 'croppable'), true, 'supportsCrop'),
    },
    {
      title: 'Content Fill Modes',
      captures: ['wide', 'hasFillMode', 'initialMode'],
      check: (context) => {
        equal(val(context, 'hasFillMode'), true, 'supportsContentFillMode');
        expect(['Crop', 'Cover', 'Contain'].includes(val(context, 'initialMode') as string), 'a content fill mode');
        equal(context.engine.block.getContentFillMode(id(context, 'wide')), 'Cover', 'Cover');
      },
    },
    {
      title: 'Scale Content',
      captures: ['zoom'],
      check: (context) => {
        const scale = val(context, 'zoom') as { x: number; y: number; ratio: number };
        close(scale.ratio, 1.2, 'scale ratio');
        expect(scale.x > 0 && scale.y > 0, 'scales are positive');
      },
    },
    {
      title: 'Position Content',
      captures: ['pan'],
      check: (context) => {
        const [x, y] = val(context, 'pan') as number[];
        close(x, 0.1, 'translation x');
        close(y, -0.1, 'translation y');
      },
    },
    {
      title: 'Position Content (fill the frame)',
      captures: ['ratioAfterFit'],
      check: (context) => {
        const ratio = val(context, 'ratioAfterFit');
        expect(typeof ratio === 'number' && ratio >= 1, `adjustCropToFillFrame returns the scale ratio it applied (${String(ratio)})`);
      },
    },
    {
      title: 'Rotate Content',
      captures: ['turned', 'turnAngle'],
      check: (context) => {
        close(val(context, 'turnAngle'), Math.PI / 4, 'crop rotation');
        expect(context.engine.block.getCropScaleRatio(id(context, 'turned')) > 1.4, 'a 45° turned content is scaled up to cover the square frame');
      },
    },
    {
      title: 'Flip Content',
      captures: ['mirrored'],
      check: (context) => equal(context.engine.block.getCropFlipHorizontal(id(context, 'mirrored')), true, 'flipped'),
    },
    {
      title: 'Lock Aspect Ratio',
      captures: ['ratioPinned'],
      check: (context) => equal(val(context, 'ratioPinned'), true, 'locked'),
    },
    {
      title: 'Reset Crop',
      captures: ['pinned'],
      check: (context) => {
        equal(context.engine.block.getContentFillMode(id(context, 'pinned')), 'Cover', 'resetCrop sets Cover');
        equal(context.engine.block.getCropScaleRatio(id(context, 'pinned')), 1, 'scale reset');
      },
    },
    {
      title: 'Export Cropped Images',
      captures: ['png'],
      check: async (context) => equal(pngSize(await bytesOf(context, 'png')), { width: 800, height: 600 }, 'PNG size'),
    },
  ],
} satisfies GuideCase;
