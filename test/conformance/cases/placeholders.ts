import type { GuideCase } from '../harness/types.js';
import { equal, expect, id, pngSize } from './helpers.js';

export default {
  id: 'placeholders',
  url: 'https://img.ly/docs/cesdk/node/create-templates/add-dynamic-content/placeholders-d9ba8a',
  env: 'browser',
  snippets: [
    {
      title: 'Complete example: scene and layout',
      start: '// Create a design scene',
      end: "const imageUri3 = 'https://img.ly/static/ubq_samples/sample_3.jpg';",
      captures: ['page'],
      check: (context) => equal(context.engine.block.getWidth(id(context, 'page')), 1200, 'page width'),
    },
    {
      title: 'Complete example: block 1 and its scopes',
      start: '// Block 1: All Placeholder Controls Enabled',
      end: "engine.block.setScopeEnabled(block1, 'editor/select', true);",
      captures: ['block1'],
      check: (context) => {
        const block = id(context, 'block1');
        equal(context.engine.block.isScopeEnabled(block, 'layer/move'), true, 'layer/move re-enabled');
        equal(context.engine.block.isScopeEnabled(block, 'text/edit'), false, 'text/edit stays disabled');
      },
    },
    {
      title: 'Enabling Placeholder Behavior (block)',
      start: '// Step 3: Enable placeholder behavior ("Act as a placeholder")',
      end: 'engine.block.setPlaceholderEnabled(block1, true);',
      captures: ['block1'],
      check: (context) => equal(context.engine.block.isPlaceholderEnabled(id(context, 'block1')), true, 'isPlaceholderEnabled'),
    },
    {
      title: 'Checking Placeholder Support',
      start: '// Step 4: Check if block/fill supports placeholder features',
      end: 'const supportsBehavior = engine.block.supportsPlaceholderBehavior(fill1);',
      captures: ['block1', 'fill1', 'supportsBehavior'],
      check: (context) => {
        equal(context.vars.supportsBehavior, true, 'an image fill supports placeholder behavior');
        equal(context.engine.block.getFill(id(context, 'block1')), id(context, 'fill1'), 'fill1 is the fill');
      },
    },
    {
      title: 'Enabling Placeholder Behavior (fill)',
      start: '// Enable placeholder behavior on the fill (for graphic blocks)',
      end: '}',
      captures: ['fill1'],
      check: (context) => equal(context.engine.block.isPlaceholderBehaviorEnabled(id(context, 'fill1')), true, 'behavior on the fill'),
    },
    {
      title: 'Complete example: block 2',
      start: '// Block 2: Fill Properties Only',
      end: 'engine.block.setPositionY(block2, blockY);',
      captures: ['block2', 'page'],
      check: (context) => equal(context.engine.block.getParent(id(context, 'block2')), id(context, 'page'), 'on the page'),
    },
    {
      title: 'Batch operation',
      start: '// Batch operation: Apply settings to multiple blocks',
      end: '});',
      captures: ['block1', 'block2'],
      check: (context) => {
        for (const name of ['block1', 'block2']) {
          const block = id(context, name);
          expect(context.engine.block.isPlaceholderEnabled(block), `${name} is a placeholder`);
          expect(context.engine.block.isPlaceholderBehaviorEnabled(context.engine.block.getFill(block)!), `${name}'s fill has placeholder behavior`);
        }
      },
    },
    {
      title: 'Complete example: block 2 fill scopes',
      start: '// Step 2: Enable ONLY fill-related scopes',
      endAfter: 'const fill2 = engine.block.getFill(block2);',
      end: '}',
      captures: ['block2'],
      check: (context) => {
        const block = id(context, 'block2');
        equal(context.engine.block.isScopeEnabled(block, 'fill/change'), true, 'fill/change');
        equal(context.engine.block.isScopeEnabled(block, 'layer/move'), false, 'layer/move');
      },
    },
    {
      title: 'Complete example: block 3 without placeholder features',
      start: '// Block 3: No Placeholder Features (Default State)',
      endAfter: '// Explicitly disable ALL scopes to ensure default state',
      end: '});',
      captures: ['block3'],
      check: (context) => {
        equal(context.engine.block.isPlaceholderEnabled(id(context, 'block3')), false, 'not a placeholder');
        equal(context.engine.block.isScopeEnabled(id(context, 'block3'), 'fill/change'), false, 'fill/change disabled');
      },
    },
    {
      title: 'Complete example: labels with a typeface',
      start: '// Label for Block 1',
      end: "engine.block.setEnum(label1, 'text/horizontalAlignment', 'Center');",
      captures: ['label1', 'labelConfig'],
      check: (context) => {
        const label = id(context, 'label1');
        const config = context.vars.labelConfig as { fontUri: string };
        equal(context.engine.block.getString(label, 'text/text'), 'All Controls', 'text');
        equal(context.engine.block.getString(label, 'text/fontFileUri'), config.fontUri, 'font file');
        equal(context.engine.block.getTypeface(label).name, 'Roboto', 'typeface');
        equal(context.engine.block.getTextColors(label), [{ r: 0.2, g: 0.2, b: 0.2, a: 1 }], 'text color');
      },
    },
    {
      title: 'Complete example: save the template and a preview',
      start: '// Export the template as a scene file for later use',
      end: 'writeFileSync(`${outputDir}/placeholders-result.png`, buffer);',
      check: ({ files }) => {
        const archive = files.get('output/placeholders-template.scene');
        expect(archive instanceof Uint8Array && archive[0] === 0x50 && archive[1] === 0x4b, 'the scene archive is a zip');
        equal(pngSize(files.get('output/placeholders-result.png')), { width: 1200, height: 800 }, 'preview size');
      },
    },
  ],
} satisfies GuideCase;
