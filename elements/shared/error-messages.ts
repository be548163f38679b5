/**
 * What users read when something fails: a short message per error code, in their language. The
 * developer's detail (the error's own message, with its code, path and URI) goes to the console and
 * travels on the `cesdk-error` event; it is never shown raw in the UI.
 */
import type { CesdkError } from '../../core/engine/index.js';
import { translate } from './i18n.js';

const FONT_FILE = /\.(ttf|otf|woff2?)(?:[?#].*)?$/i;

/** The short message for `error` in `locale` (`error.code.<CODE>`, else a general one). */
export function errorMessage(error: CesdkError | undefined, locale: string): string {
  if (!error) return translate(locale, 'error.code.default');
  const uri = (error as { uri?: unknown }).uri;
  if (typeof uri === 'string' && FONT_FILE.test(uri) && ['FETCH_FAILED', 'DECODE_FAILED', 'UNSUPPORTED_FORMAT', 'EMPTY_FILE', 'RESOURCE_UNAVAILABLE'].includes(error.code)) {
    return translate(locale, 'error.fontUnavailable');
  }
  const details = (error as { details?: Readonly<Record<string, unknown>> }).details;
  const key = `error.code.${error.code}`;
  const message = translate(locale, key, { face: String(details?.face ?? '') });
  return message === key ? translate(locale, 'error.code.default') : message;
}

const logged = new WeakSet<object>();

/** Writes the developer detail of `error` to the console, once per error object. */
export function logErrorDetail(error: CesdkError, context: string): void {
  if (logged.has(error)) return;
  logged.add(error);
  console.warn(`cesdk ${context}:`, error);
}
