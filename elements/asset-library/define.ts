/** Registers `<cesdk-asset-library>`. Safe to import more than once. */
import { CesdkAssetLibrary } from './asset-library.js';

if (!customElements.get('cesdk-asset-library')) customElements.define('cesdk-asset-library', CesdkAssetLibrary);

declare global {
  interface HTMLElementTagNameMap {
    'cesdk-asset-library': CesdkAssetLibrary;
  }
}
