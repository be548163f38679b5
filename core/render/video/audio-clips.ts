/**
 * The sounding clips of a page (audio blocks and unmuted video fills) and how to schedule them into
 * a Web Audio graph from a page time: shared by real-time playback and the offline mix of exports.
 */
import { mediaTimeAt, type DesignBlockId, type Engine, type MediaTiming } from '../../engine/index.js';

/** One clip that makes sound on a page's timeline. */
export interface AudioClip {
  /** The block on the timeline (an audio block, or a graphic with a video fill). */
  readonly clip: DesignBlockId;
  /** The block holding the media timing (the audio block, or the video fill). */
  readonly media: DesignBlockId;
  readonly uri: string;
  /** Start and length on the page's timeline, in seconds. */
  readonly start: number;
  readonly duration: number;
  /** 0..1. */
  readonly volume: number;
  readonly timing: Omit<MediaTiming, 'totalDuration'>;
}

function timingOf(engine: Engine, media: DesignBlockId): Omit<MediaTiming, 'totalDuration'> {
  const block = engine.block;
  return { trimOffset: block.getTrimOffset(media), trimLength: block.getTrimLength(media), speed: block.getPlaybackSpeed(media), looping: block.isLooping(media) };
}

/** Every clip on `page` (and audio blocks placed directly in the scene) that makes sound. */
export function collectAudioClips(engine: Engine, page: DesignBlockId): AudioClip[] {
  const block = engine.block;
  const clips: AudioClip[] = [];
  const add = (clip: DesignBlockId, media: DesignBlockId, uri: string): void => {
    if (!uri || block.isMuted(media) || block.getVolume(media) <= 0) return;
    const duration = block.getDuration(clip);
    if (duration <= 0) return;
    clips.push({ clip, media, uri, start: block.getTimeOnPage(clip), duration, volume: block.getVolume(media), timing: timingOf(engine, media) });
  };
  const visit = (id: DesignBlockId): void => {
    const type = block.getType(id);
    if (type === '//ly.img.ubq/audio') add(id, id, block.getString(id, 'audio/fileURI'));
    else if (type === '//ly.img.ubq/graphic' && block.isVisible(id)) {
      const fill = block.getFill(id);
      if (fill !== null && block.getType(fill) === '//ly.img.ubq/fill/video') add(id, fill, block.getString(fill, 'fill/video/fileURI'));
    }
    if (type === '//ly.img.ubq/graphic' && !block.isVisible(id)) return;
    for (const child of block.getChildren(id)) visit(child);
  };
  visit(page);
  const scene = engine.scene.get();
  if (scene !== null) for (const child of block.getChildren(scene)) if (block.getType(child) === '//ly.img.ubq/audio') visit(child);
  return clips;
}

/**
 * Schedules `clip` (its decoded sound in `buffer`) into `context`, as heard from page time
 * `fromTime` on, which plays at context time `at`, until page time `until`. Returns the source
 * node (to stop it), or undefined when the clip is not heard in that span.
 */
export function scheduleClip(context: BaseAudioContext, destination: AudioNode, clip: AudioClip, buffer: AudioBuffer, fromTime: number, at: number, until = Infinity): AudioBufferSourceNode | undefined {
  const end = Math.min(clip.start + clip.duration, until);
  const begin = Math.max(fromTime, clip.start);
  if (begin >= end - 1e-6) return undefined;
  const { trimOffset, trimLength, speed, looping } = clip.timing;
  const timing: MediaTiming = { ...clip.timing, totalDuration: buffer.duration };
  const mediaStart = mediaTimeAt(begin - clip.start, timing);
  const mediaEnd = trimLength > 0 ? Math.min(buffer.duration, trimOffset + trimLength) : buffer.duration;
  const when = at + (begin - fromTime);
  const playFor = end - begin;
  const node = context.createBufferSource();
  node.buffer = buffer;
  node.playbackRate.value = speed;
  const gain = context.createGain();
  gain.gain.value = clip.volume;
  node.connect(gain).connect(destination);
  if (looping && mediaEnd > trimOffset) {
    node.loop = true;
    node.loopStart = trimOffset;
    node.loopEnd = mediaEnd;
    node.start(when, mediaStart);
    node.stop(when + playFor);
  } else {
    const available = mediaEnd - mediaStart;
    if (available <= 0) return undefined;
    node.start(when, mediaStart, Math.min(available, playFor * speed));
  }
  return node;
}
