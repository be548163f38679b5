/**
 * Renders one page frame after frame at successive playback times, for the video exporter: one set
 * of views, one renderer and one output canvas kept for the whole export (no per-frame allocation),
 * and each frame waits for the exact video frames it shows.
 */
import { Matrix } from 'pixi.js';
import { CesdkError, type DesignBlockId, type Engine } from '../../engine/index.js';
import type { AssetLoader } from '../../io/index.js';
import { AssetTextures } from '../asset-textures.js';
import { setActiveRenderScale } from '../effects.js';
import { createPixiRenderer, destroyPixiRenderer } from '../pixi-renderer.js';
import { SceneGraph } from '../scene-graph.js';
import { designUnitsPerPoint } from '../text-style.js';
import { paintWatermark } from '../watermark.js';
import { createVideoTextures } from './index.js';

/** Options of {@link createFrameRenderer}. */
export interface FrameRendererOptions {
  /** Output size in pixels; the page is scaled to cover it, centred (as `targetWidth`/`targetHeight`). */
  width: number;
  height: number;
  /** Loads images, fonts and media (shared with the editor so nothing is fetched twice). */
  assets: AssetLoader;
  /** Draws the watermark over every frame (unlicensed use). */
  watermark: boolean;
  /** Reports a file that cannot be shown (it renders as the placeholder). */
  onAssetError?: (error: CesdkError, uri: string) => void;
}

/** Renders frames of one page. */
export interface FrameRenderer {
  /** The output: holds the last rendered frame. */
  readonly canvas: HTMLCanvasElement;
  /** Moves the page's playhead to `time` seconds and draws that frame into {@link canvas}. */
  render(time: number, signal?: AbortSignal): Promise<void>;
  /** Releases views, decoders and the renderer. */
  dispose(): void;
}

/**
 * Creates a frame renderer for `page` of `engine`. The engine's playhead is moved by each render, so
 * give it an engine of its own (the exporter renders a copy of the scene, not the one being edited).
 */
export async function createFrameRenderer(engine: Engine, page: DesignBlockId, options: FrameRendererOptions): Promise<FrameRenderer> {
  const textures = new AssetTextures(options.assets, (error, uri) => options.onAssetError?.(error, uri), () => 16384);
  textures.videoFactory = async (host) => createVideoTextures(engine, options.assets, host, 'exact');
  const graph = new SceneGraph(engine, { assets: textures, unitsPerPoint: () => designUnitsPerPoint(engine) }, () => undefined, () => undefined);
  const created = await createPixiRenderer({ width: options.width, height: options.height, resolution: 1, preference: 'auto', backgroundAlpha: 0 });
  const canvas = document.createElement('canvas');
  canvas.width = options.width;
  canvas.height = options.height;
  const context = canvas.getContext('2d')!;
  const pageWidth = engine.block.getWidth(page);
  const pageHeight = engine.block.getHeight(page);
  if (!(pageWidth > 0 && pageHeight > 0)) throw new CesdkError('INVALID_BLOCK', `page ${page} has no size`, { blockId: page });
  const scale = Math.max(options.width / pageWidth, options.height / pageHeight);
  let disposed = false;

  const render = async (time: number, signal?: AbortSignal): Promise<void> => {
    if (disposed) throw new CesdkError('INVALID_STATE', 'the frame renderer was disposed');
    engine.block.setPlaybackTime(page, time);
    engine.event.flush();
    textures.updateVideo();
    graph.sync();
    for (let round = 0; round < 50 && (textures.busy || graph.hasPendingChanges); round += 1) {
      await textures.whenSettled();
      if (signal?.aborted) throw signal.reason ?? new DOMException('The export was aborted.', 'AbortError');
      graph.sync();
    }
    const placement = graph.placements.find((candidate) => candidate.page === page);
    if (!placement) throw new CesdkError('INVALID_BLOCK', `page ${page} is not in the scene`, { blockId: page });
    const members = new Set<DesignBlockId>();
    const collect = (id: DesignBlockId): void => {
      members.add(id);
      for (const child of engine.block.getChildren(id)) collect(child);
    };
    collect(page);
    for (const view of graph.views.values()) view.root.culled = !members.has(view.id);
    for (const view of graph.views.values()) if (!view.root.culled) view.prepare(created.renderer, scale);
    setActiveRenderScale(scale);
    const offsetX = (options.width - pageWidth * scale) / 2;
    const offsetY = (options.height - pageHeight * scale) / 2;
    const transform = new Matrix().translate(-placement.x, -placement.y).scale(scale, scale).translate(offsetX, offsetY);
    created.renderer.render({ container: graph.staticLayer, transform, clear: true, clearColor: [0, 0, 0, 0] });
    // Video has no alpha: what the page leaves uncovered is black, as in CE.SDK's exports.
    context.fillStyle = '#000';
    context.fillRect(0, 0, options.width, options.height);
    context.drawImage(created.renderer.canvas as HTMLCanvasElement, 0, 0);
    if (options.watermark) paintWatermark(context, options.width, options.height);
  };

  return {
    canvas,
    render,
    dispose: () => {
      if (disposed) return;
      disposed = true;
      graph.destroy();
      textures.destroy();
      destroyPixiRenderer(created.renderer, created.backend, true);
      canvas.width = 0;
      canvas.height = 0;
    },
  };
}
