import type { GuideCase } from '../harness/types.js';
import { equal, id, pngSize, val } from './helpers.js';

export default {
  id: 'pages',
  url: 'https://img.ly/docs/cesdk/node/concepts/pages-7b6bae',
  env: 'browser',
  snippets: [
    {
      title: 'Pages in the Scene Hierarchy',
      captures: ['column'],
      check: (context) => equal(context.engine.block.getBool(id(context, 'column'), 'stack/spacingInScreenspace'), true, 'spacing in screen space'),
    },
    {
      title: 'Page Dimensions and Consistency',
      captures: ['doc'],
      check: (context) => equal(context.engine.block.getFloat(id(context, 'doc'), 'scene/pageDimensions/width'), 800, 'page dimensions'),
    },
    {
      title: 'Pages in the Scene Hierarchy (create pages)',
      captures: ['cover', 'inner'],
      check: (context) => equal(context.engine.scene.getPages(), [id(context, 'cover'), id(context, 'inner')], 'pages'),
    },
    {
      title: 'Pages in the Scene Hierarchy (add content)',
      captures: ['heading', 'inner', 'headingSize'],
      check: (context) => {
        const text = id(context, 'heading');
        equal(context.engine.block.getParent(text), id(context, 'inner'), 'text on page 2');
        equal(context.engine.block.getTextFontSizes(text), [48], 'font size');
        equal(context.engine.block.getTextColors(text), [{ r: 0.2, g: 0.2, b: 0.2, a: 1 }], 'color');
        equal(context.engine.block.getFrameWidth(text), (val(context, 'headingSize') as { w: number }).w, 'frame width');
      },
    },
    {
      title: 'Page Properties',
      captures: ['cover'],
      check: (context) => {
        equal(context.engine.block.getFloat(id(context, 'cover'), 'page/margin/left'), 10, 'margin');
        equal(context.engine.block.getString(id(context, 'cover'), 'page/titleTemplate'), 'Cover', 'title template');
      },
    },
    {
      title: 'Fill and Background',
      captures: ['inner', 'paper'],
      check: (context) => equal(context.engine.block.getFill(id(context, 'inner')), id(context, 'paper'), 'page fill'),
    },
    {
      title: 'Finding and Navigating Pages',
      captures: ['cover', 'inner', 'pageList', 'pagesOfType'],
      check: (context) => {
        const pages = [id(context, 'cover'), id(context, 'inner')];
        equal(val(context, 'pageList'), pages, 'getPages');
        equal(val(context, 'pagesOfType'), pages, 'findByType');
      },
    },
    {
      title: 'Pages in Design Mode vs. Video Mode',
      captures: ['docMode'],
      check: (context) => equal(val(context, 'docMode'), 'Design', 'mode'),
    },
    {
      title: 'Complete example: export each page',
      captures: ['pngs'],
      check: async (context) => {
        const pngs = val(context, 'pngs') as Blob[];
        equal(pngs.length, 2, 'two exports');
        for (const [index, png] of pngs.entries()) {
          equal(pngSize(new Uint8Array(await png.arrayBuffer())), { width: 800, height: 600 }, `page ${index + 1}`);
        }
      },
    },
  ],
} satisfies GuideCase;
