import { BlockRecord, Field } from './block-record.js';
import { duplicateTree, insertChild } from './block-hierarchy.js';
import { writeValidated } from './block-properties.js';
import { BlockType } from './block-types.js';
import type { EngineCore } from './engine-core.js';
import { CesdkError, describeValue } from './errors.js';
import { mediaStateOf } from './media-state.js';
import { durationOf, isTimed, mediaTimingOf, offsetOf } from './timeline.js';

/** Options of `block.split`, as in CE.SDK. */
export interface SplitOptions {
  /** Put the new block right after the original in the same parent (default true). */
  attachToParent?: boolean;
  /** When the block is not in a track, create one in its place and put both halves in it (default false). */
  createParentTrackIfNeeded?: boolean;
  /** Select the new block afterwards (default true). */
  selectNewBlock?: boolean;
}

const SPLITTABLE: ReadonlySet<string> = new Set([BlockType.graphic, BlockType.text, BlockType.group, BlockType.audio]);

/** The record holding a clip's media timing: the audio block itself, or a graphic's video fill. */
export function mediaRecordOf(core: EngineCore, record: BlockRecord): BlockRecord | undefined {
  if (record.type === BlockType.audio) return record;
  const fillId = record.fields.get(Field.fill) as number | undefined;
  const fill = fillId === undefined ? undefined : core.blocks.get(fillId);
  return fill?.type === '//ly.img.ubq/fill/video' ? fill : undefined;
}

/** The media file URI of a video fill or audio block ('' when unset). */
export function mediaUriOf(record: BlockRecord): string {
  const key = record.type === BlockType.audio ? 'audio/fileURI' : 'fill/video/fileURI';
  return (record.fields.get(key) as string | undefined) ?? '';
}

/** Checks a split before anything changes; returns the clip's duration. */
export function checkSplit(core: EngineCore, record: BlockRecord, atTime: unknown): number {
  if (!SPLITTABLE.has(record.type)) throw new CesdkError('INVALID_BLOCK', `block ${record.id} (${record.type}) cannot be split; split a graphic, text, group or audio block`, { blockId: record.id });
  if (typeof atTime !== 'number' || !Number.isFinite(atTime)) throw new CesdkError('INVALID_VALUE', `split time must be a finite number of seconds, got ${describeValue(atTime)}`, { blockId: record.id });
  const duration = durationOf(record);
  if (atTime <= 0 || atTime >= duration) {
    throw new CesdkError('OUT_OF_RANGE', `split time ${atTime} s must lie inside block ${record.id}'s duration (0, ${duration}) s`, { blockId: record.id });
  }
  core.checkScope(record, 'lifecycle/duplicate', 'split');
  return duration;
}

/**
 * Splits a clip at `atTime` seconds into it. The original ends there; the copy starts there and
 * plays the rest of the media (its trim offset advanced, the trim lengths divided). Must run in a
 * transaction; returns the new block.
 */
export function splitBlock(core: EngineCore, record: BlockRecord, atTime: number, duration: number, options: SplitOptions): BlockRecord {
  const parentId = core.parentOf(record);
  let parent = parentId === null ? undefined : core.blocks.get(parentId);
  if (options.createParentTrackIfNeeded && parent && parent.type !== BlockType.track && parent.type === BlockType.page) {
    const track = core.createRecord(BlockType.track);
    insertChild(core, parent, track, core.childrenOf(parent).indexOf(record.id));
    const start = offsetOf(record);
    insertChild(core, track, record, 0);
    writeValidated(core, track, 'playback/timeOffset', start);
    writeValidated(core, record, 'playback/timeOffset', 0);
    parent = track;
  }
  const copy = duplicateTree(core, record);
  if (options.attachToParent !== false && parent) insertChild(core, parent, copy, core.childrenOf(parent).indexOf(record.id) + 1);
  writeValidated(core, record, 'playback/duration', atTime);
  writeValidated(core, copy, 'playback/duration', duration - atTime);
  writeValidated(core, copy, 'playback/timeOffset', offsetOf(record) + atTime);
  const media = mediaRecordOf(core, record);
  const mediaCopy = mediaRecordOf(core, copy);
  if (media && mediaCopy) {
    const total = mediaStateOf(core).resources.info(mediaUriOf(media))?.duration ?? 0;
    const timing = mediaTimingOf(media, total);
    const used = atTime * timing.speed;
    const rest = timing.trimLength > 0 ? timing.trimLength - used : total > 0 ? Math.max(0, total - timing.trimOffset - used) : 0;
    writeValidated(core, media, 'playback/trimLength', used);
    writeValidated(core, mediaCopy, 'playback/trimOffset', timing.trimOffset + used);
    writeValidated(core, mediaCopy, 'playback/trimLength', Math.max(0, rest));
  }
  return copy;
}

/** Makes every timed child of a track fill the track's page (CE.SDK's `fillParent` on a track). */
export function fillTrackChildren(core: EngineCore, track: BlockRecord): void {
  const pageId = core.parentOf(track);
  const page = pageId === null ? undefined : core.blocks.get(pageId);
  if (!page || page.type !== BlockType.page) throw new CesdkError('INVALID_VALUE', `track ${track.id} is not on a page`, { blockId: track.id });
  const width = (page.fields.get('width') as number | undefined) ?? 100;
  const height = (page.fields.get('height') as number | undefined) ?? 100;
  for (const id of core.childrenOf(track)) {
    const child = core.blocks.get(id);
    if (!child || !isTimed(child) || child.type === BlockType.audio) continue;
    writeValidated(core, child, 'position/x', 0);
    writeValidated(core, child, 'position/y', 0);
    writeValidated(core, child, 'width', width);
    writeValidated(core, child, 'height', height);
    writeValidated(core, child, 'rotation', 0);
  }
}
