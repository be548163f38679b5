/**
 * Where in its media a clip is at its page's playback time, read through the engine's public API:
 * shared by the renderer's video textures, playback and the video exporter.
 */
import { mediaTimeAt, type DesignBlockId, type Engine } from '../../engine/index.js';

/** The page a block is on, or undefined. */
export function pageOfBlock(engine: Engine, block: DesignBlockId): DesignBlockId | undefined {
  for (let current: DesignBlockId | null = block; current !== null; current = engine.block.getParent(current)) {
    if (engine.block.getType(current) === '//ly.img.ubq/page') return current;
  }
  return undefined;
}

/** The media length of a video fill or audio block when its file is loaded, else 0. */
export function loadedDuration(engine: Engine, media: DesignBlockId): number {
  return engine.block.unstable_isAVResourceLoaded(media) ? engine.block.getAVResourceTotalDuration(media) : 0;
}

/**
 * The media time (seconds into the file) of `media` (a video fill or an audio block) for `clip` (the
 * block that shows or plays it) at page time `pageTime`, following trim, speed and looping.
 */
export function mediaTimeOfClip(engine: Engine, clip: DesignBlockId, media: DesignBlockId, pageTime: number, totalDuration = loadedDuration(engine, media)): number {
  const block = engine.block;
  return mediaTimeAt(pageTime - block.getTimeOnPage(clip), {
    trimOffset: block.getTrimOffset(media),
    trimLength: block.getTrimLength(media),
    speed: block.getPlaybackSpeed(media),
    looping: block.isLooping(media),
    totalDuration,
  });
}

/** The media time a graphic's video fill shows now (its page's playhead; 0 off a page). */
export function currentMediaTime(engine: Engine, clip: DesignBlockId, fill: DesignBlockId): number {
  const page = pageOfBlock(engine, clip);
  return mediaTimeOfClip(engine, clip, fill, page === undefined ? 0 : engine.block.getPlaybackTime(page));
}
