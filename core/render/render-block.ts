/**
 * Offscreen render of one block (page, group, any block) or the whole scene, for exporters and
 * thumbnails: the same views and drawing as the on-screen renderer, without selection or guides.
 */
import { Matrix } from 'pixi.js';
import type { DesignBlockId, Engine } from '../engine/index.js';
import { CesdkError } from '../engine/errors.js';
import { AssetLoader } from '../io/index.js';
import { AssetTextures, canvasPaintChunk, loadChunk, type CanvasPaintModule } from './asset-textures.js';
import type { BlockView, WorldBox } from './block-view.js';
import { loadGpuExtensions, setActiveRenderScale } from './effects.js';
import { chooseBackend } from './backend.js';
import { createPixiRenderer, destroyPixiRenderer } from './pixi-renderer.js';
import { SceneGraph } from './scene-graph.js';
import { unionBox } from './spatial-index.js';
import { designUnitsPerPoint } from './text-style.js';
import type { RenderBlockOptions } from './types.js';
import { paintWatermark } from './watermark.js';

const MAX_SIDE = 32768;
/** Largest `margin` in design units (far beyond any shadow: spread and offsets are at most 1,000). */
const MAX_MARGIN = 100_000;

function checkPixels(name: string, value: unknown, allowZero = false): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < (allowZero ? 0 : 1) || value > MAX_SIDE) {
    throw new CesdkError('INVALID_VALUE', `renderBlockToCanvas: ${name} must be a number in [${allowZero ? 0 : 1}, ${MAX_SIDE}], got ${String(value)}`);
  }
  return Math.round(value);
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new DOMException('The render was aborted.', 'AbortError');
}

function frameBox(view: BlockView): WorldBox {
  const snapshot = view.snapshot!;
  const m = view.worldMatrix;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [px, py] of [[0, 0], [snapshot.width, 0], [0, snapshot.height], [snapshot.width, snapshot.height]]) {
    xs.push(m.a * px + m.c * py + m.tx);
    ys.push(m.b * px + m.d * py + m.ty);
  }
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

function subtreeOf(engine: Engine, block: DesignBlockId, out = new Set<DesignBlockId>()): Set<DesignBlockId> {
  out.add(block);
  for (const child of engine.block.getChildren(block)) subtreeOf(engine, child, out);
  return out;
}

/**
 * Renders `block` (its frame, or for the scene all pages in their column) scaled to
 * `width`×`height` pixels, waiting for its images and fonts. With `clip`, only that part of the
 * output is rendered (output pixels), so exports beyond the max texture size can be tiled.
 * Failed assets draw as placeholders. Rejects with `INVALID_BLOCK`/`INVALID_VALUE` for bad input
 * and with the signal's reason when aborted.
 */
export async function renderBlockToCanvas(engine: Engine, block: DesignBlockId, options: RenderBlockOptions): Promise<HTMLCanvasElement> {
  if (!options || typeof options !== 'object') throw new CesdkError('INVALID_VALUE', 'renderBlockToCanvas needs options with width and height');
  const width = checkPixels('width', options.width);
  const height = checkPixels('height', options.height);
  const clip = options.clip
    ? { x: checkPixels('clip.x', options.clip.x, true), y: checkPixels('clip.y', options.clip.y, true), width: checkPixels('clip.width', options.clip.width), height: checkPixels('clip.height', options.clip.height) }
    : { x: 0, y: 0, width, height };
  if (!engine.block.isValid(block)) throw new CesdkError('INVALID_BLOCK', `renderBlockToCanvas: block ${block} does not exist`, { blockId: block });
  if (options.margin !== undefined && (typeof options.margin !== 'number' || !Number.isFinite(options.margin) || options.margin < 0 || options.margin > MAX_MARGIN)) {
    throw new CesdkError('INVALID_VALUE', `renderBlockToCanvas: margin must be a number in [0, ${MAX_MARGIN}], got ${String(options.margin)}`);
  }
  throwIfAborted(options.signal);
  if (chooseBackend(options.preference ?? 'auto') !== 'canvas') {
    // PixiJS keeps draw instructions on the containers for one renderer, and a GPU context must not
    // outlive the call: GPU renders get their own views and renderer, released at the end.
    // The views' filters must be shader filters: load the GPU parts before the views are built.
    await loadGpuExtensions();
    const scene = createOffscreenScene(engine, options.assets ?? new AssetLoader(), !options.assets);
    try {
      return await renderWithScene(engine, block, options, scene, width, height, clip);
    } finally {
      destroyOffscreenScene(scene);
    }
  }
  const canvasPaint = await loadChunk(canvasPaintChunk);
  throwIfAborted(options.signal);
  const scene = offscreenSceneFor(engine, options.assets, canvasPaint);
  // One render at a time per cached scene: renders set the views' culling for their block.
  const result = scene.queue.then(() => renderWithScene(engine, block, options, scene, width, height, clip));
  scene.queue = result.catch(() => undefined);
  return result;
}

