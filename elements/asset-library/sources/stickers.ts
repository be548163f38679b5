/**
 * The built-in sticker set: small, self-contained SVGs (no scripts, no external references) shipped
 * as `data:` URIs, so they work offline and need no asset server.
 */

/** One built-in sticker. */
export interface StickerDefinition {
  /** Stable asset id inside the `ly.img.sticker` source. */
  id: string;
  /** Locale key of its name (`assets.sticker.<id>`). */
  labelKey: string;
  /** Search tags (English). */
  tags: string[];
  /** The SVG source. */
  svg: string;
}

const svg = (body: string): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" height="100">${body}</svg>`;

/** The stickers, in display order. */
export const STICKERS: readonly StickerDefinition[] = [
  {
    id: 'heart',
    labelKey: 'assets.sticker.heart',
    tags: ['heart', 'love'],
    svg: svg('<path d="M50 88 C20 66 6 50 6 32 C6 18 17 8 30 8 C39 8 46 13 50 20 C54 13 61 8 70 8 C83 8 94 18 94 32 C94 50 80 66 50 88 Z" fill="#e0245e"/>'),
  },
  {
    id: 'star',
    labelKey: 'assets.sticker.star',
    tags: ['star', 'favorite'],
    svg: svg('<path d="M50 6 L62 38 L96 38 L68 58 L79 92 L50 72 L21 92 L32 58 L4 38 L38 38 Z" fill="#f5b301" stroke="#b37f00" stroke-width="3" stroke-linejoin="round"/>'),
  },
  {
    id: 'smile',
    labelKey: 'assets.sticker.smile',
    tags: ['smile', 'face', 'happy', 'emoji'],
    svg: svg('<circle cx="50" cy="50" r="44" fill="#ffd23f" stroke="#c99a00" stroke-width="3"/><circle cx="35" cy="40" r="6" fill="#3b2a00"/><circle cx="65" cy="40" r="6" fill="#3b2a00"/><path d="M28 60 Q50 82 72 60" fill="none" stroke="#3b2a00" stroke-width="6" stroke-linecap="round"/>'),
  },
  {
    id: 'sun',
    labelKey: 'assets.sticker.sun',
    tags: ['sun', 'weather', 'summer'],
    svg: svg('<g stroke="#f08c00" stroke-width="6" stroke-linecap="round"><line x1="50" y1="4" x2="50" y2="18"/><line x1="50" y1="82" x2="50" y2="96"/><line x1="4" y1="50" x2="18" y2="50"/><line x1="82" y1="50" x2="96" y2="50"/><line x1="17" y1="17" x2="27" y2="27"/><line x1="73" y1="73" x2="83" y2="83"/><line x1="17" y1="83" x2="27" y2="73"/><line x1="73" y1="27" x2="83" y2="17"/></g><circle cx="50" cy="50" r="24" fill="#ffc21a"/>'),
  },
  {
    id: 'cloud',
    labelKey: 'assets.sticker.cloud',
    tags: ['cloud', 'weather'],
    svg: svg('<path d="M26 78 C12 78 4 68 4 57 C4 46 13 38 24 38 C26 24 37 14 51 14 C65 14 75 23 78 36 C89 37 96 46 96 57 C96 69 87 78 75 78 Z" fill="#dfe9f5" stroke="#6c8ebf" stroke-width="4"/>'),
  },
  {
    id: 'lightning',
    labelKey: 'assets.sticker.lightning',
    tags: ['lightning', 'bolt', 'energy'],
    svg: svg('<path d="M58 4 L18 56 L46 56 L38 96 L82 40 L54 40 Z" fill="#ffcf33" stroke="#a87b00" stroke-width="3" stroke-linejoin="round"/>'),
  },
  {
    id: 'speech-bubble',
    labelKey: 'assets.sticker.speechBubble',
    tags: ['speech', 'bubble', 'comment', 'chat'],
    svg: svg('<path d="M14 10 H86 A10 10 0 0 1 96 20 V62 A10 10 0 0 1 86 72 H44 L22 92 L26 72 H14 A10 10 0 0 1 4 62 V20 A10 10 0 0 1 14 10 Z" fill="#ffffff" stroke="#1d1d1f" stroke-width="4" stroke-linejoin="round"/>'),
  },
  {
    id: 'arrow',
    labelKey: 'assets.sticker.arrow',
    tags: ['arrow', 'direction', 'pointer'],
    svg: svg('<path d="M6 40 H58 V20 L94 50 L58 80 V60 H6 Z" fill="#2f5fd0" stroke="#1b3a85" stroke-width="3" stroke-linejoin="round"/>'),
  },
  {
    id: 'check',
    labelKey: 'assets.sticker.check',
    tags: ['check', 'done', 'ok', 'yes'],
    svg: svg('<circle cx="50" cy="50" r="44" fill="#2e9e5b"/><path d="M28 52 L44 68 L74 34" fill="none" stroke="#ffffff" stroke-width="9" stroke-linecap="round" stroke-linejoin="round"/>'),
  },
];

/** The `data:` URI of a sticker's SVG. */
export function stickerUri(sticker: StickerDefinition): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(sticker.svg)}`;
}
