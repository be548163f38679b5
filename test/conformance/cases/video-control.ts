import type { GuideCase } from '../harness/types.js';
import { equal, id, logged, loggedValue, val } from './helpers.js';

export default {
  id: 'video-control',
  url: 'https://img.ly/docs/cesdk/node/create-video/control-daba54',
  env: 'browser',
  snippets: [
    {
      title: 'Setup',
      captures: ['stage', 'lane', 'main'],
      check: (context) => {
        equal(context.engine.block.getParent((context.vars.main as { block: number }).block), id(context, 'lane'), 'the video is in the track');
        equal(context.engine.block.getDuration(id(context, 'stage')), 15, 'page duration');
      },
    },
    {
      title: 'Force Loading Resources and Getting Video Metadata',
      check: (context) => {
        // The guide's sample is served from the 640×360, 3-second test clip.
        equal(loggedValue(context, 'media size'), [640, 360], 'dimensions');
        equal(loggedValue(context, 'media seconds'), 3, 'duration');
      },
    },
    {
      title: 'Playback Control',
      check: (context) => equal(loggedValue(context, 'playback control'), { page: true, fill: true, playing: false }, 'pages and video fills; headless: not playing'),
    },
    {
      title: 'Seeking',
      check: (context) => equal(loggedValue(context, 'playhead'), 3, 'playhead'),
    },
    {
      title: 'Visibility at Current Time',
      check: (context) => equal(loggedValue(context, 'main visible'), true, 'visible at 3 s'),
    },
    {
      title: 'Time Offset and Duration',
      check: (context) => equal(logged(context, 'timing'), [10, 0], 'duration and offset'),
    },
    {
      title: 'Trim',
      check: (context) => equal(logged(context, 'trim'), [2, 5], 'trim offset and length'),
    },
    {
      title: 'Visibility with several blocks and audio',
      check: (context) => {
        equal(loggedValue(context, 'videos at 3 s'), [true, false], 'first video at 3 s, the second not yet');
        equal(loggedValue(context, 'sound at 1 s and 3 s'), [false, true], 'audio starts at 2 s');
      },
    },
    {
      title: 'Saving the scene',
      captures: ['saved'],
      check: (context) => equal(typeof val(context, 'saved'), 'string', 'scene saved'),
    },
  ],
} satisfies GuideCase;
