import type { GuideCase } from '../harness/types.js';
import { equal, id, loggedValue, pngSize } from './helpers.js';

export default {
  id: 'pages',
  url: 'https://img.ly/docs/cesdk/node/concepts/pages-7b6bae',
  env: 'browser',
  snippets: [
    {
      title: 'Pages in the Scene Hierarchy',
      start: '// Create a scene with VerticalStack layout for multi-page designs',
      end: "engine.block.setBool(stack, 'stack/spacingInScreenspace', true);",
      captures: ['stack'],
      check: (context) => equal(context.engine.block.getBool(id(context, 'stack'), 'stack/spacingInScreenspace'), true, 'spacing in screen space'),
    },
    {
      title: 'Page Dimensions and Consistency',
      start: '// Get the scene to set page dimensions',
      end: "engine.block.setFloat(scene, 'scene/pageDimensions/height', 600);",
      captures: ['scene'],
      check: (context) => equal(context.engine.block.getFloat(id(context, 'scene'), 'scene/pageDimensions/width'), 800, 'page dimensions'),
    },
    {
      title: 'Pages in the Scene Hierarchy (create pages)',
      start: '// Create the first page and set its dimensions',
      end: 'engine.block.appendChild(stack, secondPage);',
      captures: ['firstPage', 'secondPage'],
      check: (context) => equal(context.engine.scene.getPages(), [id(context, 'firstPage'), id(context, 'secondPage')], 'pages'),
    },
    {
      title: 'Pages in the Scene Hierarchy (add content)',
      start: '// Add an image block to the first page',
      end: 'engine.block.setPositionY(textBlock, (600 - textHeight) / 2);',
      captures: ['textBlock', 'secondPage', 'textWidth'],
      check: (context) => {
        const text = id(context, 'textBlock');
        equal(context.engine.block.getParent(text), id(context, 'secondPage'), 'text on page 2');
        equal(context.engine.block.getTextFontSizes(text), [48], 'font size');
        equal(context.engine.block.getTextColors(text), [{ r: 0.2, g: 0.2, b: 0.2, a: 1 }], 'color');
        equal(context.engine.block.getFrameWidth(text), context.vars.textWidth, 'frame width');
      },
    },
    {
      title: 'Page Properties',
      start: '// Configure page properties on the first page',
      end: "engine.block.setString(secondPage, 'page/titleTemplate', 'Content');",
      captures: ['firstPage'],
      check: (context) => {
        equal(context.engine.block.getFloat(id(context, 'firstPage'), 'page/margin/left'), 10, 'margin');
        equal(context.engine.block.getString(id(context, 'firstPage'), 'page/titleTemplate'), 'Cover', 'title template');
      },
    },
    {
      title: 'Fill and Background',
      start: '// Set a background fill on the second page',
      end: 'engine.block.setFill(secondPage, colorFill);',
      captures: ['secondPage', 'colorFill'],
      check: (context) => equal(context.engine.block.getFill(id(context, 'secondPage')), id(context, 'colorFill'), 'page fill'),
    },
    {
      title: 'Finding and Navigating Pages',
      start: '// Demonstrate finding pages',
      end: "console.log('Pages found by type:', pagesByType);",
      captures: ['firstPage', 'secondPage'],
      check: (context) => {
        const pages = [id(context, 'firstPage'), id(context, 'secondPage')];
        equal(loggedValue(context, 'All pages:'), pages, 'getPages');
        equal(loggedValue(context, 'Pages found by type:'), pages, 'findByType');
      },
    },
    {
      title: 'Pages in Design Mode vs. Video Mode',
      start: '// Check the scene mode (Design vs Video)',
      end: "console.log('Scene mode:', sceneMode);",
      check: (context) => equal(loggedValue(context, 'Scene mode:'), 'Design', 'mode'),
    },
    {
      title: 'Complete example: export each page',
      start: '// Export each page to demonstrate the result',
      endAfter: 'for (let i = 0; i < allPages.length; i++) {',
      end: '}',
      check: ({ files }) => {
        equal(pngSize(files.get('output/page-1.png')), { width: 800, height: 600 }, 'page 1');
        equal(pngSize(files.get('output/page-2.png')), { width: 800, height: 600 }, 'page 2');
      },
    },
  ],
} satisfies GuideCase;
