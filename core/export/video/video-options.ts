/**
 * Validates `exportVideo` options (CE.SDK's `VideoExportOptions`) into what the encoder loop needs:
 * frame size (even numbers, as H.264 requires), frame rate, time span, bitrates.
 */
import { CesdkError, type DesignBlockId, type Engine, type VideoExportOptions } from '../../engine/index.js';
import { MAX_EXPORT_EDGE } from '../options.js';
import { pixelsPerDesignUnit, sceneDpi } from '../export-size.js';

/** {@link VideoExportOptions} after validation. */
export interface ResolvedVideoOptions {
  readonly mimeType: 'video/mp4' | 'video/webm';
  readonly width: number;
  readonly height: number;
  readonly framerate: number;
  readonly timeOffset: number;
  readonly duration: number;
  readonly frameCount: number;
  readonly videoBitrate: number;
  readonly audioBitrate: number;
  readonly h264Profile: number;
  readonly h264Level: number;
  readonly onProgress: VideoExportOptions['onProgress'];
  readonly abortSignal: AbortSignal | undefined;
}

function optionalNumber(name: string, value: unknown, check: (number: number) => boolean, rule: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new CesdkError('INVALID_VALUE', `exportVideo: ${name} must be a finite number, got ${String(value)}`);
  if (!check(value)) throw new CesdkError('OUT_OF_RANGE', `exportVideo: ${name} ${value} must be ${rule}`);
  return value;
}

const even = (value: number): number => Math.max(2, 2 * Math.round(value / 2));

/** The frame size: the page's pixel size, or the target size (the other side following the aspect ratio). */
function frameSize(engine: Engine, page: DesignBlockId, targetWidth: number | undefined, targetHeight: number | undefined): { width: number; height: number } {
  const scale = pixelsPerDesignUnit(engine, sceneDpi(engine));
  const naturalWidth = engine.block.getWidth(page) * scale;
  const naturalHeight = engine.block.getHeight(page) * scale;
  if (!(naturalWidth > 0 && naturalHeight > 0)) throw new CesdkError('INVALID_VALUE', `exportVideo: page ${page} has no size`, { blockId: page });
  let width = naturalWidth;
  let height = naturalHeight;
  if (targetWidth !== undefined && targetHeight !== undefined) [width, height] = [targetWidth, targetHeight];
  else if (targetWidth !== undefined) [width, height] = [targetWidth, (targetWidth * naturalHeight) / naturalWidth];
  else if (targetHeight !== undefined) [width, height] = [(targetHeight * naturalWidth) / naturalHeight, targetHeight];
  const size = { width: even(width), height: even(height) };
  if (size.width > MAX_EXPORT_EDGE || size.height > MAX_EXPORT_EDGE || size.width * size.height > 8192 * 8192) {
    throw new CesdkError('LIMIT_EXCEEDED', `exportVideo: ${size.width}×${size.height} px is larger than any video encoder accepts`, { blockId: page });
  }
  return size;
}

/** Resolves and checks the options of a video export of `page`. */
export function resolveVideoOptions(engine: Engine, page: DesignBlockId, options: VideoExportOptions & Record<string, unknown>): ResolvedVideoOptions {
  if (options.onProgress !== undefined && typeof options.onProgress !== 'function') throw new CesdkError('INVALID_VALUE', 'exportVideo: onProgress must be a function');
  const legacyProgress = (options as { progressCallback?: unknown }).progressCallback;
  const onProgress = options.onProgress ?? (typeof legacyProgress === 'function' ? legacyProgress as VideoExportOptions['onProgress'] : undefined);
  const framerate = optionalNumber('framerate', options.framerate, (value) => value >= 1 && value <= 120, 'between 1 and 120') ?? 30;
  const timeOffset = optionalNumber('timeOffset', options.timeOffset, (value) => value >= 0, 'at least 0') ?? 0;
  const pageDuration = engine.block.getDuration(page);
  const duration = optionalNumber('duration', options.duration, (value) => value > 0 && value <= 86_400, 'more than 0 and at most 86400 seconds') ?? pageDuration - timeOffset;
  if (!(duration > 0)) throw new CesdkError('OUT_OF_RANGE', `exportVideo: nothing to export: the page lasts ${pageDuration} s and the export starts at ${timeOffset} s`, { blockId: page });
  const targetWidth = optionalNumber('targetWidth', options.targetWidth, (value) => value >= 2, 'at least 2');
  const targetHeight = optionalNumber('targetHeight', options.targetHeight, (value) => value >= 2, 'at least 2');
  const { width, height } = frameSize(engine, page, targetWidth, targetHeight);
  const requestedVideo = optionalNumber('videoBitrate', options.videoBitrate, (value) => value >= 0, 'at least 0') ?? 0;
  const requestedAudio = optionalNumber('audioBitrate', options.audioBitrate, (value) => value >= 0, 'at least 0') ?? 0;
  const signal = options.abortSignal;
  if (signal !== undefined && !(typeof signal === 'object' && signal !== null && 'aborted' in signal)) throw new CesdkError('INVALID_VALUE', 'exportVideo: abortSignal must be an AbortSignal');
  return {
    mimeType: options.mimeType === 'video/webm' ? 'video/webm' : 'video/mp4',
    width, height, framerate, timeOffset, duration,
    frameCount: Math.max(1, Math.round(duration * framerate)),
    // Automatic video bitrate: about 0.1 bit per pixel per frame (8 Mbit/s at 1080p30), as encoders suggest for clean motion.
    videoBitrate: requestedVideo > 0 ? requestedVideo : Math.round(Math.min(40_000_000, Math.max(500_000, width * height * framerate * 0.13))),
    audioBitrate: requestedAudio > 0 ? requestedAudio : 128_000,
    h264Profile: optionalNumber('h264Profile', options.h264Profile, (value) => [66, 77, 100].includes(value), 'one of 66, 77, 100') ?? 77,
    h264Level: optionalNumber('h264Level', options.h264Level, (value) => Number.isInteger(value) && value >= 10 && value <= 62, 'an integer between 10 and 62') ?? 52,
    onProgress,
    abortSignal: signal,
  };
}
