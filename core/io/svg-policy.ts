// The allowlist the SVG sanitizer applies. Kept apart from the walk so the policy reads as one table.

/** The SVG namespace; elements in any other namespace are removed. */
export const svgNamespace = 'http://www.w3.org/2000/svg';
/** The XLink namespace (`xlink:href`). */
export const xlinkNamespace = 'http://www.w3.org/1999/xlink';
/** The XML namespace (`xml:space`, `xml:lang`; `xml:base` is removed). */
export const xmlNamespace = 'http://www.w3.org/XML/1998/namespace';
/** The namespace of `xmlns` declarations. */
export const xmlnsNamespace = 'http://www.w3.org/2000/xmlns/';

/**
 * SVG elements that draw or structure static graphics. Everything else is removed with its subtree:
 * `script`, `foreignObject` (HTML, iframes), animation (`set` and `animate` can rewrite `href` to
 * `javascript:` after sanitizing), fonts (external loads), `metadata`, `cursor`, media elements.
 */
export const allowedElements: ReadonlySet<string> = new Set([
  'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'switch', 'view', 'style',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  'text', 'tspan', 'textPath',
  'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker', 'image',
  'filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix',
  'feDiffuseLighting', 'feDisplacementMap', 'feDistantLight', 'feDropShadow', 'feFlood', 'feFuncA',
  'feFuncB', 'feFuncG', 'feFuncR', 'feGaussianBlur', 'feImage', 'feMerge', 'feMergeNode',
  'feMorphology', 'feOffset', 'fePointLight', 'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence',
]);

/** `<a>` is kept as a plain group: its children draw, its link goes. */
export const unwrappedElements: ReadonlySet<string> = new Set(['a']);

/** A raster image embedded as base64 is the only non-fragment reference allowed. */
const embeddedImagePattern = /^data:image\/(png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$/i;

/** Strips what browsers ignore inside a URL scheme (whitespace, control characters) and lower-cases it. */
export function normalizeForScheme(value: string): string {
  return value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
}

/** True for values that name a script scheme or an HTML document anywhere in them. */
export function mentionsScript(value: string): boolean {
  const normalized = normalizeForScheme(value);
  return normalized.includes('javascript:') || normalized.includes('vbscript:') || normalized.includes('data:text/html');
}

/** True when a reference (`href`, `src`) points within the document or at an embedded raster image. */
export function isAllowedReference(value: string, allowEmbeddedImage: boolean): boolean {
  const trimmed = value.trim();
  if (/^#[^\s#]*$/.test(trimmed)) return true;
  return allowEmbeddedImage && embeddedImagePattern.test(trimmed);
}

/** Elements whose `href` may embed a raster image; every other `href` must be a `#fragment`. */
export const elementsWithImageReference: ReadonlySet<string> = new Set(['image', 'feImage']);

/**
 * True when CSS text (a `style` attribute or element, or a presentation attribute) can reach outside
 * the document: `@import`, `@font-face`, `image-set()` (which takes bare strings as URLs), `expression`,
 * `behavior`/`-moz-binding`, escapes (which could spell any of these), or a `url()` that is not a
 * `#fragment`.
 */
export function isUnsafeCss(text: string): boolean {
  const lower = text.toLowerCase();
  if (/@import|@font-face|image-set|expression|behavior|binding|\\/.test(lower)) return true;
  if (mentionsScript(lower)) return true;
  for (const match of lower.matchAll(/url\s*\(\s*(['"]?)(.*?)\1\s*\)/g)) {
    if (!/^#[^\s#]*$/.test(match[2]!.trim())) return true;
  }
  // A `url(` the pattern above could not read (unbalanced quotes, a newline) is refused too.
  const references = lower.match(/url\s*\(/g)?.length ?? 0;
  const readable = [...lower.matchAll(/url\s*\(\s*(['"]?)(.*?)\1\s*\)/g)].length;
  return references !== readable;
}
