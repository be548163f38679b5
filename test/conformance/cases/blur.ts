import type { GuideCase } from '../harness/types.js';
import { bytesOf, close, equal, expect, id, pngSize, val } from './helpers.js';

export default {
  id: 'blur',
  url: 'https://img.ly/docs/cesdk/node/filters-and-effects/blur-71d642',
  env: 'browser',
  snippets: [
    {
      title: 'Initialize CE.SDK',
      check: ({ engine }) => equal(engine.scene.get(), null, 'a fresh engine has no scene'),
    },
    {
      title: 'Complete example: scene and sample image',
      captures: ['sheet'],
      check: (context) => {
        equal(context.engine.block.getWidth(id(context, 'sheet')), 800, 'page width');
        equal(context.engine.block.getHeight(id(context, 'sheet')), 600, 'page height');
      },
    },
    {
      title: 'Check Blur Support',
      captures: ['radialTarget', 'photoUrl', 'canBlur'],
      check: (context) => {
        const { engine } = context;
        const block = id(context, 'radialTarget');
        equal(val(context, 'canBlur'), true, 'supportsBlur');
        equal(engine.block.getType(block), '//ly.img.ubq/graphic', 'addImage makes a graphic');
        equal(engine.block.getWidth(block), 300, 'width');
        equal(engine.block.getHeight(block), 225, 'height');
        const fill = engine.block.getFill(block)!;
        equal(engine.block.getString(fill, 'fill/image/imageFileURI'), val(context, 'photoUrl'), 'image fill URI');
      },
    },
    {
      title: 'Create and Apply Blur',
      captures: ['radial'],
      check: (context) => equal(context.engine.block.getType(id(context, 'radial')), '//ly.img.ubq/blur/radial', 'blur type'),
    },
    {
      title: 'Configure Blur Parameters',
      captures: ['radial'],
      check: (context) => {
        const blur = id(context, 'radial');
        equal(context.engine.block.getFloat(blur, 'blur/radial/blurRadius'), 40, 'blurRadius');
        equal(context.engine.block.getFloat(blur, 'blur/radial/radius'), 100, 'radius');
        equal(context.engine.block.getFloat(blur, 'blur/radial/gradientRadius'), 80, 'gradientRadius');
      },
    },
    {
      title: 'Apply Blur to Block',
      captures: ['radialTarget', 'radial'],
      check: (context) => {
        equal(context.engine.block.getBlur(id(context, 'radialTarget')), id(context, 'radial'), 'getBlur');
        equal(context.engine.block.isBlurEnabled(id(context, 'radialTarget')), true, 'enabled');
      },
    },
    {
      title: 'Access Existing Blur',
      captures: ['blurSnapshot'],
      check: (context) => equal(val(context, 'blurSnapshot'), { on: true, type: '//ly.img.ubq/blur/radial' }, 'type and state'),
    },
    {
      title: 'Enable/Disable Blur',
      captures: ['radialTarget', 'offInBetween'],
      check: (context) => {
        equal(val(context, 'offInBetween'), true, 'disabled in between');
        equal(context.engine.block.isBlurEnabled(id(context, 'radialTarget')), true, 'enabled again');
      },
    },
    {
      title: 'Uniform Blur',
      captures: ['evenTarget', 'even'],
      check: (context) => {
        close(context.engine.block.getFloat(id(context, 'even'), 'blur/uniform/intensity'), 0.6, 'intensity');
        equal(context.engine.block.getPositionX(id(context, 'evenTarget')), 350, 'x');
        equal(context.engine.block.getBlur(id(context, 'evenTarget')), id(context, 'even'), 'blur set');
      },
    },
    {
      title: 'Linear Blur',
      captures: ['rampTarget', 'ramp'],
      check: (context) => {
        equal(context.engine.block.getFloat(id(context, 'ramp'), 'blur/linear/y2'), 1, 'y2');
        equal(context.engine.block.getPositionY(id(context, 'rampTarget')), 275, 'y');
      },
    },
    {
      title: 'Mirrored Blur',
      captures: ['bandTarget', 'band'],
      check: (context) => {
        close(context.engine.block.getFloat(id(context, 'band'), 'blur/mirrored/y1'), 0.3, 'y1');
        expect(context.engine.block.isBlurEnabled(id(context, 'bandTarget')), 'enabled');
      },
    },
    {
      title: 'Export Results',
      captures: ['png'],
      check: async (context) => equal(pngSize(await bytesOf(context, 'png')), { width: 800, height: 600 }, 'PNG size'),
    },
  ],
} satisfies GuideCase;
