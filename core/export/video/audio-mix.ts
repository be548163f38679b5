/**
 * Mixes every sounding clip of a page into one stereo buffer with an `OfflineAudioContext`: the
 * same scheduling as real-time playback, rendered faster than real time.
 */
import type { CesdkError, DesignBlockId, Engine } from '../../engine/index.js';
import type { MediaFiles } from '../../io/media/media-files.js';
import { collectAudioClips, scheduleClip, type AudioClip } from '../../render/video/audio-clips.js';

/** The sample rate of exported sound. */
export const EXPORT_SAMPLE_RATE = 48_000;

/** Whether anything on the page makes sound between `from` and `from + duration`. */
export function hasSound(engine: Engine, page: DesignBlockId, from: number, duration: number): boolean {
  return collectAudioClips(engine, page).some((clip) => clip.start < from + duration && clip.start + clip.duration > from);
}

/**
 * The page's sound from page time `from` for `duration` seconds, or undefined when nothing sounds.
 * A file that cannot be decoded is reported through `onError` and left out of the mix.
 */
export async function mixPageAudio(engine: Engine, page: DesignBlockId, files: MediaFiles, from: number, duration: number, options: MixOptions = {}): Promise<AudioBuffer | undefined> {
  return mixClips(collectAudioClips(engine, page), files, from, duration, options);
}

/** Options of {@link mixClips}. */
export interface MixOptions {
  channels?: number;
  sampleRate?: number;
  onError?: (error: CesdkError | Error, uri: string) => void;
}

/** Mixes `clips` from timeline time `from` for `duration` seconds; undefined when none of them sounds. */
export async function mixClips(allClips: readonly AudioClip[], files: MediaFiles, from: number, duration: number, options: MixOptions = {}): Promise<AudioBuffer | undefined> {
  const clips = allClips.filter((clip) => clip.start < from + duration && clip.start + clip.duration > from);
  if (clips.length === 0) return undefined;
  const sampleRate = options.sampleRate ?? EXPORT_SAMPLE_RATE;
  const sounds = await Promise.all(clips.map((clip) => files.sound(clip.uri).catch((error: unknown) => {
    options.onError?.(error instanceof Error ? error : new Error(String(error)), clip.uri);
    return null;
  })));
  const context = new OfflineAudioContext(options.channels ?? 2, Math.max(1, Math.ceil(duration * sampleRate)), sampleRate);
  let scheduled = 0;
  clips.forEach((clip, index) => {
    const sound = sounds[index];
    if (sound && scheduleClip(context, context.destination, clip, sound, from, 0, from + duration)) scheduled += 1;
  });
  if (scheduled === 0) return undefined;
  return context.startRendering();
}
