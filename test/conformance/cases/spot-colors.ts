import type { GuideCase } from '../harness/types.js';
import { bytesOf, equal, expect, id, pngSize, val } from './helpers.js';

export default {
  id: 'spot-colors',
  url: 'https://img.ly/docs/cesdk/node/colors/for-print/spot-c3a150',
  env: 'browser',
  snippets: [
    {
      title: 'Setup',
      check: ({ engine }) => equal(engine.scene.get(), null, 'engine ready'),
    },
    {
      title: 'Complete example: scene, page and page background',
      captures: ['sheet', 'sheetPaint'],
      check: (context) => {
        equal(context.engine.block.getFill(id(context, 'sheet')), id(context, 'sheetPaint'), 'a new page has a fill');
        equal(context.engine.block.getColor(id(context, 'sheetPaint'), 'fill/color/value'), { r: 0.95, g: 0.95, b: 0.95, a: 1 }, 'page color');
      },
    },
    {
      title: 'Complete example: helper',
      captures: ['swatch'],
      check: (context) => expect(typeof context.vars.swatch === 'function', 'helper'),
    },
    {
      title: 'RGB Approximation',
      check: ({ engine }) => equal(engine.editor.getSpotColorRGBA('Brand-Primary'), { r: 0.8, g: 0.1, b: 0.2, a: 1 }, 'RGB approximation'),
    },
    {
      title: 'CMYK Approximation',
      check: ({ engine }) => equal(engine.editor.getSpotColorCMYK('Brand-Accent'), { c: 0.75, m: 0.5, y: 0, k: 0, tint: 1 }, 'CMYK approximation'),
    },
    {
      title: 'To Fills',
      captures: ['primaryPaint'],
      check: (context) => equal(context.engine.block.getColor(id(context, 'primaryPaint'), 'fill/color/value'), { name: 'Brand-Primary', tint: 1, externalReference: '' }, 'spot fill'),
    },
    {
      title: 'Complete example: accent block',
      captures: ['accentPaint'],
      check: (context) => equal((context.engine.block.getColor(id(context, 'accentPaint'), 'fill/color/value') as { name: string }).name, 'Brand-Accent', 'accent'),
    },
    {
      title: 'Using Tints',
      captures: ['halfPaint', 'palePaint'],
      check: (context) => {
        equal((context.engine.block.getColor(id(context, 'halfPaint'), 'fill/color/value') as { tint: number }).tint, 0.5, 'half tint');
        equal((context.engine.block.getColor(id(context, 'palePaint'), 'fill/color/value') as { tint: number }).tint, 0.3, 'light tint');
      },
    },
    {
      title: 'To Strokes and Shadows',
      captures: ['outlined', 'lifted'],
      check: (context) => {
        const outlined = (val(context, 'outlined') as { item: number }).item;
        const lifted = (val(context, 'lifted') as { item: number }).item;
        equal((context.engine.block.getStrokeColor(outlined) as { name: string }).name, 'Brand-Primary', 'stroke');
        equal((context.engine.block.getDropShadowColor(lifted) as { tint: number }).tint, 0.8, 'shadow tint');
      },
    },
    {
      title: 'Querying Spot Colors',
      captures: ['inkNames', 'primaryOnScreen', 'primaryInPrint'],
      check: (context) => {
        const names = val(context, 'inkNames') as string[];
        expect(names.includes('Brand-Primary') && names.includes('Brand-Accent'), 'both spot colors listed');
        equal(val(context, 'primaryOnScreen'), { r: 0.8, g: 0.1, b: 0.2, a: 1 }, 'RGBA');
        equal(val(context, 'primaryInPrint'), { c: 0.05, m: 0.95, y: 0.85, k: 0, tint: 1 }, 'CMYK');
      },
    },
    {
      title: 'Reading Spot Colors from Blocks',
      captures: ['primaryInk'],
      check: (context) => equal(val(context, 'primaryInk'), { name: 'Brand-Primary', tint: 1 }, 'read back'),
    },
    {
      title: 'Updating Spot Colors',
      check: ({ engine }) => equal(engine.editor.getSpotColorRGBA('Brand-Accent'), { r: 0.3, g: 0.5, b: 0.9, a: 1 }, 'updated'),
    },
    {
      title: 'Complete example: block with the updated color',
    },
    {
      title: 'Removing Spot Colors',
      captures: ['inkNamesAfter'],
      check: (context) => expect(!(val(context, 'inkNamesAfter') as string[]).includes('Temporary-Color'), 'removed'),
    },
    {
      title: 'Cutout Types',
      captures: ['solidCutInk'],
      check: (context) => equal(val(context, 'solidCutInk'), 'DieLine', 'cutout spot color'),
    },
    {
      title: 'Exporting for Print',
      captures: ['png', 'pdf'],
      check: async (context) => {
        equal(pngSize(await bytesOf(context, 'png')), { width: 800, height: 600 }, 'PNG');
        const pdf = await bytesOf(context, 'pdf');
        expect(String.fromCharCode(...pdf.slice(0, 5)) === '%PDF-', 'a PDF file');
      },
    },
  ],
} satisfies GuideCase;
