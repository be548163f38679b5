import type { GuideCase } from '../harness/types.js';
import { bytesOf, equal, id, pngSize, val } from './helpers.js';

export default {
  id: 'group-and-ungroup',
  url: 'https://img.ly/docs/cesdk/node/create-composition/group-and-ungroup-62565a',
  env: 'browser',
  snippets: [
    {
      title: 'Create the Blocks',
      captures: ['blue', 'sheet'],
      check: (context) => equal(context.engine.block.getParent(id(context, 'blue')), id(context, 'sheet'), 'on the page'),
    },
    {
      title: 'Complete example: two more blocks',
      captures: ['sheet'],
      check: (context) => equal(context.engine.block.getChildren(id(context, 'sheet')).length, 3, 'three blocks'),
    },
    {
      title: 'Check If Blocks Can Be Grouped',
      captures: ['groupable'],
      check: (context) => equal(val(context, 'groupable'), true, 'isGroupable'),
    },
    {
      title: 'Create a Group',
      captures: ['cluster'],
      check: (context) => {
        const group = id(context, 'cluster');
        equal(context.engine.block.getChildren(group).length, 3, 'members');
        equal([context.engine.block.getPositionX(group), context.engine.block.getPositionY(group), context.engine.block.getWidth(group), context.engine.block.getHeight(group)], [200, 240, 400, 120], 'the group takes the bounding box of its members');
      },
    },
    {
      title: 'Find and Inspect Groups',
      captures: ['groupCount', 'clusterType', 'clusterMembers'],
      check: (context) => {
        equal(val(context, 'groupCount'), 1, 'groups');
        equal(val(context, 'clusterType'), '//ly.img.ubq/group', 'type');
        equal((val(context, 'clusterMembers') as number[]).length, 3, 'members');
      },
    },
    {
      title: 'Ungroup Blocks',
      captures: ['blue', 'sheet', 'groupCountAfter'],
      check: (context) => {
        equal(val(context, 'groupCountAfter'), 0, 'no groups');
        equal(context.engine.block.getParent(id(context, 'blue')), id(context, 'sheet'), 'members back on the page');
        equal(context.engine.block.getPositionX(id(context, 'blue')), 200, 'position kept');
      },
    },
    {
      title: 'Export the Result',
      captures: ['png'],
      check: async (context) => equal(pngSize(await bytesOf(context, 'png')), { width: 800, height: 600 }, 'PNG size'),
    },
  ],
} satisfies GuideCase;
