/**
 * Start-up backend choice. On this kind of machine WebGL is SwiftShader (software), where PixiJS's
 * Canvas 2D renderer is many times faster (see PERF-BASELINE.md), so 'auto' picks Canvas 2D there
 * and WebGL on a real GPU.
 */
import { getTestContext } from 'pixi.js';
import type { RenderBackend } from './types.js';

const SOFTWARE_RENDERER_PATTERN = /swiftshader|llvmpipe|softpipe|software|basic render driver|microsoft basic/i;

interface WebGLProbe {
  supported: boolean;
  rendererName: string;
  software: boolean;
  maxTextureSize: number;
}

let cachedProbe: WebGLProbe | undefined;
let liveWebGLContexts = 0;

/** Chromium's largest canvas side that still stays under its 2^28-pixel area limit. */
const CANVAS_MAX_SIDE = 16384;

function probeWebGL(): WebGLProbe {
  if (cachedProbe) return cachedProbe;
  const probe: WebGLProbe = { supported: false, rendererName: '', software: true, maxTextureSize: 0 };
  try {
    // PixiJS's own test context: PixiJS creates it anyway for its batch shader (also on Canvas 2D) and
    // keeps it, so probing with it costs no extra WebGL context (creating one is ~10 ms on SwiftShader).
    const gl = getTestContext() as WebGLRenderingContext | null;
    if (gl) {
      probe.supported = true;
      probe.maxTextureSize = Number(gl.getParameter(gl.MAX_TEXTURE_SIZE)) || 0;
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      const name = info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);
      probe.rendererName = String(name ?? '');
      probe.software = SOFTWARE_RENDERER_PATTERN.test(probe.rendererName);
    }
  } catch {
    // No DOM or WebGL blocked: Canvas 2D is the only choice.
  }
  cachedProbe = probe;
  return probe;
}

/**
 * Whether this browser's WebGL is a software rasteriser (SwiftShader, llvmpipe…), read from
 * `WEBGL_debug_renderer_info`. True as well when WebGL is missing.
 */
export function isSoftwareWebGL(): boolean {
  const probe = probeWebGL();
  return !probe.supported || probe.software;
}

/** The WebGL renderer string (unmasked when the browser allows it), or '' without WebGL. */
export function getWebGLRendererName(): string {
  return probeWebGL().rendererName;
}

/**
 * Resolves a backend preference: an explicit backend wins; 'auto' picks Canvas 2D on software
 * or missing WebGL, WebGL on a real GPU.
 */
export function chooseBackend(preference: 'auto' | RenderBackend = 'auto'): RenderBackend {
  if (preference !== 'auto') return preference;
  return isSoftwareWebGL() ? 'canvas' : 'webgl';
}

/**
 * The largest output side (pixels) one render can produce: WebGL's MAX_TEXTURE_SIZE on a GPU backend,
 * the browser's canvas limit for Canvas 2D; exporters tile larger outputs with `clip`.
 */
export function getMaxTextureSize(): number {
  const probe = probeWebGL();
  if (chooseBackend('auto') === 'canvas' || !probe.supported) return CANVAS_MAX_SIDE;
  return Math.min(probe.maxTextureSize || 4096, CANVAS_MAX_SIDE);
}

/** Bookkeeping of WebGL/WebGPU contexts held by live renderers (for leak tests and diagnostics). */
export function noteContextCreated(backend: RenderBackend): void {
  if (backend !== 'canvas') liveWebGLContexts += 1;
}

/** Counterpart of {@link noteContextCreated}, called once per destroyed renderer. */
export function noteContextReleased(backend: RenderBackend): void {
  if (backend !== 'canvas') liveWebGLContexts = Math.max(0, liveWebGLContexts - 1);
}

/** How many GPU contexts renderers of this module currently hold (0 once all are destroyed). */
export function getLiveContextCount(): number {
  return liveWebGLContexts;
}
