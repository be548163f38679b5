/** Registers `<cesdk-page-navigator>`. */
import { CesdkPageNavigator } from './page-navigator.js';

if (!customElements.get('cesdk-page-navigator')) customElements.define('cesdk-page-navigator', CesdkPageNavigator);

declare global {
  interface HTMLElementTagNameMap {
    'cesdk-page-navigator': CesdkPageNavigator;
  }
}

export { CesdkPageNavigator };
