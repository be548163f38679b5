/** Registers `<cesdk-context-menu>`. */
import { CesdkContextMenu } from './context-menu.js';

if (!customElements.get('cesdk-context-menu')) customElements.define('cesdk-context-menu', CesdkContextMenu);

declare global {
  interface HTMLElementTagNameMap {
    'cesdk-context-menu': CesdkContextMenu;
  }
}

export { CesdkContextMenu };
