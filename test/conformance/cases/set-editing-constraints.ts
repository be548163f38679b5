import type { GuideCase, SnippetCheckContext } from '../harness/types.js';
import { bytesOf, equal, expect, id, pngSize, val } from './helpers.js';

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
      captures: ['sheet'],
      check: (context) => equal(context.engine.block.getWidth(id(context, 'sheet')), 1920, 'page width'),
    },
    {
      title: 'Complete example: page background',
      captures: ['sheetPaint'],
      check: (context) => equal(context.engine.block.getColor(id(context, 'sheetPaint'), 'fill/color/value'), { r: 0.95, g: 0.95, b: 0.95, a: 1 }, 'page color'),
    },
    {
      title: 'Global Scope Modes',
      check: ({ engine }) => equal(engine.editor.getGlobalScope('layer/move'), 'Defer', 'layer/move deferred'),
    },
    {
      title: 'Complete example: a helper that builds a labelled block',
      captures: ['makeCard'],
      check: (context) => expect(typeof context.vars.makeCard === 'function', 'helper defined'),
    },
    {
      title: 'All Scopes Enabled',
      captures: ['openCard'],
      check: exampleCheck('openCard', 'layer/move', true),
    },
    {
      title: 'Lock Position',
      captures: ['pinnedCard'],
      check: exampleCheck('pinnedCard', 'layer/move', false),
    },
    {
      title: 'Prevent Deletion',
      captures: ['keptCard'],
      check: exampleCheck('keptCard', 'lifecycle/destroy', false),
    },
    {
      title: 'All Scopes Disabled',
      captures: ['frozenCard'],
      check: exampleCheck('frozenCard', 'editor/select', false),
    },
    {
      title: 'Checking Scope States',
      captures: ['scopeReport'],
      check: (context) => equal(val(context, 'scopeReport'), { pinnedMoves: false, keptDeletes: false, openMoves: true, frozenMoves: false }, 'scope states'),
    },
    {
      title: 'Complete example: position the blocks (a Creator is not stopped by block scopes)',
      captures: ['pinnedCard', 'cellWidth'],
      check: (context) => {
        equal(context.engine.block.getPositionX(id(context, 'pinnedCard')), 40 + (val(context, 'cellWidth') as number) + 20, 'the move-locked block was placed in the grid');
      },
    },
    {
      title: 'Saving Constrained Scenes',
      captures: ['savedScene'],
      check: (context) => {
        const scene = val(context, 'savedScene');
        expect(typeof scene === 'string' && scene.includes('"layer/move":false'), 'the saved scene keeps the block scopes');
      },
    },
    {
      title: 'Complete example: export',
      captures: ['png'],
      check: async (context) => equal(pngSize(await bytesOf(context, 'png')), { width: 1920, height: 1080 }, 'PNG size'),
    },
  ],
} satisfies GuideCase;
