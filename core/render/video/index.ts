/**
 * The renderer's video parts, loaded on first use (`import()`): scenes without a video fill never
 * fetch them, nor mediabunny.
 */
import type { Engine } from '../../engine/index.js';
import type { AssetLoader } from '../../io/index.js';
import { MediaFiles } from '../../io/media/media-files.js';
import { VideoFrameSource } from './frame-source.js';
import { VideoTextures, type VideoTextureHost } from './video-textures.js';

/** On screen, decoded frames are kept for scrubbing back; offscreen renders read forward only. */
const LIVE_CACHE_BYTES = 64 * 1024 * 1024;

/** Video textures for a renderer: `'live'` on screen, `'exact'` for offscreen renders and exports. */
export function createVideoTextures(engine: Engine, assets: AssetLoader, host: VideoTextureHost, mode: 'live' | 'exact'): VideoTextures {
  const frames = new VideoFrameSource(MediaFiles.for(assets), { maxCacheBytes: mode === 'live' ? LIVE_CACHE_BYTES : 0 });
  return new VideoTextures(engine, frames, host, mode);
}

export { VideoTextures, type VideoTextureHost } from './video-textures.js';
export { VideoFrameSource, type VideoFrameImage } from './frame-source.js';
export { currentMediaTime, mediaTimeOfClip, pageOfBlock } from './media-clock.js';
