/**
 * Svelte 5 template typings (import `cesdk-web-components/svelte` once, for its types): every
 * `<cesdk-*>` tag is added to `svelte/elements`' `SvelteHTMLElements` (and to the older global
 * `svelteHTML.IntrinsicElements`), so `svelte-check` checks its props and its `oncesdk-*` handlers.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { CesdkElementProps, CesdkEventMap, CesdkTagName } from './tag-types.js';

/** Event handler attributes in Svelte 5's form: `oncesdk-export={(event) => …}`. */
export type CesdkSvelteEvents<E extends HTMLElement> = {
  [K in keyof CesdkEventMap as `on${K}`]?: (event: CesdkEventMap[K] & { currentTarget: E }) => void;
};

/** The attributes and properties a CE.SDK tag takes in a Svelte template. */
export type CesdkSvelteAttributes<E extends HTMLElement> = HTMLAttributes<E> & CesdkElementProps<E> & CesdkSvelteEvents<E>;

/** Every CE.SDK tag's template attributes. */
export type CesdkSvelteElements = { [K in CesdkTagName]: CesdkSvelteAttributes<HTMLElementTagNameMap[K]> };

declare module 'svelte/elements' {
  interface SvelteHTMLElements extends CesdkSvelteElements {}
}

declare global {
  // Svelte's language tools also read this older global namespace.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace svelteHTML {
    interface IntrinsicElements extends CesdkSvelteElements {}
  }
}
