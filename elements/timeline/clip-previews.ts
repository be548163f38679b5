/**
 * Thumbnail strips (video) and waveforms (audio) of timeline clips, through the engine's
 * `generateVideoThumbnailSequence` and `generateAudioThumbnailSequence`. Each result is cached per
 * clip and what it depends on (file, trim, speed, length, size), so a re-render draws from memory
 * and only a changed clip is decoded again.
 */
import type { DesignBlockId, Engine } from '../../core/engine/index.js';
import type { TimelineClip } from './timeline-model.js';

interface Preview {
  key: string;
  /** The strip or waveform, drawn once complete parts arrive. */
  image: HTMLCanvasElement;
  cancel: () => void;
}

/** Previews of the clips of one timeline. */
export class ClipPreviews {
  private readonly previews = new Map<DesignBlockId, Preview>();
  /** Waveform colour: the canvas' CSS `color` (themeable with `--cesdk-timeline-waveform`). */
  private color = '#3b82f6';

  constructor(private readonly onReady: () => void) {}

  /** Paints the preview of `clip` into `canvas` (`width`×`height` CSS pixels), requesting it when needed. */
  paint(engine: Engine, clip: TimelineClip, canvas: HTMLCanvasElement, width: number, height: number): void {
    const scale = Math.min(2, globalThis.devicePixelRatio || 1);
    const pixelWidth = Math.max(1, Math.round(width * scale));
    const pixelHeight = Math.max(1, Math.round(height * scale));
    if (canvas.width !== pixelWidth) canvas.width = pixelWidth;
    if (canvas.height !== pixelHeight) canvas.height = pixelHeight;
    this.color = getComputedStyle(canvas).color || this.color;
    const preview = this.previewOf(engine, clip, pixelWidth, pixelHeight);
    const context = canvas.getContext('2d');
    if (!context) return;
    context.clearRect(0, 0, pixelWidth, pixelHeight);
    if (preview) context.drawImage(preview.image, 0, 0, pixelWidth, pixelHeight);
  }

  /** Forgets previews of clips that are gone. */
  retain(ids: ReadonlySet<DesignBlockId>): void {
    for (const [id, preview] of this.previews) {
      if (ids.has(id)) continue;
      preview.cancel();
      this.previews.delete(id);
    }
  }

  /** Cancels every request. */
  dispose(): void {
    for (const preview of this.previews.values()) preview.cancel();
    this.previews.clear();
  }

  private previewOf(engine: Engine, clip: TimelineClip, width: number, height: number): Preview | undefined {
    if (clip.media === undefined || (clip.kind !== 'video' && clip.kind !== 'audio')) return undefined;
    const block = engine.block;
    const media = clip.media;
    const uri = clip.kind === 'audio' ? block.getString(media, 'audio/fileURI') : block.getString(media, 'fill/video/fileURI');
    const duration = clip.end - clip.start;
    // Width in steps of 32 px: resizing during a trim does not decode again for every pixel.
    const bucket = Math.max(32, Math.ceil(width / 32) * 32);
    const key = [clip.kind, uri, block.getTrimOffset(media), block.getTrimLength(media), block.getPlaybackSpeed(media), block.isLooping(media), duration.toFixed(3), bucket, height].join('|');
    const existing = this.previews.get(clip.id);
    if (existing?.key === key) return existing;
    existing?.cancel();
    const image = document.createElement('canvas');
    image.width = bucket;
    image.height = height;
    const preview: Preview = { key, image, cancel: () => undefined };
    this.previews.set(clip.id, preview);
    try {
      preview.cancel = clip.kind === 'video' ? this.requestThumbnails(engine, clip.id, image, duration) : this.requestWaveform(engine, clip.id, image, duration);
    } catch {
      // A clip without a file, or a block that vanished: no preview, the clip still shows its label.
    }
    return preview;
  }

  private requestThumbnails(engine: Engine, id: DesignBlockId, image: HTMLCanvasElement, duration: number): () => void {
    const context = image.getContext('2d')!;
    let thumbWidth = Math.round(image.height * (16 / 9));
    const count = Math.max(1, Math.min(40, Math.ceil(image.width / thumbWidth)));
    return engine.block.generateVideoThumbnailSequence(id, image.height, 0, Math.max(0, duration - 1e-3), count, (index, result) => {
      if (!(result instanceof ImageData)) return;
      thumbWidth = result.width;
      const step = image.width / count;
      // Each thumbnail is drawn at its place in the strip (centred in its slot, cropped by the next).
      const x = Math.round(index * step + (step - thumbWidth) / 2);
      context.putImageData(result, Math.max(0, x), 0);
      this.onReady();
    });
  }

  private requestWaveform(engine: Engine, id: DesignBlockId, image: HTMLCanvasElement, duration: number): () => void {
    const context = image.getContext('2d')!;
    const bars = Math.max(1, Math.floor(image.width / 3));
    const color = this.color;
    return engine.block.generateAudioThumbnailSequence(id, bars, 0, Math.max(0, duration), bars, 1, (_index, result) => {
      if (!(result instanceof Float32Array)) return;
      context.clearRect(0, 0, image.width, image.height);
      context.fillStyle = color;
      const middle = image.height / 2;
      // Drawn relative to the clip's loudest moment, so quiet recordings still show their shape.
      const loudest = Math.max(1e-3, ...result);
      result.forEach((peak, bar) => {
        const half = Math.max(0.5, (peak / loudest) * middle * 0.9);
        context.fillRect(bar * 3, middle - half, 2, half * 2);
      });
      this.onReady();
    });
  }
}
