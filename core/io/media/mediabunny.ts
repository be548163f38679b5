/**
 * The parts of mediabunny this SDK uses, named one by one so the bundle keeps only them (the
 * package's full set of formats is several times larger). Imported with `import()` on first use.
 */
export {
  AudioBufferSink, AudioBufferSource, BufferSource, BufferTarget, CanvasSink, CanvasSource, Input, Output,
  Mp4OutputFormat, OggOutputFormat, WebMOutputFormat, canEncodeAudio, canEncodeVideo,
  MP3, MP4, OGG, QTFF, WAVE, WEBM,
} from 'mediabunny';
import { MP3, MP4, OGG, QTFF, WAVE, WEBM } from 'mediabunny';

/** The containers the SDK reads: MP4, MOV, WebM (and Matroska), MP3, WAV, Ogg. */
export const MEDIA_FORMATS = [MP4, QTFF, WEBM, MP3, WAVE, OGG];
