/** Registers `<cesdk-layers>` (and the shared controls it uses). Safe to import more than once. */
import '../shared/controls/define.js';
import { CesdkLayers } from './layers.js';

if (!customElements.get('cesdk-layers')) customElements.define('cesdk-layers', CesdkLayers);

declare global {
  interface HTMLElementTagNameMap {
    'cesdk-layers': CesdkLayers;
  }
}
