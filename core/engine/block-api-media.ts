import { BlockRecord } from './block-record.js';
import { BlockAPIContent } from './block-api-content.js';
import { insertChild } from './block-hierarchy.js';
import { writeValidated } from './block-properties.js';
import { BlockType } from './block-types.js';
import type { EngineCore } from './engine-core.js';
import { CesdkError, describeValue } from './errors.js';
import { mediaStateOf } from './media-state.js';
import { scheduleMicrotask } from './microtask.js';
import { checkSplit, fillTrackChildren, mediaRecordOf, mediaUriOf, splitBlock, type SplitOptions } from './timeline-edit.js';
import { isTimed, mediaTimeAt, mediaTimingOf, pageOf, startOnPage } from './timeline.js';
import type { DesignBlockId } from './types.js';
import type { AudioExportOptions, VideoExportOptions, VideoMimeType } from './video-export-call.js';

/** Options of `block.addVideo`, as in CE.SDK. */
export interface AddVideoOptions {
  /** Position on the page in design units. */
  x?: number;
  y?: number;
  /** When the clip starts and how long it lasts; without a duration the clip lasts as long as the video. */
  timeline?: { timeOffset?: number; duration?: number };
}

/**
 * Media files and timeline editing: AV resources, split, tracks, thumbnails, video and audio export.
 * The time properties themselves are in `BlockAPITime`, which extends this class.
 */
export class BlockAPIMedia extends BlockAPIContent {
  /** @internal */
  constructor(core: EngineCore) {
    super(core);
    // Registers the track layout before any block exists, so every later change is laid out.
    mediaStateOf(core);
  }

  /**
   * Loads the audio or video file of a video fill or audio block (or a graphic with a video fill), so
   * its duration and size are known. Loads again after a failure. Rejects with `RESOURCE_UNAVAILABLE`,
   * `UNSUPPORTED_FORMAT` or `DECODE_FAILED`.
   */
  async forceLoadAVResource(id: DesignBlockId): Promise<void> {
    const media = requireMedia(this.core, id);
    await mediaStateOf(this.core).resources.load(mediaUriOf(media));
  }

  /** Whether the block's audio or video file is loaded. */
  unstable_isAVResourceLoaded(id: DesignBlockId): boolean {
    return mediaStateOf(this.core).resources.isLoaded(mediaUriOf(requireMedia(this.core, id)));
  }

  /** The length of the block's audio or video file in seconds (after `forceLoadAVResource`). */
  getAVResourceTotalDuration(id: DesignBlockId): number { return loadedInfo(this.core, id).duration; }
  /** The video's width in pixels (after `forceLoadAVResource`). */
  getVideoWidth(id: DesignBlockId): number { return loadedInfo(this.core, id).width; }
  /** The video's height in pixels (after `forceLoadAVResource`). */
  getVideoHeight(id: DesignBlockId): number { return loadedInfo(this.core, id).height; }
  /** How many audio tracks the video fill's file has (after `forceLoadAVResource`). */
  getAudioTrackCountFromVideo(id: DesignBlockId): number { return loadedInfo(this.core, id).audioTracks.length; }
  /** The audio tracks of the video fill's file: channels, sample rate, language, track index. */
  getAudioInfoFromVideo(id: DesignBlockId): Array<{ trackIndex: number; channels: number; sampleRate: number; language: string }> {
    return loadedInfo(this.core, id).audioTracks.map((track, trackIndex) => ({ trackIndex, ...track }));
  }

  /**
   * Splits a clip (graphic, text, group or audio block) at `atTime` seconds into it and returns the
   * new second part. Both parts play the same media: the original ends at the split, the new one
   * continues there. One undo step. Throws `OUT_OF_RANGE` unless 0 < atTime < duration.
   */
  split(id: DesignBlockId, atTime: number, options: SplitOptions = {}): DesignBlockId {
    const record = this.core.requireBlock(id);
    if (typeof options !== 'object' || options === null) throw new CesdkError('INVALID_VALUE', 'split options must be an object', { blockId: id });
    const duration = checkSplit(this.core, record, atTime);
    const copy = this.core.mutate('split', () => splitBlock(this.core, record, atTime, duration, options));
    if (options.selectNewBlock !== false && this.core.isAllowedByScope(copy, 'editor/select')) {
      this.core.selection.clear();
      this.core.selection.add(copy.id);
      this.core.notifySelection();
    }
    return copy.id;
  }

