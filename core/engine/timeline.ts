import type { BlockRecord } from './block-record.js';
import { BlockType } from './block-types.js';
import type { EngineCore } from './engine-core.js';
import { defaultValueFor, findDeclaration, type PropertyDeclaration } from './property-registry.js';

/**
 * The time model of video scenes. Every timed block (graphic, text, group, audio, track, page) has a
 * time offset within its parent and a duration; a block is active while the page's playhead is inside
 * its own range and inside every timed ancestor's range. Video fills and audio blocks map that time
 * into their media through trim offset, trim length, speed and looping.
 */

const DURATION = 'playback/duration';
const OFFSET = 'playback/timeOffset';
const AUTO_LAYOUT = 'track/automaticallyManageBlockOffsets';
const DURATION_SOURCE = 'playback/pageDurationSource';

function declared(path: string): PropertyDeclaration {
  const declaration = findDeclaration(path);
  if (!declaration) throw new Error(`internal: '${path}' is not declared`);
  return declaration;
}

/** A number or boolean property's value (stored or default), or undefined when the type lacks it. */
function valueOf<T>(record: BlockRecord, path: string): T | undefined {
  const declaration = declared(path);
  if (!declaration.blockTypes.has(record.type)) return undefined;
  const value = record.fields.get(path);
  return (value === undefined ? defaultValueFor(declaration, record.type) : value) as T;
}

/** Whether a block has a place in time (a duration and an offset). */
export function isTimed(record: BlockRecord): boolean {
  return declared(DURATION).blockTypes.has(record.type);
}

/** The block's duration in seconds (0 for untimed blocks). */
export function durationOf(record: BlockRecord): number {
  return valueOf<number>(record, DURATION) ?? 0;
}

/** The block's time offset within its parent, in seconds (0 for untimed blocks). */
export function offsetOf(record: BlockRecord): number {
  return valueOf<number>(record, OFFSET) ?? 0;
}

/** The page a block is on (itself for a page), or undefined. */
export function pageOf(core: EngineCore, record: BlockRecord): BlockRecord | undefined {
  for (let current: BlockRecord | undefined = record; current; ) {
    if (current.type === BlockType.page) return current;
    const parent = core.parentOf(current);
    current = parent === null ? undefined : core.blocks.get(parent);
  }
  return undefined;
}

/** When the block starts on its page's (or, outside pages, the scene's) timeline, in seconds. */
export function startOnPage(core: EngineCore, record: BlockRecord): number {
  let start = 0;
  for (let current: BlockRecord | undefined = record; current && current.type !== BlockType.page && current.type !== BlockType.scene; ) {
    start += offsetOf(current);
    const parent = core.parentOf(current);
    current = parent === null ? undefined : core.blocks.get(parent);
  }
  return start;
}

/** Whether the scene is a video scene (time matters for what is shown). */
export function isVideoScene(core: EngineCore): boolean {
  for (const id of core.sceneIds) return core.blocks.get(id)?.fields.get('scene/mode') === 'Video';
  return false;
}

/**
 * Whether a block is active at `time` seconds on its page's timeline: inside its own range and every
 * timed ancestor's (up to the page). Ranges are half-open, so a clip ending at 3 s is gone at 3 s.
 */
export function isActiveAt(core: EngineCore, record: BlockRecord, time: number): boolean {
  const chain: BlockRecord[] = [];
  for (let current: BlockRecord | undefined = record; current && current.type !== BlockType.page && current.type !== BlockType.scene; ) {
    chain.push(current);
    const parent = core.parentOf(current);
    current = parent === null ? undefined : core.blocks.get(parent);
  }
  let start = 0;
  for (let index = chain.length - 1; index >= 0; index -= 1) {
    const block = chain[index]!;
    if (!isTimed(block)) continue;
    start += offsetOf(block);
    const end = start + durationOf(block);
    if (time < start - 1e-9 || time >= end - 1e-9) return false;
  }
  return true;
}

/** How a video fill or audio block maps clip time into its media. */
export interface MediaTiming {
  /** Where in the media the clip starts, in media seconds. */
  trimOffset: number;
  /** How much of the media the clip uses (0: to its end). */
  trimLength: number;
  /** Playback speed multiplier. */
  speed: number;
  /** Whether the trimmed range repeats while the clip lasts. */
  looping: boolean;
  /** The media's own length in seconds, when known (0: unknown). */
  totalDuration: number;
}

