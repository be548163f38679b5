/**
 * Picks the codecs of a video export by asking the browser what it can encode (WebCodecs through
 * mediabunny): MP4 prefers H.264, then AV1, with AAC, else Opus; WebM prefers VP9, then AV1 and VP8,
 * with Opus. When nothing fits, the export fails with `CODEC_UNSUPPORTED`: nothing is silently
 * degraded to another container.
 */
import type { AudioCodec, VideoCodec } from 'mediabunny';
import { CesdkError } from '../../engine/index.js';
import { loadMediabunny } from '../../io/media/media-file.js';

/** The codecs an export uses. */
export interface CodecChoice {
  readonly video: VideoCodec;
  /** A full codec string (H.264 profile and level), when the browser accepts it. */
  readonly fullCodecString: string | undefined;
  /** Undefined when the export has no sound. */
  readonly audio: AudioCodec | undefined;
}

const VIDEO_PREFERENCE: Record<'video/mp4' | 'video/webm', VideoCodec[]> = {
  'video/mp4': ['avc', 'av1'],
  'video/webm': ['vp9', 'av1', 'vp8'],
};
const AUDIO_PREFERENCE: Record<'video/mp4' | 'video/webm', AudioCodec[]> = {
  'video/mp4': ['aac', 'opus'],
  'video/webm': ['opus'],
};

/** `avc1.PPCCLL` for an H.264 profile (66, 77, 100, ...) and level × 10 (e.g. 52). */
export function h264CodecString(profile: number, level: number): string {
  const hex = (value: number) => value.toString(16).toUpperCase().padStart(2, '0');
  // Constrained Baseline sets constraint_set1 (0x40) as browsers expect for profile 66.
  return `avc1.${hex(profile)}${profile === 66 ? '40' : '00'}${hex(level)}`;
}

/** Chooses the codecs for a `mimeType` export of `width`×`height` at `framerate`, with or without sound. */
export async function chooseCodecs(
  mimeType: 'video/mp4' | 'video/webm',
  request: { width: number; height: number; framerate: number; videoBitrate: number; audioBitrate: number; withAudio: boolean; h264Profile: number; h264Level: number },
): Promise<CodecChoice> {
  const { canEncodeVideo, canEncodeAudio } = await loadMediabunny();
  const size = { width: request.width, height: request.height, bitrate: request.videoBitrate, frameRate: request.framerate };
  let video: VideoCodec | undefined;
  let fullCodecString: string | undefined;
  for (const codec of VIDEO_PREFERENCE[mimeType]) {
    if (codec === 'avc') {
      const wanted = h264CodecString(request.h264Profile, request.h264Level);
      if (await canEncodeVideo(codec, { ...size, fullCodecString: wanted })) {
        video = codec;
        fullCodecString = wanted;
        break;
      }
    }
    if (await canEncodeVideo(codec, size)) {
      video = codec;
      break;
    }
  }
  if (!video) {
    throw new CesdkError('CODEC_UNSUPPORTED', `this browser can encode none of ${VIDEO_PREFERENCE[mimeType].join(', ')} at ${request.width}×${request.height} for ${mimeType}; try the other container or a smaller size`);
  }
  let audio: AudioCodec | undefined;
  if (request.withAudio) {
    for (const codec of AUDIO_PREFERENCE[mimeType]) {
      if (await canEncodeAudio(codec, { numberOfChannels: 2, sampleRate: 48_000, bitrate: request.audioBitrate })) {
        audio = codec;
        break;
      }
    }
    if (!audio) throw new CesdkError('CODEC_UNSUPPORTED', `this browser can encode none of ${AUDIO_PREFERENCE[mimeType].join(', ')} for the sound of a ${mimeType} export`);
  }
  return { video, fullCodecString, audio };
}