  /** @internal `fillParent` of a track: every clip in it fills the page. */
  protected fillTrack(id: DesignBlockId): boolean {
    const record = this.core.requireBlock(id);
    if (record.type !== BlockType.track) return false;
    this.core.mutate('fill parent', () => fillTrackChildren(this.core, record));
    return true;
  }

  /** Makes `id`'s end decide the page's duration (the page then lasts until it ends). */
  setPageDurationSource(page: DesignBlockId, id: DesignBlockId): void {
    if (!this.supportsPageDurationSource(page, id)) throw new CesdkError('INVALID_BLOCK', `block ${id} cannot be the duration source of page ${page}`, { blockId: id });
    const record = this.core.requireBlock(id);
    this.core.mutate('set page duration source', () => {
      writeValidated(this.core, record, 'playback/pageDurationSource', true);
      mediaStateOf(this.core).layout.addSource(record);
    });
  }
  /** Whether the block decides its page's duration. */
  isPageDurationSource(id: DesignBlockId): boolean {
    return this.core.requireBlock(id).fields.get('playback/pageDurationSource') === true;
  }
  /** Whether the block is a timed block on that page, so it could decide the page's duration. */
  supportsPageDurationSource(page: DesignBlockId, id: DesignBlockId): boolean {
    const pageRecord = this.core.requireBlock(page);
    const record = this.core.requireBlock(id);
    if (pageRecord.type !== BlockType.page || !isTimed(record) || record.type === BlockType.page) return false;
    for (let parent = this.core.parentOf(record); parent !== null; parent = this.core.parentOf(this.core.requireBlock(parent))) if (parent === page) return true;
    return false;
  }
  /** Stops a block (or, for a page or the scene, every block in it) deciding the page's duration. */
  removePageDurationSource(id: DesignBlockId): void {
    const root = this.core.requireBlock(id);
    const flagged: BlockRecord[] = [];
    const visit = (record: BlockRecord): void => {
      if (record.fields.get('playback/pageDurationSource') === true) flagged.push(record);
      for (const child of this.core.childrenOf(record)) visit(this.core.requireBlock(child));
    };
    visit(root);
    if (flagged.length > 0) this.core.mutate('remove page duration source', () => flagged.forEach((record) => this.core.write(record, 'playback/pageDurationSource', undefined)));
  }

  /**
   * Creates a graphic block with a rectangle shape and a video fill for `uri`, loads the video and
   * appends the block to the current page. Without `timeline.duration` the clip lasts as long as the
   * video. Rejects (and leaves nothing behind) when the video cannot be read.
   */
  async addVideo(uri: string, width: number, height: number, options: AddVideoOptions = {}): Promise<DesignBlockId> {
    if (typeof uri !== 'string' || uri === '') throw new CesdkError('INVALID_VALUE', `addVideo needs a video URI, got ${describeValue(uri)}`);
    if (typeof options !== 'object' || options === null) throw new CesdkError('INVALID_VALUE', 'addVideo options must be an object');
    const info = await mediaStateOf(this.core).resources.load(uri);
    const pageId = firstPage(this.core);
    return this.core.mutate('add video', () => {
      const block = this.core.requireBlock(this.create('graphic'));
      this.setShape(block.id, this.createShape('rect'));
      const fill = this.createFill('video');
      this.setString(fill, 'fill/video/fileURI', uri);
      this.setFill(block.id, fill);
      writeValidated(this.core, block, 'width', width);
      writeValidated(this.core, block, 'height', height);
      if (options.x !== undefined) writeValidated(this.core, block, 'position/x', options.x);
      if (options.y !== undefined) writeValidated(this.core, block, 'position/y', options.y);
      const duration = options.timeline?.duration ?? (info.duration > 0 ? info.duration : undefined);
      if (duration !== undefined) writeValidated(this.core, block, 'playback/duration', duration);
      if (options.timeline?.timeOffset !== undefined) writeValidated(this.core, block, 'playback/timeOffset', options.timeline.timeOffset);
      if (pageId !== null) insertChild(this.core, this.core.requireBlock(pageId), block, this.core.childrenOf(this.core.requireBlock(pageId)).length);
      return block.id;
    });
  }

