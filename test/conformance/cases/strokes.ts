import type { GuideCase } from '../harness/types.js';
import { bytesOf, equal, pngSize, val } from './helpers.js';

export default {
  id: 'strokes',
  url: 'https://img.ly/docs/cesdk/node/outlines/strokes-c2e621',
  env: 'browser',
  snippets: [
    {
      title: 'Checking Stroke Support',
      captures: ['cardTakesStroke'],
      check: (context) => equal(val(context, 'cardTakesStroke'), true, 'supportsStroke(graphic)'),
    },
    {
      title: 'Enabling Strokes',
      captures: ['cardStrokeOn'],
      check: (context) => equal(val(context, 'cardStrokeOn'), true, 'isStrokeEnabled'),
    },
    {
      title: 'Setting Stroke Color',
      captures: ['cardStrokeColor'],
      check: (context) => equal(val(context, 'cardStrokeColor'), { r: 0.2, g: 0.4, b: 0.9, a: 1 }, 'getStrokeColor'),
    },
    {
      title: 'Setting Stroke Width',
      captures: ['cardStrokeWidth'],
      check: (context) => equal(val(context, 'cardStrokeWidth'), 8, 'getStrokeWidth'),
    },
    {
      title: 'Stroke Styles',
      captures: ['cardStrokeStyle'],
      check: (context) => equal(val(context, 'cardStrokeStyle'), 'Dashed', 'getStrokeStyle'),
    },
    {
      title: 'Stroke Position',
      captures: ['cardStrokePosition'],
      check: (context) => equal(val(context, 'cardStrokePosition'), 'Outer', 'getStrokePosition'),
    },
    {
      title: 'Stroke Corner Geometry',
      captures: ['cardCorners'],
      check: (context) => equal(val(context, 'cardCorners'), 'Round', 'getStrokeCornerGeometry'),
    },
    {
      title: 'Complete example: export the result',
      captures: ['png'],
      check: async (context) => {
        // The engine is read before the first await: the guide disposes it when it ends.
        const styles = context.engine.block.findByType('graphic').map((block) => context.engine.block.getStrokeStyle(block));
        equal(styles, ['Dashed', 'Dotted', 'Solid'], 'three stroked shapes');
        equal(pngSize(await bytesOf(context, 'png')), { width: 800, height: 600 }, 'exported PNG size');
      },
    },
  ],
} satisfies GuideCase;
