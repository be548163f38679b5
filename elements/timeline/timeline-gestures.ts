/**
 * The edits a pointer drag makes on the timeline: move a clip (reorder it in a sequential track, or
 * change its time offset), trim its start or its end. Each drag is one engine gesture, so it is one
 * undo step; edges snap to other clips' edges, the playhead and the page's ends.
 */
import type { DesignBlockId, Engine, Gesture } from '../../core/engine/index.js';
import { dropIndex, snapTargets, snapTime, type TimelineClip, type TimelineLane } from './timeline-model.js';

/** What a drag changes. */
export type DragKind = 'move' | 'trim-start' | 'trim-end';

/** The shortest a clip can be trimmed to, in seconds (one frame at 30 fps). */
export const MIN_CLIP_DURATION = 1 / 30;

/** A drag in progress. */
export interface ClipDrag {
  readonly kind: DragKind;
  readonly clip: TimelineClip;
  readonly lane: TimelineLane;
  readonly gesture: Gesture;
  readonly startX: number;
  readonly original: {
    readonly offset: number;
    readonly duration: number;
    readonly trimOffset: number;
    readonly speed: number;
    /** Seconds of media after the trim offset (Infinity when unknown or looping). */
    readonly available: number;
  };
  readonly targets: readonly number[];
}

/** Starts a drag: opens the gesture and records what the clip was. */
export function beginDrag(engine: Engine, kind: DragKind, clip: TimelineClip, lane: TimelineLane, lanes: readonly TimelineLane[], startX: number, playhead: number, pageDuration: number): ClipDrag {
  const block = engine.block;
  const media = clip.media;
  const trimOffset = media === undefined ? 0 : block.getTrimOffset(media);
  const speed = media === undefined ? 1 : block.getPlaybackSpeed(media);
  let available = Infinity;
  if (media !== undefined && !block.isLooping(media) && block.unstable_isAVResourceLoaded(media)) {
    available = Math.max(0, block.getAVResourceTotalDuration(media) - trimOffset) / speed;
  }
  return {
    kind, clip, lane, startX,
    gesture: engine.editor.beginGesture(kind === 'move' ? 'Move clip' : 'Trim clip'),
    original: { offset: block.getTimeOffset(clip.id), duration: block.getDuration(clip.id), trimOffset, speed, available },
    targets: snapTargets(lanes, clip.id, playhead, pageDuration),
  };
}

/**
 * Applies the drag `seconds` away from where it began; `tolerance` is the snapping distance in
 * seconds. Returns the time an edge snapped to, for the guide line.
 */
export function updateDrag(engine: Engine, drag: ClipDrag, seconds: number, tolerance: number): number | undefined {
  const { clip, original } = drag;
  const block = engine.block;
  const id: DesignBlockId = clip.id;
  if (drag.kind === 'move') {
    if (drag.lane.sequential) {
      const center = (clip.start + clip.end) / 2 + seconds;
      const index = dropIndex(drag.lane, id, center);
      if (block.getChildren(drag.lane.id).indexOf(id) !== index) block.insertChild(drag.lane.id, id, index);
      return undefined;
    }
    const fromStart = snapTime(clip.start + seconds, drag.targets, tolerance);
    const fromEnd = snapTime(clip.end + seconds, drag.targets, tolerance);
    const useEnd = fromEnd.snapped !== undefined && (fromStart.snapped === undefined || Math.abs(fromEnd.time - clip.end - seconds) < Math.abs(fromStart.time - clip.start - seconds));
    const shift = useEnd ? fromEnd.time - clip.end : fromStart.time - clip.start;
    block.setTimeOffset(id, Math.max(0, original.offset + shift));
    return useEnd ? fromEnd.snapped : fromStart.snapped;
  }
  if (drag.kind === 'trim-end') {
    const snapped = snapTime(clip.end + seconds, drag.targets, tolerance);
    const duration = Math.min(original.available, Math.max(MIN_CLIP_DURATION, snapped.time - clip.start));
    block.setDuration(id, duration);
    if (clip.media !== undefined) block.setTrimLength(clip.media, duration * original.speed);
    return snapped.snapped;
  }
  // Trim start: the clip's start moves, its media start moves with it, its end stays.
  const snapped = snapTime(clip.start + seconds, drag.targets, tolerance);
  let shift = Math.min(snapped.time - clip.start, original.duration - MIN_CLIP_DURATION);
  if (clip.media !== undefined) shift = Math.max(shift, -original.trimOffset / original.speed);
  shift = Math.max(shift, -original.offset);
  const duration = original.duration - shift;
  if (clip.media !== undefined) {
    block.setTrimOffset(clip.media, original.trimOffset + shift * original.speed);
    block.setTrimLength(clip.media, duration * original.speed);
  }
  block.setDuration(id, duration);
  if (!drag.lane.sequential) block.setTimeOffset(id, original.offset + shift);
  return snapped.snapped;
}

/** Ends the drag: commits it as one undo step, or (on Escape) undoes it. */
export function endDrag(drag: ClipDrag, commit: boolean): void {
  if (commit) drag.gesture.commit();
  else drag.gesture.cancel();
}
