import type { GuideCase } from '../harness/types.js';
import { bytesOf, equal, expect, id, pngSize, val } from './helpers.js';

export default {
  id: 'placeholders',
  url: 'https://img.ly/docs/cesdk/node/create-templates/add-dynamic-content/placeholders-d9ba8a',
  env: 'browser',
  snippets: [
    {
      title: 'Complete example: scene and layout',
      captures: ['sheet'],
      check: (context) => equal(context.engine.block.getWidth(id(context, 'sheet')), 1200, 'page width'),
    },
    {
      title: 'Complete example: block 1 and its scopes',
      captures: ['open'],
      check: (context) => {
        const block = id(context, 'open');
        equal(context.engine.block.isScopeEnabled(block, 'layer/move'), true, 'layer/move re-enabled');
        equal(context.engine.block.isScopeEnabled(block, 'text/edit'), false, 'text/edit stays disabled');
      },
    },
    {
      title: 'Enabling Placeholder Behavior (block)',
      captures: ['open'],
      check: (context) => equal(context.engine.block.isPlaceholderEnabled(id(context, 'open')), true, 'isPlaceholderEnabled'),
    },
    {
      title: 'Checking Placeholder Support',
      captures: ['open', 'openFill', 'openFillCanAct'],
      check: (context) => {
        equal(val(context, 'openFillCanAct'), true, 'an image fill supports placeholder behavior');
        equal(context.engine.block.getFill(id(context, 'open')), id(context, 'openFill'), 'the block\'s fill');
      },
    },
    {
      title: 'Enabling Placeholder Behavior (fill)',
      captures: ['openFill'],
      check: (context) => equal(context.engine.block.isPlaceholderBehaviorEnabled(id(context, 'openFill')), true, 'behavior on the fill'),
    },
    {
      title: 'Complete example: block 2',
      captures: ['fillOnly', 'sheet'],
      check: (context) => equal(context.engine.block.getParent(id(context, 'fillOnly')), id(context, 'sheet'), 'on the page'),
    },
    {
      title: 'Batch operation',
      captures: ['open', 'fillOnly'],
      check: (context) => {
        for (const name of ['open', 'fillOnly']) {
          const block = id(context, name);
          expect(context.engine.block.isPlaceholderEnabled(block), `${name} is a placeholder`);
          expect(context.engine.block.isPlaceholderBehaviorEnabled(context.engine.block.getFill(block)!), `${name}'s fill has placeholder behavior`);
        }
      },
    },
    {
      title: 'Complete example: block 2 fill scopes',
      captures: ['fillOnly'],
      check: (context) => {
        const block = id(context, 'fillOnly');
        equal(context.engine.block.isScopeEnabled(block, 'fill/change'), true, 'fill/change');
        equal(context.engine.block.isScopeEnabled(block, 'layer/move'), false, 'layer/move');
      },
    },
    {
      title: 'Complete example: block 3 without placeholder features',
      captures: ['locked'],
      check: (context) => {
        equal(context.engine.block.isPlaceholderEnabled(id(context, 'locked')), false, 'not a placeholder');
        equal(context.engine.block.isScopeEnabled(id(context, 'locked'), 'fill/change'), false, 'fill/change disabled');
      },
    },
    {
      title: 'Complete example: labels with a typeface',
      captures: ['openLabel', 'boldFont'],
      check: (context) => {
        const label = id(context, 'openLabel');
        equal(context.engine.block.getString(label, 'text/text'), 'All Controls', 'text');
        equal(context.engine.block.getString(label, 'text/fontFileUri'), val(context, 'boldFont'), 'font file');
        equal(context.engine.block.getTypeface(label).name, 'Roboto', 'typeface');
        equal(context.engine.block.getTextColors(label), [{ r: 0.2, g: 0.2, b: 0.2, a: 1 }], 'text color');
      },
    },
    {
      title: 'Complete example: save the template and a preview',
      captures: ['template', 'preview'],
      check: async (context) => {
        const archive = await bytesOf(context, 'template');
        expect(archive[0] === 0x50 && archive[1] === 0x4b, 'the scene archive is a zip');
        equal(pngSize(await bytesOf(context, 'preview')), { width: 1200, height: 800 }, 'preview size');
      },
    },
  ],
} satisfies GuideCase;
