import type { GuideCase } from '../harness/types.js';
import { equal, id, loggedLine, loggedValue } from './helpers.js';

export default {
  id: 'video-join-and-arrange',
  url: 'https://img.ly/docs/cesdk/node/edit-video/join-and-arrange-3bbc30',
  env: 'browser',
  snippets: [
    {
      title: 'Creating a Video Scene',
      captures: ['stage'],
      check: (context) => {
        equal(context.engine.scene.getMode(), 'Video', 'scene mode');
        equal(context.engine.block.getDuration(id(context, 'stage')), 15, 'page duration');
      },
    },
    {
      title: 'Creating Video Clips',
      captures: ['first', 'second', 'third'],
      check: (context) => {
        const clip = id(context, 'first');
        equal(context.engine.block.getDuration(clip), 5, 'timeline duration');
        equal(context.engine.block.getType(context.engine.block.getFill(clip)!), '//ly.img.ubq/fill/video', 'a graphic with a video fill');
        equal(context.engine.block.getTimeOffset(id(context, 'second')), 5, 'timeline time offset');
      },
    },
    {
      title: 'Creating Tracks and Adding Clips to Track',
      captures: ['lane', 'first', 'second', 'third'],
      check: (context) => {
        equal(loggedValue(context, 'clips on the main track'), 3, 'three clips in the track');
        equal(context.engine.block.getWidth(id(context, 'third')), 1920, 'fillParent sizes the clips to the page');
        equal(context.engine.block.getTimeOffset(id(context, 'third')), 10, 'clips follow one another');
      },
    },
    {
      title: 'Time Offsets and Reordering Clips',
      captures: ['lane', 'first', 'second', 'third'],
      check: (context) => {
        const order = [id(context, 'third'), id(context, 'first'), id(context, 'second')];
        equal(context.engine.block.getChildren(id(context, 'lane')), order, 'order C, A, B');
        equal(order.map((clip) => context.engine.block.getTimeOffset(clip)), [0, 5, 10], 'offsets');
      },
    },
    {
      title: 'Querying Track Children',
      check: (context) => {
        equal(loggedLine(context, 'slot 0:'), 'slot 0: starts 0 lasts 5', 'first clip');
        equal(loggedLine(context, 'slot 2:'), 'slot 2: starts 10 lasts 5', 'last clip');
      },
    },
    {
      title: 'Multi-Track Compositions',
      captures: ['stage', 'upperLane', 'inset'],
      check: (context) => {
        const children = context.engine.block.getChildren(id(context, 'stage'));
        equal(children.at(-1), id(context, 'upperLane'), 'the overlay track is in front');
        equal(context.engine.block.getPositionX(id(context, 'inset')), 1920 - 480 - 40, 'overlay position');
      },
    },
  ],
} satisfies GuideCase;
