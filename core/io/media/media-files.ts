/**
 * The media files of one asset loader: each file is fetched once (through the loader's byte cache),
 * opened once, and its decoded sound kept while in use, for playback, thumbnails and export alike.
 */
import type { AssetLoader } from '../asset-loader.js';
import { assetError } from '../asset-error.js';
import { loadMediabunny, openMediaFile, type MediaFile } from './media-file.js';

/** What the engine learns about a file (its `AVResourceInfo`). */
export interface MediaInfo {
  readonly duration: number;
  readonly width: number;
  readonly height: number;
  readonly hasVideo: boolean;
  readonly audioTracks: ReadonlyArray<{ readonly channels: number; readonly sampleRate: number; readonly language: string }>;
}

const registries = new WeakMap<AssetLoader, MediaFiles>();

/** Opened media files per URI, shared by everything that uses one asset loader. */
export class MediaFiles {
  private readonly files = new Map<string, Promise<MediaFile>>();
  private readonly sounds = new Map<string, Promise<AudioBuffer | null>>();
  private disposed = false;

  private constructor(private readonly assets: AssetLoader) {}

  /** The registry of an asset loader (created on first use, released with {@link MediaFiles.dispose}). */
  static for(assets: AssetLoader): MediaFiles {
    let files = registries.get(assets);
    if (!files || files.disposed) registries.set(assets, (files = new MediaFiles(assets)));
    return files;
  }

  /** Opens a file (once). A failure is remembered until {@link MediaFiles.forget}. */
  open(uri: string): Promise<MediaFile> {
    if (this.disposed) return Promise.reject(assetError('ABORTED', 'The media files were disposed.'));
    let file = this.files.get(uri);
    if (!file) {
      file = this.assets.getBytes(uri).then(openMediaFile);
      this.files.set(uri, file);
      file.catch(() => undefined);
    }
    return file;
  }

  /** The file's duration, size and audio tracks. */
  async info(uri: string): Promise<MediaInfo> {
    const file = await this.open(uri);
    return {
      duration: file.duration, width: file.width, height: file.height, hasVideo: !!file.video,
      audioTracks: await Promise.all(file.audioTracks.map(async (track) => ({
        channels: await track.getNumberOfChannels(), sampleRate: await track.getSampleRate(), language: await track.getLanguageCode(),
      }))),
    };
  }

  /**
   * The whole decoded sound of a file's audio track (null when it has none), at the file's own sample
   * rate. Kept while the registry lives: playback and export mix from it without decoding again.
   */
  sound(uri: string, trackIndex = 0): Promise<AudioBuffer | null> {
    const key = `${trackIndex}\n${uri}`;
    let sound = this.sounds.get(key);
    if (!sound) {
      sound = this.open(uri).then((file) => decodeSound(file, trackIndex));
      this.sounds.set(key, sound);
      sound.catch(() => this.sounds.delete(key));
    }
    return sound;
  }

  /** Forgets a file (so the next use opens it again, e.g. after it failed). */
  forget(uri: string): void {
    void this.files.get(uri)?.then((file) => file.dispose(), () => undefined);
    this.files.delete(uri);
    for (const key of [...this.sounds.keys()]) if (key.endsWith(`\n${uri}`)) this.sounds.delete(key);
  }

  /** Closes every file and drops the decoded sounds. */
  dispose(): void {
    this.disposed = true;
    for (const file of this.files.values()) void file.then((opened) => opened.dispose(), () => undefined);
    this.files.clear();
    this.sounds.clear();
    if (registries.get(this.assets) === this) registries.delete(this.assets);
  }
}

async function decodeSound(file: MediaFile, trackIndex: number): Promise<AudioBuffer | null> {
  const track = file.audioTracks[trackIndex];
  if (!track) return null;
  const { AudioBufferSink } = await loadMediabunny();
  const sink = new AudioBufferSink(track);
  const parts: Array<{ buffer: AudioBuffer; timestamp: number }> = [];
  for await (const part of sink.buffers()) parts.push({ buffer: part.buffer, timestamp: part.timestamp });
  if (parts.length === 0) return null;
  const sampleRate = parts[0]!.buffer.sampleRate;
  const channels = Math.max(...parts.map((part) => part.buffer.numberOfChannels));
  const start = Math.min(0, parts[0]!.timestamp);
  const end = Math.max(...parts.map((part) => part.timestamp + part.buffer.duration));
  const length = Math.max(1, Math.ceil((end - start) * sampleRate));
  const whole = new AudioBuffer({ length, numberOfChannels: channels, sampleRate });
  for (const part of parts) {
    const offset = Math.max(0, Math.round((part.timestamp - start) * sampleRate));
    for (let channel = 0; channel < channels; channel += 1) {
      const source = part.buffer.getChannelData(Math.min(channel, part.buffer.numberOfChannels - 1));
      const room = Math.min(source.length, length - offset);
      if (room > 0) whole.copyToChannel(source.subarray(0, room), channel, offset);
    }
  }
  return whole;
}
