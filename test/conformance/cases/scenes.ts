import type { GuideCase } from '../harness/types.js';
import { equal, expect, id, loggedValue, pngSize } from './helpers.js';

export default {
  id: 'scenes',
  url: 'https://img.ly/docs/cesdk/node/concepts/scenes-e8596d',
  env: 'browser',
  snippets: [
    {
      title: 'Creating an Empty Scene',
      start: '// Create a new design scene with VerticalStack layout',
      end: "engine.block.setBool(stack, 'stack/spacingInScreenspace', true);",
      captures: ['stack'],
      check: (context) => {
        const stack = id(context, 'stack');
        equal(context.engine.block.getType(stack), '//ly.img.ubq/stack', 'a stack block');
        equal(context.engine.block.getParent(stack), context.engine.scene.get(), 'the stack is the scene\'s child');
        equal(context.engine.scene.getPages(), [], 'no page without page options');
        equal(context.engine.block.getFloat(stack, 'stack/spacing'), 20, 'spacing');
      },
    },
    {
      title: 'Adding Pages',
      start: '// Create the first page',
      end: 'engine.block.appendChild(stack, page2);',
      captures: ['page1', 'page2'],
      check: (context) => {
        equal(context.engine.scene.getPages(), [id(context, 'page1'), id(context, 'page2')], 'pages in the stack');
        equal(context.engine.block.getGlobalBoundingBoxY(id(context, 'page2')), 620, 'the vertical stack puts page 2 below page 1 with 20 spacing');
      },
    },
    {
      title: 'Adding Blocks',
      start: '// Add a shape to the first page',
      end: 'engine.block.appendChild(page2, graphic2);',
      captures: ['page2', 'graphic2'],
      check: (context) => equal(context.engine.block.getParent(id(context, 'graphic2')), id(context, 'page2'), 'on page 2'),
    },
    {
      title: 'Design Units, Scene Mode and Layout',
      start: '// Query scene properties',
      end: "console.log('Scene mode:', mode);",
      check: (context) => {
        equal(loggedValue(context, 'Scene design unit:'), 'Pixel', 'unit');
        equal(loggedValue(context, 'Scene layout:'), 'VerticalStack', 'layout');
        equal(loggedValue(context, 'Scene mode:'), 'Design', 'mode');
      },
    },
    {
      title: 'Page Navigation',
      start: '// Access pages within the scene',
      end: "console.log('Number of pages:', pages.length);",
      check: (context) => equal(loggedValue(context, 'Number of pages:'), 2, 'pages'),
    },
    {
      title: 'Saving to String',
      start: '// Save the scene to a string for persistence',
      end: "console.log('Scene saved successfully. String length:', sceneString.length);",
      check: (context) => expect((loggedValue(context, 'Scene saved successfully. String length:') as number) > 0, 'a saved string'),
    },
    {
      title: 'Loading from String',
      start: '// Demonstrate loading the scene from the saved string',
      end: "console.log('Scene loaded from saved string');",
      check: ({ engine }) => {
        equal(engine.scene.getPages().length, 2, 'both pages back');
        equal(engine.block.findByType('stack').length, 1, 'the stack is back');
      },
    },
    {
      title: 'Exporting Scenes',
      start: '// Export the first page to a PNG file',
      end: "console.log('Exported to output/scenes-page1.png');",
      check: ({ files }) => equal(pngSize(files.get('output/scenes-page1.png')), { width: 800, height: 600 }, 'PNG size'),
    },
  ],
} satisfies GuideCase;
