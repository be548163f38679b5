/**
 * A small picture per layer: the image itself for image blocks (from a local `blob:` or `data:`
 * URL, which loads nothing from the network), else an icon of its kind (text, shape in its fill
 * colour, group, audio, video), so a designer finds a layer at a glance.
 */
import { html, svg, type TemplateResult } from 'lit';
import type { DesignBlockId, Engine } from '../../core/engine/index.js';

const PREFIX = '//ly.img.ubq/';

function read<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

/** The block's fill colour as `rgb(r g b)` (only for colour fills), for the shape icon. */
function fillColor(engine: Engine, id: DesignBlockId): string | undefined {
  const fill = read(() => engine.block.getFill(id), null);
  if (fill === null || !read(() => engine.block.getType(fill), '').endsWith('fill/color')) return undefined;
  const color = read(() => engine.block.getColor(fill, 'fill/color/value'), undefined as unknown);
  if (!color || typeof color !== 'object' || !('r' in color)) return undefined;
  const { r, g, b } = color as { r: number; g: number; b: number };
  return `rgb(${Math.round(r * 255)} ${Math.round(g * 255)} ${Math.round(b * 255)})`;
}

const box = (content: unknown) =>
  svg`<svg class="layer-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">${content}</svg>`;

/** The kind of a layer, for its icon and for tests: `image`, `text`, `shape:<type>`, `group`, `audio`, `video`, `block`. */
export function layerKind(engine: Engine, id: DesignBlockId): string {
  const type = read(() => engine.block.getType(id), '').replace(PREFIX, '');
  if (type === 'text') return 'text';
  if (type === 'group') return 'group';
  if (type === 'audio') return 'audio';
  const fill = read(() => engine.block.getFill(id), null);
  const fillType = fill === null ? '' : read(() => engine.block.getType(fill), '').replace(PREFIX, '');
  if (fillType === 'fill/image') return 'image';
  if (fillType === 'fill/video') return 'video';
  const shape = read(() => engine.block.getShape(id), null);
  if (shape !== null) return `shape:${read(() => engine.block.getType(shape), '').replace(`${PREFIX}shape/`, '')}`;
  return 'block';
}

/** The picture of one layer row. */
export function renderLayerIcon(engine: Engine, id: DesignBlockId): TemplateResult {
  const kind = layerKind(engine, id);
  if (kind === 'image') {
    const fill = engine.block.getFill(id)!;
    const uri = read(() => engine.block.getString(fill, 'fill/image/imageFileURI'), '');
    if (/^(blob|data):/i.test(uri)) return html`<img class="layer-thumb" part="layer-thumbnail" src=${uri} alt="" loading="lazy" decoding="async" />`;
    return html`<span class="layer-thumb" part="layer-thumbnail" data-kind=${kind}>${box(svg`<rect x="3" y="4" width="18" height="16" rx="2"/><circle cx="9" cy="10" r="2"/><path d="m21 17-5-5-9 8"/>`)}</span>`;
  }
  const color = fillColor(engine, id);
  const filled = color ?? 'none';
  let content: unknown;
  switch (kind) {
    case 'text': content = svg`<path d="M5 6V4h14v2M12 4v16M9 20h6"/>`; break;
    case 'group': content = svg`<rect x="3" y="3" width="12" height="12" rx="1.5"/><rect x="9" y="9" width="12" height="12" rx="1.5"/>`; break;
    case 'audio': content = svg`<path d="M9 18V5l12-2v13"/><circle cx="6" cy="18" r="3"/><circle cx="18" cy="16" r="3"/>`; break;
    case 'video': content = svg`<rect x="3" y="5" width="13" height="14" rx="2"/><path d="m16 10 5-3v10l-5-3"/>`; break;
    case 'shape:ellipse': content = svg`<ellipse cx="12" cy="12" rx="9" ry="8" fill=${filled}/>`; break;
    case 'shape:star': content = svg`<path d="m12 3 2.8 5.8 6.2.9-4.5 4.4 1.1 6.2L12 17.4l-5.6 2.9 1.1-6.2L3 9.7l6.2-.9z" fill=${filled}/>`; break;
    case 'shape:polygon': content = svg`<path d="m12 3 8.5 6.2-3.2 10H6.7l-3.2-10z" fill=${filled}/>`; break;
    case 'shape:line': content = svg`<path d="M4 20 20 4"/>`; break;
    default: content = svg`<rect x="4" y="5" width="16" height="14" rx="2" fill=${filled}/>`;
  }
  return html`<span class="layer-thumb" part="layer-thumbnail" data-kind=${kind}>${box(content)}</span>`;
}
