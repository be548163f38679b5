import type { GuideCase } from '../harness/types.js';
import { equal, id, logged, loggedValue } from './helpers.js';

export default {
  id: 'video-control',
  url: 'https://img.ly/docs/cesdk/node/create-video/control-daba54',
  env: 'browser',
  snippets: [
    {
      title: 'Setup',
      start: '// step: page, track, one clip',
      end: '// end: set-up',
      captures: ['stage', 'lane', 'main'],
      check: (context) => {
        equal(context.engine.block.getParent((context.vars.main as { block: number }).block), id(context, 'lane'), 'the video is in the track');
        equal(context.engine.block.getDuration(id(context, 'stage')), 15, 'page duration');
      },
    },
    {
      title: 'Force Loading Resources and Getting Video Metadata',
      start: '// step: load and inspect the media',
      end: '// end: inspect',
      check: (context) => {
        // The guide's sample is served from the 640×360, 3-second test clip.
        equal(loggedValue(context, 'media size'), [640, 360], 'dimensions');
        equal(loggedValue(context, 'media seconds'), 3, 'duration');
      },
    },
    {
      title: 'Playback Control',
      start: '// step: who supports playback',
      end: '// end: playback control',
      check: (context) => equal(loggedValue(context, 'playback control'), { page: true, fill: true, playing: false }, 'pages and video fills; headless: not playing'),
    },
    {
      title: 'Seeking',
      start: '// step: move the playhead',
      end: '// end: playhead',
      check: (context) => equal(loggedValue(context, 'playhead'), 3, 'playhead'),
    },
    {
      title: 'Visibility at Current Time',
      start: '// step: visible now',
      end: '// end: visible now',
      check: (context) => equal(loggedValue(context, 'main visible'), true, 'visible at 3 s'),
    },
    {
      title: 'Time Offset and Duration',
      start: '// step: place in time',
      end: '// end: place in time',
      check: (context) => equal(logged(context, 'timing'), [10, 0], 'duration and offset'),
    },
    {
      title: 'Trim',
      start: '// step: trim the media',
      end: '// end: trim',
      check: (context) => equal(logged(context, 'trim'), [2, 5], 'trim offset and length'),
    },
    {
      title: 'Visibility with several blocks and audio',
      start: '// step: a later clip and a sound',
      end: '// end: later clip and sound',
      check: (context) => {
        equal(loggedValue(context, 'videos at 3 s'), [true, false], 'first video at 3 s, the second not yet');
        equal(loggedValue(context, 'sound at 1 s and 3 s'), [false, true], 'audio starts at 2 s');
      },
    },
    {
      title: 'Saving the scene',
      start: '// step: save',
      end: '// end: save',
      check: (context) => equal(typeof context.files.get('output/video-control.scene'), 'string', 'scene written'),
    },
  ],
} satisfies GuideCase;
