/**
 * Real-time playback of a page: `block.setPlaying(page, true)` plays its sound through the Web Audio
 * API and moves the page's playhead (`playback/time`) with the audio clock, so video frames follow
 * the sound. Seeking while playing (setting the playhead) re-anchors the clock; edits reschedule
 * the sound. At the end the page stops, or starts again when it loops (`block.setLooping(page)`).
 */
import type { BlockEvent, DesignBlockId, Engine } from '../../engine/index.js';
import type { AssetLoader } from '../../io/index.js';
import { MediaFiles } from '../../io/media/media-files.js';
import { collectAudioClips, scheduleClip } from './audio-clips.js';

/** Seconds between starting the clock and the first sound (Web Audio needs a little lead). */
const LEAD = 0.05;
/** A playhead farther than this from where the clock put it was moved by someone: a seek. */
const SEEK_TOLERANCE = 0.05;

interface Session {
  readonly page: DesignBlockId;
  /** Page time at `anchor` context time. */
  origin: number;
  anchor: number;
  nodes: AudioBufferSourceNode[];
  lastSet: number;
  frame: number;
  generation: number;
  /** Whether `anchor` is in audio time (the context runs) or in wall-clock seconds (it cannot run yet). */
  audioClock: boolean;
}

const players = new WeakMap<Engine, { playback: PagePlayback; users: number }>();

/** Plays the pages of one engine (one player per engine, however many canvases show it). */
export class PagePlayback {
  private context?: AudioContext;
  private session?: Session;
  private readonly files: MediaFiles;
  private readonly unsubscribe: () => void;
  private generation = 0;
  private disposed = false;

  private constructor(private readonly engine: Engine, assets: AssetLoader) {
    this.files = MediaFiles.for(assets);
    this.unsubscribe = engine.event.subscribe([], (events) => this.receive(events));
  }

  /** The engine's player, created on first use; release it with {@link PagePlayback.release}. */
  static acquire(engine: Engine, assets: AssetLoader): PagePlayback {
    let entry = players.get(engine);
    if (!entry || entry.playback.disposed) players.set(engine, (entry = { playback: new PagePlayback(engine, assets), users: 0 }));
    entry.users += 1;
    entry.playback.receive([]);
    return entry.playback;
  }

  /** Gives the player back; the last user stops and disposes it. */
  release(): void {
    const entry = players.get(this.engine);
    if (!entry || entry.playback !== this) return;
    entry.users -= 1;
    if (entry.users > 0) return;
    players.delete(this.engine);
    this.dispose();
  }

  /** The page being played, if any. */
  get playingPage(): DesignBlockId | undefined {
    return this.session?.page;
  }

  private receive(events: readonly BlockEvent[]): void {
    if (this.disposed || this.engine.isDisposed) return;
    const playing = this.engine.scene.getPages().find((page) => this.engine.block.isPlaying(page));
    if (playing === undefined) {
      if (this.session) this.stop();
      return;
    }
    if (!this.session || this.session.page !== playing) {
      this.start(playing);
      return;
    }
    const session = this.session;
    const now = this.engine.block.getPlaybackTime(session.page);
    if (Math.abs(now - session.lastSet) > SEEK_TOLERANCE) this.anchor(session, now);
    else if (events.some((event) => event.block !== session.page)) this.anchor(session, this.clock(session));
  }

  private start(page: DesignBlockId): void {
    this.stop();
    this.context ??= new AudioContext({ latencyHint: 'interactive' });
    void this.context.resume().catch(() => undefined);
    let time = this.engine.block.getPlaybackTime(page);
    if (time >= this.engine.block.getDuration(page) - 1e-3) time = 0;
    const session: Session = { page, origin: time, anchor: 0, nodes: [], lastSet: time, frame: 0, generation: 0, audioClock: false };
    this.session = session;
    this.anchor(session, time);
    const tick = (): void => {
      if (this.session !== session || this.disposed) return;
      this.advance(session);
      if (this.session === session) session.frame = requestAnimationFrame(tick);
    };
    session.frame = requestAnimationFrame(tick);
  }

  /** Restarts the sound of `session` from page time `time`, now. */
  private anchor(session: Session, time: number): void {
    const context = this.context!;
    for (const node of session.nodes.splice(0)) stopQuietly(node);
    session.origin = time;
    session.audioClock = context.state === 'running';
    session.anchor = this.contextTime(session) + LEAD;
    session.lastSet = time;
    session.generation = this.generation += 1;
    const generation = session.generation;
    const end = this.engine.block.getDuration(session.page);
    for (const clip of collectAudioClips(this.engine, session.page)) {
      if (clip.start + clip.duration <= time) continue;
      void this.files.sound(clip.uri).then((sound) => {
        if (!sound || this.session !== session || session.generation !== generation) return;
        // A sound decoded late joins at the current clock position, not at its scheduled start.
        const from = Math.max(time, this.clock(session));
        if (!session.audioClock) return; // Silent until the context runs; the switch to audio time re-anchors.
        const node = scheduleClip(context, context.destination, clip, sound, from, Math.max(context.currentTime, session.anchor + (from - time)), end);
        if (node) session.nodes.push(node);
      }, () => undefined);
    }
  }

  /** The page time the clock says now. */
  private clock(session: Session): number {
    return session.origin + Math.max(0, this.contextTime(session) - session.anchor);
  }

  /** The audio clock, or wall-clock seconds while the audio context cannot run (autoplay rules, no output). */
  private contextTime(session: Session): number {
    return session.audioClock ? this.context!.currentTime : performance.now() / 1000;
  }

  private advance(session: Session): void {
    // The context started running (after a click): from now on the sound's clock leads.
    if (!session.audioClock && this.context?.state === 'running') this.anchor(session, this.clock(session));
    const duration = this.engine.block.getDuration(session.page);
    let time = this.clock(session);
    if (time >= duration) {
      if (this.isLooping(session.page)) {
        this.anchor(session, 0);
        time = 0;
      } else {
        session.lastSet = duration;
        this.engine.block.setPlaybackTime(session.page, duration);
        this.engine.block.setPlaying(session.page, false);
        return;
      }
    }
    session.lastSet = time;
    this.engine.block.setPlaybackTime(session.page, time);
  }

  private isLooping(page: DesignBlockId): boolean {
    try {
      return this.engine.block.isLooping(page);
    } catch {
      return false;
    }
  }

  private stop(): void {
    const session = this.session;
    if (!session) return;
    this.session = undefined;
    cancelAnimationFrame(session.frame);
    for (const node of session.nodes.splice(0)) stopQuietly(node);
  }

  private dispose(): void {
    this.disposed = true;
    this.stop();
    this.unsubscribe();
    void this.context?.close().catch(() => undefined);
    this.context = undefined;
  }
}

function stopQuietly(node: AudioBufferSourceNode): void {
  try {
    node.stop();
    node.disconnect();
  } catch {
    // Already stopped.
  }
}
