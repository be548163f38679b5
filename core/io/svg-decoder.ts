/** The SVG decoding path (sanitizer and rasterizer), loaded only when an SVG is decoded. */
export { sanitizeSvg } from './sanitize-svg.js';
export { rasterizeSvg } from './svg-rasterize.js';
