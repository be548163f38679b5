import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { CesdkError, type DesignBlockId, type Engine } from '../../core/engine/index.js';
import { PanelElement, panelThemeStyles } from '../shared/controls/panel-element.js';
import type { EngineStateSlices } from '../shared/engine-state.js';
import { CesdkErrorEvent } from '../shared/events.js';
import { ensureExporters } from '../shared/exporters.js';
import { exportLoaderFor } from '../../core/export/export-loader.js';
import { ClipPreviews } from './clip-previews.js';
import { beginDrag, endDrag, updateDrag, type ClipDrag, type DragKind } from './timeline-gestures.js';
import { formatTime, lanesOf, rulerStep, type TimelineClip, type TimelineLane } from './timeline-model.js';
import { splitAtPlayhead } from './timeline-actions.js';
import { timelineStyles } from './timeline.styles.js';

const playIcon = svg`<path d="M5 3l9 5-9 5z"/>`;
const pauseIcon = svg`<path d="M4 3h3v10H4zM9 3h3v10H9z"/>`;
const splitIcon = svg`<path d="M8 1v14M3 5l3 3-3 3M13 5l-3 3 3 3"/>`;
/** Snapping distance in CSS pixels. */
const SNAP_PIXELS = 8;
const FRAME = 1 / 30;

/**
 * @summary The timeline of the current page: one lane per track (and per other timed block), clips
 * with video thumbnails and audio waveforms, a time ruler and the playhead. Drag a clip to move it
 * (in a sequential track: to reorder it), drag its edges to trim it; edges snap to other clips, the
 * playhead and the page's ends. Play and pause with the button or Space, split the selected clip (or
 * the clips under the playhead) at the playhead, zoom with the buttons, Ctrl/Cmd+wheel or `+`/`-`.
 *
 * Keyboard (with focus in the timeline): Space plays or pauses, Left/Right move the playhead one
 * frame (Shift: one second), Home/End go to the start or end, S splits, `+`/`-` zoom. Each edit is one
 * undo step. Finds its engine like the other panels (`engine`, an enclosing provider, `for`).
 *
 * @event cesdk-error - A refused edit (e.g. a scope), as {@link CesdkErrorEvent}.
 * @csspart toolbar - The row with play, time, split and zoom.
 * @csspart play-button - Play / pause.
 * @csspart time - The current time and the page's duration.
 * @csspart split-button - Split at playhead.
 * @csspart ruler - The time ruler (click or drag to move the playhead).
 * @csspart lanes - The lanes.
 * @csspart lane - Each lane.
 * @csspart clip - Each clip.
 * @csspart playhead - The playhead line.
 * @cssproperty --cesdk-timeline-background - Background.
 * @cssproperty --cesdk-timeline-lane-height - Height of a lane (default 40px).
 * @cssproperty --cesdk-timeline-clip-video - Colour of video clips.
 * @cssproperty --cesdk-timeline-clip-audio - Colour of audio clips.
 * @cssproperty --cesdk-timeline-waveform - Colour of waveforms.
 * @cssproperty --cesdk-timeline-playhead - Colour of the playhead.
 */
export class CesdkTimeline extends PanelElement {
  static override styles = [panelThemeStyles, timelineStyles];

  /** Zoom in CSS pixels per second; 0 (default) fits the page's duration to the width. */
  @property({ type: Number, attribute: 'pixels-per-second' }) pixelsPerSecond = 0;
  @state() private snapGuide: number | undefined;
  @state() private status = '';
  @state() private width = 600;
  private drag?: ClipDrag & { pointerId: number };
  private scrubbing = false;
  private readonly previews = new ClipPreviews(() => this.requestUpdate());
  private resizeObserver?: ResizeObserver;
  /** The engine's player, held while this timeline is connected (a canvas showing the engine shares it). */
  private player?: Promise<{ release(): void } | undefined>;

  protected override engineSlices(): EngineStateSlices {
    return { events: true, selection: true, history: true };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width;
      if (width && Math.abs(width - this.width) > 1) this.width = width;
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    if (this.drag) endDrag(this.drag, false);
    this.drag = undefined;
    this.previews.dispose();
    this.releasePlayer();
  }

