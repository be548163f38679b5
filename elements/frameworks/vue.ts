/**
 * Vue 3 template typings (import `cesdk-web-components/vue` once, for its types): every `<cesdk-*>`
 * tag is added to Vue's `GlobalComponents`, so `vue-tsc` and Volar check its props and its
 * `@cesdk-*` event handlers. Tell Vue's compiler the tags are custom elements
 * (`compilerOptions.isCustomElement: (tag) => tag.startsWith('cesdk-')`).
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { CesdkElementProps, CesdkEventMap, CesdkTagName } from './tag-types.js';

/** A custom element seen as a Vue component: typed props and emits, for template type-checking only. */
export type VueCustomElement<E extends HTMLElement> = new () => E & {
  /** @deprecated For template prop types only; not a property of the element. */
  $props: HTMLAttributes & CesdkElementProps<E> & PublicProps;
  /** @deprecated For template event types only; not a method of the element. */
  $emit: EmitFn<{ [K in keyof CesdkEventMap]: (event: CesdkEventMap[K]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents extends CesdkVueComponents {}
}

/** Every CE.SDK tag as a Vue global component type. */
export type CesdkVueComponents = { [K in CesdkTagName]: VueCustomElement<HTMLElementTagNameMap[K]> };
