import type { Engine } from '../../core/engine/index.js';

/**
 * Whether a scene has time-based content: a video scene, or a track, an audio block or a video fill.
 * The editor shows its timeline then, and Space plays and pauses.
 */
export function hasTimeBasedContent(engine: Engine): boolean {
  if (engine.isDisposed || engine.scene.get() === null) return false;
  if (engine.scene.getMode() === 'Video') return true;
  return engine.block.findByType('track').length > 0 || engine.block.findByType('audio').length > 0 || engine.block.findByType('fill/video').length > 0;
}
