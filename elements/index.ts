/**
 * The browser entry of the SDK (bundled as `dist/cesdk.js`): the headless engine plus, as they land,
 * the renderer, the custom elements, licensing and the exporters.
 */
export * from '../core/engine/index.js';
