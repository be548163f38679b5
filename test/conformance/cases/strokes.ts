import type { GuideCase } from '../harness/types.js';
import { equal, loggedValue, pngSize } from './helpers.js';

export default {
  id: 'strokes',
  url: 'https://img.ly/docs/cesdk/node/outlines/strokes-c2e621',
  env: 'browser',
  snippets: [
    {
      title: 'Checking Stroke Support',
      start: '// Check if the block supports strokes before applying',
      end: "console.log('Block supports strokes:', canHaveStroke);",
      check: (context) => equal(loggedValue(context, 'Block supports strokes:'), true, 'supportsStroke(graphic)'),
    },
    {
      title: 'Enabling Strokes',
      start: '// Enable stroke on the block',
      end: "console.log('Stroke enabled:', strokeEnabled);",
      check: (context) => equal(loggedValue(context, 'Stroke enabled:'), true, 'isStrokeEnabled'),
    },
    {
      title: 'Setting Stroke Color',
      start: '// Set stroke color to blue (RGBA values from 0.0 to 1.0)',
      end: "console.log('Stroke color:', strokeColor);",
      check: (context) => equal(loggedValue(context, 'Stroke color:'), { r: 0.2, g: 0.4, b: 0.9, a: 1 }, 'getStrokeColor'),
    },
    {
      title: 'Setting Stroke Width',
      start: '// Set stroke width in design units',
      end: "console.log('Stroke width:', strokeWidth);",
      check: (context) => equal(loggedValue(context, 'Stroke width:'), 8, 'getStrokeWidth'),
    },
    {
      title: 'Stroke Styles',
      start: '// Set stroke style to dashed',
      end: "console.log('Stroke style:', strokeStyle);",
      check: (context) => equal(loggedValue(context, 'Stroke style:'), 'Dashed', 'getStrokeStyle'),
    },
    {
      title: 'Stroke Position',
      start: '// Set stroke position relative to block edge',
      end: "console.log('Stroke position:', strokePosition);",
      check: (context) => equal(loggedValue(context, 'Stroke position:'), 'Outer', 'getStrokePosition'),
    },
    {
      title: 'Stroke Corner Geometry',
      start: '// Set stroke corner geometry',
      end: "console.log('Corner geometry:', cornerGeometry);",
      check: (context) => equal(loggedValue(context, 'Corner geometry:'), 'Round', 'getStrokeCornerGeometry'),
    },
    {
      title: 'Complete example: export the result',
      start: '// Export the result to a file',
      end: "console.log('Exported result to output/stroked-shapes.png');",
      check: ({ files }) => equal(pngSize(files.get('output/stroked-shapes.png')), { width: 800, height: 600 }, 'exported PNG size'),
    },
  ],
} satisfies GuideCase;
