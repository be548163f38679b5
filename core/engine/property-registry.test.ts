import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createTestEngine } from './test-helpers.js';
import type { PropertyType } from './types.js';

// The paths, types and defaults CE.SDK documents (see the API reference), per block type.
const EXPECTED: Array<[block: string, path: string, type: PropertyType, defaultValue?: unknown]> = [
  ['graphic', 'position/x', 'Float', 0], ['graphic', 'position/y', 'Float', 0], ['graphic', 'position/x/mode', 'Enum', 'Absolute'],
  ['graphic', 'width', 'Float'], ['graphic', 'height', 'Float'], ['graphic', 'width/mode', 'Enum'], ['graphic', 'height/mode', 'Enum', 'Absolute'],
  ['graphic', 'rotation', 'Float', 0], ['graphic', 'opacity', 'Float', 1], ['graphic', 'visible', 'Bool', true], ['graphic', 'blend/mode', 'Enum', 'Normal'],
  ['graphic', 'flip/horizontal', 'Bool', false], ['graphic', 'flip/vertical', 'Bool', false], ['graphic', 'clipped', 'Bool'],
  ['graphic', 'stroke/enabled', 'Bool', false], ['graphic', 'stroke/color', 'Color'], ['graphic', 'stroke/width', 'Float'],
  ['graphic', 'stroke/style', 'Enum', 'Solid'], ['graphic', 'stroke/position', 'Enum', 'Center'], ['graphic', 'stroke/cornerGeometry', 'Enum'],
  ['graphic', 'dropShadow/enabled', 'Bool', false], ['graphic', 'dropShadow/color', 'Color', { r: 0, g: 0, b: 0, a: 0.25 }],
  ['graphic', 'dropShadow/offset/x', 'Float'], ['graphic', 'dropShadow/offset/y', 'Float'], ['graphic', 'dropShadow/blurRadius/x', 'Float'],
  ['graphic', 'dropShadow/blurRadius/y', 'Float'], ['graphic', 'dropShadow/clip', 'Bool'],
  ['graphic', 'crop/rotation', 'Float', 0], ['graphic', 'crop/scaleRatio', 'Float'], ['graphic', 'crop/scaleX', 'Float', 1], ['graphic', 'crop/scaleY', 'Float', 1],
  ['graphic', 'crop/translationX', 'Float', 0], ['graphic', 'crop/translationY', 'Float', 0], ['graphic', 'contentFill/mode', 'Enum', 'Cover'],
  ['graphic', 'fill/enabled', 'Bool', true], ['graphic', 'playback/duration', 'Double', 5], ['graphic', 'playback/timeOffset', 'Double', 0],
  ['text', 'text/text', 'String', ''], ['text', 'text/fontFileUri', 'String'], ['text', 'text/typeface', 'String'], ['text', 'text/fontSize', 'Float'],
  ['text', 'text/fontWeight', 'Enum', 'Normal'], ['text', 'text/fontStyle', 'Enum', 'Normal'], ['text', 'text/horizontalAlignment', 'Enum'],
  ['text', 'text/verticalAlignment', 'Enum'], ['text', 'text/letterSpacing', 'Float', 0], ['text', 'text/lineHeight', 'Float', 1],
  ['text', 'text/paragraphSpacing', 'Float'], ['text', 'text/automaticFontSizeEnabled', 'Bool', false], ['text', 'text/minAutomaticFontSize', 'Float'],
  ['text', 'text/maxAutomaticFontSize', 'Float'], ['text', 'text/clipLinesOutsideOfFrame', 'Bool'], ['text', 'fill/solid/color', 'Color'],
  ['text', 'height/mode', 'Enum', 'Auto'], ['text', 'backgroundColor/enabled', 'Bool'], ['text', 'backgroundColor/color', 'Color'],
  ['fill/color', 'fill/color/value', 'Color'], ['fill/gradient/linear', 'fill/gradient/colors', 'Struct'],
  ['fill/gradient/linear', 'fill/gradient/linear/startPointX', 'Float'], ['fill/gradient/linear', 'fill/gradient/linear/endPointY', 'Float'],
  ['fill/gradient/radial', 'fill/gradient/radial/centerPointX', 'Float'], ['fill/gradient/radial', 'fill/gradient/radial/radius', 'Float'],
  ['fill/image', 'fill/image/imageFileURI', 'String', ''], ['fill/video', 'fill/video/fileURI', 'String', ''],
  ['fill/video', 'playback/trimOffset', 'Double'], ['fill/video', 'playback/looping', 'Bool'], ['fill/video', 'playback/volume', 'Float', 1],
  ['shape/rect', 'shape/rect/cornerRadiusTL', 'Float', 0], ['shape/rect', 'shape/rect/cornerRadiusTR', 'Float', 0],
  ['shape/rect', 'shape/rect/cornerRadiusBL', 'Float', 0], ['shape/rect', 'shape/rect/cornerRadiusBR', 'Float', 0],
  ['shape/polygon', 'shape/polygon/sides', 'Int', 5], ['shape/star', 'shape/star/points', 'Int', 5], ['shape/star', 'shape/star/innerDiameter', 'Float', 0.5],
  ['shape/vector_path', 'shape/vector_path/path', 'String'], ['shape/vector_path', 'shape/vector_path/width', 'Float', 100],
  ['effect/adjustments', 'effect/enabled', 'Bool', true], ['effect/adjustments', 'effect/adjustments/brightness', 'Float', 0],
  ['effect/adjustments', 'effect/adjustments/saturation', 'Float', 0], ['effect/adjustments', 'effect/adjustments/temperature', 'Float', 0],
  ['effect/duotone_filter', 'effect/duotone_filter/darkColor', 'Color'], ['effect/duotone_filter', 'effect/duotone_filter/lightColor', 'Color'],
  ['effect/duotone_filter', 'effect/duotone_filter/intensity', 'Float'], ['effect/pixelize', 'effect/pixelize/horizontalPixelSize', 'Int'],
  ['effect/pixelize', 'effect/pixelize/verticalPixelSize', 'Int'], ['effect/vignette', 'effect/vignette/offset', 'Float'],
  ['effect/vignette', 'effect/vignette/darkness', 'Float'], ['effect/posterize', 'effect/posterize/levels', 'Float'],
  ['effect/grayscale', 'effect/grayscale/intensity', 'Float', 1], ['effect/sepia', 'effect/sepia/intensity', 'Float', 1], ['effect/invert', 'effect/invert/intensity', 'Float', 1],
  ['blur/uniform', 'blur/uniform/intensity', 'Float', 0.5], ['blur/linear', 'blur/linear/blurRadius', 'Float'], ['blur/mirrored', 'blur/mirrored/gradientSize', 'Float'],
  ['blur/radial', 'blur/radial/radius', 'Float'],
  ['audio', 'audio/fileURI', 'String'], ['audio', 'playback/volume', 'Float', 1], ['audio', 'playback/muted', 'Bool', false],
  ['page', 'page/marginEnabled', 'Bool', false], ['page', 'page/margin/top', 'Float'], ['page', 'page/titleTemplate', 'String'],
  ['scene', 'scene/designUnit', 'Enum', 'Pixel'], ['scene', 'scene/dpi', 'Float', 300], ['scene', 'scene/pixelScaleFactor', 'Float', 1],
  ['scene', 'scene/layout', 'Enum', 'Free'], ['scene', 'scene/mode', 'Enum', 'Design'], ['scene', 'scene/pageDimensions/width', 'Float'],
  ['scene', 'playback/time', 'Double'],
];

