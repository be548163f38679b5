import type { GuideCase, SnippetCheckContext } from '../harness/types.js';
import { bytesOf, close, equal, id, pngSize, val } from './helpers.js';

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
      check: ({ engine }) => equal(engine.scene.get(), null, 'engine without a scene'),
    },
    {
      title: 'Setting Up Colors (spot color)',
      check: ({ engine }) => closeColor(engine.editor.getSpotColorRGBA('Brand Red'), { r: 0.95, g: 0.25, b: 0.21, a: 1 }, 'spot approximation'),
    },
    {
      title: 'Setting Up Colors (sRGB block)',
      captures: ['screenPaint'],
      check: (context) => equal(colorOf(context, 'screenPaint'), { r: 0.2, g: 0.4, b: 0.9, a: 1 }, 'sRGB fill'),
    },
    {
      title: 'Setting Up Colors (CMYK block)',
      captures: ['printPaint'],
      check: (context) => equal(colorOf(context, 'printPaint'), { c: 0, m: 0.8, y: 0.95, k: 0, tint: 1 }, 'CMYK fill'),
    },
    {
      title: 'Setting Up Colors (spot block)',
      captures: ['inkPaint'],
      check: (context) => equal(colorOf(context, 'inkPaint'), { name: 'Brand Red', tint: 1, externalReference: '' }, 'spot fill'),
    },
    {
      title: 'Converting to sRGB',
      captures: ['printOnScreen', 'inkOnScreen'],
      check: (context) => {
        closeColor(val(context, 'printOnScreen'), { r: 1, g: 0.2, b: 0.05, a: 1 }, 'CMYK → sRGB (tint becomes alpha)');
        closeColor(val(context, 'inkOnScreen'), { r: 0.95, g: 0.25, b: 0.21, a: 1 }, 'spot → sRGB');
      },
    },
    {
      title: 'Converting to CMYK',
      captures: ['screenInPrint', 'inkInPrint'],
      check: (context) => {
        closeColor(val(context, 'screenInPrint'), { c: 0.7778, m: 0.5556, y: 0, k: 0.1, tint: 1 }, 'sRGB → CMYK (alpha becomes tint)');
        closeColor(val(context, 'inkInPrint'), { c: 0, m: 0.85, y: 0.9, k: 0.05, tint: 1 }, 'spot → CMYK');
      },
    },
    {
      title: 'Identifying Color Types',
      captures: ['spaces', 'inkName'],
      check: (context) => {
        equal(val(context, 'spaces'), ['sRGB', 'CMYK', 'Spot'], 'colour shapes');
        equal(val(context, 'inkName'), 'Brand Red', 'spot name');
      },
    },
    {
      title: 'Exporting with Colors',
      captures: ['png'],
      check: async (context) => equal(pngSize(await bytesOf(context, 'png')), { width: 800, height: 600 }, 'PNG size'),
    },
  ],
} satisfies GuideCase;
