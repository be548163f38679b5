import type { GuideCase } from '../harness/types.js';
import { bytesOf, equal, expect, id, pngSize, val } from './helpers.js';

export default {
  id: 'scenes',
  url: 'https://img.ly/docs/cesdk/node/concepts/scenes-e8596d',
  env: 'browser',
  snippets: [
    {
      title: 'Creating an Empty Scene',
      captures: ['pileOfPages'],
      check: (context) => {
        const stack = id(context, 'pileOfPages');
        equal(context.engine.block.getType(stack), '//ly.img.ubq/stack', 'a stack block');
        equal(context.engine.block.getParent(stack), context.engine.scene.get(), 'the stack is the scene\'s child');
        equal(context.engine.scene.getPages(), [], 'no page without page options');
        equal(context.engine.block.getFloat(stack, 'stack/spacing'), 20, 'spacing');
      },
    },
    {
      title: 'Adding Pages',
      captures: ['front', 'back'],
      check: (context) => {
        equal(context.engine.scene.getPages(), [id(context, 'front'), id(context, 'back')], 'pages in the stack');
        equal(context.engine.block.getGlobalBoundingBoxY(id(context, 'back')), 620, 'the vertical stack puts page 2 below page 1 with 20 spacing');
      },
    },
    {
      title: 'Adding Blocks',
      captures: ['back', 'backCircle'],
      check: (context) => equal(context.engine.block.getParent(id(context, 'backCircle')), id(context, 'back'), 'on page 2'),
    },
    {
      title: 'Design Units, Scene Mode and Layout',
      captures: ['docSettings'],
      check: (context) => equal(val(context, 'docSettings'), { unit: 'Pixel', layout: 'VerticalStack', mode: 'Design' }, 'unit, layout, mode'),
    },
    {
      title: 'Page Navigation',
      captures: ['sheetCount'],
      check: (context) => equal(val(context, 'sheetCount'), 2, 'pages'),
    },
    {
      title: 'Saving to String',
      captures: ['snapshot'],
      check: (context) => expect((val(context, 'snapshot') as string).length > 0, 'a saved string'),
    },
    {
      title: 'Loading from String',
      check: ({ engine }) => {
        equal(engine.scene.getPages().length, 2, 'both pages back');
        equal(engine.block.findByType('stack').length, 1, 'the stack is back');
      },
    },
    {
      title: 'Exporting Scenes',
      captures: ['png'],
      check: async (context) => equal(pngSize(await bytesOf(context, 'png')), { width: 800, height: 600 }, 'PNG size'),
    },
  ],
} satisfies GuideCase;
