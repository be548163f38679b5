/**
 * Type helpers shared by the Vue and Svelte template typings: the CE.SDK tags and their `cesdk-*`
 * events, read from the global `HTMLElementTagNameMap` and `HTMLElementEventMap` entries the elements
 * declare, so new elements and events are picked up without a second list.
 */
import type {} from '../index.js';
import type {} from '../panels.js';

/** Every CE.SDK tag name. */
export type CesdkTagName = Extract<keyof HTMLElementTagNameMap, `cesdk-${string}`>;

/** Every `cesdk-*` event name mapped to its event class. */
export type CesdkEventMap = { [K in Extract<keyof HTMLElementEventMap, `cesdk-${string}`>]: HTMLElementEventMap[K] };

/** The settable properties of an element (its own, not `HTMLElement`'s), all optional. */
export type CesdkElementProps<E extends HTMLElement> = Partial<Omit<E, keyof HTMLElement>>;
