import type { GuideCase, SnippetCheckContext } from '../harness/types.js';
import { equal, expect, id, loggedValue, pngSize } from './helpers.js';

function exampleCheck(name: string, scope: string, enabled: boolean) {
  return (context: SnippetCheckContext) => {
    const { engine } = context;
    const block = id(context, name);
    equal(engine.block.isScopeEnabled(block, scope), enabled, `${name} ${scope}`);
    const [text] = engine.block.getChildren(block);
    expect(text !== undefined && engine.block.getType(text) === '//ly.img.ubq/text', 'the label text is a child of the graphic');
    equal(engine.block.isScopeEnabled(text!, scope), enabled, `label ${scope}`);
    equal(engine.block.getColor(engine.block.getFill(text!)!, 'fill/color/value'), { r: 1, g: 1, b: 1, a: 1 }, 'white label through its color fill');
  };
}

export default {
  id: 'set-editing-constraints',
  url: 'https://img.ly/docs/cesdk/node/create-templates/add-dynamic-content/set-editing-constraints-c892c0',
  env: 'browser',
  snippets: [
    {
      title: 'Complete example: scene',
      start: '// Create a design scene with specific page dimensions',
      end: '}',
      captures: ['page'],
      check: (context) => equal(context.engine.block.getWidth(id(context, 'page')), 1920, 'page width'),
    },
    {
      title: 'Complete example: page background',
      start: '// Set page background color',
      end: '});',
      captures: ['pageFill'],
      check: (context) => equal(context.engine.block.getColor(id(context, 'pageFill'), 'fill/color/value'), { r: 0.95, g: 0.95, b: 0.95, a: 1 }, 'page color'),
    },
    {
      title: 'Global Scope Modes',
      start: "// Set global scopes to 'Defer' to respect block-level scope settings",
      end: "engine.editor.setGlobalScope('lifecycle/duplicate', 'Defer');",
      check: ({ engine }) => equal(engine.editor.getGlobalScope('layer/move'), 'Defer', 'layer/move deferred'),
    },
    {
      title: 'Complete example: a helper that builds a labelled block',
      start: '// Helper function to create a labeled example block',
      endAfter: 'return block;',
      end: '};',
      captures: ['createExampleBlock'],
      check: (context) => expect(typeof context.vars.createExampleBlock === 'function', 'helper defined'),
    },
    {
      title: 'All Scopes Enabled',
      start: '// ===== Example 1: All Scopes Enabled =====',
      endAfter: 'enableAllScopes',
      end: ');',
      captures: ['fullyEditableBlock'],
      check: exampleCheck('fullyEditableBlock', 'layer/move', true),
    },
    {
      title: 'Lock Position',
      start: '// ===== Example 2: Lock Position (Disable Move Scope) =====',
      endAfter: 'disableMoveScope',
      end: ');',
      captures: ['moveLockedBlock'],
      check: exampleCheck('moveLockedBlock', 'layer/move', false),
    },
    {
      title: 'Prevent Deletion',
      start: '// ===== Example 3: Prevent Deletion (Disable Lifecycle Scopes) =====',
      endAfter: 'disableLifecycleScopes',
      end: ');',
      captures: ['lifecycleLockedBlock'],
      check: exampleCheck('lifecycleLockedBlock', 'lifecycle/destroy', false),
    },
    {
      title: 'All Scopes Disabled',
      start: '// ===== Example 4: All Scopes Disabled =====',
      endAfter: 'disableAllScopes',
      end: ');',
      captures: ['fullyLockedBlock'],
      check: exampleCheck('fullyLockedBlock', 'editor/select', false),
    },
    {
      title: 'Checking Scope States',
      start: '// ===== Block-Level Scope Setting Example =====',
      end: "console.log('Fully locked block - layer/move enabled:', canEditLocked); // false",
      check: (context) => {
        equal(loggedValue(context, 'Move-locked block - layer/move enabled:'), false, 'move-locked');
        equal(loggedValue(context, 'Lifecycle-locked block - lifecycle/destroy enabled:'), false, 'lifecycle-locked');
        equal(loggedValue(context, 'Fully editable block - layer/move enabled:'), true, 'editable');
        equal(loggedValue(context, 'Fully locked block - layer/move enabled:'), false, 'locked');
      },
    },
    {
      title: 'Complete example: position the blocks (a Creator is not stopped by block scopes)',
      start: '// Position blocks in 2x2 grid',
      endAfter: 'blocks.forEach((block, index) => {',
      end: '});',
      captures: ['moveLockedBlock', 'blockWidth'],
      check: (context) => {
        equal(context.engine.block.getPositionX(id(context, 'moveLockedBlock')), 40 + (context.vars.blockWidth as number) + 20, 'the move-locked block was placed in the grid');
      },
    },
    {
      title: 'Saving Constrained Scenes',
      start: '// Save the scene with all scope constraints preserved',
      end: "console.log('  All scope constraints are preserved in the scene file');",
      check: ({ files }) => {
        const scene = files.get('output/constrained-scene.scene');
        expect(typeof scene === 'string' && scene.includes('"layer/move":false'), 'the saved scene keeps the block scopes');
      },
    },
    {
      title: 'Complete example: export',
      start: '// Export the result to PNG',
      end: "console.log('✓ Exported result to output/editing-constraints-result.png');",
      check: ({ files }) => equal(pngSize(files.get('output/editing-constraints-result.png')), { width: 1920, height: 1080 }, 'PNG size'),
    },
  ],
} satisfies GuideCase;