  /**
   * Thumbnails for timelines and storyboards, as in CE.SDK: `numberOfFrames` images evenly spread from
   * `timeBegin` to `timeEnd`, each `thumbnailHeight` pixels high, handed to `onFrame(index, ImageData | Error)`.
   * - a video fill: frames of its file at those media times (trim, offset and looping do not apply);
   * - a graphic with a video fill: its clip's frames at those times of the clip (trim and looping apply);
   * - a page, or any other block on a page: the composed page, rendered at those times relative to the
   *   block's own start on the page's timeline.
   * One request per block at a time: a new one cancels the previous. Returns a function that cancels it.
   */
  generateVideoThumbnailSequence(id: DesignBlockId, thumbnailHeight: number, timeBegin: number, timeEnd: number, numberOfFrames: number, onFrame: (frameIndex: number, result: unknown) => void): () => void {
    const record = this.core.requireBlock(id);
    const count = checkSequence(id, thumbnailHeight, timeBegin, timeEnd, numberOfFrames, onFrame);
    const times = Array.from({ length: count }, (_, index) => timeBegin + (count === 1 ? 0 : (index * (timeEnd - timeBegin)) / (count - 1)));
    const state = mediaStateOf(this.core);
    const media = record.type === '//ly.img.ubq/fill/video' ? record : mediaRecordOf(this.core, record);
    const done = (finish: () => void) => (index: number, result: unknown) => { onFrame(index, result); if (index === count - 1) finish(); };
    const unavailable = (what: string) => () => { for (let index = 0; index < count; index += 1) onFrame(index, new CesdkError('EXPORT_UNAVAILABLE', `no ${what} is registered (the browser layer provides one)`, { blockId: id })); };
    if (media?.type === '//ly.img.ubq/fill/video') {
      const uri = mediaUriOf(media);
      const timing = mediaTimingOf(media, state.resources.info(uri)?.duration ?? 0);
      const mediaTimes = media === record ? times : times.map((time) => mediaTimeAt(time, timing));
      return startJob(this.core, id, (finish) => state.services.videoThumbnails?.({ uri, mediaTimes, thumbnailHeight, onFrame: done(finish) }), unavailable('video decoder'));
    }
    const page = pageOf(this.core, record);
    if (!page || media) throw new CesdkError('INVALID_BLOCK', `block ${id} (${record.type}) is neither a video nor a page or a block on one`, { blockId: id });
    const start = startOnPage(this.core, record);
    return startJob(this.core, id, (finish) => state.services.pageThumbnails?.({ page: page.id, times: times.map((time) => start + time), thumbnailHeight, onFrame: done(finish) }), unavailable('page renderer'));
  }

  /**
   * Computes waveform peaks (0..1) of an audio block or video fill between `timeBegin` and `timeEnd`
   * (seconds of the clip): `numberOfSamples` per channel, in chunks of `samplesPerChunk`, stereo interleaved.
   */
  generateAudioThumbnailSequence(id: DesignBlockId, samplesPerChunk: number, timeBegin: number, timeEnd: number, numberOfSamples: number, numberOfChannels: number, onChunk: (chunkIndex: number, result: unknown) => void): () => void {
    const media = requireMedia(this.core, id);
    checkSequence(id, samplesPerChunk, timeBegin, timeEnd, numberOfSamples, onChunk);
    if (numberOfChannels !== 1 && numberOfChannels !== 2) throw new CesdkError('INVALID_VALUE', `numberOfChannels must be 1 or 2, got ${describeValue(numberOfChannels)}`, { blockId: id });
    const state = mediaStateOf(this.core);
    const uri = mediaUriOf(media);
    const timing = mediaTimingOf(media, state.resources.info(uri)?.duration ?? 0);
    const chunks = Math.ceil(numberOfSamples / samplesPerChunk);
    return startJob(this.core, id, (finish) => state.services.audioThumbnails?.({
      uri, mediaBegin: mediaTimeAt(timeBegin, timing), mediaEnd: mediaTimeAt(timeEnd, timing), numberOfSamples, samplesPerChunk, numberOfChannels,
      onChunk: (index, result) => { onChunk(index, result); if (index === chunks - 1) finish(); },
    }), () => onChunk(0, new CesdkError('EXPORT_UNAVAILABLE', 'no audio decoder is registered (the browser layer provides one)', { blockId: id })));
  }

