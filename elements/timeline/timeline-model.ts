/**
 * What `<cesdk-timeline>` shows, read from the engine: the page's lanes (each track, and every
 * other timed block on its own lane), their clips, and snapping. Pure functions of the engine state,
 * so they are tested in Node.
 */
import type { DesignBlockId, Engine } from '../../core/engine/index.js';

/** The kind of content a clip shows. */
export type ClipKind = 'video' | 'audio' | 'image' | 'text' | 'shape' | 'group';

/** One clip on a lane. */
export interface TimelineClip {
  readonly id: DesignBlockId;
  readonly kind: ClipKind;
  readonly label: string;
  /** Whether the label is the block's own (a name or its text), not just its kind. */
  readonly named: boolean;
  /** Start and end on the page's timeline, in seconds. */
  readonly start: number;
  readonly end: number;
  /** The block holding trim and speed (a video fill or the audio block), when the clip plays media. */
  readonly media: DesignBlockId | undefined;
  readonly selected: boolean;
}

/** One lane: a track, or a single timed block. */
export interface TimelineLane {
  /** The track, or the block itself for a lane of one. */
  readonly id: DesignBlockId;
  readonly isTrack: boolean;
  /** Whether the lane's clips follow one another without gaps (an automatically managed track). */
  readonly sequential: boolean;
  /** The background track: the page lasts as long as its clips. */
  readonly background: boolean;
  readonly clips: readonly TimelineClip[];
}

function kindOf(engine: Engine, id: DesignBlockId): { kind: ClipKind; media: DesignBlockId | undefined } {
  const type = engine.block.getType(id);
  if (type.endsWith('/audio')) return { kind: 'audio', media: id };
  if (type.endsWith('/text')) return { kind: 'text', media: undefined };
  if (type.endsWith('/group')) return { kind: 'group', media: undefined };
  const fill = engine.block.supportsFill(id) ? engine.block.getFill(id) : null;
  const fillType = fill === null ? '' : engine.block.getType(fill);
  if (fillType.endsWith('/fill/video')) return { kind: 'video', media: fill! };
  if (fillType.endsWith('/fill/image')) return { kind: 'image', media: undefined };
  return { kind: 'shape', media: undefined };
}

function labelOf(engine: Engine, id: DesignBlockId, kind: ClipKind): string {
  const name = engine.block.getName(id);
  if (name) return name;
  if (kind === 'text') return engine.block.getString(id, 'text/text').slice(0, 40);
  return '';
}

function clipOf(engine: Engine, id: DesignBlockId, selected: ReadonlySet<DesignBlockId>): TimelineClip {
  const { kind, media } = kindOf(engine, id);
  const start = engine.block.getTimeOnPage(id);
  const label = labelOf(engine, id, kind);
  return { id, kind, media, label: label || kind, named: label !== '', start, end: start + engine.block.getDuration(id), selected: selected.has(id) };
}

/** The lanes of `page`, front-most first (the background track last). */
export function lanesOf(engine: Engine, page: DesignBlockId): TimelineLane[] {
  const selected = new Set(engine.block.findAllSelected());
  const lanes: TimelineLane[] = [];
  for (const child of engine.block.getChildren(page)) {
    const type = engine.block.getType(child);
    if (type.endsWith('/track')) {
      const clips = engine.block.getChildren(child).filter((id) => engine.block.supportsDuration(id)).map((id) => clipOf(engine, id, selected));
      lanes.push({
        id: child, isTrack: true, clips,
        sequential: engine.block.getBool(child, 'track/automaticallyManageBlockOffsets'),
        background: engine.block.isPageDurationSource(child),
      });
    } else if (engine.block.supportsDuration(child)) {
      lanes.push({ id: child, isTrack: false, sequential: false, background: false, clips: [clipOf(engine, child, selected)] });
    }
  }
  return lanes.reverse();
}

/** The times clip edges may snap to: other clips' edges, the playhead and the page's start and end. */
export function snapTargets(lanes: readonly TimelineLane[], exclude: DesignBlockId, playhead: number, duration: number): number[] {
  const targets = new Set<number>([0, duration, playhead]);
  for (const lane of lanes) for (const clip of lane.clips) if (clip.id !== exclude) { targets.add(clip.start); targets.add(clip.end); }
  return [...targets].sort((a, b) => a - b);
}

/** `time` moved to the nearest target within `tolerance` seconds, or unchanged. */
export function snapTime(time: number, targets: readonly number[], tolerance: number): { time: number; snapped: number | undefined } {
  let best: number | undefined;
  for (const target of targets) if (Math.abs(target - time) <= tolerance && (best === undefined || Math.abs(target - time) < Math.abs(best - time))) best = target;
  return { time: best ?? time, snapped: best };
}

/** Where a clip dragged to `time` lands among its track's other clips (the index before which it goes). */
export function dropIndex(lane: TimelineLane, clip: DesignBlockId, time: number): number {
  const others = lane.clips.filter((candidate) => candidate.id !== clip);
  const index = others.findIndex((candidate) => time < (candidate.start + candidate.end) / 2);
  return index < 0 ? others.length : index;
}

/** `m:ss.ff` (minutes, seconds, hundredths) for the time display and the ruler. */
export function formatTime(seconds: number): string {
  const safe = Math.max(0, seconds);
  const minutes = Math.floor(safe / 60);
  const rest = safe - minutes * 60;
  return `${minutes}:${rest.toFixed(2).padStart(5, '0')}`;
}

/** A ruler step (seconds between labelled ticks) that leaves at least `minPixels` between labels. */
export function rulerStep(pixelsPerSecond: number, minPixels = 64): number {
  for (const step of [0.1, 0.25, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600]) if (step * pixelsPerSecond >= minPixels) return step;
  return 1200;
}
