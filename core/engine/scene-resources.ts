/**
 * Resource URLs in saved scenes. `saveToString` follows CE.SDK: a resource whose URL scheme is not in
 * `allowedResourceSchemes` is handed to the caller's `onDisallowedResourceScheme(url, dataHash)`,
 * which returns a persistent URL to write instead; without that callback the save is refused
 * (`RESOURCE_SCHEME_DISALLOWED`). `blob:` URLs (uploads, resources of an opened archive) live only as
 * long as the page, so they are not allowed by default: a saved scene never refers to one silently.
 */
import type { EngineCore } from './engine-core.js';
import { CesdkError } from './errors.js';
import { findDeclaration } from './property-registry.js';
import { localBlobFor } from './local-blobs.js';

/**
 * The schemes `saveToString` keeps as they are by default: CE.SDK's list without `blob` (which
 * would not reopen in another tab), plus `data` (the bytes are in the URL itself).
 */
export const DEFAULT_ALLOWED_RESOURCE_SCHEMES: readonly string[] = Object.freeze(['bundle', 'file', 'http', 'https', 'opfs', 'data']);

/** CE.SDK's callback: returns the URL to save for a resource whose scheme is not allowed. */
export type DisallowedResourceSchemeHandler = (url: string, dataHash: string) => Promise<string>;

declare function atob(data: string): string;
type FetchLike = (uri: string) => Promise<{ ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer> }>;

interface SavedDocument {
  blocks: Array<{ properties?: Record<string, unknown> }>;
}

/** Visits every URI-typed property value of a saved scene document. */
export function forEachUriProperty(document: SavedDocument, visit: (properties: Record<string, unknown>, key: string, uri: string, index: number) => void): void {
  document.blocks.forEach((block, index) => {
    const properties = block.properties;
    if (!properties) return;
    for (const key of Object.keys(properties)) {
      const value = properties[key];
      if (typeof value === 'string' && value !== '' && findDeclaration(key)?.isUri) visit(properties, key, value, index);
    }
  });
}

/** The lower-case scheme of a URL (`blob`), or undefined for a relative one. */
export function schemeOf(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
}

/** Decodes a data: URI into its bytes and MIME type. */
export function decodeDataUri(uri: string): { bytes: Uint8Array; mimeType: string } {
  const comma = uri.indexOf(',');
  if (!uri.startsWith('data:') || comma < 0) throw new CesdkError('RESOURCE_UNAVAILABLE', `malformed data URI '${uri.slice(0, 40)}…'`);
  const header = uri.slice(5, comma);
  const payload = uri.slice(comma + 1);
  const mimeType = header.split(';')[0] || 'application/octet-stream';
  if (header.endsWith(';base64')) {
    let binary: string;
    try {
      binary = atob(payload);
    } catch {
      throw new CesdkError('RESOURCE_UNAVAILABLE', 'data URI has invalid base64');
    }
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
    return { bytes, mimeType };
  }
  return { bytes: percentDecode(payload), mimeType };
}

/** The bytes of a percent-encoded data URI payload: `%XX` is one byte, other characters are UTF-8. */
function percentDecode(payload: string): Uint8Array {
  const bytes: number[] = [];
  for (let index = 0; index < payload.length; ) {
    if (payload[index] === '%') {
      const hex = payload.slice(index + 1, index + 3);
      if (!/^[0-9a-f]{2}$/i.test(hex)) throw new CesdkError('RESOURCE_UNAVAILABLE', 'data URI has an invalid percent escape');
      bytes.push(parseInt(hex, 16));
      index += 3;
      continue;
    }
    const codePoint = payload.codePointAt(index)!;
    const character = String.fromCodePoint(codePoint);
    if (codePoint < 0x80) bytes.push(codePoint);
    else {
      let encoded: string;
      try {
        encoded = encodeURIComponent(character);
      } catch {
        throw new CesdkError('RESOURCE_UNAVAILABLE', 'data URI has an unpaired surrogate');
      }
      for (const match of encoded.matchAll(/%([0-9A-F]{2})/g)) bytes.push(parseInt(match[1]!, 16));
    }
    index += character.length;
  }
  return Uint8Array.from(bytes);
}

