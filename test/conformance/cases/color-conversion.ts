import type { GuideCase, SnippetCheckContext } from '../harness/types.js';
import { close, equal, id, loggedLine, loggedValue, pngSize } from './helpers.js';

function closeColor(actual: unknown, expected: Record<string, number>, what: string): void {
  const color = actual as Record<string, number>;
  equal(Object.keys(color).sort(), Object.keys(expected).sort(), `${what} keys`);
  for (const [key, value] of Object.entries(expected)) close(color[key], value, `${what}.${key}`, 1e-3);
}

const colorOf = (context: SnippetCheckContext, fill: string) => context.engine.block.getColor(id(context, fill), 'fill/color/value');

export default {
  id: 'color-conversion',
  url: 'https://img.ly/docs/cesdk/node/colors/conversion-bcd82b',
  env: 'browser',
  snippets: [
    {
      title: 'Initialize the Engine',
      start: 'const engine = await CreativeEngine.init({',
      end: '});',
      check: ({ engine }) => equal(engine.scene.get(), null, 'engine without a scene'),
    },
    {
      title: 'Setting Up Colors (spot color)',
      start: '// Define a spot color with RGB approximation for screen preview',
      end: "engine.editor.setSpotColorRGB('Brand Red', 0.95, 0.25, 0.21);",
      check: ({ engine }) => closeColor(engine.editor.getSpotColorRGBA('Brand Red'), { r: 0.95, g: 0.25, b: 0.21, a: 1 }, 'spot approximation'),
    },
    {
      title: 'Setting Up Colors (sRGB block)',
      start: '// Block 1: sRGB color (for screen display)',
      end: 'engine.block.appendChild(page, srgbBlock);',
      captures: ['srgbFill'],
      check: (context) => equal(colorOf(context, 'srgbFill'), { r: 0.2, g: 0.4, b: 0.9, a: 1 }, 'sRGB fill'),
    },
    {
      title: 'Setting Up Colors (CMYK block)',
      start: '// Block 2: CMYK color (for print workflows)',
      end: 'engine.block.appendChild(page, cmykBlock);',
      captures: ['cmykFill'],
      check: (context) => equal(colorOf(context, 'cmykFill'), { c: 0, m: 0.8, y: 0.95, k: 0, tint: 1 }, 'CMYK fill'),
    },
    {
      title: 'Setting Up Colors (spot block)',
      start: '// Block 3: Spot color (for specialized printing)',
      end: 'engine.block.appendChild(page, spotBlock);',
      captures: ['spotFill'],
      check: (context) => equal(colorOf(context, 'spotFill'), { name: 'Brand Red', tint: 1, externalReference: '' }, 'spot fill'),
    },
    {
      title: 'Converting to sRGB',
      start: '// Convert colors to sRGB for screen display',
      end: "console.log('Spot color converted to sRGB:', spotToRgba);",
      check: (context) => {
        closeColor(loggedValue(context, 'CMYK converted to sRGB:'), { r: 1, g: 0.2, b: 0.05, a: 1 }, 'CMYK → sRGB (tint becomes alpha)');
        closeColor(loggedValue(context, 'Spot color converted to sRGB:'), { r: 0.95, g: 0.25, b: 0.21, a: 1 }, 'spot → sRGB');
      },
    },
    {
      title: 'Converting to CMYK',
      start: '// Convert colors to CMYK for print workflows',
      end: "console.log('Spot color converted to CMYK:', spotToCmyk);",
      check: (context) => {
        closeColor(loggedValue(context, 'sRGB converted to CMYK:'), { c: 0.7778, m: 0.5556, y: 0, k: 0.1, tint: 1 }, 'sRGB → CMYK (alpha becomes tint)');
        closeColor(loggedValue(context, 'Spot color converted to CMYK:'), { c: 0, m: 0.85, y: 0.9, k: 0.05, tint: 1 }, 'spot → CMYK');
      },
    },
    {
      title: 'Identifying Color Types',
      start: '// Use type guards to identify color space before conversion',
      endAfter: 'if (isSpotColor(spotColor)) {',
      end: '}',
      check: (context) => {
        equal(loggedLine(context, 'sRGB color components:'), 'sRGB color components:', 'sRGB guard');
        equal(loggedValue(context, 'Spot color name:'), 'Brand Red', 'spot guard');
      },
    },
    {
      title: 'Exporting with Colors',
      start: '// Export the scene to a PNG file',
      end: "console.log('Exported to output/color-conversion.png');",
      check: ({ files }) => equal(pngSize(files.get('output/color-conversion.png')), { width: 800, height: 600 }, 'PNG size'),
    },
  ],
} satisfies GuideCase;
