/**
 * Visual-test scenes for effects, blend modes, transforms and text.
 */
import type { DesignBlockId, Engine } from '../../core/engine/index.js';
import { addGraphic, addText, createPage, IMAGE_URI, LATO_BOLD, LATO_REGULAR, OPEN_SANS, PHOTO_URI, rgb } from './scene-builders.js';

type EffectSetup = [label: string, setup: (engine: Engine, block: DesignBlockId) => void];

function effect(type: string, parameters: Record<string, number | object> = {}): EffectSetup[1] {
  return (engine, block) => {
    const id = engine.block.createEffect(type as 'adjustments');
    for (const [name, value] of Object.entries(parameters)) {
      const path = `effect/${type}/${name}`;
      if (typeof value === 'number') {
        if (engine.block.getPropertyType(path) === 'Int') engine.block.setInt(id, path, value);
        else engine.block.setFloat(id, path, value);
      } else engine.block.setColor(id, path, value as never);
    }
    engine.block.appendEffect(block, id);
  };
}

/** The effects every backend must render: adjustments, filters and blur, one tile each. */
export const EFFECTS: EffectSetup[] = [
  ['none', () => undefined],
  ['brightness', effect('adjustments', { brightness: 0.4 })],
  ['contrast', effect('adjustments', { contrast: 0.8 })],
  ['saturation', effect('adjustments', { saturation: -0.8 })],
  ['exposure', effect('adjustments', { exposure: -0.7 })],
  ['temperature', effect('adjustments', { temperature: 0.9 })],
  ['sharpness', effect('adjustments', { sharpness: 1 })],
  ['grayscale', effect('grayscale')],
  ['sepia', effect('sepia')],
  ['duotone', effect('duotone_filter', { intensity: 1, darkColor: rgb(0.1, 0, 0.4), lightColor: rgb(1, 0.85, 0.3) })],
  ['pixelize', effect('pixelize', { horizontalPixelSize: 8, verticalPixelSize: 8 })],
  ['vignette', effect('vignette', { offset: 1.2, darkness: 2 })],
  ['invert', effect('invert')],
  ['posterize', effect('posterize', { levels: 3 })],
  ['blur', (engine, block) => {
    const blur = engine.block.createBlur('uniform');
    engine.block.setFloat(blur, 'blur/uniform/intensity', 0.2);
    engine.block.setBlur(block, blur);
    engine.block.setBlurEnabled(block, true);
  }],
  ['stack', (engine, block) => {
    effect('sepia')(engine, block);
    effect('vignette', { offset: 1, darkness: 1 })(engine, block);
  }],
];

/** One image tile per effect. */
export function buildEffectsScene(engine: Engine): DesignBlockId {
  const page = createPage(engine, 400, 260);
  EFFECTS.forEach(([, setup], index) => {
    const block = addGraphic(engine, page, { x: 8 + (index % 4) * 98, y: 8 + Math.floor(index / 4) * 63, width: 90, height: 56, image: PHOTO_URI });
    setup(engine, block);
  });
  return page;
}

/** Every blend mode over a gradient backdrop. */
export function buildBlendScene(engine: Engine): DesignBlockId {
  const page = createPage(engine, 420, 240);
  const backdrop = addGraphic(engine, page, { x: 0, y: 0, width: 420, height: 240 });
  const fill = engine.block.createFill('gradient/linear');
  engine.block.setGradientColorStops(fill, 'fill/gradient/colors', [{ color: rgb(0.1, 0.3, 0.9), stop: 0 }, { color: rgb(1, 0.9, 0.2), stop: 1 }]);
  engine.block.setFloat(fill, 'fill/gradient/linear/startPointX', 0);
  engine.block.setFloat(fill, 'fill/gradient/linear/startPointY', 0.5);
  engine.block.setFloat(fill, 'fill/gradient/linear/endPointX', 1);
  engine.block.setFloat(fill, 'fill/gradient/linear/endPointY', 0.5);
  engine.block.setFill(backdrop, fill);
  const modes = engine.block.getEnumValues('blend/mode');
  modes.forEach((mode, index) => {
    const block = addGraphic(engine, page, { x: 6 + (index % 7) * 59, y: 6 + Math.floor(index / 7) * 58, width: 50, height: 50, color: rgb(0.9, 0.3, 0.4) });
    engine.block.setBlendMode(block, mode as 'Normal');
  });
  return page;
}

