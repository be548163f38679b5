import { BlockAPIContent } from './block-api-content.js';
import type { DesignBlockId } from './types.js';

/**
 * Time and playback conveniences over the `playback/*` properties. Durations and offsets are in
 * seconds. `playback/time` and `playback/playing` are playback state: not saved and not undoable.
 */
export class BlockAPITime extends BlockAPIContent {
  /** Sets `playback/duration` (seconds, ≥ 0) of a page, graphic, text, group or audio block. */
  setDuration(id: DesignBlockId, seconds: number): void { this.setDouble(id, 'playback/duration', seconds); }
  /** Reads `playback/duration` (default 5). */
  getDuration(id: DesignBlockId): number { return this.getDouble(id, 'playback/duration'); }
  /** Sets `playback/timeOffset`: when the block starts within its parent, in seconds. */
  setTimeOffset(id: DesignBlockId, seconds: number): void { this.setDouble(id, 'playback/timeOffset', seconds); }
  /** Reads `playback/timeOffset`. */
  getTimeOffset(id: DesignBlockId): number { return this.getDouble(id, 'playback/timeOffset'); }
  /** Sets `playback/trimOffset` on a video fill or audio block: where in the media playback starts. */
  setTrimOffset(id: DesignBlockId, seconds: number): void { this.setDouble(id, 'playback/trimOffset', seconds); }
  /** Reads `playback/trimOffset`. */
  getTrimOffset(id: DesignBlockId): number { return this.getDouble(id, 'playback/trimOffset'); }
  /** Sets `playback/trimLength` on a video fill or audio block (0 = to the end). */
  setTrimLength(id: DesignBlockId, seconds: number): void { this.setDouble(id, 'playback/trimLength', seconds); }
  /** Reads `playback/trimLength`. */
  getTrimLength(id: DesignBlockId): number { return this.getDouble(id, 'playback/trimLength'); }
  /** Sets `playback/looping` on a video fill or audio block. */
  setLooping(id: DesignBlockId, looping: boolean): void { this.setBool(id, 'playback/looping', looping); }
  /** Reads `playback/looping`. */
  isLooping(id: DesignBlockId): boolean { return this.getBool(id, 'playback/looping'); }
  /** Sets `playback/muted` on a video fill or audio block. */
  setMuted(id: DesignBlockId, muted: boolean): void { this.setBool(id, 'playback/muted', muted); }
  /** Reads `playback/muted`. */
  isMuted(id: DesignBlockId): boolean { return this.getBool(id, 'playback/muted'); }
  /** Sets `playback/volume` (0..1) on a video fill or audio block. */
  setVolume(id: DesignBlockId, volume: number): void { this.setFloat(id, 'playback/volume', volume); }
  /** Reads `playback/volume`. */
  getVolume(id: DesignBlockId): number { return this.getFloat(id, 'playback/volume'); }
  /** Sets `playback/speed` (0.0625..16) on a video fill or audio block. */
  setPlaybackSpeed(id: DesignBlockId, speed: number): void { this.setFloat(id, 'playback/speed', speed); }
  /** Reads `playback/speed`. */
  getPlaybackSpeed(id: DesignBlockId): number { return this.getFloat(id, 'playback/speed'); }
  /** Sets the playhead (`playback/time`, seconds) of a scene or page. Playback state: not saved, not undoable. */
  setPlaybackTime(id: DesignBlockId, seconds: number): void { this.setDouble(id, 'playback/time', seconds); }
  /** Reads the playhead. */
  getPlaybackTime(id: DesignBlockId): number { return this.getDouble(id, 'playback/time'); }
  /** Starts or stops playback (`playback/playing`) of a scene or page. Playback state: not saved, not undoable. */
  setPlaying(id: DesignBlockId, playing: boolean): void { this.setBool(id, 'playback/playing', playing); }
  /** Whether the scene or page is playing. */
  isPlaying(id: DesignBlockId): boolean { return this.getBool(id, 'playback/playing'); }
}