/** Reads the media timing of a video fill or an audio block. */
export function mediaTimingOf(record: BlockRecord, totalDuration: number): MediaTiming {
  return {
    trimOffset: valueOf<number>(record, 'playback/trimOffset') ?? 0,
    trimLength: valueOf<number>(record, 'playback/trimLength') ?? 0,
    speed: valueOf<number>(record, 'playback/speed') ?? 1,
    looping: valueOf<boolean>(record, 'playback/looping') ?? false,
    totalDuration,
  };
}

/**
 * The media time (seconds into the file) shown `clipTime` seconds after the clip started. Past the
 * trimmed range the last frame holds, or with looping the range starts again.
 */
export function mediaTimeAt(clipTime: number, timing: MediaTiming): number {
  const start = Math.max(0, timing.trimOffset);
  const available = timing.trimLength > 0
    ? timing.trimLength
    : timing.totalDuration > 0 ? Math.max(0, timing.totalDuration - start) : Infinity;
  const elapsed = Math.max(0, clipTime) * timing.speed;
  if (!Number.isFinite(available)) return start + elapsed;
  if (available <= 0) return start;
  if (timing.looping) return start + (elapsed % available);
  return start + Math.min(elapsed, available);
}

/**
 * Keeps the timeline consistent after each change: auto-managed tracks place their children one after
 * another, and a page with a duration source lasts until the source ends. Writes go into the running
 * transaction, so they undo with the change that caused them.
 */
export class TimelineLayout {
  private readonly tracks = new Set<BlockRecord>();
  private readonly sources = new Set<BlockRecord>();

  constructor(private readonly core: EngineCore) {
    core.recordObservers.push({
      attached: (record) => {
        if (record.type === BlockType.track) this.tracks.add(record);
        if (record.fields.get(DURATION_SOURCE) === true) this.sources.add(record);
      },
      detached: (record) => {
        this.tracks.delete(record);
        this.sources.delete(record);
      },
    });
    core.normalizers.push(() => this.normalize());
  }

  /** Remembers a block just marked as its page's duration source (the flag is checked on use). */
  addSource(record: BlockRecord): void {
    this.sources.add(record);
  }

  /** The duration sources of a page, in no particular order. */
  sourcesOf(page: BlockRecord): BlockRecord[] {
    return [...this.sources].filter((record) => record.fields.get(DURATION_SOURCE) === true && this.core.blocks.get(record.id) === record && pageOf(this.core, record) === page);
  }

  private normalize(): void {
    for (const track of this.tracks) if (valueOf<boolean>(track, AUTO_LAYOUT)) this.layoutTrack(track);
    if (this.sources.size === 0) return;
    const ends = new Map<BlockRecord, number>();
    for (const source of this.sources) {
      if (source.fields.get(DURATION_SOURCE) !== true || this.core.blocks.get(source.id) !== source) continue;
      const page = pageOf(this.core, source);
      if (!page) continue;
      const end = startOnPage(this.core, source) + durationOf(source);
      ends.set(page, Math.max(ends.get(page) ?? 0, end));
    }
    for (const [page, end] of ends) this.writeNumber(page, DURATION, end);
  }

  private layoutTrack(track: BlockRecord): void {
    let time = 0;
    for (const id of this.core.childrenOf(track)) {
      const child = this.core.blocks.get(id);
      if (!child || !isTimed(child)) continue;
      this.writeNumber(child, OFFSET, time);
      time += durationOf(child);
    }
    this.writeNumber(track, DURATION, time);
  }

  private writeNumber(record: BlockRecord, path: string, value: number): void {
    const current = valueOf<number>(record, path);
    if (current === undefined || Math.abs(current - value) < 1e-9) return;
    this.core.write(record, path, value);
  }
}

/** Whether the record is a track whose children are laid out one after another. */
export function isAutoLayoutTrack(record: BlockRecord): boolean {
  return record.type === BlockType.track && valueOf<boolean>(record, AUTO_LAYOUT) === true;
}
