import type { GuideCase } from '../harness/types.js';
import { equal, expect, id, logged, loggedValue } from './helpers.js';

export default {
  id: 'blocks',
  url: 'https://img.ly/docs/cesdk/node/concepts/blocks-90241e',
  env: 'node',
  snippets: [
    {
      title: 'Block Types',
      start: '// Create a new scene and page',
      end: "console.log('Page block type:', pageType); // '//ly.img.ubq/page'",
      check: (context) => equal(loggedValue(context, 'Page block type:'), '//ly.img.ubq/page', 'page type'),
    },
    {
      title: 'Type vs Kind',
      start: '// Type is immutable, determined at creation',
      end: "console.log('Blocks with kind \"main-canvas\":', mainCanvasBlocks.length);",
      check: (context) => {
        equal(loggedValue(context, 'Page kind:'), 'main-canvas', 'kind');
        equal(loggedValue(context, 'Blocks with kind "main-canvas":'), 1, 'findByKind');
      },
    },
    {
      title: 'Block Lifecycle',
      start: '// Create a graphic block for an image',
      end: "console.log('Copy valid after destroy:', isCopyValid); // false",
      check: (context) => {
        equal(loggedValue(context, 'Original valid:'), true, 'original valid');
        equal(loggedValue(context, 'Copy valid after destroy:'), false, 'copy invalid');
      },
    },
    {
      title: 'Working with Fills',
      start: "// Create a rect shape to define the graphic's bounds",
      end: "engine.block.setEnum(graphic, 'contentFill/mode', 'Cover');",
      captures: ['graphic', 'imageFill'],
      check: (context) => equal(context.engine.block.getFill(id(context, 'graphic')), id(context, 'imageFill'), 'image fill'),
    },
    {
      title: 'Block Hierarchy',
      start: '// Blocks form a tree: scene > page > elements',
      end: "console.log('Page has children:', pageChildren.length);",
      check: (context) => {
        equal(loggedValue(context, 'Graphic parent is page:'), true, 'parent');
        equal(loggedValue(context, 'Page has children:'), 1, 'children');
      },
    },
    {
      title: 'Complete example: a text block',
      start: '// Create a text block with content',
      end: "console.log('Text block type:', textType); // '//ly.img.ubq/text'",
      check: (context) => equal(loggedValue(context, 'Text block type:'), '//ly.img.ubq/text', 'text type'),
    },
    {
      title: 'Block Properties (reflection)',
      start: '// Use reflection to discover available properties',
      endAfter: "'Opacity readable:',",
      end: ');',
      check: (context) => {
        expect((logged(context, 'Graphic block has')[0] as number) > 10, 'a graphic has many properties');
        equal(loggedValue(context, 'Opacity property type:'), 'Float', 'opacity type');
        equal(logged(context, 'Opacity readable:'), [true, 'writable:', true], 'readable and writable');
      },
    },
    {
      title: 'Block Properties (typed accessors)',
      start: '// Use type-specific getters and setters',
      end: "console.log('Graphic blend mode:', blendMode);",
      check: (context) => {
        equal(loggedValue(context, 'Graphic opacity:'), 0.9, 'opacity');
        equal(loggedValue(context, 'Page margin enabled:'), false, 'margin');
        equal(loggedValue(context, 'Graphic blend mode:'), 'Multiply', 'blend mode');
      },
    },
    {
      title: 'UUIDs and Names',
      start: '// Each block has a stable UUID across save/load cycles',
      end: "console.log('Graphic name:', graphicName); // 'Hero Image'",
      check: (context) => {
        expect(/^[0-9a-f-]{36}$/.test(loggedValue(context, 'Graphic UUID:') as string), 'a UUID');
        equal(loggedValue(context, 'Graphic name:'), 'Hero Image', 'name');
      },
    },
    {
      title: 'Selection',
      start: '// Select a block programmatically',
      end: "console.log('Selected blocks count:', selectedBlocks.length); // 2",
      check: (context) => {
        equal(loggedValue(context, 'Graphic is selected:'), true, 'selected');
        equal(loggedValue(context, 'Selected blocks count:'), 2, 'two selected');
      },
    },
    {
      title: 'Visibility, Export Inclusion and Clipping',
      start: '// Control block visibility',
      end: "console.log('Graphic is clipped:', isClipped);",
      check: (context) => {
        equal(loggedValue(context, 'Graphic is visible:'), true, 'visible');
        equal(loggedValue(context, 'Graphic included in export:'), true, 'included in export');
        equal(loggedValue(context, 'Graphic is clipped:'), false, 'clipped');
      },
    },
    {
      title: 'Block State',
      start: '// Query block state - indicates loading status',
      end: "console.log('Graphic state:', graphicState.type); // 'Ready', 'Pending', or 'Error'",
      check: (context) => expect(['Ready', 'Pending', 'Error'].includes(loggedValue(context, 'Graphic state:') as string), 'a state type'),
    },
    {
      title: 'Serialization (save)',
      start: '// Save blocks to a string for persistence',
      end: "console.log('Blocks saved to string, length:', savedString.length);",
      check: (context) => expect((loggedValue(context, 'Blocks saved to string, length:') as number) > 0, 'saved'),
    },
    {
      title: 'Serialization (load)',
      start: '// Load blocks from string (creates new blocks, not attached to scene)',
      end: "console.log('Loaded blocks from string:', loadedBlocks.length);",
      captures: ['loadedBlocks', 'graphic'],
      check: (context) => {
        const loaded = context.vars.loadedBlocks as number[];
        equal(loaded.length, 2, 'two blocks');
        for (const block of loaded) equal(context.engine.block.getParent(block), null, 'not attached');
        equal(context.engine.block.getName(loaded[0]!), 'Hero Image', 'the copy keeps its name');
        expect(loaded[0] !== id(context, 'graphic'), 'new blocks');
      },
    },
    {
      title: 'Complete example: clean up loaded blocks',
      start: '// Loaded blocks must be parented to appear in the scene',
      end: '}',
      captures: ['loadedBlocks'],
      check: (context) => {
        for (const block of context.vars.loadedBlocks as number[]) equal(context.engine.block.isValid(block), false, 'destroyed');
      },
    },
  ],
} satisfies GuideCase;