/** Views of an engine kept between offscreen renders (thumbnails and exports re-render often). */
interface OffscreenScene {
  graph: SceneGraph;
  textures: AssetTextures;
  queue: Promise<unknown>;
  /** The Canvas 2D renderer these views are drawn with (one renderer per view tree, as PixiJS expects). */
  renderer?: Awaited<ReturnType<typeof createPixiRenderer>>;
  /** Set when the scene is used once and released (GPU backends). */
  ownedAssets?: AssetLoader;
}

function createOffscreenScene(engine: Engine, assets: AssetLoader, ownsAssets: boolean, canvasPaint?: CanvasPaintModule): OffscreenScene {
  const textures = new AssetTextures(assets, () => undefined, () => 16384);
  textures.videoFactory = async (host) => (await import('./video/index.js')).createVideoTextures(engine, assets, host, 'exact');
  const graph = new SceneGraph(engine, { assets: textures, unitsPerPoint: () => designUnitsPerPoint(engine), canvasPaint }, () => undefined, () => undefined);
  return { graph, textures, queue: Promise.resolve(), ownedAssets: ownsAssets ? assets : undefined };
}

function destroyOffscreenScene(scene: OffscreenScene): void {
  scene.graph.destroy();
  scene.textures.destroy();
  scene.ownedAssets?.dispose();
  if (scene.renderer) destroyPixiRenderer(scene.renderer.renderer, scene.renderer.backend, true);
  scene.renderer = undefined;
}

const DEFAULT_ASSETS = 'default';
const offscreenScenes = new WeakMap<Engine, Map<AssetLoader | typeof DEFAULT_ASSETS, OffscreenScene>>();

/**
 * The cached views for an engine and asset loader; they follow the engine's events like the
 * on-screen renderer, so a later render only redraws what changed. They live as long as the engine:
 * when it is disposed, their PixiJS renderers are destroyed too.
 *
 * Leak trap: the WeakMap alone does not free them. A PixiJS renderer registers with PixiJS's global
 * ticker (its scheduler system) and its view canvas's texture sits in PixiJS's module-level canvas
 * texture cache, so an undestroyed renderer (and its systems, pools and canvases) stays reachable
 * from the page forever: about 300 KB per editor that exported once and was removed.
 */
function offscreenSceneFor(engine: Engine, assets: AssetLoader | undefined, canvasPaint: CanvasPaintModule): OffscreenScene {
  let byAssets = offscreenScenes.get(engine);
  if (!byAssets) {
    const scenes = (byAssets = new Map());
    offscreenScenes.set(engine, scenes);
    const stop = engine.onEvent('dispose', () => {
      stop();
      offscreenScenes.delete(engine);
      for (const scene of scenes.values()) void scene.queue.finally(() => destroyOffscreenScene(scene));
      scenes.clear();
    });
  }
  const key = assets ?? DEFAULT_ASSETS;
  let scene = byAssets.get(key);
  if (!scene) {
    scene = createOffscreenScene(engine, assets ?? new AssetLoader(), false, canvasPaint);
    byAssets.set(key, scene);
  }
  return scene;
}