  /** The time of `id` on its page's timeline (where a clip starts), in seconds. */
  getTimeOnPage(id: DesignBlockId): number {
    return startOnPage(this.core, this.core.requireBlock(id));
  }

  /**
   * Exports a page as a video (MP4 or WebM) through the registered exporter. CE.SDK's two forms:
   * `exportVideo(page, options)` and the deprecated `exportVideo(page, mimeType, onProgress, options)`.
   */
  async exportVideo(id: DesignBlockId, optionsOrMimeType?: VideoExportOptions | VideoMimeType, progress?: VideoExportOptions['onProgress'], legacy?: Omit<VideoExportOptions, 'mimeType' | 'onProgress'>): Promise<Blob> {
    // The call's validation and hand-over is a lazy chunk: design editors never export video.
    const { exportVideoVia } = await import('./video-export-call.js');
    return exportVideoVia(this.core, id, optionsOrMimeType, progress, legacy);
  }

  /** Exports the sound of an audio block, a video clip or a page (mixed) as WAV, Opus or AAC. */
  async exportAudio(id: DesignBlockId, options: AudioExportOptions = {}): Promise<Blob> {
    const { exportAudioVia } = await import('./video-export-call.js');
    return exportAudioVia(this.core, id, options);
  }
}

function requireMedia(core: EngineCore, id: DesignBlockId): BlockRecord {
  const record = core.requireBlock(id);
  const media = record.type === BlockType.audio || record.type === '//ly.img.ubq/fill/video' ? record : mediaRecordOf(core, record);
  if (!media) throw new CesdkError('INVALID_BLOCK', `block ${id} (${record.type}) is neither a video fill nor an audio block`, { blockId: id });
  return media;
}

function loadedInfo(core: EngineCore, id: DesignBlockId) {
  const info = mediaStateOf(core).resources.info(mediaUriOf(requireMedia(core, id)));
  if (!info) throw new CesdkError('INVALID_STATE', `the media of block ${id} is not loaded; await block.forceLoadAVResource(${id}) first`, { blockId: id });
  return info;
}

function firstPage(core: EngineCore): DesignBlockId | null {
  for (const sceneId of core.sceneIds) {
    const scene = core.blocks.get(sceneId)!;
    for (const child of core.childrenOf(scene)) if (core.blocks.get(child)?.type === BlockType.page) return child;
  }
  return null;
}

function checkSequence(id: DesignBlockId, size: number, begin: number, end: number, count: number, callback: unknown): number {
  for (const [name, value] of [['size', size], ['timeBegin', begin], ['timeEnd', end], ['count', count]] as const) {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new CesdkError('INVALID_VALUE', `${name} must be a finite number, got ${describeValue(value)}`, { blockId: id });
  }
  if (size < 1 || !Number.isInteger(count) || count < 1 || count > 10_000 || end < begin) throw new CesdkError('OUT_OF_RANGE', `thumbnail request out of range (size ${size}, ${begin}..${end} s, count ${count})`, { blockId: id });
  if (typeof callback !== 'function') throw new CesdkError('INVALID_VALUE', 'a callback function is required', { blockId: id });
  return count;
}

function startJob(core: EngineCore, id: DesignBlockId, start: (finish: () => void) => (() => void) | undefined, unavailable: () => void): () => void {
  const jobs = mediaStateOf(core).thumbnailJobs;
  jobs.get(id)?.();
  let cancelled = false;
  const finish = () => { if (jobs.get(id) === cancel) jobs.delete(id); };
  const cancel = () => { if (cancelled) return; cancelled = true; stop?.(); finish(); };
  const stop = start(finish);
  if (!stop) {
    scheduleMicrotask(unavailable);
    return () => undefined;
  }
  jobs.set(id, cancel);
  return cancel;
}
