import { assetError } from './asset-error.js';
import { chooseDecoder } from './choose-decoder.js';
import { inspectImageHeader } from './image-header.js';
import { parseInertSvg } from './inert-document.js';
import { defaultImageLimits, type ImageLimits } from './image-limits.js';
import type { RasterImageMimeType } from './mime-types.js';
import {
  allowedElements,
  elementsWithImageReference,
  isAllowedReference,
  isUnsafeCss,
  mentionsScript,
  svgNamespace,
  unwrappedElements,
  xlinkNamespace,
  xmlNamespace,
  xmlnsNamespace,
} from './svg-policy.js';
import { measureUseExpansion } from './svg-use-expansion.js';

/** Limits on an SVG's size and complexity. */
export interface SvgSanitizeOptions {
  /** Longest SVG text accepted, in characters, checked before parsing. Default 16 Mi. */
  readonly maxTextLength?: number;
  /** Most elements allowed after parsing. Default 50,000. */
  readonly maxElements?: number;
  /** Most elements allowed once every `<use>` is expanded (the `<use>` form of billion laughs). Default 200,000. */
  readonly maxExpandedElements?: number;
  /** Limits applied to raster images embedded as `data:` URIs. Default {@link defaultImageLimits}. */
  readonly imageLimits?: ImageLimits;
}

/** The result of {@link sanitizeSvg}. */
export interface SanitizedSvg {
  /** The sanitized SVG, serialized with `XMLSerializer`; safe to embed (e.g. by the SVG exporter). */
  readonly text: string;
  /** The sanitized document (parsed by `DOMParser`, never attached to the page). */
  readonly document: Document;
  /** Intrinsic width from `width`, else the `viewBox`, else 300 (the CSS default for replaced elements). */
  readonly width: number;
  /** Intrinsic height from `height`, else the `viewBox`, else 150. */
  readonly height: number;
  /** What was removed, one line each (`element script`, `attribute onload on svg`, ...), for diagnostics. */
  readonly removed: readonly string[];
}

/**
 * Sanitizes untrusted SVG text for use as an image.
 *
 * 1. Text longer than `maxTextLength`, or with a DOCTYPE or ENTITY declaration, is refused with
 *    `UNSAFE_SVG` before parsing (billion laughs, external entities).
 * 2. The text is parsed with `DOMParser` as `image/svg+xml`, which runs no script and loads nothing;
 *    malformed XML or a root other than `<svg>` throws `DECODE_FAILED`.
 * 3. An allowlist walk removes every element not in the SVG allowlist (`script`, `foreignObject`,
 *    animation, fonts, anything in another namespace) with its subtree, comments and processing
 *    instructions (`<?xml-stylesheet?>`), event handler attributes (`on*`), `xml:base`, attributes in
 *    foreign namespaces, any attribute mentioning `javascript:`, references (`href`, `xlink:href`,
 *    `src`) other than `#fragment` (or, on `<image>`/`<feImage>`, a base64 PNG/JPEG/GIF/WebP whose
 *    header passes the image limits), CSS with `@import`, `@font-face`, escapes or a non-fragment
 *    `url()` (in `style` attributes, `<style>` elements and presentation attributes). `<a>` becomes `<g>`.
 * 4. Element counts beyond the limits, before or after `<use>` expansion, and nesting deeper than
 *    256 levels throw `UNSAFE_SVG`.
 * 5. The result is serialized with `XMLSerializer`.
 *
 * @throws AssetError `UNSAFE_SVG` or `DECODE_FAILED`.
 */
export function sanitizeSvg(text: string, options: SvgSanitizeOptions = {}): SanitizedSvg {
  const maxTextLength = options.maxTextLength ?? 16 * 1024 * 1024;
  if (text.length > maxTextLength) {
    throw assetError('UNSAFE_SVG', `The SVG text is longer than ${maxTextLength} characters.`, { length: text.length, maxTextLength });
  }
  if (/<!doctype|<!entity/i.test(text)) {
    throw assetError('UNSAFE_SVG', 'The SVG declares a DOCTYPE or entities, which are refused (entity expansion attacks).');
  }
  const document = parseInertSvg(text);
  const root = document.documentElement;
  if (document.getElementsByTagName('parsererror').length > 0 || root.namespaceURI !== svgNamespace || root.localName !== 'svg') {
    throw assetError('DECODE_FAILED', 'The file is not well-formed SVG.');
  }
  const removed: string[] = [];
  const maxElements = options.maxElements ?? 50_000;
  let elementCount = 0;
  const pending: Node[] = [root];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = sanitizeElement(node as Element, removed, options.imageLimits ?? defaultImageLimits);
      if (element === undefined) continue;
      elementCount += 1;
      if (elementCount > maxElements) throw assetError('UNSAFE_SVG', `The SVG has more than ${maxElements} elements.`, { maxElements });
      for (const child of Array.from(element.childNodes)) pending.push(child);
    } else if (node.nodeType !== Node.TEXT_NODE && node.nodeType !== Node.CDATA_SECTION_NODE) {
      removed.push(node.nodeType === Node.COMMENT_NODE ? 'comment' : `node ${node.nodeName}`);
      node.parentNode?.removeChild(node);
    }
  }
  // Processing instructions and comments outside the root element.
  for (const node of Array.from(document.childNodes)) {
    if (node !== root) {
      removed.push(`node ${node.nodeName}`);
      document.removeChild(node);
    }
  }
  const maxExpandedElements = options.maxExpandedElements ?? 200_000;
  const expanded = measureUseExpansion(root, maxExpandedElements);
  if (expanded > maxExpandedElements) {
    throw assetError('UNSAFE_SVG', `The SVG expands to more than ${maxExpandedElements} elements through <use>.`, { maxExpandedElements });
  }
  const { width, height } = intrinsicSize(root);
  return { text: new XMLSerializer().serializeToString(document), document, width, height, removed };
}

