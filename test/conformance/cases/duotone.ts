import type { GuideCase } from '../harness/types.js';
import { bytesOf, close, equal, expect, id, pngSize, val } from './helpers.js';

const DUOTONE = '//ly.img.ubq/effect/duotone_filter';

export default {
  id: 'duotone',
  url: 'https://img.ly/docs/cesdk/node/filters-and-effects/duotone-831fc5',
  env: 'browser',
  snippets: [
    {
      title: 'Complete example: initialize the engine',
      check: ({ engine }) => equal(engine.scene.get(), null, 'a fresh engine has no scene'),
    },
    {
      title: 'Complete example: load the filter asset source',
      captures: ['presetsLoaded'],
      // In the browser run the CDN manifest is answered by test/fixtures/assets/filter-presets.json.
      check: (context) => {
        equal(val(context, 'presetsLoaded'), true, 'the filter presets loaded');
        equal(context.engine.asset.findAllSources().includes('ly.img.filter'), true, 'the source is named by the manifest id');
      },
    },
    {
      title: 'Complete example: scene and first image',
      captures: ['sheet', 'presetPhoto'],
      check: (context) => {
        const { engine } = context;
        const block = id(context, 'presetPhoto');
        equal(engine.scene.getLayout(), 'VerticalStack', 'layout');
        equal(engine.block.getParent(block), id(context, 'sheet'), 'on the page');
        equal([engine.block.getPositionX(block), engine.block.getPositionY(block), engine.block.getWidth(block), engine.block.getHeight(block)], [25, 25, 350, 250], 'frame');
      },
    },
    {
      title: 'Check Effect Support',
      captures: ['effectsAllowed'],
      check: (context) => equal(val(context, 'effectsAllowed'), true, 'image blocks support effects'),
    },
    {
      title: 'Query Built-in Presets',
      captures: ['presetList'],
      check: (context) => {
        const presets = val(context, 'presetList') as { id: string }[];
        expect(Array.isArray(presets), 'a preset list');
        equal(presets.map((preset) => preset.id), ['duotone-harbour', 'duotone-ember', 'duotone-moss'], 'the first page of presets');
      },
    },
    {
      title: 'Create Effect Block',
      captures: ['presetTone'],
      check: (context) => equal(context.engine.block.getType(id(context, 'presetTone')), DUOTONE, 'duotone effect'),
    },
    {
      title: 'Configure Preset Colors',
      captures: ['presetTone'],
      check: (context) => {
        const { engine } = context;
        const effect = id(context, 'presetTone');
        // The first preset of the fixture manifest: dark #102a43, light #d9e2ec.
        const dark = engine.block.getColor(effect, 'effect/duotone_filter/darkColor') as { r: number; g: number; b: number };
        close(dark.r, 0x10 / 255, 'dark red');
        close(dark.b, 0x43 / 255, 'dark blue');
        const light = engine.block.getColor(effect, 'effect/duotone_filter/lightColor') as { r: number; g: number; b: number };
        close(light.g, 0xe2 / 255, 'light green');
        close(engine.block.getFloat(effect, 'effect/duotone_filter/intensity'), 0.9, 'intensity');
      },
    },
    {
      title: 'Append Effect to Block',
      captures: ['presetPhoto', 'presetTone'],
      check: (context) => equal(context.engine.block.getEffects(id(context, 'presetPhoto')), [id(context, 'presetTone')], 'effect stack'),
    },
    {
      title: 'Creating Custom Colors',
      captures: ['brandTone', 'brandPhoto'],
      check: (context) => {
        const { engine } = context;
        const effect = id(context, 'brandTone');
        equal(engine.block.getColor(effect, 'effect/duotone_filter/lightColor'), { r: 0.95, g: 0.9, b: 0.8, a: 1 }, 'light colour');
        close(engine.block.getFloat(effect, 'effect/duotone_filter/intensity'), 0.85, 'intensity');
        equal(engine.block.getEffects(id(context, 'brandPhoto')), [effect], 'attached');
      },
    },
    {
      title: 'Combining with Other Effects',
      captures: ['stackedPhoto', 'tuning', 'stackedTone'],
      check: (context) => {
        const { engine } = context;
        equal(engine.block.getEffects(id(context, 'stackedPhoto')), [id(context, 'tuning'), id(context, 'stackedTone')], 'stack order');
        close(engine.block.getFloat(id(context, 'tuning'), 'effect/adjustments/contrast'), 0.15, 'contrast');
      },
    },
    {
      title: 'Managing Effects: list them',
      captures: ['presetStack'],
      check: (context) => equal((val(context, 'presetStack') as number[]).length, 1, 'one effect'),
    },
    {
      title: 'Managing Effects: disable and re-enable',
      captures: ['presetTone', 'enabledWhileOff'],
      check: (context) => {
        equal(val(context, 'enabledWhileOff'), false, 'disabled in between');
        equal(context.engine.block.isEffectEnabled(id(context, 'presetTone')), true, 'enabled again');
      },
    },
    {
      title: 'Managing Effects: remove and destroy',
      captures: ['brandPhoto', 'brandTone'],
      check: (context) => {
        equal(context.engine.block.getEffects(id(context, 'brandPhoto')), [], 'removed');
        equal(context.engine.block.isValid(id(context, 'brandTone')), false, 'destroyed');
      },
    },
    {
      title: 'Complete example: re-apply the custom duotone',
      captures: ['brandPhoto', 'brandToneAgain'],
      check: (context) => equal(context.engine.block.getEffects(id(context, 'brandPhoto')), [id(context, 'brandToneAgain')], 'attached'),
    },
    {
      title: 'Complete example: export',
      captures: ['png'],
      check: async (context) => equal(pngSize(await bytesOf(context, 'png')), { width: 800, height: 600 }, 'PNG size'),
    },
  ],
} satisfies GuideCase;
