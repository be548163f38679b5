/**
 * Localization for the editor elements: a string table per locale, `{name}` parameters, integrator
 * overrides, and a reactive controller that re-renders an element when its locale or the tables change.
 *
 * Lookup order for a key: the exact locale (`de-AT`), its base language (`de`), English, then the key
 * itself, so a missing translation shows something readable instead of failing.
 */
import { ContextConsumer, createContext } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en } from './locales/en.js';
import { de } from './locales/de.js';

/** A flat table of message keys (`toolbar.undo`) to messages with optional `{param}` placeholders. */
export type LocaleStrings = Readonly<Record<string, string>>;

/** Values substituted into `{param}` placeholders. */
export type TranslationParams = Readonly<Record<string, string | number>>;

/** The locale used when nothing else is set, and the last fallback for missing keys. */
export const DEFAULT_LOCALE = 'en';

const tables = new Map<string, Record<string, string>>();

/**
 * Fires `change` whenever a table is registered or overridden, so mounted elements re-render.
 * Integrators can listen too.
 */
export const localeEvents = new EventTarget();

function normalize(locale: string): string {
  return locale.trim().toLowerCase().replace(/_/g, '-');
}

function mergeInto(locale: string, strings: LocaleStrings): void {
  const key = normalize(locale);
  if (key === '') throw new TypeError('registerLocale: the locale name is empty');
  const entries = Object.entries(strings);
  // Validate everything first, so a bad table changes nothing.
  for (const [messageKey, message] of entries) {
    if (typeof message !== 'string') throw new TypeError(`registerLocale: the message "${messageKey}" of "${locale}" is not a string`);
  }
  const table = tables.get(key) ?? (Object.create(null) as Record<string, string>);
  for (const [messageKey, message] of entries) table[messageKey] = message;
  tables.set(key, table);
  localeEvents.dispatchEvent(new Event('change'));
}

/**
 * Adds a locale, or adds strings to an existing one (later keys win). Missing keys fall back to the
 * base language, then English.
 * @example registerLocale('fr', { 'toolbar.undo': 'Annuler' })
 */
export function registerLocale(locale: string, strings: LocaleStrings): void {
  mergeInto(locale, strings);
}

/**
 * Overrides individual strings of a locale (for example the product's own wording for "Save").
 * Same as {@link registerLocale}; the separate name says intent at the call site.
 */
export function setStrings(locale: string, strings: LocaleStrings): void {
  mergeInto(locale, strings);
}

/** The locales that have a table, normalized to lower case (`en`, `de`, `pt-br`). */
export function availableLocales(): string[] {
  return [...tables.keys()];
}

/** A copy of one locale's own table (without fallbacks), or `undefined` when it is not registered. */
export function getLocaleStrings(locale: string): Record<string, string> | undefined {
  const table = tables.get(normalize(locale));
  return table ? { ...table } : undefined;
}

function lookup(locale: string, key: string): string | undefined {
  const normalized = normalize(locale);
  const candidates = [normalized, normalized.split('-')[0] ?? normalized, DEFAULT_LOCALE];
  for (const candidate of candidates) {
    const message = tables.get(candidate)?.[key];
    if (message !== undefined) return message;
  }
  return undefined;
}

/**
 * Translates `key` for `locale`, substituting `{param}` placeholders. Unknown placeholders stay as
 * written, so a forgotten parameter is visible rather than silently empty.
 */
export function translate(locale: string, key: string, params?: TranslationParams): string {
  const message = lookup(locale, key) ?? key;
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : placeholder,
  );
}

/**
 * The locale an editor provides to everything inside it. `<cesdk-editor locale="de">` provides it;
 * every {@link LocaleController} below consumes it.
 */
export const localeContext = createContext<string | undefined>(Symbol.for('cesdk-locale'));

/**
 * Gives an element `t(key, params?)` and keeps it up to date.
 *
 * The locale is, in order: the element's own `locale` attribute, the locale provided by an enclosing
 * editor (context), the document's `lang`, then English. The host re-renders when any of those or the
 * string tables change; everything it listens to is released on disconnect.
 */
export class LocaleController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly consumer: ContextConsumer<typeof localeContext, ReactiveControllerHost & HTMLElement>;
  private observer?: MutationObserver;
  private readonly onTablesChanged = (): void => this.host.requestUpdate();

  /** Registers itself on `host`. */
  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
    this.consumer = new ContextConsumer(host, { context: localeContext, subscribe: true });
  }

  /** The resolved locale, e.g. `de`. */
  get locale(): string {
    const own = this.host.getAttribute('locale');
    if (own) return own;
    if (this.consumer.value) return this.consumer.value;
    const documentLanguage = this.host.ownerDocument?.documentElement?.lang;
    return documentLanguage || DEFAULT_LOCALE;
  }

  /** Translates `key` in the resolved locale. */
  t(key: string, params?: TranslationParams): string {
    return translate(this.locale, key, params);
  }

  /** @internal */
  hostConnected(): void {
    localeEvents.addEventListener('change', this.onTablesChanged);
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(this.host, { attributes: true, attributeFilter: ['locale'] });
  }

  /** @internal */
  hostDisconnected(): void {
    localeEvents.removeEventListener('change', this.onTablesChanged);
    this.observer?.disconnect();
    this.observer = undefined;
  }
}

registerLocale('en', en);
registerLocale('de', de);
