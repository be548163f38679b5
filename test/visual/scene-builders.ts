/**
 * Small scene builders for the visual tests: every block type, shape, fill, stroke, effect, blend
 * mode and text style, on pages of a few hundred design units.
 */
import type { Color, DesignBlockId, Engine } from '../../core/engine/index.js';

export const IMAGE_URI = '/test/fixtures/images/pattern-800x600.png';
export const PHOTO_URI = '/test/fixtures/images/photo-1600x1200.jpg';
export const ALPHA_URI = '/test/fixtures/images/circle-alpha-400.png';
export const LATO_REGULAR = '/test/fixtures/fonts/Lato-Regular.ttf';
export const LATO_BOLD = '/test/fixtures/fonts/Lato-Bold.ttf';
export const OPEN_SANS = '/test/fixtures/fonts/OpenSans-Regular.ttf';

export const rgb = (r: number, g: number, b: number, a = 1): Color => ({ r, g, b, a });

/** Creates a scene with one page of the given size; returns the page. */
export function createPage(engine: Engine, width: number, height: number, color: Color = rgb(1, 1, 1)): DesignBlockId {
  engine.scene.create('Free', { page: { size: { width, height }, color } });
  return engine.scene.getPages()[0];
}

export interface GraphicOptions {
  x: number;
  y: number;
  width: number;
  height: number;
  shape?: 'rect' | 'ellipse' | 'polygon' | 'star' | 'line' | 'vector_path';
  color?: Color;
  image?: string;
  parent?: DesignBlockId;
}

/** A graphic block with a shape and a colour or image fill, appended to `parent`. */
export function addGraphic(engine: Engine, page: DesignBlockId, options: GraphicOptions): DesignBlockId {
  const block = engine.block.create('graphic');
  const shape = engine.block.createShape(options.shape ?? 'rect');
  engine.block.setShape(block, shape);
  if (options.image) {
    const fill = engine.block.createFill('image');
    engine.block.setString(fill, 'fill/image/imageFileURI', options.image);
    engine.block.setFill(block, fill);
  } else {
    const fill = engine.block.createFill('color');
    engine.block.setColor(fill, 'fill/color/value', options.color ?? rgb(0.2, 0.4, 0.9));
    engine.block.setFill(block, fill);
  }
  engine.block.setPositionX(block, options.x);
  engine.block.setPositionY(block, options.y);
  engine.block.setWidth(block, options.width);
  engine.block.setHeight(block, options.height);
  engine.block.appendChild(options.parent ?? page, block);
  return block;
}

export interface TextOptions {
  x: number;
  y: number;
  width: number;
  height: number;
  text: string;
  font?: string;
  size?: number;
  color?: Color;
}

/** A text block with a font from the fixtures. */
export function addText(engine: Engine, page: DesignBlockId, options: TextOptions): DesignBlockId {
  const block = engine.block.create('text');
  engine.block.replaceText(block, options.text);
  engine.block.setString(block, 'text/fontFileUri', options.font ?? LATO_REGULAR);
  engine.block.setString(block, 'text/typeface', 'Lato');
  engine.block.setFloat(block, 'text/fontSize', options.size ?? 12);
  engine.block.setTextColor(block, options.color ?? rgb(0.1, 0.1, 0.1));
  engine.block.setEnum(block, 'height/mode', 'Absolute');
  engine.block.setPositionX(block, options.x);
  engine.block.setPositionY(block, options.y);
  engine.block.setWidth(block, options.width);
  engine.block.setHeight(block, options.height);
  engine.block.appendChild(page, block);
  return block;
}

/** Every shape type, including per-corner radii. */
export function buildShapesScene(engine: Engine): DesignBlockId {
  const page = createPage(engine, 400, 200);
  const rounded = addGraphic(engine, page, { x: 10, y: 10, width: 80, height: 80, color: rgb(0.9, 0.2, 0.2) });
  const shape = engine.block.getShape(rounded)!;
  engine.block.setFloat(shape, 'shape/rect/cornerRadiusTL', 30);
  engine.block.setFloat(shape, 'shape/rect/cornerRadiusTR', 0);
  engine.block.setFloat(shape, 'shape/rect/cornerRadiusBR', 10);
  engine.block.setFloat(shape, 'shape/rect/cornerRadiusBL', 20);
  addGraphic(engine, page, { x: 110, y: 10, width: 80, height: 80, color: rgb(0.2, 0.6, 0.2) });
  addGraphic(engine, page, { x: 210, y: 10, width: 100, height: 80, shape: 'ellipse', color: rgb(0.2, 0.3, 0.9) });
  const polygon = addGraphic(engine, page, { x: 320, y: 10, width: 70, height: 80, shape: 'polygon', color: rgb(0.9, 0.6, 0.1) });
  engine.block.setInt(engine.block.getShape(polygon)!, 'shape/polygon/sides', 6);
  engine.block.setFloat(engine.block.getShape(polygon)!, 'shape/polygon/cornerRadius', 8);
  const star = addGraphic(engine, page, { x: 10, y: 105, width: 90, height: 85, shape: 'star', color: rgb(0.8, 0.1, 0.7) });
  engine.block.setInt(engine.block.getShape(star)!, 'shape/star/points', 5);
  engine.block.setFloat(engine.block.getShape(star)!, 'shape/star/innerDiameter', 0.45);
  addGraphic(engine, page, { x: 110, y: 140, width: 100, height: 6, shape: 'line', color: rgb(0, 0, 0) });
  const path = addGraphic(engine, page, { x: 230, y: 105, width: 150, height: 85, shape: 'vector_path', color: rgb(0.1, 0.6, 0.7) });
  engine.block.setString(engine.block.getShape(path)!, 'shape/vector_path/path', 'M 50 90 C 0 60 0 10 30 10 C 45 10 50 25 50 25 C 50 25 55 10 70 10 C 100 10 100 60 50 90 Z');
  return page;
}

