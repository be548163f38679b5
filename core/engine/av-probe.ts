import type { AVResourceInfo } from './av-resources.js';
import type { EngineCore } from './engine-core.js';
import { CesdkError } from './errors.js';
import { fetchResourceBytes } from './scene-resources.js';

/**
 * The engine's own media reader, for hosts without a browser layer (Node, workers): fetches the file
 * and reads its tracks with mediabunny's demuxers (pure JavaScript; no decoder, no DOM).
 */
export async function probeAVResource(core: EngineCore, uri: string): Promise<AVResourceInfo> {
  const { bytes } = await fetchResourceBytes(core, uri);
  if (bytes.length === 0) throw new CesdkError('EMPTY_FILE', `the media file '${uri.slice(0, 120)}' is empty`);
  const { Input, BufferSource, MP3, MP4, OGG, QTFF, WAVE, WEBM } = await import('./mediabunny-demux.js');
  const input = new Input({ source: new BufferSource(bytes), formats: [MP4, QTFF, WEBM, MP3, WAVE, OGG] });
  try {
    if (!(await input.canRead())) throw new CesdkError('UNSUPPORTED_FORMAT', `'${uri.slice(0, 120)}' is not a media file this engine can read`);
    const video = await input.getPrimaryVideoTrack();
    const audio = await input.getAudioTracks();
    if (!video && audio.length === 0) throw new CesdkError('UNSUPPORTED_FORMAT', `'${uri.slice(0, 120)}' has neither video nor audio`);
    const duration = await input.computeDuration();
    return {
      duration: Number.isFinite(duration) && duration > 0 ? duration : 0,
      width: video ? await video.getDisplayWidth() : 0,
      height: video ? await video.getDisplayHeight() : 0,
      hasVideo: !!video,
      audioTracks: await Promise.all(audio.map(async (track) => ({
        channels: await track.getNumberOfChannels(), sampleRate: await track.getSampleRate(), language: await track.getLanguageCode(),
      }))),
    };
  } catch (error) {
    if (error instanceof CesdkError) throw error;
    throw new CesdkError('DECODE_FAILED', `the media file '${uri.slice(0, 120)}' could not be read: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    input.dispose();
  }
}