  private releasePlayer(): void {
    void this.player?.then((player) => player?.release());
    this.player = undefined;
  }

  /** Makes sure the engine has a player, so Play works without a canvas too. */
  private ensurePlayer(engine: Engine): void {
    this.player ??= import('../../core/render/video/playback.js').then(({ PagePlayback }) => {
      if (!this.isConnected || this.engine !== engine) return undefined;
      return PagePlayback.acquire(engine, exportLoaderFor(engine));
    }, () => undefined);
  }

  /** The page the timeline shows: the current page. */
  get page(): DesignBlockId | undefined {
    const engine = this.engine;
    if (!engine || engine.scene.get() === null) return undefined;
    return engine.scene.getCurrentPage() ?? undefined;
  }

  /** Starts or stops playback of the page. */
  togglePlayback(): void {
    const engine = this.engine;
    const page = this.page;
    if (!engine || page === undefined) return;
    this.ensurePlayer(engine);
    this.run(() => engine.block.setPlaying(page, !engine.block.isPlaying(page)));
  }

  /** Splits the selected clips (or, without a selection, the clips under the playhead) at the playhead. */
  split(): void {
    const engine = this.engine;
    const page = this.page;
    if (!engine || page === undefined) return;
    this.run(() => {
      if (splitAtPlayhead(engine, page) === 0) this.status = this.t('timeline.nothingToSplit');
    });
  }

  /** Zooms by `factor` (2 zooms in, 0.5 out). */
  zoom(factor: number): void {
    const current = this.scale(this.duration());
    this.pixelsPerSecond = Math.min(2000, Math.max(2, current * factor));
  }

  private duration(): number {
    const engine = this.engine;
    const page = this.page;
    return engine && page !== undefined ? Math.max(engine.block.getDuration(page), 0.1) : 1;
  }

  private scale(duration: number): number {
    return this.pixelsPerSecond > 0 ? this.pixelsPerSecond : Math.max(2, (this.width - 24) / duration);
  }

  private run(action: () => void): void {
    try {
      action();
    } catch (error) {
      const typed = error instanceof CesdkError ? error : new CesdkError('INVALID_STATE', error instanceof Error ? error.message : String(error));
      this.status = typed.message;
      this.dispatchEvent(new CesdkErrorEvent(typed));
    }
  }

  private timeAt(event: PointerEvent, scale: number): number {
    const lanes = this.renderRoot.querySelector<HTMLElement>('.scroller')!;
    const box = lanes.getBoundingClientRect();
    return Math.max(0, (event.clientX - box.left + lanes.scrollLeft - 12) / scale);
  }

  private seek(time: number): void {
    const engine = this.engine;
    const page = this.page;
    if (!engine || page === undefined) return;
    this.run(() => engine.block.setPlaybackTime(page, Math.min(Math.max(0, time), engine.block.getDuration(page))));
  }

