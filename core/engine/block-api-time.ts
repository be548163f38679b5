import { BlockAPIMedia } from './block-api-media.js';
import { BlockType } from './block-types.js';
import { findDeclaration } from './property-registry.js';
import { isActiveAt, pageOf } from './timeline.js';
import type { DesignBlockId } from './types.js';

/**
 * Time and playback conveniences over the `playback/*` properties. Durations and offsets are in
 * seconds. `playback/time` and `playback/playing` are playback state: not saved and not undoable.
 */
export class BlockAPITime extends BlockAPIMedia {
  /** Whether the block has a duration (pages, tracks, graphics, texts, groups, audio). */
  supportsDuration(id: DesignBlockId): boolean { return carries(this.core.requireBlock(id).type, 'playback/duration'); }
  /** Whether the block has a time offset within its parent. */
  supportsTimeOffset(id: DesignBlockId): boolean { return carries(this.core.requireBlock(id).type, 'playback/timeOffset'); }
  /** Whether the block has trim offset and length (video fills, audio blocks). */
  supportsTrim(id: DesignBlockId): boolean { return carries(this.core.requireBlock(id).type, 'playback/trimOffset'); }
  /** Whether the block has a playhead (scenes and pages). */
  supportsPlaybackTime(id: DesignBlockId): boolean { return carries(this.core.requireBlock(id).type, 'playback/time'); }
  /** Whether the block's media can loop, be muted and change volume and speed (video fills, audio blocks). */
  supportsPlaybackControl(id: DesignBlockId): boolean { return carries(this.core.requireBlock(id).type, 'playback/looping'); }

  /**
   * Whether the block shows at its page's current playback time: only while the playhead is inside
   * its time range and its ancestors' (design scenes stay at time 0, where every block with the
   * default offset shows).
   */
  isVisibleAtCurrentPlaybackTime(id: DesignBlockId): boolean {
    const record = this.core.requireBlock(id);
    const page = pageOf(this.core, record);
    const time = page ? this.getPlaybackTime(page.id) : 0;
    return isActiveAt(this.core, record, time);
  }

  /** The length of a video scene: its pages' durations added up (deprecated in CE.SDK). */
  getTotalSceneDuration(scene: DesignBlockId): number {
    const record = this.core.requireBlock(scene);
    if (record.type !== BlockType.scene) return this.getDuration(scene);
    return this.core.childrenOf(record).filter((child) => this.core.blocks.get(child)?.type === BlockType.page)
      .reduce((total, page) => total + this.getDuration(page), 0);
  }

  /** Plays only this scene's or page's content while the rest stays paused (playback state). */
  setSoloPlaybackEnabled(id: DesignBlockId, enabled: boolean): void { this.setBool(id, 'playback/soloPlaybackEnabled', enabled); }
  /** Whether solo playback is on. */
  isSoloPlaybackEnabled(id: DesignBlockId): boolean { return this.getBool(id, 'playback/soloPlaybackEnabled'); }

  /** Sets `playback/duration` (seconds, ≥ 0) of a page, track, graphic, text, group or audio block. */
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

function carries(type: string, path: string): boolean {
  return findDeclaration(path)!.blockTypes.has(type);
}
