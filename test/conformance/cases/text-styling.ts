import type { GuideCase } from '../harness/types.js';
import { equal, expect, id, pngSize } from './helpers.js';

const ORANGE = { r: 1, g: 0.65, b: 0, a: 1 };
const BLUE = { r: 0.2, g: 0.6, b: 1, a: 1 };

export default {
  id: 'text-styling',
  url: 'https://img.ly/docs/cesdk/node/text/styling-269c48',
  env: 'browser',
  snippets: [
    {
      title: 'Complete example: a text block',
      start: '// Create a text block to demonstrate styling',
      end: 'engine.block.setHeightMode(text, "Auto");',
      captures: ['text', 'page'],
      check: (context) => equal(context.engine.block.getParent(id(context, 'text')), id(context, 'page'), 'on the page'),
    },
    {
      title: 'Editing Text Content',
      start: '// Edit text content using replaceText()',
      end: 'engine.block.removeText(text, 0, 6);',
      captures: ['text'],
      check: (context) => equal(context.engine.block.getString(id(context, 'text'), 'text/text'), 'CE.SDK!', 'text after the edits'),
    },
    {
      title: 'Text Colors',
      start: '// Apply colors to the entire text',
      end: 'engine.block.setTextColor(text, { r: 0.2, g: 0.6, b: 1.0, a: 1.0 }, 0, 2); // Blue',
      captures: ['text'],
      check: (context) => {
        const text = id(context, 'text');
        equal(context.engine.block.getTextColors(text), [BLUE, ORANGE], 'ordered unique colors');
        equal(context.engine.block.getTextColors(text, 0, 2), [BLUE], 'colors of the first two characters');
        equal(context.engine.block.getTextColors(text, 2, 7), [ORANGE], 'colors of the rest');
      },
    },
    {
      title: 'Text Backgrounds',
      start: '// Enable and configure text background',
      end: 'engine.block.setFloat(text, "backgroundColor/cornerRadius", 8);',
      captures: ['text'],
      check: (context) => {
        const text = id(context, 'text');
        equal(context.engine.block.getBool(text, 'backgroundColor/enabled'), true, 'background enabled');
        equal(context.engine.block.getFloat(text, 'backgroundColor/paddingTop'), 8, 'padding');
      },
    },
    {
      title: 'Text Backgrounds (animation)',
      start: "// Background inherits text block animations when writing style is 'Block'",
      end: 'engine.block.setInAnimation(text, animation);',
      knownFailure: 'animations (createAnimation, setInAnimation) belong to the timeline work and are not in the engine yet',
    },
    {
      title: 'Text Case Transformations',
      start: "// Apply text case transformation (doesn't modify the string value)",
      end: 'engine.block.setTextCase(text, "Uppercase");',
      captures: ['text'],
      check: (context) => {
        const text = id(context, 'text');
        equal(context.engine.block.getTextCases(text), ['Uppercase'], 'text case');
        equal(context.engine.block.getString(text, 'text/text'), 'CE.SDK!', 'the string itself is unchanged');
      },
    },
    {
      title: 'Typefaces and Fonts',
      start: '// Define a typeface with multiple font variants',
      end: 'engine.block.setTextFontSize(text, 320);',
      captures: ['text', 'typeface'],
      check: (context) => {
        const text = id(context, 'text');
        equal(context.engine.block.getTypeface(text).name, 'Roboto', 'typeface');
        equal(context.engine.block.getTextFontSizes(text), [320], 'font size');
        equal(context.engine.block.getTextFontWeights(text), ['normal'], 'setFont resets the weight');
        equal(context.engine.block.getTextColors(text), [BLUE, ORANGE], 'colors survive setFont');
      },
    },
    {
      title: 'Font Weights and Styles',
      start: '// Toggle bold font weight',
      endAfter: 'engine.block.toggleItalicFont(text, 0, 2);',
      end: '}',
      captures: ['text'],
      check: (context) => {
        const text = id(context, 'text');
        equal(context.engine.block.getTextFontWeights(text), ['bold'], 'bold everywhere');
        equal(context.engine.block.getTextFontStyles(text), ['italic', 'normal'], 'italic first two characters');
        equal(context.engine.block.getTextFontStyles(text, 0, 2), ['italic'], 'the toggled range');
        expect(context.engine.block.getString(text, 'text/fontFileUri').endsWith('Roboto-Bold.ttf'), 'the bold face is used outside the italic range');
      },
    },
    {
      title: 'Complete example: zoom to the text',
      start: '// Zoom to show the text block',
      end: 'engine.scene.zoomToBlock(text, { padding: 40 });',
    },
    {
      title: 'Complete example: export',
      start: '// Export the scene to PNG',
      end: 'console.log("✅ Exported styled text to output/text-styling.png");',
      check: ({ files }) => equal(pngSize(files.get('output/text-styling.png')), { width: 800, height: 600 }, 'PNG size'),
    },
  ],
} satisfies GuideCase;