/** Reads a resource's bytes: data: URIs directly, else the engine's `fetchResource` or `fetch`. */
export async function fetchResourceBytes(core: EngineCore, uri: string): Promise<{ bytes: Uint8Array; mimeType?: string }> {
  if (uri.startsWith('data:')) return decodeDataUri(uri);
  // Uploads and archive resources are object URLs the SDK made: read from memory, no connection
  // (a strict `connect-src` refuses fetching `blob:` URLs).
  const local = localBlobFor(uri);
  if (local !== undefined) return { bytes: new Uint8Array(await local.arrayBuffer()), mimeType: local.type || undefined };
  try {
    if (core.fetchResource) return { bytes: await core.fetchResource(uri) };
    const fetchFunction = (globalThis as unknown as { fetch?: FetchLike }).fetch;
    if (!fetchFunction) throw new Error('no fetch available');
    const response = await fetchFunction(uri);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return { bytes: new Uint8Array(await response.arrayBuffer()) };
  } catch (error) {
    if (error instanceof CesdkError) throw error;
    throw new CesdkError('RESOURCE_UNAVAILABLE', `could not fetch '${uri.slice(0, 200)}': ${(error as Error).message}`);
  }
}

/** The SHA-256 of `bytes` as lower-case hex (WebCrypto, in browsers and Node alike). */
async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const subtle = (globalThis as unknown as { crypto?: { subtle?: { digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer> } } }).crypto?.subtle;
  if (!subtle) throw new CesdkError('INVALID_STATE', 'this platform has no WebCrypto to hash resources');
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Checks and normalizes `allowedResourceSchemes` (`'https'` or `'https:'`, any case). */
export function normalizeSchemes(schemes: unknown): Set<string> {
  if (schemes === undefined) return new Set(DEFAULT_ALLOWED_RESOURCE_SCHEMES);
  if (!Array.isArray(schemes) || schemes.some((scheme) => typeof scheme !== 'string')) {
    throw new CesdkError('INVALID_VALUE', 'allowedResourceSchemes must be an array of scheme names such as "https"');
  }
  return new Set(schemes.map((scheme: string) => scheme.toLowerCase().replace(/:$/, '')));
}

/**
 * Rewrites, in place, every resource URL of `document` whose scheme is not in `allowed` with what
 * `handler` returns for it (called once per distinct URL, with the SHA-256 of its bytes).
 * @throws CesdkError `RESOURCE_SCHEME_DISALLOWED` when there is no handler (naming the JSON path);
 * `INVALID_VALUE` when the handler returns something that is not a string; `RESOURCE_UNAVAILABLE`
 * when the resource cannot be read.
 */
export async function persistResources(core: EngineCore, document: SavedDocument, allowed: ReadonlySet<string>, handler: DisallowedResourceSchemeHandler | undefined): Promise<void> {
  if (handler !== undefined && typeof handler !== 'function') throw new CesdkError('INVALID_VALUE', 'onDisallowedResourceScheme must be a function');
  const pending: Array<{ properties: Record<string, unknown>; key: string; uri: string; index: number }> = [];
  forEachUriProperty(document, (properties, key, uri, index) => {
    const scheme = schemeOf(uri);
    if (scheme !== undefined && !allowed.has(scheme)) pending.push({ properties, key, uri, index });
  });
  if (pending.length === 0) return;
  if (handler === undefined) {
    const first = pending[0]!;
    const path = `$.blocks[${first.index}].properties.${first.key}`;
    throw new CesdkError(
      'RESOURCE_SCHEME_DISALLOWED',
      `${path}: the resource '${first.uri.slice(0, 80)}' has the scheme '${schemeOf(first.uri)}:', which is not in allowedResourceSchemes; pass onDisallowedResourceScheme to store it somewhere persistent, or use saveToArchive()`,
      { path },
    );
  }
  const replacements = new Map<string, Promise<string>>();
  for (const entry of pending) {
    let replacement = replacements.get(entry.uri);
    if (replacement === undefined) {
      replacement = (async () => {
        const { bytes } = await fetchResourceBytes(core, entry.uri);
        const url = await handler(entry.uri, await sha256Hex(bytes));
        if (typeof url !== 'string') throw new CesdkError('INVALID_VALUE', `onDisallowedResourceScheme returned ${typeof url} for '${entry.uri.slice(0, 80)}', not a URL string`);
        return url;
      })();
      replacements.set(entry.uri, replacement);
    }
    entry.properties[entry.key] = await replacement;
  }
}
