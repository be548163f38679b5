import { BlockType } from './block-types.js';
import type { BlobLike, EngineCore } from './engine-core.js';
import { CesdkError, describeValue } from './errors.js';
import type { DesignBlockId } from './types.js';

/** The video containers `block.exportVideo` writes. */
export type VideoMimeType = 'video/mp4' | 'video/webm';

/** The audio formats `block.exportAudio` writes (`audio/mp4` is AAC where the browser can encode it). */
export type AudioMimeType = 'audio/wav' | 'audio/webm' | 'audio/ogg' | 'audio/mp4';

/** Options of `block.exportVideo`, as in CE.SDK's `VideoExportOptions`. */
export interface VideoExportOptions {
  /** `video/mp4` (default: H.264 or AV1 with AAC, else Opus) or `video/webm` (VP9 with Opus). */
  mimeType?: VideoMimeType;
  /** Progress: frames rendered, frames encoded, frames in all. */
  onProgress?: (renderedFrames: number, encodedFrames: number, totalFrames: number) => void;
  /** H.264 profile (66 Baseline, 77 Main, 100 High; default 77) when H.264 is used. */
  h264Profile?: number;
  /** H.264 level × 10 (default 52) when H.264 is used. */
  h264Level?: number;
  /** Video bitrate in bits per second; 0 or none: chosen from the size and frame rate. */
  videoBitrate?: number;
  /** Audio bitrate in bits per second; 0 or none: 128 kbps. */
  audioBitrate?: number;
  /** Where on the page's timeline the video starts, in seconds (default 0). */
  timeOffset?: number;
  /** Length of the video in seconds (default: the page's duration from `timeOffset`). */
  duration?: number;
  /** Frames per second (default 30). */
  framerate?: number;
  /** Output width; with `targetHeight` the page is scaled to cover that size (CE.SDK's rule). */
  targetWidth?: number;
  /** Output height. */
  targetHeight?: number;
  /** Accepted for CE.SDK compatibility; text is always drawn whole. */
  allowTextOverhang?: boolean;
  /** Cancels the export: the promise rejects with a `DOMException` named `AbortError`. */
  abortSignal?: AbortSignal;
}

/** Options of `block.exportAudio`. */
export interface AudioExportOptions {
  /** `audio/wav` (default, 16-bit PCM), `audio/webm` or `audio/ogg` (Opus), `audio/mp4` (AAC, where encodable). */
  mimeType?: AudioMimeType;
  /** Progress: the same three counts as video, in blocks of samples. */
  onProgress?: (renderedFrames: number, encodedFrames: number, totalFrames: number) => void;
  /** Where to start, in seconds of the block's (or page's) timeline (default 0). */
  timeOffset?: number;
  /** Length in seconds (default: the block's duration). */
  duration?: number;
  /** Sample rate of the output (default 48000). */
  sampleRate?: number;
  /** 1 or 2 (default 2). */
  numberOfChannels?: number;
  /** Bitrate for Opus/AAC in bits per second (default 128 kbps). */
  audioBitrate?: number;
  /** Cancels the export (rejects with `AbortError`). */
  abortSignal?: AbortSignal;
}

/** What an exporter may report on the Blob it returns, for the usage event. */
interface ExportedFacts {
  width?: unknown;
  height?: unknown;
  fps?: unknown;
  duration?: unknown;
}

const VIDEO_TYPES: readonly string[] = ['video/mp4', 'video/webm'];

function normalizeVideoArguments(first: unknown, progress: unknown, legacy: unknown): VideoExportOptions {
  if (first === undefined || (typeof first === 'object' && first !== null)) return { ...(first as VideoExportOptions | undefined) };
  if (typeof first !== 'string') throw new CesdkError('INVALID_VALUE', `exportVideo expects options or a MIME type, got ${describeValue(first)}`);
  if (progress !== undefined && typeof progress !== 'function') throw new CesdkError('INVALID_VALUE', 'exportVideo: the progress callback must be a function');
  if (legacy !== undefined && (typeof legacy !== 'object' || legacy === null)) throw new CesdkError('INVALID_VALUE', 'exportVideo: options must be an object');
  return { ...(legacy as object | undefined), mimeType: first as VideoMimeType, onProgress: progress as VideoExportOptions['onProgress'] };
}

/** The page a video export renders: the page itself, or the current page when given the scene. */
function exportedPage(core: EngineCore, id: DesignBlockId): DesignBlockId {
  const record = core.requireBlock(id);
  if (record.type === BlockType.page) return id;
  if (record.type === BlockType.scene) {
    const page = core.childrenOf(record).find((child) => core.blocks.get(child)?.type === BlockType.page);
    if (page !== undefined) return page;
  }
  throw new CesdkError('INVALID_BLOCK', `block ${id} (${record.type}) cannot be exported as a video; export a page`, { blockId: id });
}

async function runExporter(core: EngineCore, blockId: DesignBlockId, options: Record<string, unknown>, kind: 'video' | 'audio'): Promise<BlobLike> {
  const exporter = core.exporter;
  if (!exporter) throw new CesdkError('EXPORT_UNAVAILABLE', `no exporter registered; cannot export block ${blockId}`, { blockId });
  const blob = await exporter(blockId, options);
  const facts = blob as ExportedFacts;
  const number = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
  core.emitter.emit('export', {
    // Audio counts as video usage: CE.SDK's usage categories are photo and video; a sound file has no size.
    blockId, mimeType: String(options.mimeType), byteLength: blob.size, mediaType: 'video',
    ...(kind === 'audio' ? { width: 0, height: 0 } : {}),
    ...(kind === 'video' && number(facts.width) !== undefined && number(facts.height) !== undefined ? { width: number(facts.width)!, height: number(facts.height)! } : {}),
    ...(number(facts.fps) !== undefined ? { fps: number(facts.fps)! } : {}),
    ...(number(facts.duration) !== undefined ? { duration: number(facts.duration)! } : {}),
  });
  return blob;
}

/** `block.exportVideo`: validates the call and hands it to the registered exporter. */
export async function exportVideoVia(core: EngineCore, id: DesignBlockId, first: unknown, progress: unknown, legacy: unknown): Promise<BlobLike> {
  const options = normalizeVideoArguments(first, progress, legacy);
  const mimeType = options.mimeType ?? 'video/mp4';
  if (!VIDEO_TYPES.includes(mimeType)) throw new CesdkError('INVALID_VALUE', `exportVideo: mimeType must be video/mp4 or video/webm, got ${describeValue(mimeType)}`, { blockId: id });
  const page = exportedPage(core, id);
  return runExporter(core, page, { ...options, mimeType }, 'video');
}

/** `block.exportAudio`: an audio block, a graphic with a video fill, or a page (its mix). */
export async function exportAudioVia(core: EngineCore, id: DesignBlockId, options: AudioExportOptions): Promise<BlobLike> {
  if (typeof options !== 'object' || options === null) throw new CesdkError('INVALID_VALUE', 'exportAudio options must be an object');
  const record = core.requireBlock(id);
  const allowed = record.type === BlockType.audio || record.type === BlockType.page || record.type === BlockType.graphic;
  if (!allowed) throw new CesdkError('INVALID_BLOCK', `block ${id} (${record.type}) has no sound to export; export an audio block, a video clip or a page`, { blockId: id });
  const mimeType = options.mimeType ?? 'audio/wav';
  return runExporter(core, id, { ...options, mimeType }, 'audio');
}
