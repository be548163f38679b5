/** Registers `<cesdk-inspector>` (and the shared controls it uses). Safe to import more than once. */
import '../shared/controls/define.js';
import { CesdkInspector } from './inspector.js';

if (!customElements.get('cesdk-inspector')) customElements.define('cesdk-inspector', CesdkInspector);

declare global {
  interface HTMLElementTagNameMap {
    'cesdk-inspector': CesdkInspector;
  }
}
