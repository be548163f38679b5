/** Registers `<cesdk-export-menu>` and its English and German strings. */
import { registerLocale } from '../shared/i18n.js';
import { CesdkExportMenu } from './export-menu.js';
import { exportMenuDe, exportMenuEn } from './export-menu.strings.js';

registerLocale('en', exportMenuEn);
registerLocale('de', exportMenuDe);
if (!customElements.get('cesdk-export-menu')) customElements.define('cesdk-export-menu', CesdkExportMenu);

declare global {
  interface HTMLElementTagNameMap {
    'cesdk-export-menu': CesdkExportMenu;
  }
}

export { CesdkExportMenu };
