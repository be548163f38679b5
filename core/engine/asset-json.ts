import type { AssetDefinition } from './asset-api.js';
import { CesdkError, describeValue } from './errors.js';

/** Options of `addLocalAssetSourceFromJSONURI` / `…JSONString`. */
export interface AssetSourceJSONOptions {
  /** Only assets whose id matches one of these patterns are added; `*` matches any run of characters. */
  matcher?: string[];
}

/** A parsed asset manifest: the source id it declares and its assets, ready for `addAssetToSource`. */
export interface AssetManifest {
  readonly id: string;
  readonly assets: AssetDefinition[];
}

const MAX_ASSETS = 100_000;
const PLACEHOLDER = /\{\{\s*base_url\s*\}\}/g;

/**
 * Reads CE.SDK's asset manifest format (`{ version, id, assets: [{ id, label, tags, groups, meta }] }`).
 * Localized `label` / `tags` objects are resolved to `locale` (falling back to English, then to the
 * first entry), because local sources answer queries with plain strings. Every `{{base_url}}` in a
 * string value is replaced with `basePath` (trailing slashes dropped, since manifests write
 * `{{base_url}}/file`). Bad input throws `INVALID_VALUE` and adds nothing.
 */
export function parseAssetManifest(json: string, basePath: string, options: AssetSourceJSONOptions = {}, locale = 'en'): AssetManifest {
  if (typeof json !== 'string') throw new CesdkError('INVALID_VALUE', `an asset manifest must be a JSON string, got ${describeValue(json)}`);
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new CesdkError('INVALID_VALUE', `the asset manifest is not valid JSON: ${(error as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new CesdkError('INVALID_VALUE', 'an asset manifest must be a JSON object');
  const { id, assets } = data as { id?: unknown; assets?: unknown };
  if (typeof id !== 'string' || id.length === 0) throw new CesdkError('INVALID_VALUE', 'the asset manifest has no source id (a non-empty "id" string)');
  if (!Array.isArray(assets)) throw new CesdkError('INVALID_VALUE', `asset manifest '${id}' has no "assets" array`);
  if (assets.length > MAX_ASSETS) throw new CesdkError('INVALID_VALUE', `asset manifest '${id}' lists more than ${MAX_ASSETS} assets`);
  if (typeof options !== 'object' || options === null) throw new CesdkError('INVALID_VALUE', `asset source options must be an object, got ${describeValue(options)}`);
  const matches = compileMatcher(options.matcher);
  const base = basePath.replace(/\/+$/, '');
  const result: AssetDefinition[] = [];
  for (const [index, raw] of assets.entries()) {
    if (typeof raw !== 'object' || raw === null || typeof (raw as { id?: unknown }).id !== 'string' || (raw as { id: string }).id.length === 0) {
      throw new CesdkError('INVALID_VALUE', `asset ${index} of manifest '${id}' has no id`);
    }
    const entry = substitute(raw, base) as Record<string, unknown>;
    if (!matches(entry.id as string)) continue;
    const asset: AssetDefinition = { id: entry.id as string };
    const label = localized(entry.label, locale);
    if (typeof label === 'string') asset.label = label;
    const tags = localized(entry.tags, locale);
    if (Array.isArray(tags)) asset.tags = tags.filter((tag): tag is string => typeof tag === 'string');
    if (Array.isArray(entry.groups)) asset.groups = entry.groups.filter((group): group is string => typeof group === 'string');
    if (entry.meta !== undefined) {
      if (typeof entry.meta !== 'object' || entry.meta === null || Array.isArray(entry.meta)) throw new CesdkError('INVALID_VALUE', `asset '${asset.id}' of manifest '${id}': meta must be an object`);
      asset.meta = entry.meta as AssetDefinition['meta'];
    }
    result.push(asset);
  }
  return { id, assets: result };
}

/** The folder a manifest URL sits in: what `{{base_url}}` stands for when loading from a URL. */
export function manifestFolder(url: string): string {
  const path = url.split(/[?#]/, 1)[0]!;
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

function localized(value: unknown, locale: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const byLocale = value as Record<string, unknown>;
  return byLocale[locale] ?? byLocale.en ?? Object.values(byLocale)[0];
}

function substitute(value: unknown, base: string): unknown {
  if (typeof value === 'string') return value.replace(PLACEHOLDER, base);
  if (Array.isArray(value)) return value.map((item) => substitute(item, base));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, substitute(item, base)]));
  }
  return value;
}

function compileMatcher(patterns: unknown): (id: string) => boolean {
  if (patterns === undefined) return () => true;
  if (!Array.isArray(patterns) || patterns.some((pattern) => typeof pattern !== 'string')) {
    throw new CesdkError('INVALID_VALUE', `matcher must be an array of strings, got ${describeValue(patterns)}`);
  }
  const expressions = (patterns as string[]).map((pattern) => new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`));
  return (id) => expressions.some((expression) => expression.test(id));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
