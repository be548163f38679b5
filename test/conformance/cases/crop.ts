import type { GuideCase } from '../harness/types.js';
import { close, equal, expect, id, loggedValue, pngSize } from './helpers.js';

export default {
  id: 'crop',
  url: 'https://img.ly/docs/cesdk/node/edit-image/transform/crop-f67a47',
  env: 'browser',
  snippets: [
    {
      title: 'Initialize CE.SDK',
      start: '// Initialize CE.SDK engine in headless mode',
      end: '});',
      check: ({ engine }) => equal(engine.scene.get(), null, 'no scene yet'),
    },
    {
      title: 'Create a Scene with an Image',
      start: '// Create a design scene with specific page dimensions',
      end: 'engine.block.setPositionY(imageBlock, 50);',
      captures: ['scene', 'page', 'imageBlock'],
      check: (context) => {
        equal(context.engine.scene.getPages(), [id(context, 'page')], 'only the appended page');
        equal(context.engine.block.getParent(id(context, 'imageBlock')), id(context, 'page'), 'image on the page');
      },
    },
    {
      title: 'Check Crop Support',
      start: '// Verify the block supports crop operations before applying them',
      end: "console.log('Block supports crop:', supportsCrop); // true",
      check: (context) => equal(loggedValue(context, 'Block supports crop:'), true, 'supportsCrop'),
    },
    {
      title: 'Content Fill Modes',
      start: '// Content fill modes control how images fit within their frame',
      end: "engine.block.setContentFillMode(imageBlock, 'Cover');",
      captures: ['imageBlock'],
      check: (context) => {
        equal(loggedValue(context, 'Supports content fill mode:'), true, 'supportsContentFillMode');
        expect(['Crop', 'Cover', 'Contain'].includes(loggedValue(context, 'Current fill mode:') as string), 'a content fill mode');
        equal(context.engine.block.getContentFillMode(id(context, 'imageBlock')), 'Cover', 'Cover');
      },
    },
    {
      title: 'Scale Content',
      start: '// Create another image block to demonstrate crop scaling',
      end: "console.log('Crop scale:', { scaleX, scaleY, scaleRatio });",
      check: (context) => {
        const scale = loggedValue(context, 'Crop scale:') as { scaleX: number; scaleY: number; scaleRatio: number };
        close(scale.scaleRatio, 1.2, 'scale ratio');
        expect(scale.scaleX > 0 && scale.scaleY > 0, 'scales are positive');
      },
    },
    {
      title: 'Position Content',
      start: '// Pan the content within the crop frame using translation',
      end: "console.log('Crop translation:', { translationX, translationY });",
      check: (context) => {
        const translation = loggedValue(context, 'Crop translation:') as { translationX: number; translationY: number };
        close(translation.translationX, 0.1, 'translation x');
        close(translation.translationY, -0.1, 'translation y');
      },
    },
    {
      title: 'Position Content (fill the frame)',
      start: '// Ensure content covers the entire frame without gaps',
      end: "console.log('Adjusted scale ratio:', adjustedRatio);",
      check: (context) => {
        const ratio = loggedValue(context, 'Adjusted scale ratio:');
        expect(typeof ratio === 'number' && ratio >= 1, `adjustCropToFillFrame returns the scale ratio it applied (${String(ratio)})`);
      },
    },
    {
      title: 'Rotate Content',
      start: '// Create an image block to demonstrate crop rotation',
      end: 'engine.block.adjustCropToFillFrame(rotateBlock, 1.0);',
      captures: ['rotateBlock'],
      check: (context) => {
        close(loggedValue(context, 'Crop rotation (radians):'), Math.PI / 4, 'crop rotation');
        expect(context.engine.block.getCropScaleRatio(id(context, 'rotateBlock')) > 1.4, 'a 45° turned content is scaled up to cover the square frame');
      },
    },
    {
      title: 'Flip Content',
      start: '// Create an image block to demonstrate flipping',
      end: 'engine.block.flipCropHorizontal(flipBlock);',
      captures: ['flipBlock'],
      check: (context) => equal(context.engine.block.getCropFlipHorizontal(id(context, 'flipBlock')), true, 'flipped'),
    },
    {
      title: 'Lock Aspect Ratio',
      start: '// Create an image block to demonstrate aspect ratio locking',
      end: "console.log('Aspect ratio locked:', isLocked);",
      check: (context) => equal(loggedValue(context, 'Aspect ratio locked:'), true, 'locked'),
    },
    {
      title: 'Reset Crop',
      start: "// Reset crop to default state (sets content fill mode to 'Cover')",
      end: 'engine.block.resetCrop(lockBlock);',
      captures: ['lockBlock'],
      check: (context) => {
        equal(context.engine.block.getContentFillMode(id(context, 'lockBlock')), 'Cover', 'resetCrop sets Cover');
        equal(context.engine.block.getCropScaleRatio(id(context, 'lockBlock')), 1, 'scale reset');
      },
    },
    {
      title: 'Export Cropped Images',
      start: '// Export the result as PNG',
      end: "console.log('Successfully exported crop-images-output.png');",
      check: ({ files }) => equal(pngSize(files.get('crop-images-output.png')), { width: 800, height: 600 }, 'PNG size'),
    },
  ],
} satisfies GuideCase;
