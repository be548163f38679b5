/**
 * Localization for the editor elements: a string table per locale, `{name}` parameters, integrator
 * overrides, and a reactive controller that re-renders an element when its locale or the tables change.
 *
 * Lookup order for a key: the exact locale (`de-AT`), its base language (`de`), English, then the key
 * itself, so a missing translation shows something readable instead of failing.
 *
 * English is built in. The other built-in tables (German) load on demand, as a chunk of their own, the
 * first time their locale is asked for; until then lookups fall back to English, and `localeEvents`
 * fires `change` when the table lands so mounted elements re-render. `await loadLocale('de')` waits for
 * it; `<cesdk-editor>` resolves `ready` only after its locale's table is in.
 */
import { ContextConsumer, createContext } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { en } from './locales/en.js';

/** A flat table of message keys (`toolbar.undo`) to messages with optional `{param}` placeholders. */
export type LocaleStrings = Readonly<Record<string, string>>;

/** Values substituted into `{param}` placeholders. */
export type TranslationParams = Readonly<Record<string, string | number>>;

/** The locale used when nothing else is set, and the last fallback for missing keys. */
export const DEFAULT_LOCALE = 'en';

const tables = new Map<string, Record<string, string>>();

/** Built-in tables that load on demand, by base language. */
const builtInLoaders: Readonly<Record<string, () => Promise<LocaleStrings>>> = {
  de: () => import('./locales/de.js').then((module) => module.de),
};

/** Built-in tables loading or loaded (a failed load is dropped, so `loadLocale` can try again). */
const builtInLoads = new Map<string, Promise<void>>();
/** Built-in tables whose load failed: lookups do not retry them on their own. */
const failedBuiltIns = new Set<string>();

/**
 * Fires `change` whenever a table is registered or overridden, so mounted elements re-render.
 * Integrators can listen too.
 */
export const localeEvents = new EventTarget();

function normalize(locale: string): string {
  return locale.trim().toLowerCase().replace(/_/g, '-');
}

function builtInFor(locale: string): string | undefined {
  const normalized = normalize(locale);
  const base = normalized.split('-')[0] ?? normalized;
  return Object.prototype.hasOwnProperty.call(builtInLoaders, base) ? base : undefined;
}

function startBuiltInLoad(base: string): Promise<void> {
  let load = builtInLoads.get(base);
  if (load) return load;
  failedBuiltIns.delete(base);
  load = builtInLoaders[base]!().then(
    (strings) => {
      // Strings an integrator registered before the table arrived win over the built-in ones.
      const table = tables.get(base) ?? (Object.create(null) as Record<string, string>);
      for (const [messageKey, message] of Object.entries(strings)) {
        if (!Object.prototype.hasOwnProperty.call(table, messageKey)) table[messageKey] = message;
      }
      tables.set(base, table);
      localeEvents.dispatchEvent(new Event('change'));
    },
    (error: unknown) => {
      // Without the table the locale keeps falling back to English; an explicit loadLocale retries.
      builtInLoads.delete(base);
      failedBuiltIns.add(base);
      console.warn(`cesdk: the built-in "${base}" strings could not be loaded; using English`, error);
    },
  );
  builtInLoads.set(base, load);
  return load;
}

/** Starts loading the built-in table of a base language (`de`) in the background, unless it failed before. */
function requestBuiltIn(base: string): void {
  if (Object.prototype.hasOwnProperty.call(builtInLoaders, base) && !builtInLoads.has(base) && !failedBuiltIns.has(base)) void startBuiltInLoad(base);
}

/**
 * Loads the built-in table for `locale`'s language (`de` for `de-AT`) if there is one and it is not
 * loaded yet. Resolves once it is registered (and `localeEvents` fired `change`); resolves at once for
 * English and for locales without a built-in table. Never rejects: a table that fails to load leaves
 * the locale on the English fallback.
 * @example await loadLocale('de'); translate('de', 'toolbar.undo') // 'Rückgängig'
 */
export function loadLocale(locale: string): Promise<void> {
  const base = builtInFor(locale);
  return base === undefined ? Promise.resolve() : startBuiltInLoad(base);
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

/**
 * The locales that have a table, normalized to lower case (`en`, `de`, `pt-br`), including the built-in
 * ones that load on demand.
 */
export function availableLocales(): string[] {
  return [...new Set([...tables.keys(), ...Object.keys(builtInLoaders)])];
}

/**
 * A copy of one locale's own table (without fallbacks), or `undefined` when it is not registered.
 * A built-in table that loads on demand (German) is only complete after `await loadLocale(locale)`;
 * asking for it here starts that load.
 */
export function getLocaleStrings(locale: string): Record<string, string> | undefined {
  const normalized = normalize(locale);
  requestBuiltIn(normalized);
  const table = tables.get(normalized);
  return table ? { ...table } : undefined;
}

function lookup(locale: string, key: string): string | undefined {
  const normalized = normalize(locale);
  const base = normalized.split('-')[0] ?? normalized;
  requestBuiltIn(base);
  const candidates = [normalized, base, DEFAULT_LOCALE];
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
