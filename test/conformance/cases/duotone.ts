import type { GuideCase } from '../harness/types.js';
import { close, equal, expect, id, pngSize } from './helpers.js';

const DUOTONE = '//ly.img.ubq/effect/duotone_filter';

export default {
  id: 'duotone',
  url: 'https://img.ly/docs/cesdk/node/filters-and-effects/duotone-831fc5',
  env: 'browser',
  snippets: [
    {
      title: 'Complete example: initialize the engine',
      start: '// Initialize CE.SDK engine',
      end: '});',
      check: ({ engine }) => equal(engine.scene.get(), null, 'a fresh engine has no scene'),
    },
    {
      title: 'Complete example: load the filter asset source',
      start: '// Load the filter asset source to access duotone presets',
      end: '}',
      endAfter: "console.warn('Filter asset source not available, skipping presets');",
      captures: ['hasAssetSources'],
      check: (context) => equal(context.vars.hasAssetSources, true, 'the filter presets loaded'),
      knownFailure: 'The engine has no `asset.addLocalAssetSourceFromJSONURI`, and IMG.LY\'s CDN asset list is not available offline; the guide falls back to its own colours.',
    },
    {
      title: 'Complete example: scene and first image',
      start: '// Create a scene with a page',
      end: 'engine.block.setPositionY(presetImageBlock, 25);',
      captures: ['page', 'presetImageBlock'],
      check: (context) => {
        const { engine } = context;
        const block = id(context, 'presetImageBlock');
        equal(engine.scene.getLayout(), 'VerticalStack', 'layout');
        equal(engine.block.getParent(block), id(context, 'page'), 'on the page');
        equal([engine.block.getPositionX(block), engine.block.getPositionY(block), engine.block.getWidth(block), engine.block.getHeight(block)], [25, 25, 350, 250], 'frame');
      },
    },
    {
      title: 'Check Effect Support',
      start: '// Verify a block supports effects before applying them',
      end: '}',
      endAfter: "console.warn('Block does not support effects');",
      captures: ['canApplyEffects'],
      check: (context) => equal(context.vars.canApplyEffects, true, 'image blocks support effects'),
    },
    {
      title: 'Query Built-in Presets',
      start: '// Query duotone presets from the asset library',
      end: 'const duotonePresets = duotoneResults.assets;',
      captures: ['duotonePresets'],
      check: (context) => expect(Array.isArray(context.vars.duotonePresets), 'a preset list'),
    },
    {
      title: 'Create Effect Block',
      start: '// Apply a preset to the first image (or use fallback colors)',
      end: "const duotoneEffect = engine.block.createEffect('duotone_filter');",
      captures: ['duotoneEffect'],
      check: (context) => equal(context.engine.block.getType(id(context, 'duotoneEffect')), DUOTONE, 'duotone effect'),
    },
    {
      title: 'Configure Preset Colors',
      start: '// Configure effect with preset colors (convert hex to RGBA)',
      end: ');',
      endAfter: '0.9',
      captures: ['duotoneEffect'],
      check: (context) => {
        const { engine } = context;
        const effect = id(context, 'duotoneEffect');
        const dark = engine.block.getColor(effect, 'effect/duotone_filter/darkColor') as { r: number; g: number; b: number };
        close(dark.r, 0x5c / 255, 'dark red (fallback #5c3a15)');
        close(dark.b, 0x15 / 255, 'dark blue');
        close(engine.block.getFloat(effect, 'effect/duotone_filter/intensity'), 0.9, 'intensity');
      },
    },
    {
      title: 'Append Effect to Block',
      start: '// Attach the configured effect to the image block',
      end: 'engine.block.appendEffect(presetImageBlock, duotoneEffect);',
      captures: ['presetImageBlock', 'duotoneEffect'],
      check: (context) => equal(context.engine.block.getEffects(id(context, 'presetImageBlock')), [id(context, 'duotoneEffect')], 'effect stack'),
    },
    {
      title: 'Creating Custom Colors',
      start: '// Create duotone with custom brand colors',
      end: 'engine.block.appendEffect(customImageBlock, customDuotone);',
      captures: ['customDuotone', 'customImageBlock'],
      check: (context) => {
        const { engine } = context;
        const effect = id(context, 'customDuotone');
        equal(engine.block.getColor(effect, 'effect/duotone_filter/lightColor'), { r: 0.95, g: 0.9, b: 0.8, a: 1 }, 'light colour');
        close(engine.block.getFloat(effect, 'effect/duotone_filter/intensity'), 0.85, 'intensity');
        equal(engine.block.getEffects(id(context, 'customImageBlock')), [effect], 'attached');
      },
    },
    {
      title: 'Combining with Other Effects',
      start: '// Combine duotone with other effects',
      end: 'engine.block.appendEffect(combinedImageBlock, combinedDuotone);',
      captures: ['combinedImageBlock', 'adjustments', 'combinedDuotone'],
      check: (context) => {
        const { engine } = context;
        equal(engine.block.getEffects(id(context, 'combinedImageBlock')), [id(context, 'adjustments'), id(context, 'combinedDuotone')], 'stack order');
        close(engine.block.getFloat(id(context, 'adjustments'), 'effect/adjustments/contrast'), 0.15, 'contrast');
      },
    },
    {
      title: 'Managing Effects: list them',
      start: '// Get all effects currently applied to a block',
      end: 'console.log(`Block has ${appliedEffects.length} effect(s) applied`);',
      check: (context) => equal(context.logs.map((args) => args[0]), ['Block has 1 effect(s) applied'], 'logged count'),
    },
    {
      title: 'Managing Effects: disable and re-enable',
      start: '// Disable an effect without removing it',
      end: '}',
      endAfter: 'engine.block.setEffectEnabled(appliedEffects[0], true);',
      captures: ['duotoneEffect'],
      check: (context) => {
        equal(context.logs.map((args) => args[0]), ['Effect enabled: false'], 'disabled in between');
        equal(context.engine.block.isEffectEnabled(id(context, 'duotoneEffect')), true, 'enabled again');
      },
    },
    {
      title: 'Managing Effects: remove and destroy',
      start: '// Remove an effect at a specific index from a block',
      end: '}',
      endAfter: 'engine.block.destroy(effectsOnCustom[0]);',
      captures: ['customImageBlock', 'customDuotone'],
      check: (context) => {
        equal(context.engine.block.getEffects(id(context, 'customImageBlock')), [], 'removed');
        equal(context.engine.block.isValid(id(context, 'customDuotone')), false, 'destroyed');
      },
    },
    {
      title: 'Complete example: re-apply the custom duotone',
      start: '// Re-apply custom duotone after demonstration',
      end: 'engine.block.appendEffect(customImageBlock, newCustomDuotone);',
      captures: ['customImageBlock', 'newCustomDuotone'],
      check: (context) => equal(context.engine.block.getEffects(id(context, 'customImageBlock')), [id(context, 'newCustomDuotone')], 'attached'),
    },
    {
      title: 'Complete example: export',
      start: '// Export the page to a PNG file',
      end: 'console.log(`Exported duotone result to: ${outputPath}`);',
      check: ({ files }) => equal(pngSize(files.get('./output/duotone-result.png') ?? files.get('output/duotone-result.png')), { width: 800, height: 600 }, 'PNG size'),
    },
  ],
} satisfies GuideCase;
