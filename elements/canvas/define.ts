/** Registers `<cesdk-canvas>` (once; importing this module twice is harmless). */
import { CesdkCanvas } from './canvas.js';

if (customElements.get('cesdk-canvas') === undefined) customElements.define('cesdk-canvas', CesdkCanvas);

declare global {
  interface HTMLElementTagNameMap {
    'cesdk-canvas': CesdkCanvas;
  }
}

export { CesdkCanvas };