/** Colour, gradient and image fills with content fill modes and crop. */
export function buildFillsScene(engine: Engine): DesignBlockId {
  const page = createPage(engine, 400, 200, rgb(0.95, 0.95, 0.9));
  addGraphic(engine, page, { x: 10, y: 10, width: 90, height: 80, color: rgb(0.3, 0.5, 0.2, 0.7) });
  const gradients: [string, (fill: DesignBlockId) => void][] = [
    ['gradient/linear', (fill) => { engine.block.setFloat(fill, 'fill/gradient/linear/startPointX', 0); engine.block.setFloat(fill, 'fill/gradient/linear/endPointX', 1); engine.block.setFloat(fill, 'fill/gradient/linear/endPointY', 1); }],
    ['gradient/radial', (fill) => engine.block.setFloat(fill, 'fill/gradient/radial/radius', 0.5)],
    ['gradient/conical', () => undefined],
  ];
  gradients.forEach(([type, configure], index) => {
    const block = addGraphic(engine, page, { x: 110 + index * 95, y: 10, width: 85, height: 80, shape: index === 1 ? 'ellipse' : 'rect' });
    const fill = engine.block.createFill(type as 'gradient/linear');
    engine.block.setGradientColorStops(fill, 'fill/gradient/colors', [
      { color: rgb(1, 0.8, 0), stop: 0 }, { color: rgb(0.8, 0, 0.4), stop: 0.5 }, { color: rgb(0, 0.2, 0.8), stop: 1 },
    ]);
    configure(fill);
    engine.block.setFill(block, fill);
  });
  const cover = addGraphic(engine, page, { x: 10, y: 105, width: 120, height: 85, image: IMAGE_URI });
  engine.block.setContentFillMode(cover, 'Cover');
  const contain = addGraphic(engine, page, { x: 140, y: 105, width: 80, height: 85, image: IMAGE_URI });
  engine.block.setContentFillMode(contain, 'Contain');
  const crop = addGraphic(engine, page, { x: 230, y: 105, width: 80, height: 85, image: PHOTO_URI, shape: 'ellipse' });
  engine.block.setContentFillMode(crop, 'Crop');
  engine.block.setCropScaleX(crop, 2);
  engine.block.setCropScaleY(crop, 2);
  engine.block.setCropTranslationX(crop, -0.25);
  engine.block.setCropRotation(crop, 0.4);
  engine.block.flipCropHorizontal(crop);
  addGraphic(engine, page, { x: 320, y: 105, width: 70, height: 70, image: ALPHA_URI });
  return page;
}

/** Stroke styles and positions. */
export function buildStrokesScene(engine: Engine): DesignBlockId {
  const page = createPage(engine, 400, 200);
  const styles = ['Solid', 'Dashed', 'DashedRound', 'Dotted', 'LongDashed', 'LongDashedRound'];
  const positions = ['Center', 'Inner', 'Outer'];
  styles.forEach((style, index) => {
    const block = addGraphic(engine, page, { x: 15 + index * 64, y: 15, width: 50, height: 70, shape: index % 2 ? 'ellipse' : 'rect', color: rgb(0.85, 0.9, 1) });
    engine.block.setStrokeEnabled(block, true);
    engine.block.setStrokeWidth(block, 4);
    engine.block.setStrokeColor(block, rgb(0.1, 0.2, 0.6));
    engine.block.setStrokeStyle(block, style as 'Solid');
  });
  positions.forEach((position, index) => {
    const block = addGraphic(engine, page, { x: 30 + index * 120, y: 115, width: 80, height: 60, color: rgb(1, 0.9, 0.6) });
    engine.block.setStrokeEnabled(block, true);
    engine.block.setStrokeWidth(block, 10);
    engine.block.setStrokeColor(block, rgb(0.8, 0.2, 0.1, 0.6));
    engine.block.setStrokePosition(block, position as 'Center');
    engine.block.setStrokeCornerGeometry(block, index === 1 ? 'Round' : 'Miter');
  });
  return page;
}
