/**
 * Registers `<cesdk-toolbar>`, and starts loading the export menu it embeds: that menu (and the
 * export code behind it) is a chunk of its own, defined a moment later, so it stays out of the
 * code needed for the editor's first frame.
 */
import { CesdkToolbar } from './toolbar.js';

void import('../export-menu/define.js');

if (!customElements.get('cesdk-toolbar')) customElements.define('cesdk-toolbar', CesdkToolbar);

declare global {
  interface HTMLElementTagNameMap {
    'cesdk-toolbar': CesdkToolbar;
  }
}

export { CesdkToolbar };