function createOfType(engine: Awaited<ReturnType<typeof createTestEngine>>['engine'], type: string): number {
  const [family, ...rest] = type.split('/');
  const short = rest.join('/');
  if (family === 'fill') return engine.block.createFill(short);
  if (family === 'shape') return engine.block.createShape(short);
  if (family === 'effect') return engine.block.createEffect(short);
  if (family === 'blur') return engine.block.createBlur(short);
  if (type === 'scene') return engine.scene.get()!;
  return engine.block.create(type);
}

describe('property registry', () => {
  it('declares every CE.SDK path with its type and default on the right block types', async () => {
    const { engine } = await createTestEngine();
    for (const [type, path, propertyType, defaultValue] of EXPECTED) {
      const block = createOfType(engine, type);
      assert.ok(engine.block.findAllProperties(block).includes(path), `${type} has ${path}`);
      assert.equal(engine.block.getPropertyType(path), propertyType, path);
      if (defaultValue !== undefined) {
        const getter = { Float: 'getFloat', Double: 'getDouble', Int: 'getInt', Bool: 'getBool', String: 'getString', Enum: 'getEnum', Color: 'getColor' } as const;
        const name = getter[propertyType as keyof typeof getter];
        assert.deepEqual((engine.block[name] as (id: number, path: string) => unknown).call(engine.block, block, path), defaultValue, `default of ${path}`);
      }
    }
  });

  it('lists enum values as CE.SDK does', async () => {
    const { engine } = await createTestEngine();
    assert.equal(engine.block.getEnumValues('blend/mode').length, 27);
    assert.deepEqual(engine.block.getEnumValues('stroke/style'), ['Solid', 'Dashed', 'DashedRound', 'Dotted', 'LongDashed', 'LongDashedRound']);
    assert.deepEqual(engine.block.getEnumValues('stroke/position'), ['Center', 'Inner', 'Outer']);
    assert.deepEqual(engine.block.getEnumValues('text/horizontalAlignment'), ['Left', 'Right', 'Center']);
    assert.deepEqual(engine.block.getEnumValues('scene/designUnit'), ['Pixel', 'Millimeter', 'Inch']);
    assert.deepEqual(engine.block.getEnumValues('width/mode'), ['Absolute', 'Percent', 'Auto']);
  });

  it('keeps every property readable and writable through its typed setter on a block that has it', async () => {
    const { engine } = await createTestEngine();
    const samples: Record<PropertyType, unknown> = { Float: 0.5, Double: 0.5, Int: 5, Bool: true, String: 'x', Enum: undefined, Color: { r: 0.5, g: 0.5, b: 0.5, a: 1 }, Struct: [] };
    const setters = { Float: 'setFloat', Double: 'setDouble', Int: 'setInt', Bool: 'setBool', String: 'setString', Enum: 'setEnum', Color: 'setColor' } as const;
    for (const type of ['graphic', 'text', 'page', 'group', 'audio', 'fill/color', 'fill/video', 'shape/star', 'effect/vignette', 'blur/radial']) {
      const block = createOfType(engine, type);
      for (const path of engine.block.findAllProperties(block)) {
        const propertyType = engine.block.getPropertyType(path);
        if (propertyType === 'Struct' || !engine.block.isPropertyWritable(path)) continue;
        const value = propertyType === 'Enum' ? engine.block.getEnumValues(path).at(-1) : samples[propertyType];
        (engine.block[setters[propertyType]] as (id: number, path: string, value: unknown) => void).call(engine.block, block, path, value);
      }
    }
  });
});
