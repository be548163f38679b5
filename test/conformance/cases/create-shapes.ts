import type { GuideCase } from '../harness/types.js';
import { close, equal, expect, id, loggedValue, pngSize } from './helpers.js';

const SHAPE = '//ly.img.ubq/shape/';

export default {
  id: 'create-shapes',
  url: 'https://img.ly/docs/cesdk/node/stickers-and-shapes/create-edit/create-shapes-64acc0',
  env: 'browser',
  snippets: [
    {
      title: 'Initialize CE.SDK',
      start: '// Initialize CE.SDK engine in headless mode',
      end: '});',
      check: ({ engine }) => equal(engine.scene.get(), null, 'a fresh engine has no scene'),
    },
    {
      title: 'Complete example: vertical stack scene with one page',
      start: '// Create a design scene with specific page dimensions',
      end: "const page = engine.block.findByType('page')[0];",
      captures: ['page'],
      check: (context) => {
        const { engine } = context;
        const page = id(context, 'page');
        equal(engine.scene.getLayout(), 'VerticalStack', 'layout');
        equal(engine.scene.getPages(), [page], 'one page');
        equal(engine.block.getType(engine.block.getParent(page)!), '//ly.img.ubq/stack', 'page sits in the stack');
        equal([engine.block.getWidth(page), engine.block.getHeight(page)], [300, 200], 'page size');
      },
    },
    {
      title: 'Checking Shape Support',
      start: "const testGraphic = engine.block.create('graphic');",
      end: 'engine.block.destroy(testGraphic);',
      captures: ['testGraphic', 'testText'],
      check: (context) => {
        equal(context.engine.block.isValid(id(context, 'testGraphic')), false, 'graphic destroyed');
        equal(context.engine.block.isValid(id(context, 'testText')), false, 'text destroyed');
        const probe = context.engine.block.create('graphic');
        equal(context.engine.block.supportsShape(probe), true, 'graphic supports shapes');
        const text = context.engine.block.create('text');
        equal(context.engine.block.supportsShape(text), false, 'text does not');
        context.engine.block.destroy(probe);
        context.engine.block.destroy(text);
      },
    },
    {
      title: 'Creating a Rectangle',
      start: "const rectGraphic = engine.block.create('graphic');",
      end: 'engine.block.setPositionY(rectGraphic, 10);',
      captures: ['rectGraphic', 'page'],
      check: (context) => {
        const { engine } = context;
        const block = id(context, 'rectGraphic');
        equal(engine.block.getType(engine.block.getShape(block)!), `${SHAPE}rect`, 'rect shape');
        equal(engine.block.getColor(engine.block.getFill(block)!, 'fill/color/value'), { r: 1, g: 0, b: 0, a: 1 }, 'red fill');
        equal([engine.block.getWidth(block), engine.block.getHeight(block)], [64, 64], 'size');
        equal([engine.block.getPositionX(block), engine.block.getPositionY(block)], [10, 10], 'position');
        equal(engine.block.getParent(block), id(context, 'page'), 'on the page');
      },
    },
    {
      title: 'Ellipse with gradient fill',
      start: "const ellipseGraphic = engine.block.create('graphic');",
      end: 'engine.block.setPositionY(ellipseGraphic, 10);',
      captures: ['ellipseGraphic'],
      check: (context) => {
        const { engine } = context;
        const block = id(context, 'ellipseGraphic');
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
      start: '// Discover what properties are available on a shape',
      end: 'engine.block.destroy(exampleStarShape);',
      captures: ['exampleStarShape'],
      check: (context) => {
        const properties = loggedValue(context, 'Available star shape properties:') as string[];
        expect(Array.isArray(properties), 'logged a property list');
        for (const name of ['shape/star/points', 'shape/star/innerDiameter', 'type']) {
          expect(properties.includes(name), `lists ${name}`);
        }
        equal(context.engine.block.isValid(id(context, 'exampleStarShape')), false, 'probe star destroyed');
      },
    },
    {
      title: 'Star with configurable points',
      start: "const starGraphic = engine.block.create('graphic');",
      end: 'engine.block.setPositionY(starGraphic, 10);',
      captures: ['starShape', 'starGraphic'],
      check: (context) => {
        const { engine } = context;
        const shape = id(context, 'starShape');
        equal(engine.block.getInt(shape, 'shape/star/points'), 5, 'points');
        close(engine.block.getFloat(shape, 'shape/star/innerDiameter'), 0.5, 'innerDiameter');
        equal(engine.block.getShape(id(context, 'starGraphic')!), shape, 'attached');
        equal(engine.block.getPositionX(id(context, 'starGraphic')), 154, 'x');
      },
    },
    {
      title: 'Polygon with custom number of sides',
      start: "const polygonGraphic = engine.block.create('graphic');",
      end: 'engine.block.setPositionY(polygonGraphic, 10);',
      captures: ['polygonShape', 'polygonGraphic'],
      check: (context) => {
        equal(context.engine.block.getInt(id(context, 'polygonShape'), 'shape/polygon/sides'), 8, 'sides');
        equal(context.engine.block.getPositionX(id(context, 'polygonGraphic')), 226, 'x');
      },
    },
    {
      title: 'Line with stroke styling',
      start: "const lineGraphic = engine.block.create('graphic');",
      end: 'engine.block.setPositionY(lineGraphic, 109);',
      captures: ['lineGraphic'],
      check: (context) => {
        const block = id(context, 'lineGraphic');
        equal(context.engine.block.getType(context.engine.block.getShape(block)!), `${SHAPE}line`, 'line shape');
        equal(context.engine.block.getHeight(block), 10, 'height');
      },
    },
    {
      title: 'Vector Paths: Custom SVG Paths',
      start: "const vectorPathGraphic = engine.block.create('graphic');",
      end: 'engine.block.setPositionY(vectorPathGraphic, 82);',
      captures: ['vectorPathShape'],
      check: (context) => {
        const shape = id(context, 'vectorPathShape');
        equal(context.engine.block.getType(shape), `${SHAPE}vector_path`, 'vector path');
        equal(context.engine.block.getString(shape, 'shape/vector_path/path'), 'M 0,0 L 100,50 L 0,100 Z', 'path');
      },
    },
    {
      title: 'Rectangle: Corner Radius',
      start: "const roundedRectGraphic = engine.block.create('graphic');",
      end: 'engine.block.setPositionY(roundedRectGraphic, 82);',
      captures: ['roundedRectShape'],
      check: (context) => {
        for (const corner of ['TL', 'TR', 'BL', 'BR']) {
          equal(context.engine.block.getFloat(id(context, 'roundedRectShape'), `shape/rect/cornerRadius${corner}`), 5, corner);
        }
      },
    },
    {
      title: 'Complete example: export',
      start: '// Export the scene to PNG',
      end: "console.log('✓ Example complete');",
      check: ({ files, engine }) => {
        equal(pngSize(files.get('output/create-shapes.png')), { width: 300, height: 200 }, 'PNG size');
        equal(engine.block.findByType('graphic').length, 7, 'seven shapes on the page');
      },
    },
  ],
} satisfies GuideCase;
