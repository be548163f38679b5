import type { GuideCase } from '../harness/types.js';
import { bytesOf, equal, expect, id, logged, loggedValue } from './helpers.js';

export default {
  id: 'video-split',
  url: 'https://img.ly/docs/cesdk/node/edit-video/split-e0a2b1',
  env: 'browser',
  snippets: [
    {
      title: 'Setting Up the Scene',
      captures: ['lane'],
      check: (context) => equal(context.engine.block.getType(id(context, 'lane')), '//ly.img.ubq/track', 'a track on the page'),
    },
    {
      title: 'Basic Splitting at a Specific Time',
      captures: ['head', 'tail', 'lane'],
      check: (context) => {
        const { engine } = context;
        const head = id(context, 'head');
        const tail = id(context, 'tail');
        equal(engine.block.getDuration(head), 5, 'the original ends at the split');
        equal(engine.block.getDuration(tail), 5, 'the new block takes the rest');
        equal(engine.block.getChildren(id(context, 'lane')), [head, tail], 'the new block follows the original');
        equal(engine.block.findAllSelected(), [tail], 'the new block is selected (default)');
      },
    },
    {
      title: 'Configuring Split Options',
      captures: ['other', 'otherTail', 'tail'],
      check: (context) => {
        equal(context.engine.block.getParent(id(context, 'otherTail')), context.engine.block.getParent(id(context, 'other')), 'attached to the same parent');
        equal(context.engine.block.findAllSelected(), [id(context, 'tail')], 'selectNewBlock: false leaves the selection alone');
      },
    },
    {
      title: 'Understanding Split Results',
      check: (context) => {
        const trims = loggedValue(context, 'trims') as { head: number[]; tail: number[] };
        equal(trims.head, [0, 5], 'the original keeps its trim offset, its length ends at the split');
        equal(trims.tail[0], 5, 'the new block starts 5 s into the media');
      },
    },
    {
      title: 'Split and Delete Workflow',
      captures: ['keepStart', 'keepEnd', 'cutOut'],
      check: (context) => {
        const { engine } = context;
        equal(engine.block.isValid(id(context, 'cutOut')), false, 'the middle is gone');
        equal(engine.block.getDuration(id(context, 'keepStart')), 2, 'first part: 2 s');
        equal(engine.block.getDuration(id(context, 'keepEnd')), 5, 'last part: 5 s');
        equal(engine.block.getTrimOffset(engine.block.getFill(id(context, 'keepEnd'))!), 5, 'the last part plays from 5 s');
      },
    },
    {
      title: 'Validating Split Time',
      check: (context) => equal(logged(context, 'checked split'), [4, true], 'split at 4 s'),
    },
    {
      title: 'Export the scene archive',
      captures: ['archive'],
      check: async (context) => {
        const archive = await bytesOf(context, 'archive');
        expect(archive.length > 1000, 'the archive holds the video');
      },
    },
  ],
} satisfies GuideCase;
