/**
 * `engine.block.exportAudio(block, options)`: the sound of an audio block, of a video clip, or of a
 * whole page (mixed), as 16-bit WAV, or Opus (WebM, Ogg) or AAC (MP4) where the browser encodes them.
 */
import { CesdkError, type AudioExportOptions, type DesignBlockId, type Engine } from '../../engine/index.js';
import type { AssetLoader } from '../../io/index.js';
import { loadMediabunny } from '../../io/media/media-file.js';
import { MediaFiles } from '../../io/media/media-files.js';
import { collectAudioClips, type AudioClip } from '../../render/video/audio-clips.js';
import { pageOfBlock } from '../../render/video/media-clock.js';
import { abortError } from '../export-job.js';
import type { ExportDependencies } from '../export-block.js';
import { mixClips } from './audio-mix.js';
import { copyForExport } from './video-export.js';
import { encodeWav } from './wav.js';

const CONTAINERS = ['audio/wav', 'audio/webm', 'audio/ogg', 'audio/mp4'] as const;

/** The clips whose sound `block` exports, and the span of its timeline. */
function soundOf(engine: Engine, block: DesignBlockId): { clips: AudioClip[]; start: number; length: number } {
  const type = engine.block.getType(block);
  if (type === '//ly.img.ubq/page') return { clips: collectAudioClips(engine, block), start: 0, length: engine.block.getDuration(block) };
  const page = pageOfBlock(engine, block);
  const all = page === undefined ? collectAudioClips(engine, block) : collectAudioClips(engine, page);
  const own = all.filter((clip) => clip.clip === block);
  if (own.length === 0) throw new CesdkError('INVALID_BLOCK', `block ${block} has no sound to export (no file, muted, or silent)`, { blockId: block });
  return { clips: own, start: own[0]!.start, length: own[0]!.duration };
}

function number(name: string, value: unknown, fallback: number, valid: (value: number) => boolean, rule: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new CesdkError('INVALID_VALUE', `exportAudio: ${name} must be a finite number`);
  if (!valid(value)) throw new CesdkError('OUT_OF_RANGE', `exportAudio: ${name} ${value} must be ${rule}`);
  return value;
}

/** Exports the sound of `block`; see {@link AudioExportOptions}. */
export async function exportAudio(engine: Engine, block: DesignBlockId, options: AudioExportOptions, dependencies: ExportDependencies & { assets: AssetLoader }): Promise<Blob> {
  const mimeType = options.mimeType ?? 'audio/wav';
  if (!CONTAINERS.includes(mimeType)) throw new CesdkError('INVALID_VALUE', `exportAudio: mimeType must be one of ${CONTAINERS.join(', ')}`);
  const sampleRate = number('sampleRate', options.sampleRate, 48_000, (value) => value >= 8000 && value <= 192_000, 'between 8000 and 192000');
  const channels = number('numberOfChannels', options.numberOfChannels, 2, (value) => value === 1 || value === 2, '1 or 2');
  const signal = options.abortSignal;
  const copy = await copyForExport(engine, dependencies.assets, () => undefined);
  try {
    const { clips, start, length } = soundOf(copy, block);
    const offset = number('timeOffset', options.timeOffset, 0, (value) => value >= 0, 'at least 0');
    const duration = number('duration', options.duration, length - offset, (value) => value > 0 && value <= 86_400, 'more than 0 seconds');
    if (!(duration > 0)) throw new CesdkError('OUT_OF_RANGE', `exportAudio: nothing to export after ${offset} s`, { blockId: block });
    if (signal?.aborted) throw abortError(signal);
    const blocks = Math.max(1, Math.ceil(duration));
    options.onProgress?.(0, 0, blocks);
    let mix = await mixClips(clips, MediaFiles.for(dependencies.assets), start + offset, duration, { channels, sampleRate });
    if (signal?.aborted) throw abortError(signal);
    // Silence where nothing sounds (a muted clip, a gap): the file still has the requested length.
    mix ??= new AudioBuffer({ length: Math.max(1, Math.round(duration * sampleRate)), numberOfChannels: channels, sampleRate });
    options.onProgress?.(blocks, 0, blocks);
    const blob = mimeType === 'audio/wav' ? encodeWav(mix) : await encodeCompressed(mix, mimeType, options.audioBitrate ?? 128_000);
    options.onProgress?.(blocks, blocks, blocks);
    Object.defineProperties(blob, { duration: { value: duration } });
    dependencies.onUsage?.({ mediaType: 'video', mimeType, width: 0, height: 0, duration });
    return blob;
  } finally {
    copy.dispose();
  }
}

async function encodeCompressed(sound: AudioBuffer, mimeType: 'audio/webm' | 'audio/ogg' | 'audio/mp4', bitrate: number): Promise<Blob> {
  const mediabunny = await loadMediabunny();
  const codec = mimeType === 'audio/mp4' ? 'aac' : 'opus';
  if (!(await mediabunny.canEncodeAudio(codec, { numberOfChannels: sound.numberOfChannels, sampleRate: sound.sampleRate, bitrate }))) {
    throw new CesdkError('CODEC_UNSUPPORTED', `this browser cannot encode ${codec === 'aac' ? 'AAC' : 'Opus'} audio for ${mimeType}; export audio/wav instead`);
  }
  const target = new mediabunny.BufferTarget();
  const format = mimeType === 'audio/mp4' ? new mediabunny.Mp4OutputFormat() : mimeType === 'audio/ogg' ? new mediabunny.OggOutputFormat() : new mediabunny.WebMOutputFormat();
  const output = new mediabunny.Output({ format, target });
  const source = new mediabunny.AudioBufferSource({ codec, bitrate });
  output.addAudioTrack(source);
  await output.start();
  await source.add(sound);
  source.close();
  await output.finalize();
  return new Blob([target.buffer!], { type: mimeType });
}