/** Rotation, flips, opacity, drop shadow, groups with rotated children, hidden blocks. */
export function buildTransformsScene(engine: Engine): DesignBlockId {
  const page = createPage(engine, 400, 220);
  const rotated = addGraphic(engine, page, { x: 20, y: 20, width: 80, height: 50, color: rgb(0.9, 0.4, 0.1) });
  engine.block.setRotation(rotated, Math.PI / 6);
  const flipped = addGraphic(engine, page, { x: 120, y: 10, width: 80, height: 60, image: IMAGE_URI });
  engine.block.setFlipHorizontal(flipped, true);
  const flippedVertical = addGraphic(engine, page, { x: 210, y: 10, width: 80, height: 60, image: IMAGE_URI });
  engine.block.setFlipVertical(flippedVertical, true);
  const faded = addGraphic(engine, page, { x: 300, y: 10, width: 80, height: 60, color: rgb(0.1, 0.2, 0.8) });
  engine.block.setOpacity(faded, 0.4);
  const shadowed = addGraphic(engine, page, { x: 20, y: 110, width: 80, height: 80, shape: 'ellipse', color: rgb(0.2, 0.7, 0.4) });
  engine.block.setDropShadowEnabled(shadowed, true);
  engine.block.setDropShadowOffsetX(shadowed, 6);
  engine.block.setDropShadowOffsetY(shadowed, 8);
  engine.block.setDropShadowBlurRadiusX(shadowed, 4);
  engine.block.setDropShadowBlurRadiusY(shadowed, 4);
  engine.block.setDropShadowColor(shadowed, rgb(0, 0, 0, 0.6));
  const first = addGraphic(engine, page, { x: 140, y: 120, width: 50, height: 50, color: rgb(0.8, 0.1, 0.2) });
  const second = addGraphic(engine, page, { x: 200, y: 140, width: 60, height: 40, shape: 'star', color: rgb(0.1, 0.5, 0.8) });
  const group = engine.block.group([first, second]);
  engine.block.setRotation(group, -Math.PI / 12);
  engine.block.setOpacity(group, 0.8);
  const hidden = addGraphic(engine, page, { x: 300, y: 120, width: 80, height: 80, color: rgb(1, 0, 0) });
  engine.block.setVisible(hidden, false);
  addGraphic(engine, page, { x: 300, y: 110, width: 80, height: 40, color: rgb(0.5, 0.5, 0.5) });
  return page;
}

/** Fonts, sizes, weights, styles, alignments, line height, letter spacing, colours and variables. */
export function buildTextScene(engine: Engine): DesignBlockId {
  const page = createPage(engine, 400, 260);
  engine.variable.setString('name', 'World');
  addText(engine, page, { x: 10, y: 8, width: 380, height: 30, text: 'Hello {{name}}, Lato Regular 18 pt', size: 18 });
  const bold = addText(engine, page, { x: 10, y: 40, width: 380, height: 26, text: 'Lato Bold in red', font: LATO_BOLD, size: 16, color: rgb(0.8, 0.1, 0.1) });
  engine.block.setEnum(bold, 'text/fontWeight', 'Bold');
  const italic = addText(engine, page, { x: 10, y: 68, width: 380, height: 24, text: 'Open Sans, italic, letter spacing', font: OPEN_SANS, size: 13 });
  engine.block.setString(italic, 'text/typeface', 'Open Sans');
  engine.block.setEnum(italic, 'text/fontStyle', 'Italic');
  engine.block.setFloat(italic, 'text/letterSpacing', 0.15);
  const alignments = ['Left', 'Center', 'Right'];
  alignments.forEach((alignment, index) => {
    const block = addText(engine, page, { x: 10 + index * 130, y: 100, width: 120, height: 90, text: `${alignment} aligned text that wraps over lines`, size: 11 });
    engine.block.setEnum(block, 'text/horizontalAlignment', alignment);
    engine.block.setEnum(block, 'text/verticalAlignment', ['Top', 'Center', 'Bottom'][index]);
    engine.block.setFloat(block, 'text/lineHeight', index === 1 ? 1.6 : 1);
    const frame = addGraphic(engine, page, { x: 10 + index * 130, y: 100, width: 120, height: 90, color: rgb(0.9, 0.95, 1) });
    engine.block.sendToBack(frame);
    engine.block.sendToBack(frame);
  });
  const big = addText(engine, page, { x: 10, y: 200, width: 380, height: 50, text: 'Big 28 pt', font: LATO_BOLD, size: 28, color: rgb(0.1, 0.4, 0.7) });
  engine.block.setEnum(big, 'text/horizontalAlignment', 'Center');
  void LATO_REGULAR;
  return page;
}
