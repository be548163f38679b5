import type { GuideCase } from '../harness/types.js';
import { equal, id, loggedValue, logged, pngSize } from './helpers.js';

export default {
  id: 'group-and-ungroup',
  url: 'https://img.ly/docs/cesdk/node/create-composition/group-and-ungroup-62565a',
  env: 'browser',
  snippets: [
    {
      title: 'Create the Blocks',
      start: '// Create a graphic block with a colored rectangle shape',
      end: 'engine.block.appendChild(page, block1);',
      captures: ['block1', 'page'],
      check: (context) => equal(context.engine.block.getParent(id(context, 'block1')), id(context, 'page'), 'on the page'),
    },
    {
      title: 'Complete example: two more blocks',
      start: '// Create two more blocks for grouping',
      end: 'engine.block.appendChild(page, block3);',
      captures: ['page'],
      check: (context) => equal(context.engine.block.getChildren(id(context, 'page')).length, 3, 'three blocks'),
    },
    {
      title: 'Check If Blocks Can Be Grouped',
      start: '// Check if the blocks can be grouped together',
      end: "console.log('Blocks can be grouped:', canGroup);",
      check: (context) => equal(loggedValue(context, 'Blocks can be grouped:'), true, 'isGroupable'),
    },
    {
      title: 'Create a Group',
      start: '// Group the blocks together',
      end: "console.log('Created group with ID:', groupId);",
      captures: ['groupId'],
      check: (context) => {
        const group = id(context, 'groupId');
        equal(context.engine.block.getChildren(group).length, 3, 'members');
        equal([context.engine.block.getPositionX(group), context.engine.block.getPositionY(group), context.engine.block.getWidth(group), context.engine.block.getHeight(group)], [200, 240, 400, 120], 'the group takes the bounding box of its members');
      },
    },
    {
      title: 'Find and Inspect Groups',
      start: '// Find all groups in the scene',
      end: "console.log('Group has', members.length, 'members');",
      check: (context) => {
        equal(loggedValue(context, 'Number of groups in scene:'), 1, 'groups');
        equal(loggedValue(context, 'Group block type:'), '//ly.img.ubq/group', 'type');
        equal(logged(context, 'Group has'), [3, 'members'], 'members');
      },
    },
    {
      title: 'Ungroup Blocks',
      start: '// Ungroup the blocks to make them independent again',
      end: "console.log('Groups after ungrouping:', groupsAfterUngroup.length);",
      captures: ['block1', 'page'],
      check: (context) => {
        equal(loggedValue(context, 'Groups after ungrouping:'), 0, 'no groups');
        equal(context.engine.block.getParent(id(context, 'block1')), id(context, 'page'), 'members back on the page');
        equal(context.engine.block.getPositionX(id(context, 'block1')), 200, 'position kept');
      },
    },
    {
      title: 'Export the Result',
      start: '// Export the result to PNG',
      end: "console.log('Exported result to output/grouping-result.png');",
      check: ({ files }) => equal(pngSize(files.get('output/grouping-result.png')), { width: 800, height: 600 }, 'PNG size'),
    },
  ],
} satisfies GuideCase;
