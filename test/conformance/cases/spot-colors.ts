import type { GuideCase } from '../harness/types.js';
import { equal, expect, id, loggedLine, loggedValue, pngSize } from './helpers.js';

export default {
  id: 'spot-colors',
  url: 'https://img.ly/docs/cesdk/node/colors/for-print/spot-c3a150',
  env: 'browser',
  snippets: [
    {
      title: 'Setup',
      start: '// Initialize CE.SDK engine with baseURL for asset loading',
      end: '});',
      check: ({ engine }) => equal(engine.scene.get(), null, 'engine ready'),
    },
    {
      title: 'Complete example: scene, page and page background',
      start: '// Create a scene with a page',
      endAfter: "engine.block.setColor(pageFill, 'fill/color/value', {",
      end: '});',
      captures: ['page', 'pageFill'],
      check: (context) => {
        equal(context.engine.block.getFill(id(context, 'page')), id(context, 'pageFill'), 'a new page has a fill');
        equal(context.engine.block.getColor(id(context, 'pageFill'), 'fill/color/value'), { r: 0.95, g: 0.95, b: 0.95, a: 1 }, 'page color');
      },
    },
    {
      title: 'Complete example: helper',
      start: '// Helper function to create a graphic block with a color fill',
      endAfter: 'return { block, fill: colorFill };',
      end: '};',
      captures: ['createColorBlock'],
      check: (context) => expect(typeof context.vars.createColorBlock === 'function', 'helper'),
    },
    {
      title: 'RGB Approximation',
      start: '// Define a spot color with RGB approximation',
      end: "engine.editor.setSpotColorRGB('Brand-Primary', 0.8, 0.1, 0.2);",
      check: ({ engine }) => equal(engine.editor.getSpotColorRGBA('Brand-Primary'), { r: 0.8, g: 0.1, b: 0.2, a: 1 }, 'RGB approximation'),
    },
    {
      title: 'CMYK Approximation',
      start: '// Add CMYK approximation for the same spot color',
      end: "engine.editor.setSpotColorCMYK('Brand-Accent', 0.75, 0.5, 0.0, 0.0);",
      check: ({ engine }) => equal(engine.editor.getSpotColorCMYK('Brand-Accent'), { c: 0.75, m: 0.5, y: 0, k: 0, tint: 1 }, 'CMYK approximation'),
    },
    {
      title: 'To Fills',
      start: '// Apply spot colors to fills using SpotColor objects',
      end: "engine.block.setColor(primaryFill, 'fill/color/value', brandPrimary);",
      captures: ['primaryFill'],
      check: (context) => equal(context.engine.block.getColor(id(context, 'primaryFill'), 'fill/color/value'), { name: 'Brand-Primary', tint: 1, externalReference: '' }, 'spot fill'),
    },
    {
      title: 'Complete example: accent block',
      start: '// Apply Brand-Accent to another block',
      end: "engine.block.setColor(accentFill, 'fill/color/value', brandAccent);",
      captures: ['accentFill'],
      check: (context) => equal((context.engine.block.getColor(id(context, 'accentFill'), 'fill/color/value') as { name: string }).name, 'Brand-Accent', 'accent'),
    },
    {
      title: 'Using Tints',
      start: '// Use tints for lighter variations without defining new spot colors',
      end: "engine.block.setColor(lightTintFill, 'fill/color/value', brandAccentLightTint);",
      captures: ['tintedFill', 'lightTintFill'],
      check: (context) => {
        equal((context.engine.block.getColor(id(context, 'tintedFill'), 'fill/color/value') as { tint: number }).tint, 0.5, 'half tint');
        equal((context.engine.block.getColor(id(context, 'lightTintFill'), 'fill/color/value') as { tint: number }).tint, 0.3, 'light tint');
      },
    },
    {
      title: 'To Strokes and Shadows',
      start: '// Apply spot colors to strokes and shadows',
      end: "engine.block.setColor(shadowBlock, 'dropShadow/color', shadowColor);",
      captures: ['strokeBlock', 'shadowBlock'],
      check: (context) => {
        equal((context.engine.block.getStrokeColor(id(context, 'strokeBlock')) as { name: string }).name, 'Brand-Primary', 'stroke');
        equal((context.engine.block.getDropShadowColor(id(context, 'shadowBlock')) as { tint: number }).tint, 0.8, 'shadow tint');
      },
    },
    {
      title: 'Querying Spot Colors',
      start: '// Query all defined spot colors',
      end: "console.log('Brand-Primary CMYK approximation:', cmykApprox);",
      check: (context) => {
        const names = loggedValue(context, 'Defined spot colors:') as string[];
        expect(names.includes('Brand-Primary') && names.includes('Brand-Accent'), 'both spot colors listed');
        equal(loggedValue(context, 'Brand-Primary RGB approximation:'), { r: 0.8, g: 0.1, b: 0.2, a: 1 }, 'RGBA');
        equal(loggedValue(context, 'Brand-Primary CMYK approximation:'), { c: 0.05, m: 0.95, y: 0.85, k: 0, tint: 1 }, 'CMYK');
      },
    },
    {
      title: 'Reading Spot Colors from Blocks',
      start: "// Read back the color from a block and check if it's a spot color",
      endAfter: 'if (isSpotColor(retrievedColor)) {',
      end: '}',
      check: (context) => equal(loggedLine(context, 'Retrieved SpotColor'), 'Retrieved SpotColor - Name: Brand-Primary, Tint: 1', 'read back'),
    },
    {
      title: 'Updating Spot Colors',
      start: "// Update an existing spot color's approximation",
      end: "console.log('Updated Brand-Accent RGB approximation');",
      check: ({ engine }) => equal(engine.editor.getSpotColorRGBA('Brand-Accent'), { r: 0.3, g: 0.5, b: 0.9, a: 1 }, 'updated'),
    },
    {
      title: 'Complete example: block with the updated color',
      start: '// Show the updated color in a new block',
      end: "engine.block.setColor(updatedFill, 'fill/color/value', updatedAccent);",
    },
    {
      title: 'Removing Spot Colors',
      start: '// Define a temporary spot color',
      end: "console.log('Remaining spot colors:', remainingSpotColors);",
      check: (context) => expect(!(loggedValue(context, 'Remaining spot colors:') as string[]).includes('Temporary-Color'), 'removed'),
    },
    {
      title: 'Cutout Types',
      start: '// Assign spot colors to cutout types for die-cutting operations',
      end: "console.log('Cutout type Solid uses spot color:', cutoutSpotColor);",
      check: (context) => equal(loggedValue(context, 'Cutout type Solid uses spot color:'), 'DieLine', 'cutout spot color'),
    },
    {
      title: 'Exporting for Print',
      start: '// Export the design',
      end: 'console.log(`PDF exported: ${outputDir}/spot-colors.pdf`);',
      check: ({ files }) => {
        equal(pngSize(files.get('output/spot-colors.png')), { width: 800, height: 600 }, 'PNG');
        const pdf = files.get('output/spot-colors.pdf');
        expect(pdf instanceof Uint8Array && String.fromCharCode(...pdf.slice(0, 5)) === '%PDF-', 'a PDF file');
      },
    },
  ],
} satisfies GuideCase;
