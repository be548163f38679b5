import type { GuideCase } from '../harness/types.js';
import { bytesOf, equal, id, pngSize, val } from './helpers.js';


export default {
  id: 'shadows-and-glows',
  url: 'https://img.ly/docs/cesdk/node/outlines/shadows-and-glows-6610fa',
  env: 'browser',
  snippets: [
    {
      title: 'Check Support and Enable: setup',
      captures: ['sheet', 'headline'],
      check: (context) => {
        const { engine } = context;
        const text = id(context, 'headline');
        equal(engine.scene.getPages(), [id(context, 'sheet')], 'one page in the stack');
        equal(engine.block.getString(text, 'text/text'), 'Shadows & Glows', 'text');
        equal(engine.block.getTextFontSizes(text), [10], 'font size');
        equal(engine.block.getWidthMode(text), 'Auto', 'width mode');
        equal(engine.block.getParent(text), id(context, 'sheet'), 'on the page');
      },
    },
    {
      title: 'Check drop shadow support',
      captures: ['headlineCanShadow'],
      check: (context) => equal(val(context, 'headlineCanShadow'), true, 'text supports drop shadows'),
    },
    {
      title: 'Enable the drop shadow',
      captures: ['headlineShadowOn'],
      check: (context) => equal(val(context, 'headlineShadowOn'), true, 'enabled'),
    },
    {
      title: 'Set Shadow Color',
      captures: ['headlineShadowColor'],
      check: (context) => equal(val(context, 'headlineShadowColor'), { r: 0, g: 0.3, b: 0.4, a: 0.8 }, 'color read back'),
    },
    {
      title: 'Set Shadow Position',
      captures: ['headlineShadowOffset'],
      check: (context) => equal(val(context, 'headlineShadowOffset'), [6, 6], 'offsets'),
    },
    {
      title: 'Configure Blur Radius',
      captures: ['headlineShadowBlur'],
      check: (context) => equal(val(context, 'headlineShadowBlur'), [12, 12], 'blur radii'),
    },
    {
      title: 'Check effect support on an image',
      captures: ['glowingPhoto', 'sheet', 'photoTakesEffects'],
      check: (context) => {
        const { engine } = context;
        const image = id(context, 'glowingPhoto');
        equal(val(context, 'photoTakesEffects'), true, 'graphics support effects');
        equal([engine.block.getPositionX(image), engine.block.getPositionY(image)], [450, 150], 'addImage position');
        equal([engine.block.getWidth(image), engine.block.getHeight(image)], [300, 300], 'addImage size');
        equal(engine.block.getParent(image), id(context, 'sheet'), 'addImage puts it on the current page');
      },
    },
    {
      title: 'Create the glow effect',
      captures: ['glowingPhoto', 'halo'],
      check: (context) => equal(context.engine.block.getEffects(id(context, 'glowingPhoto')), [id(context, 'halo')], 'glow attached'),
    },
    {
      title: 'Configure Glow Parameters',
      captures: ['halo'],
      check: (context) => equal(context.engine.block.getFloat(id(context, 'halo'), 'effect/glow/size'), 25, 'glow size'),
    },
    {
      title: 'Combining Shadows and Glows',
      captures: ['bothPhoto'],
      check: (context) => {
        const { engine } = context;
        const block = id(context, 'bothPhoto');
        equal(engine.block.isDropShadowEnabled(block), true, 'shadow on');
        equal(engine.block.getDropShadowBlurRadiusX(block), 20, 'blur');
        equal(engine.block.getEffects(block).length, 1, 'one glow');
      },
    },
    {
      title: 'Toggle Drop Shadows',
      captures: ['headline', 'shadowWhileOff', 'shadowRestored'],
      check: (context) => {
        equal(val(context, 'shadowWhileOff'), false, 'disabled in between');
        equal(val(context, 'shadowRestored'), true, 'enabled again');
        equal(context.engine.block.isDropShadowEnabled(id(context, 'headline')), true, 'state restored');
      },
    },
    {
      title: 'Toggle Glow Effects',
      captures: ['glowWhileOff', 'glowRestored'],
      check: (context) => {
        equal(val(context, 'glowWhileOff'), false, 'glow disabled in between');
        equal(val(context, 'glowRestored'), true, 'glow enabled again');
      },
    },
    {
      title: 'Export Result',
      captures: ['png'],
      check: async (context) => equal(pngSize(await bytesOf(context, 'png')), { width: 800, height: 600 }, 'PNG size'),
    },
  ],
} satisfies GuideCase;
