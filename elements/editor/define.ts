/**
 * Registers `<cesdk-editor>` and every element it is made of, so importing this one module is enough
 * for a complete editor.
 */
import '../canvas/define.js';
import '../toolbar/define.js';
import '../page-navigator/define.js';
import '../context-menu/define.js';
import '../inspector/define.js';
import '../layers/define.js';
import '../asset-library/define.js';
import { CesdkEditor } from './editor.js';

if (!customElements.get('cesdk-editor')) customElements.define('cesdk-editor', CesdkEditor);

declare global {
  interface HTMLElementTagNameMap {
    'cesdk-editor': CesdkEditor;
  }
}

export { CesdkEditor };
