/**
 * Registers `<cesdk-editor>` and every element it is made of, so importing this one module is enough
 * for a complete editor. The inspector, the dock panels and the context menu are defined a moment later, from a
 * chunk of their own; the editor's `ready` waits for them.
 */
import '../canvas/define.js';
import '../toolbar/define.js';
import { CesdkEditor } from './editor.js';
import { loadSecondaryElements } from './load-secondary-elements.js';

// The inspector, the dock panels and the context menu load right away, but as their own chunk (see load-secondary-elements.ts).
void loadSecondaryElements();

if (!customElements.get('cesdk-editor')) customElements.define('cesdk-editor', CesdkEditor);

declare global {
  interface HTMLElementTagNameMap {
    'cesdk-editor': CesdkEditor;
  }
}

export { CesdkEditor };
