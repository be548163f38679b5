/**
 * Registers `<cesdk-editor>` and every element it is made of, so importing this one module is enough
 * for a complete editor. The inspector and the asset library are defined a moment later, from a chunk of
 * their own, and the editor's `ready` waits for them; the layers and pages panels and the context and
 * export menus load from another chunk once the editor is ready.
 */
import '../canvas/define.js';
import '../toolbar/define.js';
import { CesdkEditor } from './editor.js';
import { loadOnDemandWhenIdle, loadSecondaryElements } from './load-secondary-elements.js';

// The first view's panels load right away, but as their own chunk (see load-secondary-elements.ts).
void loadSecondaryElements().then(loadOnDemandWhenIdle, (error: unknown) => console.error('CE.SDK: the chunk with the inspector and asset library failed to load', error));

if (!customElements.get('cesdk-editor')) customElements.define('cesdk-editor', CesdkEditor);

declare global {
  interface HTMLElementTagNameMap {
    'cesdk-editor': CesdkEditor;
  }
}

export { CesdkEditor };
