/**
 * The PixiJS v8 renderer of the engine's scene: `SceneRenderer` for the editor view,
 * `renderBlockToCanvas` for exporters, and `layoutPages` for where pages sit in the world.
 */
export type { Camera, PagePlacement, PixelRect, RenderBackend, RenderBlockOptions, SceneRendererOptions } from './types.js';
export { DEFAULT_PAGE_GAP, layoutPages } from './page-layout.js';
export { SceneRenderer, type RendererStatistics } from './scene-renderer.js';
export { renderBlockToCanvas, offscreenSceneCount } from './render-block.js';
export { chooseBackend, getLiveContextCount, getMaxTextureSize, getWebGLRendererName, isSoftwareWebGL } from './backend.js';
export { designUnitsPerPoint } from './text-style.js';
export { textEditorMetrics, type TextEditorMetrics } from './text-editor-metrics.js';
export { createTextMeasurer, preloadStyledText } from './text-measure.js';
