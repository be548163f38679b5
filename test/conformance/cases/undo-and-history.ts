import type { GuideCase } from '../harness/types.js';
import { equal, expect, id, val } from './helpers.js';

export default {
  id: 'undo-and-history',
  url: 'https://img.ly/docs/cesdk/node/concepts/undo-and-history-99479d',
  env: 'node',
  snippets: [
    {
      title: 'Setup',
      captures: ['sheet'],
      check: (context) => {
        const { engine } = context;
        const page = id(context, 'sheet');
        equal(engine.scene.getPages(), [page], 'pages');
        equal(engine.block.getWidth(page), 800, 'page width');
        equal(engine.block.getHeight(page), 600, 'page height');
        equal(engine.scene.getLayout(), 'VerticalStack', 'layout');
      },
    },
    {
      title: 'Subscribing to History Changes',
      captures: ['stopHistoryLog'],
      check: ({ vars }) => expect(typeof vars.stopHistoryLog === 'function', 'onHistoryUpdated returns an unsubscribe function'),
    },
    {
      title: 'Automatic Undo Step Creation',
      captures: ['triangle', 'sheet', 'threeSides'],
      check: (context) => {
        const { engine } = context;
        expect(engine.editor.canUndo(), 'after addUndoStep, canUndo() returns true');
        equal(engine.block.getParent(id(context, 'triangle')), id(context, 'sheet'), 'the triangle is on the page');
        equal(engine.block.getInt(id(context, 'threeSides'), 'shape/polygon/sides'), 3, 'sides');
        const update = context.logs.find((args) => args[0] === 'history');
        equal(update?.[1], { canUndo: true, canRedo: false }, 'the history callback fired with the new step');
      },
    },
    {
      title: 'Performing Undo and Redo Operations (undo)',
      captures: ['triangle', 'afterUndo'],
      check: (context) => {
        equal((val(context, 'afterUndo') as boolean[])[1], true, 'after undoing, canRedo() returns true');
        expect(!context.engine.block.isValid(id(context, 'triangle')), 'the undone block is gone');
      },
    },
    {
      title: 'Performing Undo and Redo Operations (redo)',
      captures: ['triangle', 'sheet', 'afterRedo'],
      check: (context) => {
        equal(val(context, 'afterRedo'), [true, false], 'canUndo, and no redo after redoing');
        equal(context.engine.block.getParent(id(context, 'triangle')), id(context, 'sheet'), 'the block is back on the page');
      },
    },
    {
      title: 'Creating and Switching History Stacks',
      captures: ['mainHistory', 'sideHistory', 'activeWhileSide', 'sideCanUndo', 'mainCanUndo'],
      check: (context) => {
        expect(val(context, 'mainHistory') !== val(context, 'sideHistory'), 'two distinct histories');
        equal(val(context, 'activeWhileSide'), val(context, 'sideHistory'), 'active history after switching');
        equal(val(context, 'sideCanUndo'), true, 'secondary history canUndo');
        equal(val(context, 'mainCanUndo'), true, 'the primary history keeps its step');
        equal(context.engine.editor.getActiveHistory(), val(context, 'mainHistory'), 'primary is active again');
      },
    },
    {
      title: 'Cleaning Up History Stacks',
      captures: ['mainHistory'],
      check: (context) => equal(context.engine.editor.getActiveHistory(), val(context, 'mainHistory'), 'the active history stays the primary one'),
    },
    {
      title: 'Managing Undo Steps Manually',
      captures: ['triangle', 'canUndoMoved', 'droppedStep'],
      check: (context) => {
        equal(val(context, 'canUndoMoved'), true, 'canUndo after addUndoStep');
        equal(val(context, 'droppedStep'), true, 'removeUndoStep ran');
        equal(context.engine.block.getPositionX(id(context, 'triangle')), 140, 'position reset');
      },
    },
  ],
} satisfies GuideCase;
