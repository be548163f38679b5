/**
 * Creating and releasing PixiJS renderers for the chosen backend.
 */
import { autoDetectRenderer, CanvasFilterSystem, CanvasPool, extensions, FilterPipe, TexturePool, type Renderer } from 'pixi.js';
import { CesdkError } from '../engine/errors.js';
import { chooseBackend, isSoftwareWebGL, noteContextCreated, noteContextReleased } from './backend.js';
import { loadGpuExtensions } from './effects.js';
import type { RenderBackend } from './types.js';

// Renderers are created with `manageImports: false`: PixiJS then loads none of its optional extensions
// (accessibility, events, DOM, spritesheet, filters). The scene needs only these: Graphics, Text and
// Sprite bring their own pipes, the renderer classes their systems, and the filter pipe with the Canvas
// 2D filter system draws the blur and colour effects as CSS filters. What only GPU backends use (filter
// system, shader filters, blend filters, the graphics pipe in the bundle) is in ./gpu-extensions.ts.
extensions.add(CanvasFilterSystem, FilterPipe);

/** Options for {@link createPixiRenderer}. */
export interface PixiRendererOptions {
  width: number;
  height: number;
  resolution: number;
  preference: 'auto' | RenderBackend;
  background?: number;
  backgroundAlpha?: number;
  canvas?: HTMLCanvasElement;
}

let evalFreeInstalled: Promise<unknown> | undefined;

/**
 * PixiJS generates its uniform and buffer upload functions with `new Function` unless its
 * `pixi.js/unsafe-eval` module has installed static replacements, and every renderer probes for
 * `new Function` on construction. Under a strict Content-Security-Policy (no 'unsafe-eval', Trusted
 * Types) even the probe is a reported violation, so the replacements are always installed, before the
 * first renderer exists. Loaded lazily with the renderer backend, so the initial bundle does without it.
 */
function installEvalFreePixi(): Promise<unknown> {
  evalFreeInstalled ??= import('pixi.js/unsafe-eval');
  return evalFreeInstalled;
}

/** Creates a PixiJS renderer on the backend `preference` resolves to. */
export async function createPixiRenderer(options: PixiRendererOptions): Promise<{ renderer: Renderer; backend: RenderBackend }> {
  const wanted = chooseBackend(options.preference);
  // GPU backends need PixiJS's shader filters, its filter system, the blend filters for the
  // non-Porter-Duff modes and the GPU graphics pipe; Canvas 2D draws effects as CSS filters and maps
  // blend modes to globalCompositeOperation itself, so load them only here (before the renderer takes
  // its systems and pipes).
  await installEvalFreePixi();
  if (wanted !== 'canvas') await loadGpuExtensions();
  const renderer = await autoDetectRenderer({
    manageImports: false,
    preference: wanted,
    width: options.width,
    height: options.height,
    resolution: options.resolution,
    autoDensity: true,
    antialias: true,
    background: options.background ?? 0xffffff,
    backgroundAlpha: options.backgroundAlpha ?? 1,
    preserveDrawingBuffer: true,
    // Advanced blend modes read the backdrop: PixiJS needs its back buffer on WebGL for that.
    useBackBuffer: true,
    ...(options.canvas ? { canvas: options.canvas } : {}),
  });
  const backend = renderer.name as RenderBackend;
  if (backend !== 'webgl' && backend !== 'webgpu' && backend !== 'canvas') {
    renderer.destroy();
    throw new CesdkError('INVALID_STATE', `unexpected PixiJS renderer '${String(renderer.name)}'`);
  }
  noteContextCreated(backend);
  liveRenderers += 1;
  if (backend === 'webgl' && isSoftwareWebGL()) {
    // SwiftShader pays per texture branch in the batch shader (PERF-BASELINE.md): fewer is faster.
    const limits = (renderer as unknown as { limits?: { maxBatchableTextures: number } }).limits;
    if (limits) limits.maxBatchableTextures = Math.min(limits.maxBatchableTextures, 4);
  }
  return { renderer, backend };
}

/** PixiJS renderers created here and not yet destroyed. */
let liveRenderers = 0;

/**
 * Destroys a renderer and releases its GPU context (PixiJS calls WEBGL_lose_context). When it was
 * the last one, PixiJS's global pools are emptied too: its texture pool (render textures kept for
 * reuse, e.g. by filters) and its canvas pool (canvases for text and Canvas 2D work, each with the
 * browser's text-shaping cache of its context). With no renderer left nothing reuses them, and they
 * would hold canvases and pixels for the life of the page (the soak test found ~150 bytes per
 * operation this way).
 */
export function destroyPixiRenderer(renderer: Renderer, backend: RenderBackend, removeCanvas: boolean): void {
  try {
    renderer.destroy({ removeView: removeCanvas });
  } finally {
    noteContextReleased(backend);
    liveRenderers = Math.max(0, liveRenderers - 1);
    if (liveRenderers === 0) {
      TexturePool.clear(true);
      CanvasPool.clear();
    }
  }
}
