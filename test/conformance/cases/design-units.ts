import type { GuideCase } from '../harness/types.js';
import { close, equal, id, loggedLine, loggedValue } from './helpers.js';

export default {
  id: 'design-units',
  url: 'https://img.ly/docs/cesdk/node/concepts/design-units-cc6597',
  env: 'node',
  snippets: [
    {
      title: 'Getting the Current Design Unit',
      start: '// Create a new scene',
      end: "console.log('Current design unit:', currentUnit); // 'Pixel' by default",
      check: (context) => {
        equal(loggedValue(context, 'Current design unit:'), 'Pixel', 'default design unit');
        equal(context.engine.scene.getPages(), [], 'scene.create() makes no page');
      },
    },
    {
      title: 'Setting the Design Unit',
      start: '// Set design unit to Millimeter for print workflow',
      end: "console.log('Design unit changed to:', newUnit); // 'Millimeter'",
      check: (context) => equal(loggedValue(context, 'Design unit changed to:'), 'Millimeter', 'design unit'),
    },
    {
      title: 'Configuring DPI',
      start: '// Set DPI to 300 for print-quality exports',
      end: "console.log('DPI set to:', dpi); // 300",
      check: (context) => equal(loggedValue(context, 'DPI set to:'), 300, 'DPI'),
    },
    {
      title: 'Setting Up Print-Ready Designs',
      start: '// Create a page and set A4 dimensions (210 x 297 mm)',
      end: 'console.log(`Page dimensions: ${pageWidth}mm x ${pageHeight}mm`);',
      check: (context) => equal(loggedLine(context, 'Page dimensions:'), 'Page dimensions: 210mm x 297mm', 'A4 page'),
    },
    {
      title: 'Font Sizes and Design Units',
      start: '// Create a text block with millimeter dimensions',
      endAfter: "'This A4 document uses millimeter units with 300 DPI for print-ready output.'",
      end: ');',
      captures: ['textBlock', 'page'],
      check: (context) => {
        const text = id(context, 'textBlock');
        equal(context.engine.block.getParent(text), id(context, 'page'), 'text on the page');
        equal(context.engine.block.getPositionX(text), 20, 'x in mm');
        equal(context.engine.block.getPositionY(text), 30, 'y in mm');
        equal(context.engine.block.getWidth(text), 170, 'width in mm');
      },
    },
    {
      title: 'Understanding Export Resolution',
      start: '// Demonstrate unit comparison',
      endAfter: "'- A4 height (297mm) will export as',",
      end: ');',
      check: (context) => {
        close(loggedValue(context, '- A4 width (210mm) will export as'), 2480.3, 'A4 width in pixels', 0.1);
        close(loggedValue(context, '- A4 height (297mm) will export as'), 3507.9, 'A4 height in pixels', 0.1);
      },
    },
  ],
} satisfies GuideCase;