/** How many sets of offscreen views an engine keeps (one per asset loader used); for tests and diagnostics. */
export function offscreenSceneCount(engine: Engine): number {
  return offscreenScenes.get(engine)?.size ?? 0;
}

async function renderWithScene(
  engine: Engine, block: DesignBlockId, options: RenderBlockOptions, scene: OffscreenScene,
  width: number, height: number, clip: { x: number; y: number; width: number; height: number },
): Promise<HTMLCanvasElement> {
  const { graph, textures } = scene;
  { // Scoped so the cached scene's renderer outlives this call (see OffscreenScene.renderer).
    throwIfAborted(options.signal);
    if (!engine.block.isValid(block)) throw new CesdkError('INVALID_BLOCK', `renderBlockToCanvas: block ${block} does not exist`, { blockId: block });
    textures.updateVideo();
    graph.sync();
    for (let round = 0; round < 20; round += 1) {
      await textures.whenSettled();
      throwIfAborted(options.signal);
      if (!graph.hasPendingChanges && !textures.busy) break;
      graph.sync();
    }
    const isScene = engine.scene.get() === block;
    let box: WorldBox | undefined;
    if (isScene) {
      for (const placement of graph.placements) box = box ? unionBox(box, placement) : { ...placement };
    } else {
      const view = graph.views.get(block);
      if (view?.snapshot) box = frameBox(view);
      const margin = options.margin ?? 0;
      if (box && margin > 0) box = { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin };
    }
    if (!box || box.width <= 0 || box.height <= 0) {
      throw new CesdkError('INVALID_BLOCK', `renderBlockToCanvas: block ${block} is not on a page or has no size`, { blockId: block });
    }
    const scaleX = width / box.width;
    const scaleY = height / box.height;
    let members = isScene ? undefined : subtreeOf(engine, block);
    if (options.onlyBlocks) {
      members = new Set();
      for (const only of options.onlyBlocks) if (engine.block.isValid(only)) subtreeOf(engine, only, members);
    }
    // Offscreen renders are exports and their previews: blocks left out of exports stay out, with their children.
    const excluded = (view: { snapshot?: { includedInExport: boolean; parent: DesignBlockId | null } }): boolean => {
      for (let current = view.snapshot; current; current = current.parent === null ? undefined : graph.views.get(current.parent)?.snapshot) {
        if (!current.includedInExport) return true;
      }
      return false;
    };
    for (const view of graph.views.values()) {
      view.root.culled = (members ? !members.has(view.id) : false) || excluded(view);
    }
    if (!scene.renderer) {
      scene.renderer = await createPixiRenderer({ width: clip.width, height: clip.height, resolution: 1, preference: options.preference ?? 'auto', backgroundAlpha: 0 });
    } else {
      scene.renderer.renderer.resize(clip.width, clip.height, 1);
    }
    const created = scene.renderer;
    throwIfAborted(options.signal);
    const scale = Math.max(scaleX, scaleY);
    for (const view of graph.views.values()) if (!view.root.culled) view.prepare(created.renderer, scale);
    setActiveRenderScale(scale);
    // The live layer is empty offscreen: every view sits in the static layer.
    const transform = new Matrix().translate(-box.x, -box.y).scale(scaleX, scaleY).translate(-clip.x, -clip.y);
    created.renderer.render({ container: graph.staticLayer, transform, clear: true, clearColor: [0, 0, 0, 0] });
    const output = document.createElement('canvas');
    output.width = clip.width;
    output.height = clip.height;
    const context = output.getContext('2d')!;
    context.drawImage(created.renderer.canvas as HTMLCanvasElement, 0, 0);
    // Give the backing store back between renders (an export tile can be tens of megabytes).
    created.renderer.resize(1, 1, 1);
    // With `clip`, each tile carries its own watermark pattern (the pattern is laid out per canvas).
    if (options.watermark) paintWatermark(context, clip.width, clip.height);
    return output;
  }
}
