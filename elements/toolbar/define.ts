/** Registers `<cesdk-toolbar>` (and the export menu it embeds). */
import '../export-menu/define.js';
import { CesdkToolbar } from './toolbar.js';

if (!customElements.get('cesdk-toolbar')) customElements.define('cesdk-toolbar', CesdkToolbar);

declare global {
  interface HTMLElementTagNameMap {
    'cesdk-toolbar': CesdkToolbar;
  }
}

export { CesdkToolbar };
