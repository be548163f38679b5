import type { GuideCase } from '../harness/types.js';
import { bytesOf, equal, expect, id, pngSize } from './helpers.js';

const ORANGE = { r: 1, g: 0.65, b: 0, a: 1 };
const BLUE = { r: 0.2, g: 0.6, b: 1, a: 1 };

export default {
  id: 'text-styling',
  url: 'https://img.ly/docs/cesdk/node/text/styling-269c48',
  env: 'browser',
  snippets: [
    {
      title: 'Complete example: a text block',
      captures: ['title', 'sheet'],
      check: (context) => equal(context.engine.block.getParent(id(context, 'title')), id(context, 'sheet'), 'on the page'),
    },
    {
      title: 'Editing Text Content',
      captures: ['title'],
      check: (context) => equal(context.engine.block.getString(id(context, 'title'), 'text/text'), 'CE.SDK!', 'text after the edits'),
    },
    {
      title: 'Text Colors',
      captures: ['title'],
      check: (context) => {
        const text = id(context, 'title');
        equal(context.engine.block.getTextColors(text), [BLUE, ORANGE], 'ordered unique colors');
        equal(context.engine.block.getTextColors(text, 0, 2), [BLUE], 'colors of the first two characters');
        equal(context.engine.block.getTextColors(text, 2, 7), [ORANGE], 'colors of the rest');
      },
    },
    {
      title: 'Text Backgrounds',
      captures: ['title'],
      check: (context) => {
        const text = id(context, 'title');
        equal(context.engine.block.getBool(text, 'backgroundColor/enabled'), true, 'background enabled');
        equal(context.engine.block.getFloat(text, 'backgroundColor/paddingTop'), 8, 'padding');
      },
    },
    {
      title: 'Text Backgrounds (animation)',
      captures: ['title', 'slideIn'],
      check: (context) => {
        const text = id(context, 'title');
        const animation = id(context, 'slideIn');
        equal(context.engine.block.getInAnimation(text), animation, 'the slide is the In animation');
        equal(context.engine.block.getType(animation), '//ly.img.ubq/animation/slide', 'animation type');
        equal(context.engine.block.getEnum(animation, 'textAnimationWritingStyle'), 'Block', 'writing style');
      },
    },
    {
      title: 'Text Case Transformations',
      captures: ['title'],
      check: (context) => {
        const text = id(context, 'title');
        equal(context.engine.block.getTextCases(text), ['Uppercase'], 'text case');
        equal(context.engine.block.getString(text, 'text/text'), 'CE.SDK!', 'the string itself is unchanged');
      },
    },
    {
      title: 'Typefaces and Fonts',
      captures: ['title'],
      check: (context) => {
        const text = id(context, 'title');
        equal(context.engine.block.getTypeface(text).name, 'Roboto', 'typeface');
        equal(context.engine.block.getTextFontSizes(text), [320], 'font size');
        equal(context.engine.block.getTextFontWeights(text), ['normal'], 'setFont resets the weight');
        equal(context.engine.block.getTextColors(text), [BLUE, ORANGE], 'colors survive setFont');
      },
    },
    {
      title: 'Font Weights and Styles',
      captures: ['title'],
      check: (context) => {
        const text = id(context, 'title');
        equal(context.engine.block.getTextFontWeights(text), ['bold'], 'bold everywhere');
        equal(context.engine.block.getTextFontStyles(text), ['italic', 'normal'], 'italic first two characters');
        equal(context.engine.block.getTextFontStyles(text, 0, 2), ['italic'], 'the toggled range');
        expect(context.engine.block.getString(text, 'text/fontFileUri').endsWith('Roboto-Bold.ttf'), 'the bold face is used outside the italic range');
      },
    },
    {
      title: 'Complete example: zoom to the text',
    },
    {
      title: 'Complete example: export',
      captures: ['png'],
      // The check decodes the PNG (asynchronous): the guide waits for it.
      settle: true,
      check: async (context) => {
        const bytes = await bytesOf(context, 'png');
        equal(pngSize(bytes), { width: 800, height: 600 }, 'PNG size');
        // The runs are drawn: the blue first two characters, then the orange rest.
        const bitmap = await createImageBitmap(new Blob([bytes.slice()], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const drawing = canvas.getContext('2d')!;
        drawing.drawImage(bitmap, 0, 0);
        const data = drawing.getImageData(0, 0, bitmap.width, bitmap.height).data;
        // The text is large and wraps: compare reading order (first pixel, row by row), not columns alone.
        const columns = { blue: { count: 0, first: -1, top: -1 }, orange: { count: 0, first: -1, top: -1 } };
        const add = (box: { count: number; first: number; top: number }, index: number) => {
          if (box.count === 0) {
            box.first = index;
            box.top = Math.floor(index / bitmap.width);
          }
          box.count += 1;
        };
        for (let index = 0; index < data.length; index += 4) {
          const [r, g, b] = [data[index]!, data[index + 1]!, data[index + 2]!];
          if (Math.abs(r - 51) < 30 && Math.abs(g - 153) < 30 && b > 220) add(columns.blue, index / 4);
          else if (r > 230 && Math.abs(g - 166) < 30 && b < 40) add(columns.orange, index / 4);
        }
        expect(columns.blue.count > 50 && columns.orange.count > 50, `blue (${columns.blue.count}) and orange (${columns.orange.count}) pixels drawn`);
        expect(columns.blue.first < columns.orange.first, `the blue run (from row ${columns.blue.top}) comes before the orange run (from row ${columns.orange.top})`);
      },
    },
  ],
} satisfies GuideCase;