/** Applies the policy to one element; returns the element to descend into, or `undefined` when removed. */
function sanitizeElement(element: Element, removed: string[], imageLimits: ImageLimits): Element | undefined {
  const name = element.localName;
  if (element.namespaceURI !== svgNamespace || !(allowedElements.has(name) || unwrappedElements.has(name))) {
    removed.push(`element ${element.nodeName}`);
    element.remove();
    return undefined;
  }
  for (const attribute of Array.from(element.attributes)) {
    const reason = attributeRejection(element, attribute, imageLimits);
    if (reason !== undefined) {
      removed.push(`attribute ${attribute.name} on ${name} (${reason})`);
      element.removeAttributeNode(attribute);
    }
  }
  if (name === 'style' && isUnsafeCss(element.textContent ?? '')) {
    removed.push('element style (external or unsafe CSS)');
    element.remove();
    return undefined;
  }
  if (unwrappedElements.has(name)) {
    const group = element.ownerDocument.createElementNS(svgNamespace, 'g');
    for (const attribute of Array.from(element.attributes)) {
      if (attribute.localName !== 'href' && attribute.localName !== 'target') group.setAttributeNS(attribute.namespaceURI, attribute.name, attribute.value);
    }
    while (element.firstChild) group.appendChild(element.firstChild);
    element.replaceWith(group);
    removed.push(`element ${name} (kept as g)`);
    return group;
  }
  return element;
}

/** Returns why an attribute must go, or `undefined` when it may stay. */
function attributeRejection(element: Element, attribute: Attr, imageLimits: ImageLimits): string | undefined {
  const namespace = attribute.namespaceURI;
  const name = attribute.localName.toLowerCase();
  if (namespace !== null && namespace !== xlinkNamespace && namespace !== xmlNamespace && namespace !== xmlnsNamespace) return 'foreign namespace';
  if (name.startsWith('on')) return 'event handler';
  if (namespace === xmlNamespace && name === 'base') return 'base URL';
  if (mentionsScript(attribute.value)) return 'script URL';
  if (name === 'href' || name === 'src') {
    const allowImage = elementsWithImageReference.has(element.localName);
    if (!isAllowedReference(attribute.value, allowImage)) return 'external reference';
    if (!attribute.value.trim().startsWith('#') && !isEmbeddedImageWithinLimits(attribute.value, imageLimits)) return 'embedded image refused';
    return undefined;
  }
  if (namespace === xmlnsNamespace) return undefined;
  if ((name === 'style' || /url\s*\(/i.test(attribute.value)) && isUnsafeCss(attribute.value)) return 'external or unsafe CSS';
  return undefined;
}

/** Decodes an embedded base64 image's header and checks it against the limits, without decoding pixels. */
function isEmbeddedImageWithinLimits(dataUri: string, limits: ImageLimits): boolean {
  try {
    const base64 = dataUri.slice(dataUri.indexOf(',') + 1).replace(/\s/g, '');
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
    const choice = chooseDecoder(dataUri.slice(5, dataUri.indexOf(';')), bytes, ['raster-image']);
    inspectImageHeader(bytes, choice.mimeType as RasterImageMimeType, limits);
    return true;
  } catch {
    return false;
  }
}

/** Reads a length in user units or px; other units and percentages give `undefined`. */
function parseLength(value: string | null): number | undefined {
  const match = value === null ? null : /^\s*([0-9]*\.?[0-9]+(?:e[+-]?\d+)?)\s*(px)?\s*$/i.exec(value);
  const length = match ? Number(match[1]) : NaN;
  return Number.isFinite(length) && length > 0 ? length : undefined;
}

function intrinsicSize(root: Element): { width: number; height: number } {
  const viewBox = (root.getAttribute('viewBox') ?? '').trim().split(/[\s,]+/).map(Number);
  const viewBoxWidth = viewBox.length === 4 && viewBox[2]! > 0 ? viewBox[2]! : undefined;
  const viewBoxHeight = viewBox.length === 4 && viewBox[3]! > 0 ? viewBox[3]! : undefined;
  let width = parseLength(root.getAttribute('width'));
  let height = parseLength(root.getAttribute('height'));
  if (width === undefined && height !== undefined && viewBoxWidth && viewBoxHeight) width = (height * viewBoxWidth) / viewBoxHeight;
  if (height === undefined && width !== undefined && viewBoxWidth && viewBoxHeight) height = (width * viewBoxHeight) / viewBoxWidth;
  return { width: width ?? viewBoxWidth ?? 300, height: height ?? viewBoxHeight ?? 150 };
}
