import type { GuideCase } from '../harness/types.js';
import { bytesOf, close, equal, expect, id, pngSize, val } from './helpers.js';

const SHAPE = '//ly.img.ubq/shape/';

export default {
  id: 'create-shapes',
  url: 'https://img.ly/docs/cesdk/node/stickers-and-shapes/create-edit/create-shapes-64acc0',
  env: 'browser',
  snippets: [
    {
      title: 'Initialize CE.SDK',
      check: ({ engine }) => equal(engine.scene.get(), null, 'a fresh engine has no scene'),
    },
    {
      title: 'Complete example: vertical stack scene with one page',
      captures: ['sheet'],
      check: (context) => {
        const { engine } = context;
        const page = id(context, 'sheet');
        equal(engine.scene.getLayout(), 'VerticalStack', 'layout');
        equal(engine.scene.getPages(), [page], 'one page');
        equal(engine.block.getType(engine.block.getParent(page)!), '//ly.img.ubq/stack', 'page sits in the stack');
        equal([engine.block.getWidth(page), engine.block.getHeight(page)], [300, 200], 'page size');
      },
    },
    {
      title: 'Checking Shape Support',
      captures: ['shapeProbe', 'textProbe', 'graphicTakesShape', 'textTakesShape'],
      check: (context) => {
        equal(val(context, 'graphicTakesShape'), true, 'graphic supports shapes');
        equal(val(context, 'textTakesShape'), false, 'text does not');
        equal(context.engine.block.isValid(id(context, 'shapeProbe')), false, 'graphic destroyed');
        equal(context.engine.block.isValid(id(context, 'textProbe')), false, 'text destroyed');
      },
    },
    {
      title: 'Creating a Rectangle',
      captures: ['square', 'sheet'],
      check: (context) => {
        const { engine } = context;
        const block = id(context, 'square');
        equal(engine.block.getType(engine.block.getShape(block)!), `${SHAPE}rect`, 'rect shape');
        equal(engine.block.getColor(engine.block.getFill(block)!, 'fill/color/value'), { r: 1, g: 0, b: 0, a: 1 }, 'red fill');
        equal([engine.block.getWidth(block), engine.block.getHeight(block)], [64, 64], 'size');
        equal([engine.block.getPositionX(block), engine.block.getPositionY(block)], [10, 10], 'position');
        equal(engine.block.getParent(block), id(context, 'sheet'), 'on the page');
      },
    },
    {
      title: 'Ellipse with gradient fill',
      captures: ['disc'],
      check: (context) => {
        const { engine } = context;
        const block = id(context, 'disc');
        equal(engine.block.getType(engine.block.getShape(block)!), `${SHAPE}ellipse`, 'ellipse shape');
        const fill = engine.block.getFill(block)!;
        equal(engine.block.getType(fill), '//ly.img.ubq/fill/gradient/linear', 'linear gradient');
        const stops = engine.block.getGradientColorStops(fill, 'fill/gradient/colors');
        equal(stops.length, 2, 'two stops');
        close(stops[1]!.stop, 1, 'last stop');
        equal(engine.block.getPositionX(block), 82, 'x');
      },
    },
    {
      title: 'Discovering Properties',
      captures: ['starProbe', 'starPropertyNames'],
      check: (context) => {
        const properties = val(context, 'starPropertyNames') as string[];
        expect(Array.isArray(properties), 'a property list');
        for (const name of ['shape/star/points', 'shape/star/innerDiameter', 'type']) {
          expect(properties.includes(name), `lists ${name}`);
        }
        equal(context.engine.block.isValid(id(context, 'starProbe')), false, 'probe star destroyed');
      },
    },
    {
      title: 'Star with configurable points',
      captures: ['starOutline', 'starItem'],
      check: (context) => {
        const { engine } = context;
        const shape = id(context, 'starOutline');
        equal(engine.block.getInt(shape, 'shape/star/points'), 5, 'points');
        close(engine.block.getFloat(shape, 'shape/star/innerDiameter'), 0.5, 'innerDiameter');
        equal(engine.block.getShape(id(context, 'starItem')), shape, 'attached');
        equal(engine.block.getPositionX(id(context, 'starItem')), 154, 'x');
      },
    },
    {
      title: 'Polygon with custom number of sides',
      captures: ['octagonOutline', 'octagonItem'],
      check: (context) => {
        equal(context.engine.block.getInt(id(context, 'octagonOutline'), 'shape/polygon/sides'), 8, 'sides');
        equal(context.engine.block.getPositionX(id(context, 'octagonItem')), 226, 'x');
      },
    },
    {
      title: 'Line with stroke styling',
      captures: ['rule'],
      check: (context) => {
        const block = id(context, 'rule');
        equal(context.engine.block.getType(context.engine.block.getShape(block)!), `${SHAPE}line`, 'line shape');
        equal(context.engine.block.getHeight(block), 10, 'height');
      },
    },
    {
      title: 'Vector Paths: Custom SVG Paths',
      captures: ['arrowOutline'],
      check: (context) => {
        const shape = id(context, 'arrowOutline');
        equal(context.engine.block.getType(shape), `${SHAPE}vector_path`, 'vector path');
        equal(context.engine.block.getString(shape, 'shape/vector_path/path'), 'M 0,0 L 100,50 L 0,100 Z', 'path');
      },
    },
    {
      title: 'Rectangle: Corner Radius',
      captures: ['softOutline'],
      check: (context) => {
        for (const corner of ['TL', 'TR', 'BL', 'BR']) {
          equal(context.engine.block.getFloat(id(context, 'softOutline'), `shape/rect/cornerRadius${corner}`), 5, corner);
        }
      },
    },
    {
      title: 'Complete example: export',
      captures: ['png'],
      check: async (context) => {
        // The engine is read before the first await: the guide disposes it when it ends.
        equal(context.engine.block.findByType('graphic').length, 7, 'seven shapes on the page');
        equal(pngSize(await bytesOf(context, 'png')), { width: 300, height: 200 }, 'PNG size');
      },
    },
  ],
} satisfies GuideCase;
