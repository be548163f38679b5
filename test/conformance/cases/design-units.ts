import type { GuideCase } from '../harness/types.js';
import { close, equal, id, val } from './helpers.js';

export default {
  id: 'design-units',
  url: 'https://img.ly/docs/cesdk/node/concepts/design-units-cc6597',
  env: 'node',
  snippets: [
    {
      title: 'Getting the Current Design Unit',
      captures: ['unitBefore'],
      check: (context) => {
        equal(val(context, 'unitBefore'), 'Pixel', 'default design unit');
        equal(context.engine.scene.getPages(), [], 'scene.create() makes no page');
      },
    },
    {
      title: 'Setting the Design Unit',
      captures: ['unitAfter'],
      check: (context) => equal(val(context, 'unitAfter'), 'Millimeter', 'design unit'),
    },
    {
      title: 'Configuring DPI',
      captures: ['printDpi'],
      check: (context) => equal(val(context, 'printDpi'), 300, 'DPI'),
    },
    {
      title: 'Setting Up Print-Ready Designs',
      captures: ['sheetSizeMm'],
      check: (context) => equal(val(context, 'sheetSizeMm'), [210, 297], 'A4 page in mm'),
    },
    {
      title: 'Font Sizes and Design Units',
      captures: ['note', 'sheet'],
      check: (context) => {
        const text = id(context, 'note');
        equal(context.engine.block.getParent(text), id(context, 'sheet'), 'text on the page');
        equal(context.engine.block.getPositionX(text), 20, 'x in mm');
        equal(context.engine.block.getPositionY(text), 30, 'y in mm');
        equal(context.engine.block.getWidth(text), 170, 'width in mm');
      },
    },
    {
      title: 'Understanding Export Resolution',
      captures: ['sheetSizePx'],
      check: (context) => {
        const [width, height] = val(context, 'sheetSizePx') as number[];
        close(width, 2480.3, 'A4 width in pixels', 0.1);
        close(height, 3507.9, 'A4 height in pixels', 0.1);
      },
    },
  ],
} satisfies GuideCase;
