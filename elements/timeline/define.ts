/** Registers `<cesdk-timeline>` and its English and German strings. Safe to import more than once. */
import { registerLocale } from '../shared/i18n.js';
import { CesdkTimeline } from './timeline.js';
import { timelineDe, timelineEn } from './timeline.strings.js';

registerLocale('en', timelineEn);
registerLocale('de', timelineDe);
if (!customElements.get('cesdk-timeline')) customElements.define('cesdk-timeline', CesdkTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'cesdk-timeline': CesdkTimeline;
  }
}

export { CesdkTimeline };
