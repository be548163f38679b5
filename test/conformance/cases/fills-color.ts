import type { GuideCase } from '../harness/types.js';
import { bytesOf, equal, id, pngSize, val } from './helpers.js';

export default {
  id: 'fills-color',
  url: 'https://img.ly/docs/cesdk/node/fills/color-7129cd',
  env: 'browser',
  snippets: [
    {
      title: 'Checking Color Fill Support',
      captures: ['pageTakesFill'],
      check: (context) => equal(val(context, 'pageTakesFill'), true, 'a page supports fills'),
    },
    {
      title: 'Creating a New Color Fill',
      captures: ['redPaint'],
      check: (context) => equal(context.engine.block.getType(id(context, 'redPaint')), '//ly.img.ubq/fill/color', 'fill type'),
    },
    {
      title: 'Setting a Fill on a Block',
      captures: ['redBox', 'redPaint'],
      check: (context) => equal(context.engine.block.getFill(id(context, 'redBox')), id(context, 'redPaint'), 'getFill'),
    },
    {
      title: 'Setting RGB Colors',
      captures: ['redPaint'],
      check: (context) => equal(context.engine.block.getColor(id(context, 'redPaint'), 'fill/color/value'), { r: 1, g: 0, b: 0, a: 1 }, 'color'),
    },
    {
      title: 'Getting the Current Fill',
      captures: ['redBoxFillType'],
      check: (context) => equal(val(context, 'redBoxFillType'), '//ly.img.ubq/fill/color', 'fill type'),
    },
    {
      title: 'Complete example: read the color',
      captures: ['redNow'],
      check: (context) => equal(val(context, 'redNow'), { r: 1, g: 0, b: 0, a: 1 }, 'current color'),
    },
    {
      title: 'Setting CMYK Colors',
      captures: ['magentaPaint'],
      check: (context) => equal(context.engine.block.getColor(id(context, 'magentaPaint'), 'fill/color/value'), { c: 0, m: 1, y: 0, k: 0, tint: 1 }, 'CMYK'),
    },
    {
      title: 'Setting Spot Colors',
      captures: ['inkPaint'],
      check: (context) => equal(context.engine.block.getColor(id(context, 'inkPaint'), 'fill/color/value'), { name: 'BrandRed', tint: 1, externalReference: '' }, 'spot'),
    },
    {
      title: 'Toggling Fill Visibility',
      captures: ['orangeBox', 'fillOnAtFirst'],
      check: (context) => {
        equal(val(context, 'fillOnAtFirst'), true, 'enabled by default');
        equal(context.engine.block.isFillEnabled(id(context, 'orangeBox')), true, 'enabled again');
      },
    },
    {
      title: 'Sharing Fills',
      captures: ['twinA', 'twinB', 'twinPaint'],
      check: (context) => {
        const fill = id(context, 'twinPaint');
        equal(context.engine.block.getFill(id(context, 'twinA')), fill, 'first block uses the shared fill');
        equal(context.engine.block.getFill(id(context, 'twinB')), fill, 'second block uses the shared fill');
        equal(context.engine.block.getColor(fill, 'fill/color/value'), { r: 0, g: 0.5, b: 0.5, a: 1 }, 'shared color');
      },
    },
    {
      title: 'Color Space Conversion',
      captures: ['pureRedInCmyk'],
      check: (context) => equal(val(context, 'pureRedInCmyk'), { c: 0, m: 1, y: 1, k: 0, tint: 1 }, 'red in CMYK'),
    },
    {
      title: 'Brand Colors',
      captures: ['brandPaint'],
      check: (context) => equal((context.engine.block.getColor(id(context, 'brandPaint'), 'fill/color/value') as { name: string }).name, 'PrimaryBrand', 'brand spot color'),
    },
    {
      title: 'Semi-Transparent Overlays',
      captures: ['glassPaint'],
      check: (context) => equal((context.engine.block.getColor(id(context, 'glassPaint'), 'fill/color/value') as { a: number }).a, 0.5, 'alpha'),
    },
    {
      title: 'Print Production',
      captures: ['pressPaint'],
      check: (context) => equal(context.engine.block.getColor(id(context, 'pressPaint'), 'fill/color/value'), { c: 0, m: 0.85, y: 1, k: 0, tint: 1 }, 'CMYK'),
    },
    {
      title: 'Complete example: export',
      captures: ['png'],
      check: async (context) => equal(pngSize(await bytesOf(context, 'png')), { width: 800, height: 600 }, 'PNG size'),
    },
  ],
} satisfies GuideCase;
