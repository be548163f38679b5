import { declareProperty, extendPropertyBlockTypes } from './property-registry.js';

// Property declarations of video scenes: tracks and the page's duration source. Kept apart from the
// main catalogue (property-declarations.ts) so the time model can grow on its own.

// A track has a place in its page's timeline (offset, duration) like any timed block.
extendPropertyBlockTypes('playback/duration', ['track']);
extendPropertyBlockTypes('playback/timeOffset', ['track']);
// A looping page starts again at its end during playback (`block.setLooping(page, true)`).
extendPropertyBlockTypes('playback/looping', ['page']);

/**
 * With this on (CE.SDK's default), a track places its children one after another in child order,
 * without gaps, and its duration is their sum. Off: each child keeps the time offset it was given.
 */
declareProperty({ path: 'track/automaticallyManageBlockOffsets', type: 'Bool', defaultValue: true, blockTypes: ['track'] });

/**
 * Marks the block whose end decides its page's duration (`block.setPageDurationSource`). The page's
 * background track is the usual source: the page lasts as long as its main clips.
 */
declareProperty({
  path: 'playback/pageDurationSource', type: 'Bool', defaultValue: false,
  blockTypes: ['graphic', 'text', 'group', 'audio', 'track'],
});
