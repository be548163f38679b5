import { AVResources } from './av-resources.js';
import type { AVResourceLoader } from './av-resources.js';
import type { EngineCore } from './engine-core.js';
import { TimelineLayout } from './timeline.js';
import type { DesignBlockId } from './types.js';

/** One request of `block.generateVideoThumbnailSequence`, resolved to a media file and times. */
export interface VideoThumbnailRequest {
  /** The video file. */
  readonly uri: string;
  /** Media times (seconds into the file) of the thumbnails, in order. */
  readonly mediaTimes: readonly number[];
  /** Height of each thumbnail in pixels; the width follows the video's aspect ratio. */
  readonly thumbnailHeight: number;
  /** Receives each thumbnail (`ImageData`) or the error that prevented it, by index. */
  readonly onFrame: (frameIndex: number, result: unknown) => void;
}

/** A `block.generateVideoThumbnailSequence` request for a page or a block on one: frames of the composed page. */
export interface PageThumbnailRequest {
  /** The page whose composition is rendered. */
  readonly page: DesignBlockId;
  /** Page times (seconds on the page's timeline) of the thumbnails, in order. */
  readonly times: readonly number[];
  /** Height of each thumbnail in pixels; the width follows the page's aspect ratio. */
  readonly thumbnailHeight: number;
  /** Receives each thumbnail (`ImageData`) or the error that prevented it, by index. */
  readonly onFrame: (frameIndex: number, result: unknown) => void;
}

/** One request of `block.generateAudioThumbnailSequence`. */
export interface AudioThumbnailRequest {
  /** The audio or video file. */
  readonly uri: string;
  /** Media time range, in seconds into the file. */
  readonly mediaBegin: number;
  readonly mediaEnd: number;
  /** Samples in all, per channel, spread evenly over the range (peak levels 0..1). */
  readonly numberOfSamples: number;
  /** Samples per chunk handed to `onChunk`. */
  readonly samplesPerChunk: number;
  /** 1 (mono) or 2 (stereo, interleaved left first). */
  readonly numberOfChannels: number;
  /** Receives each chunk (`Float32Array`) or an error, by index. */
  readonly onChunk: (chunkIndex: number, result: unknown) => void;
}

/**
 * What the browser layer provides for media (the engine has no decoders): metadata from its shared
 * file cache, and decoded thumbnails and waveforms. Registered with `engine.registerMediaServices`.
 */
export interface MediaServices {
  /** Reads media metadata (else the engine's own mediabunny reader is used). */
  loadAVResource?: AVResourceLoader;
  /** Starts decoding video thumbnails; returns a function that cancels the rest. */
  videoThumbnails?: (request: VideoThumbnailRequest) => () => void;
  /** Starts rendering frames of a composed page; returns a function that cancels the rest. */
  pageThumbnails?: (request: PageThumbnailRequest) => () => void;
  /** Starts computing waveform peaks; returns a function that cancels the rest. */
  audioThumbnails?: (request: AudioThumbnailRequest) => () => void;
}

/** Per-engine media state: file metadata, the timeline layout and the registered services. */
export interface MediaState {
  readonly resources: AVResources;
  readonly layout: TimelineLayout;
  services: MediaServices;
  /** Blocks whose thumbnail generation is running, with its cancel function (one per block). */
  readonly thumbnailJobs: Map<DesignBlockId, () => void>;
}

const states = new WeakMap<EngineCore, MediaState>();

/** The media state of an engine, created on first use (before any block exists, by the block API). */
export function mediaStateOf(core: EngineCore): MediaState {
  let state = states.get(core);
  if (!state) {
    state = { resources: new AVResources(core), layout: new TimelineLayout(core), services: {}, thumbnailJobs: new Map() };
    states.set(core, state);
  }
  return state;
}
