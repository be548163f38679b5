import type { GuideCase } from '../harness/types.js';
import { equal, expect, id, logged, loggedLine, loggedValue } from './helpers.js';

export default {
  id: 'undo-and-history',
  url: 'https://img.ly/docs/cesdk/node/concepts/undo-and-history-99479d',
  env: 'node',
  snippets: [
    {
      title: 'Setup',
      start: 'const engine = await CreativeEngine.init({',
      end: "const page = engine.block.findByType('page')[0];",
      captures: ['page'],
      check: (context) => {
        const { engine } = context;
        const page = id(context, 'page');
        equal(engine.scene.getPages(), [page], 'pages');
        equal(engine.block.getWidth(page), 800, 'page width');
        equal(engine.block.getHeight(page), 600, 'page height');
        equal(engine.scene.getLayout(), 'VerticalStack', 'layout');
      },
    },
    {
      title: 'Subscribing to History Changes',
      start: '// Subscribe to history updates to track state changes',
      end: '});',
      captures: ['unsubscribe'],
      check: ({ vars }) => expect(typeof vars.unsubscribe === 'function', 'onHistoryUpdated returns an unsubscribe function'),
    },
    {
      title: 'Automatic Undo Step Creation',
      start: '// Create a triangle shape and add an undo step to record it in history',
      end: 'engine.editor.addUndoStep();',
      captures: ['block', 'page', 'triangleShape'],
      check: (context) => {
        const { engine } = context;
        expect(engine.editor.canUndo(), 'after addUndoStep, canUndo() returns true');
        equal(engine.block.getParent(id(context, 'block')), id(context, 'page'), 'the triangle is on the page');
        equal(engine.block.getInt(id(context, 'triangleShape'), 'shape/polygon/sides'), 3, 'sides');
        equal(loggedValue(context, 'History updated:'), { canUndo: true, canRedo: false }, 'the history callback fired with the new step');
      },
    },
    {
      title: 'Performing Undo and Redo Operations (undo)',
      start: '// Undo the block creation',
      end: '}',
      captures: ['block'],
      check: (context) => {
        const [, , canRedo] = logged(context, 'After undo - canUndo:');
        equal(canRedo, true, 'after undoing, canRedo() returns true');
        expect(!context.engine.block.isValid(id(context, 'block')), 'the undone block is gone');
      },
    },
    {
      title: 'Performing Undo and Redo Operations (redo)',
      start: '// Redo to restore the block',
      end: '}',
      captures: ['block', 'page'],
      check: (context) => {
        const [canUndo, , canRedo] = logged(context, 'After redo - canUndo:');
        equal(canUndo, true, 'canUndo after redo');
        equal(canRedo, false, 'after redoing, canRedo() returns false');
        equal(context.engine.block.getParent(id(context, 'block')), id(context, 'page'), 'the block is back on the page');
      },
    },
    {
      title: 'Creating and Switching History Stacks',
      start: '// Create a second history stack for isolated operations',
      endAfter: "'Switched back to primary history. canUndo:',",
      end: ');',
      captures: ['primaryHistory', 'secondaryHistory'],
      check: (context) => {
        expect(context.vars.primaryHistory !== context.vars.secondaryHistory, 'two distinct histories');
        equal(loggedValue(context, 'Switched to secondary history. Active:'), context.vars.secondaryHistory, 'active history after switching');
        equal(loggedValue(context, 'Block added in secondary history. canUndo:'), true, 'secondary history canUndo');
        equal(loggedValue(context, 'Switched back to primary history. canUndo:'), true, 'the primary history keeps its step');
        equal(context.engine.editor.getActiveHistory(), context.vars.primaryHistory, 'primary is active again');
      },
    },
    {
      title: 'Cleaning Up History Stacks',
      start: '// Clean up the secondary history when no longer needed',
      end: "console.log('Secondary history destroyed');",
      captures: ['primaryHistory'],
      check: (context) => equal(context.engine.editor.getActiveHistory(), context.vars.primaryHistory, 'the active history stays the primary one'),
    },
    {
      title: 'Managing Undo Steps Manually',
      start: '// Manually add an undo step after custom operations',
      end: 'engine.block.setPositionX(block, 140);',
      captures: ['block'],
      check: (context) => {
        equal(loggedValue(context, 'Manual undo step added. canUndo:'), true, 'canUndo after addUndoStep');
        loggedLine(context, 'Most recent undo step removed');
        equal(context.engine.block.getPositionX(id(context, 'block')), 140, 'position reset');
      },
    },
  ],
} satisfies GuideCase;
