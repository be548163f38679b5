/**
 * Opens an audio or video file the user gave for decoding with mediabunny (WebCodecs underneath).
 * The container is chosen as for images: the declared type when the bytes agree, else the magic
 * bytes; anything else is refused before a demuxer sees it. mediabunny loads on first use.
 */
import type { InputAudioTrack, InputVideoTrack, Input } from 'mediabunny';
import { assetError, isAssetError } from '../asset-error.js';
import { chooseDecoder } from '../choose-decoder.js';
import type { FetchedAsset } from '../fetch-asset.js';
import type { MediaMimeType } from '../mime-types.js';

/** An opened media file: its tracks and facts. Dispose it when done. */
export interface MediaFile {
  readonly uri: string;
  readonly mimeType: MediaMimeType;
  readonly input: Input;
  /** The primary video track the browser can decode, if any. */
  readonly video: InputVideoTrack | undefined;
  /** The audio tracks the browser can decode, in file order. */
  readonly audioTracks: readonly InputAudioTrack[];
  /** Length in seconds. */
  readonly duration: number;
  /** Display size of the video (0 × 0 for audio). */
  readonly width: number;
  readonly height: number;
  dispose(): void;
}

/** mediabunny's parts, imported once on first use (their own chunk: editing without media never loads it). */
export function loadMediabunny(): Promise<typeof import('./mediabunny.js')> {
  mediabunny ??= import('./mediabunny.js');
  return mediabunny;
}
let mediabunny: Promise<typeof import('./mediabunny.js')> | undefined;

/**
 * Opens `asset` as a media file.
 * @throws AssetError `EMPTY_FILE`, `UNSUPPORTED_FORMAT` (not MP4, MOV, WebM, MP3, WAV or Ogg, or a
 * codec this browser cannot decode), `DECODE_FAILED` (truncated or inconsistent file).
 */
export async function openMediaFile(asset: FetchedAsset): Promise<MediaFile> {
  const choice = chooseDecoder(asset.declaredMimeType, asset.bytes, ['video', 'audio']);
  const { Input, MEDIA_FORMATS, BufferSource } = await loadMediabunny();
  const input = new Input({ source: new BufferSource(asset.bytes), formats: MEDIA_FORMATS });
  try {
    const videoTracks = await input.getVideoTracks();
    const audioCandidates = await input.getAudioTracks();
    if (videoTracks.length === 0 && audioCandidates.length === 0) throw assetError('DECODE_FAILED', 'The file has neither video nor audio.', { mimeType: choice.mimeType });
    let video: InputVideoTrack | undefined;
    for (const track of videoTracks) if (await track.canDecode()) { video = track; break; }
    const audioTracks: InputAudioTrack[] = [];
    for (const track of audioCandidates) if (await track.canDecode()) audioTracks.push(track);
    if (!video && audioTracks.length === 0) {
      const codecs = [...videoTracks, ...audioCandidates].map((track) => track.codec ?? 'unknown').join(', ');
      throw assetError('UNSUPPORTED_FORMAT', `This browser cannot decode the file's codecs (${codecs}).`, { mimeType: choice.mimeType, codecs });
    }
    const duration = await input.computeDuration();
    return {
      uri: asset.uri, mimeType: choice.mimeType as MediaMimeType, input, video, audioTracks,
      duration: Number.isFinite(duration) && duration > 0 ? duration : 0,
      width: video ? await video.getDisplayWidth() : 0,
      height: video ? await video.getDisplayHeight() : 0,
      dispose: () => input.dispose(),
    };
  } catch (error) {
    input.dispose();
    if (isAssetError(error)) throw error;
    throw assetError('DECODE_FAILED', `The ${choice.mimeType} file could not be read: ${error instanceof Error ? error.message : String(error)}`, { mimeType: choice.mimeType });
  }
}
