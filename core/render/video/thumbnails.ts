/**
 * Thumbnails and waveform peaks for timelines. Video thumbnails read forward through the file with
 * a decoder of their own; waveforms come from the file's decoded sound (shared with playback).
 */
import { CesdkError, type AudioThumbnailRequest, type VideoThumbnailRequest } from '../../engine/index.js';
import type { AssetLoader } from '../../io/index.js';
import { MediaFiles } from '../../io/media/media-files.js';
import { VideoFrameSource } from './frame-source.js';

let jobs = 0;

function asError(error: unknown): CesdkError {
  return error instanceof CesdkError ? error : new CesdkError('DECODE_FAILED', error instanceof Error ? error.message : String(error));
}

/** Decodes the thumbnails of `request`, handing each to `onFrame` as `ImageData`, until cancelled. */
export async function videoThumbnails(assets: AssetLoader, request: VideoThumbnailRequest, job: { cancelled: boolean }): Promise<void> {
  const frames = new VideoFrameSource(MediaFiles.for(assets), { maxCacheBytes: 0 });
  const key = `thumbnails-${(jobs += 1)}`;
  const canvas = document.createElement('canvas');
  try {
    for (let index = 0; index < request.mediaTimes.length && !job.cancelled; index += 1) {
      try {
        const frame = await frames.frameAt(key, request.uri, request.mediaTimes[index]!);
        if (job.cancelled) return;
        if (!frame) throw new CesdkError('DECODE_FAILED', `no frame at ${request.mediaTimes[index]} s`);
        canvas.height = Math.max(1, Math.round(request.thumbnailHeight));
        canvas.width = Math.max(1, Math.round((frame.width / frame.height) * canvas.height));
        const context = canvas.getContext('2d', { willReadFrequently: true })!;
        context.drawImage(frame.image, 0, 0, canvas.width, canvas.height);
        request.onFrame(index, context.getImageData(0, 0, canvas.width, canvas.height));
      } catch (error) {
        if (job.cancelled) return;
        const failure = asError(error);
        for (let rest = index; rest < request.mediaTimes.length; rest += 1) request.onFrame(rest, failure);
        return;
      }
    }
  } finally {
    frames.dispose();
    canvas.width = 0;
  }
}

/** Computes waveform peaks (0..1) of `request`, in chunks, until cancelled. */
export async function audioThumbnails(assets: AssetLoader, request: AudioThumbnailRequest, job: { cancelled: boolean }): Promise<void> {
  const chunks = Math.ceil(request.numberOfSamples / request.samplesPerChunk);
  let sound: AudioBuffer | null;
  try {
    sound = await MediaFiles.for(assets).sound(request.uri);
    if (!sound) throw new CesdkError('DECODE_FAILED', 'the file has no sound');
  } catch (error) {
    if (!job.cancelled) for (let index = 0; index < chunks; index += 1) request.onChunk(index, asError(error));
    return;
  }
  const channels = [...Array(sound.numberOfChannels).keys()].map((channel) => sound!.getChannelData(channel));
  const rate = sound.sampleRate;
  const span = Math.max(0, request.mediaEnd - request.mediaBegin) / request.numberOfSamples;
  for (let chunk = 0; chunk < chunks && !job.cancelled; chunk += 1) {
    const first = chunk * request.samplesPerChunk;
    const count = Math.min(request.samplesPerChunk, request.numberOfSamples - first);
    const peaks = new Float32Array(count * request.numberOfChannels);
    for (let sample = 0; sample < count; sample += 1) {
      const start = Math.floor((request.mediaBegin + (first + sample) * span) * rate);
      const end = Math.max(start + 1, Math.floor((request.mediaBegin + (first + sample + 1) * span) * rate));
      for (let out = 0; out < request.numberOfChannels; out += 1) {
        const data = channels[Math.min(out, channels.length - 1)]!;
        let peak = 0;
        for (let index = Math.max(0, start); index < Math.min(end, data.length); index += 1) peak = Math.max(peak, Math.abs(data[index]!));
        peaks[sample * request.numberOfChannels + out] = Math.min(1, peak);
      }
    }
    request.onChunk(chunk, peaks);
    // Yield between chunks so a long file never blocks the page.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
