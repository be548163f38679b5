/**
 * The keyboard shortcut help dialog: a native modal `<dialog>` (focus stays inside, Escape closes)
 * listing every row of the shortcut table in the current locale and platform notation.
 */
import { html, type TemplateResult } from 'lit';
import { formatCombination, helpRows, isApplePlatform } from '../shared/shortcuts.js';
import { closeIcon } from '../shared/icons.js';

/** Renders the dialog; `t` translates, `onClose` runs when the close button is pressed. */
export function renderShortcutHelp(t: (key: string) => string, onClose: () => void): TemplateResult {
  const apple = isApplePlatform();
  return html`<dialog part="shortcut-dialog" aria-labelledby="shortcut-title">
    <div class="dialog-header">
      <h2 id="shortcut-title">${t('shortcuts.title')}</h2>
      <button class="icon-button" part="button shortcut-close" type="button" aria-label=${t('shortcuts.close')} title=${t('shortcuts.close')}
        @click=${onClose}>${closeIcon}</button>
    </div>
    <div class="dialog-body">
      <table>
        <thead><tr><th scope="col">${t('shortcuts.action')}</th><th scope="col">${t('shortcuts.key')}</th></tr></thead>
        <tbody>
          ${helpRows().map((row) => html`<tr>
            <td>${t(row.labelKey)}</td>
            <td>${row.keys.map((keys) => html`<kbd>${keys.startsWith('shortcuts.') ? t(keys) : formatCombination(keys, apple)}</kbd>`)}</td>
          </tr>`)}
        </tbody>
      </table>
    </div>
  </dialog>`;
}