  private onRulerDown(event: PointerEvent): void {
    if (event.button !== 0) return;
    (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
    this.scrubbing = true;
    this.seek(this.timeAt(event, this.scale(this.duration())));
  }

  private onRulerMove(event: PointerEvent): void {
    if (this.scrubbing) this.seek(this.timeAt(event, this.scale(this.duration())));
  }

  private onClipDown(event: PointerEvent, kind: DragKind, clip: TimelineClip, lane: TimelineLane, lanes: readonly TimelineLane[]): void {
    const engine = this.engine;
    const page = this.page;
    if (!engine || page === undefined || event.button !== 0 || this.drag) return;
    event.stopPropagation();
    (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
    this.run(() => {
      if (!engine.block.isSelected(clip.id)) engine.block.select(clip.id);
      this.drag = { ...beginDrag(engine, kind, clip, lane, lanes, event.clientX, engine.block.getPlaybackTime(page), engine.block.getDuration(page)), pointerId: event.pointerId };
    });
  }

  private onClipMove(event: PointerEvent): void {
    const drag = this.drag;
    const engine = this.engine;
    if (!drag || !engine || event.pointerId !== drag.pointerId) return;
    const scale = this.scale(this.duration());
    try {
      this.snapGuide = updateDrag(engine, drag, (event.clientX - drag.startX) / scale, SNAP_PIXELS / scale);
    } catch (error) {
      endDrag(drag, false);
      this.drag = undefined;
      this.run(() => { throw error; });
    }
  }

  private onClipUp(event: PointerEvent, commit = true): void {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    this.drag = undefined;
    this.snapGuide = undefined;
    endDrag(drag, commit);
  }

  private onKeyDown(event: KeyboardEvent): void {
    const engine = this.engine;
    const page = this.page;
    if (!engine || page === undefined) return;
    if ((event.target as HTMLElement).closest?.('input, textarea, select, [contenteditable]')) return;
    const time = engine.block.getPlaybackTime(page);
    let handled = true;
    switch (event.key) {
      case ' ': this.togglePlayback(); break;
      case 'ArrowLeft': this.seek(time - (event.shiftKey ? 1 : FRAME)); break;
      case 'ArrowRight': this.seek(time + (event.shiftKey ? 1 : FRAME)); break;
      case 'Home': this.seek(0); break;
      case 'End': this.seek(engine.block.getDuration(page)); break;
      case 's': case 'S': if (event.ctrlKey || event.metaKey || event.altKey) handled = false; else this.split(); break;
      case '+': case '=': this.zoom(1.5); break;
      case '-': case '_': this.zoom(1 / 1.5); break;
      case 'Escape':
        if (this.drag) this.onClipUp(new PointerEvent('pointerup', { pointerId: this.drag.pointerId }), false);
        else handled = false;
        break;
      default: handled = false;
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  }

  private onWheel(event: WheelEvent): void {
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    this.zoom(event.deltaY < 0 ? 1.25 : 0.8);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const engine = this.engine;
    if (!engine) return;
    const ids = new Set<DesignBlockId>();
    for (const canvas of this.renderRoot.querySelectorAll<HTMLCanvasElement>('canvas[data-clip]')) {
      const id = Number(canvas.dataset.clip);
      ids.add(id);
      const clip = this.clipById.get(id);
      if (clip) this.previews.paint(engine, clip, canvas, canvas.clientWidth, canvas.clientHeight);
    }
    this.previews.retain(ids);
  }

  private clipById = new Map<DesignBlockId, TimelineClip>();

  private renderClip(clip: TimelineClip, lane: TimelineLane, lanes: readonly TimelineLane[], scale: number): TemplateResult {
    const left = clip.start * scale;
    const width = Math.max(4, (clip.end - clip.start) * scale);
    const label = clip.label;
    const name = this.t('timeline.clip', { label, start: formatTime(clip.start), end: formatTime(clip.end) });
    return html`<div part="clip" class="clip ${clip.kind} ${clip.selected ? 'selected' : ''}" role="button" tabindex="0" aria-label=${name} aria-pressed=${String(clip.selected)}
        data-block=${clip.id} style=${styleMap({ left: `${left}px`, width: `${width}px` })}
        @pointerdown=${(event: PointerEvent) => this.onClipDown(event, 'move', clip, lane, lanes)}
        @pointermove=${this.onClipMove} @pointerup=${this.onClipUp} @pointercancel=${(event: PointerEvent) => this.onClipUp(event, false)}
        @keydown=${(event: KeyboardEvent) => { if (event.key === 'Enter') this.run(() => this.engine?.block.select(clip.id)); }}>
      ${clip.kind === 'video' || clip.kind === 'audio' ? html`<canvas class="preview" data-clip=${clip.id} aria-hidden="true"></canvas>` : nothing}
      <span class="clip-label">${this.t(`timeline.kind.${clip.kind}`)}${clip.named ? ` · ${label}` : ''}</span>
      <span class="handle start" aria-hidden="true" title=${this.t('timeline.trimStart', { label })}
        @pointerdown=${(event: PointerEvent) => this.onClipDown(event, 'trim-start', clip, lane, lanes)}></span>
      <span class="handle end" aria-hidden="true" title=${this.t('timeline.trimEnd', { label })}
        @pointerdown=${(event: PointerEvent) => this.onClipDown(event, 'trim-end', clip, lane, lanes)}></span>
    </div>`;
  }

  private renderRuler(duration: number, scale: number): TemplateResult {
    const step = rulerStep(scale);
    const ticks: number[] = [];
    for (let time = 0; time <= duration + 1e-6; time += step) ticks.push(time);
    return html`<div part="ruler" class="ruler" style=${styleMap({ width: `${duration * scale}px` })}
        @pointerdown=${this.onRulerDown} @pointermove=${this.onRulerMove} @pointerup=${() => (this.scrubbing = false)}>
      ${ticks.map((time) => html`<span class="tick" style=${styleMap({ left: `${time * scale}px` })}>${formatTime(time)}</span>`)}
    </div>`;
  }

  protected override render(): TemplateResult {
    const engine = this.engine;
    const page = this.page;
    if (!engine || page === undefined) return html`<p class="empty">${this.t('timeline.noEngine')}</p>`;
    const lanes = lanesOf(engine, page);
    this.clipById = new Map(lanes.flatMap((lane) => lane.clips.map((clip) => [clip.id, clip] as const)));
    const duration = this.duration();
    const scale = this.scale(duration);
    const time = engine.block.getPlaybackTime(page);
    const playing = engine.block.isPlaying(page);
    const contentWidth = Math.max(duration, ...lanes.flatMap((lane) => lane.clips.map((clip) => clip.end))) * scale;
    return html`
      <div part="toolbar" class="toolbar" role="toolbar" aria-label=${this.t('timeline.label')}>
        <button part="play-button" class="icon-button" type="button" aria-label=${this.t(playing ? 'timeline.pause' : 'timeline.play')} title=${this.t(playing ? 'timeline.pause' : 'timeline.play')}
          @click=${() => this.togglePlayback()}><svg viewBox="0 0 16 16" aria-hidden="true">${playing ? pauseIcon : playIcon}</svg></button>
        <span part="time" class="time" aria-live="off">${this.t('timeline.time', { time: formatTime(time), duration: formatTime(duration) })}</span>
        <button part="split-button" class="icon-button" type="button" aria-label=${this.t('timeline.split')} title=${this.t('timeline.split')}
          @click=${() => this.split()}><svg viewBox="0 0 16 16" aria-hidden="true">${splitIcon}</svg></button>
        <span class="spacer"></span>
        <button class="icon-button" type="button" aria-label=${this.t('timeline.zoomOut')} title=${this.t('timeline.zoomOut')} @click=${() => this.zoom(1 / 1.5)}>−</button>
        <button class="icon-button" type="button" aria-label=${this.t('timeline.zoomIn')} title=${this.t('timeline.zoomIn')} @click=${() => this.zoom(1.5)}>+</button>
        <span class="status" role="status">${this.status}</span>
      </div>
      <div class="scroller" tabindex="0" aria-label=${this.t('timeline.ruler', { time: formatTime(time) })} @keydown=${this.onKeyDown} @wheel=${this.onWheel}>
        <div class="content" style=${styleMap({ width: `${contentWidth + 24}px` })}>
          ${this.renderRuler(duration, scale)}
          <div part="lanes" class="lanes" role="list" aria-label=${this.t('timeline.lanes')}>
            ${lanes.length === 0 ? html`<p class="empty">${this.t('timeline.empty')}</p>` : nothing}
            ${repeat(lanes, (lane) => lane.id, (lane) => html`<div part="lane" class="lane ${lane.background ? 'background' : ''}" role="listitem"
                aria-label=${this.t(lane.background ? 'timeline.backgroundTrack' : lane.isTrack ? 'timeline.track' : 'timeline.lane')}>
                ${repeat(lane.clips, (clip) => clip.id, (clip) => this.renderClip(clip, lane, lanes, scale))}
              </div>`)}
          </div>
          ${this.snapGuide !== undefined ? html`<div class="snap-guide" style=${styleMap({ left: `${this.snapGuide * scale + 12}px` })}></div>` : nothing}
          <div part="playhead" class="playhead" style=${styleMap({ left: `${time * scale + 12}px` })} aria-hidden="true"></div>
        </div>
      </div>`;
  }

  protected override engineChanged(engine: Engine | undefined): void {
    this.previews.dispose();
    this.releasePlayer();
    this.status = '';
    // Thumbnails, waveforms and media metadata come with the exporters' media services.
    if (engine) ensureExporters(engine);
  }
}
