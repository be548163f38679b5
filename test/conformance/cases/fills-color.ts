import type { GuideCase } from '../harness/types.js';
import { equal, id, loggedValue, pngSize } from './helpers.js';

export default {
  id: 'fills-color',
  url: 'https://img.ly/docs/cesdk/node/fills/color-7129cd',
  env: 'browser',
  snippets: [
    {
      title: 'Checking Color Fill Support',
      start: '// Check if block supports fills',
      end: '}',
      captures: ['canHaveFill'],
      check: (context) => equal(context.vars.canHaveFill, true, 'a page supports fills'),
    },
    {
      title: 'Creating a New Color Fill',
      start: '// Create a color fill',
      end: "const colorFill = engine.block.createFill('color');",
      captures: ['colorFill'],
      check: (context) => equal(context.engine.block.getType(id(context, 'colorFill')), '//ly.img.ubq/fill/color', 'fill type'),
    },
    {
      title: 'Setting a Fill on a Block',
      start: '// Create a graphic block with a shape',
      end: 'engine.block.setFill(block, colorFill);',
      captures: ['block', 'colorFill'],
      check: (context) => equal(context.engine.block.getFill(id(context, 'block')), id(context, 'colorFill'), 'getFill'),
    },
    {
      title: 'Setting RGB Colors',
      start: '// Set the fill color using RGB values',
      end: '});',
      captures: ['colorFill'],
      check: (context) => equal(context.engine.block.getColor(id(context, 'colorFill'), 'fill/color/value'), { r: 1, g: 0, b: 0, a: 1 }, 'color'),
    },
    {
      title: 'Getting the Current Fill',
      start: '// Get the current fill from a block',
      end: "console.log('Fill type:', fillType); // '//ly.img.ubq/fill/color'",
      check: (context) => equal(loggedValue(context, 'Fill type:'), '//ly.img.ubq/fill/color', 'fill type'),
    },
    {
      title: 'Complete example: read the color',
      start: '// Get the current color value',
      end: "console.log('Current color:', currentColor);",
      check: (context) => equal(loggedValue(context, 'Current color:'), { r: 1, g: 0, b: 0, a: 1 }, 'current color'),
    },
    {
      title: 'Setting CMYK Colors',
      start: '// Create a block with CMYK color for print workflows',
      endAfter: "engine.block.setColor(cmykFill, 'fill/color/value', {",
      end: '});',
      captures: ['cmykFill'],
      check: (context) => equal(context.engine.block.getColor(id(context, 'cmykFill'), 'fill/color/value'), { c: 0, m: 1, y: 0, k: 0, tint: 1 }, 'CMYK'),
    },
    {
      title: 'Setting Spot Colors',
      start: '// First define the spot color globally',
      endAfter: "engine.block.setColor(spotFill, 'fill/color/value', {",
      end: '});',
      captures: ['spotFill'],
      check: (context) => equal(context.engine.block.getColor(id(context, 'spotFill'), 'fill/color/value'), { name: 'BrandRed', tint: 1, externalReference: '' }, 'spot'),
    },
    {
      title: 'Toggling Fill Visibility',
      start: '// Toggle fill visibility',
      end: 'engine.block.setFillEnabled(toggleBlock, true);',
      captures: ['toggleBlock'],
      check: (context) => {
        equal(loggedValue(context, 'Fill enabled:'), true, 'enabled by default');
        equal(context.engine.block.isFillEnabled(id(context, 'toggleBlock')), true, 'enabled again');
      },
    },
    {
      title: 'Sharing Fills',
      start: '// Share a single fill instance between multiple blocks',
      endAfter: '// Now changing the fill affects both blocks',
      end: '});',
      captures: ['block1', 'block2', 'sharedFill'],
      check: (context) => {
        const fill = id(context, 'sharedFill');
        equal(context.engine.block.getFill(id(context, 'block1')), fill, 'block1 uses the shared fill');
        equal(context.engine.block.getFill(id(context, 'block2')), fill, 'block2 uses the shared fill');
        equal(context.engine.block.getColor(fill, 'fill/color/value'), { r: 0, g: 0.5, b: 0.5, a: 1 }, 'shared color');
      },
    },
    {
      title: 'Color Space Conversion',
      start: '// Convert colors between different color spaces',
      end: "console.log('Converted CMYK color:', cmykColor);",
      check: (context) => equal(loggedValue(context, 'Converted CMYK color:'), { c: 0, m: 1, y: 1, k: 0, tint: 1 }, 'red in CMYK'),
    },
    {
      title: 'Brand Colors',
      start: '// Define and apply brand colors as spot colors',
      end: "engine.block.setColor(brandFill, 'fill/color/value', brandColor);",
      captures: ['brandFill'],
      check: (context) => equal((context.engine.block.getColor(id(context, 'brandFill'), 'fill/color/value') as { name: string }).name, 'PrimaryBrand', 'brand spot color'),
    },
    {
      title: 'Semi-Transparent Overlays',
      start: '// Create semi-transparent overlay',
      endAfter: "engine.block.setColor(transparentFill, 'fill/color/value', {",
      end: '});',
      captures: ['transparentFill'],
      check: (context) => equal((context.engine.block.getColor(id(context, 'transparentFill'), 'fill/color/value') as { a: number }).a, 0.5, 'alpha'),
    },
    {
      title: 'Print Production',
      start: '// Use CMYK color space for print production',
      end: "engine.block.setColor(printFill, 'fill/color/value', printColor);",
      captures: ['printFill'],
      check: (context) => equal(context.engine.block.getColor(id(context, 'printFill'), 'fill/color/value'), { c: 0, m: 0.85, y: 1, k: 0, tint: 1 }, 'CMYK'),
    },
    {
      title: 'Complete example: export',
      start: '// Export the result',
      end: "console.log('Exported to ./output/solid-color-fills.png');",
      check: ({ files }) => equal(pngSize(files.get('output/solid-color-fills.png')), { width: 800, height: 600 }, 'PNG size'),
    },
  ],
} satisfies GuideCase;
