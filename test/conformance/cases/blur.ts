import type { GuideCase } from '../harness/types.js';
import { close, equal, expect, id, logged, loggedValue, pngSize } from './helpers.js';

export default {
  id: 'blur',
  url: 'https://img.ly/docs/cesdk/node/filters-and-effects/blur-71d642',
  env: 'browser',
  snippets: [
    {
      title: 'Initialize CE.SDK',
      start: '// Initialize CE.SDK engine in headless mode',
      end: '});',
      check: ({ engine }) => equal(engine.scene.get(), null, 'a fresh engine has no scene'),
    },
    {
      title: 'Complete example: scene and sample image',
      start: '// Create a design scene with specific page dimensions',
      end: "const imageUri = 'https://img.ly/static/ubq_samples/sample_1.jpg';",
      captures: ['page'],
      check: (context) => {
        equal(context.engine.block.getWidth(id(context, 'page')), 800, 'page width');
        equal(context.engine.block.getHeight(id(context, 'page')), 600, 'page height');
      },
    },
    {
      title: 'Check Blur Support',
      start: '// Create an image block to check blur support',
      end: "console.log('Block supports blur:', supportsBlur);",
      captures: ['sampleBlock', 'imageUri'],
      check: (context) => {
        const { engine } = context;
        const block = id(context, 'sampleBlock');
        equal(loggedValue(context, 'Block supports blur:'), true, 'supportsBlur');
        equal(engine.block.getType(block), '//ly.img.ubq/graphic', 'addImage makes a graphic');
        equal(engine.block.getWidth(block), 300, 'width');
        equal(engine.block.getHeight(block), 225, 'height');
        const fill = engine.block.getFill(block)!;
        equal(engine.block.getString(fill, 'fill/image/imageFileURI'), context.vars.imageUri, 'image fill URI');
      },
    },
    {
      title: 'Create and Apply Blur',
      start: '// Create a radial blur effect',
      end: "const blur = engine.block.createBlur('//ly.img.ubq/blur/radial');",
      captures: ['blur'],
      check: (context) => equal(context.engine.block.getType(id(context, 'blur')), '//ly.img.ubq/blur/radial', 'blur type'),
    },
    {
      title: 'Configure Blur Parameters',
      start: '// Configure radial blur parameters',
      end: "engine.block.setFloat(blur, 'blur/radial/y', 0.5);",
      captures: ['blur'],
      check: (context) => {
        const blur = id(context, 'blur');
        equal(context.engine.block.getFloat(blur, 'blur/radial/blurRadius'), 40, 'blurRadius');
        equal(context.engine.block.getFloat(blur, 'blur/radial/radius'), 100, 'radius');
        equal(context.engine.block.getFloat(blur, 'blur/radial/gradientRadius'), 80, 'gradientRadius');
      },
    },
    {
      title: 'Apply Blur to Block',
      start: '// Apply the blur to the image block',
      end: 'engine.block.setBlurEnabled(sampleBlock, true);',
      captures: ['sampleBlock', 'blur'],
      check: (context) => {
        equal(context.engine.block.getBlur(id(context, 'sampleBlock')), id(context, 'blur'), 'getBlur');
        equal(context.engine.block.isBlurEnabled(id(context, 'sampleBlock')), true, 'enabled');
      },
    },
    {
      title: 'Access Existing Blur',
      start: '// Access the applied blur and its properties',
      end: "console.log('Blur type:', blurType, 'Enabled:', isEnabled);",
      check: (context) => equal(logged(context, 'Blur type:'), ['//ly.img.ubq/blur/radial', 'Enabled:', true], 'logged type and state'),
    },
    {
      title: 'Enable/Disable Blur',
      start: '// Disable blur temporarily',
      end: 'engine.block.setBlurEnabled(sampleBlock, true);',
      captures: ['sampleBlock'],
      check: (context) => {
        equal(loggedValue(context, 'Blur disabled:'), true, 'disabled in between');
        equal(context.engine.block.isBlurEnabled(id(context, 'sampleBlock')), true, 'enabled again');
      },
    },
    {
      title: 'Uniform Blur',
      start: '// Create a uniform blur for even softening',
      end: 'engine.block.setBlurEnabled(uniformBlock, true);',
      captures: ['uniformBlock', 'uniformBlur'],
      check: (context) => {
        close(context.engine.block.getFloat(id(context, 'uniformBlur'), 'blur/uniform/intensity'), 0.6, 'intensity');
        equal(context.engine.block.getPositionX(id(context, 'uniformBlock')), 350, 'x');
        equal(context.engine.block.getBlur(id(context, 'uniformBlock')), id(context, 'uniformBlur'), 'blur set');
      },
    },
    {
      title: 'Linear Blur',
      start: '// Create a linear blur for gradient effect',
      end: 'engine.block.setBlurEnabled(linearBlock, true);',
      captures: ['linearBlock', 'linearBlur'],
      check: (context) => {
        equal(context.engine.block.getFloat(id(context, 'linearBlur'), 'blur/linear/y2'), 1, 'y2');
        equal(context.engine.block.getPositionY(id(context, 'linearBlock')), 275, 'y');
      },
    },
    {
      title: 'Mirrored Blur',
      start: '// Create a mirrored blur for tilt-shift effect',
      end: 'engine.block.setBlurEnabled(mirroredBlock, true);',
      captures: ['mirroredBlock', 'mirroredBlur'],
      check: (context) => {
        close(context.engine.block.getFloat(id(context, 'mirroredBlur'), 'blur/mirrored/y1'), 0.3, 'y1');
        expect(context.engine.block.isBlurEnabled(id(context, 'mirroredBlock')), 'enabled');
      },
    },
    {
      title: 'Export Results',
      start: '// Export the scene to PNG',
      end: "console.log('Exported to output/blur-effects.png');",
      check: ({ files }) => equal(pngSize(files.get('output/blur-effects.png')), { width: 800, height: 600 }, 'PNG size'),
    },
  ],
} satisfies GuideCase;
