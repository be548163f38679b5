import { localBlobFor } from '../engine/local-blobs.js';
import { assetError, isAssetError } from './asset-error.js';

/** The default cap on the bytes one asset may have: 64 MB. */
export const defaultMaxAssetBytes = 64 * 1024 * 1024;

/** URI schemes the loader fetches; anything else (`javascript:`, `file:`, `about:`) is refused. */
const allowedProtocols = new Set(['data:', 'blob:', 'http:', 'https:']);

/** The bytes of an asset and the MIME type its source declared. */
export interface FetchedAsset {
  /** The absolute URI that was read. */
  readonly uri: string;
  /** The content, exactly as received. */
  readonly bytes: Uint8Array;
  /** The Content-Type (HTTP), media type (`data:`) or `Blob.type` (`blob:`), if any. */
  readonly declaredMimeType: string | undefined;
}

/** Options of {@link fetchAssetBytes}. */
export interface FetchAssetOptions {
  /** Refuse assets larger than this many bytes with `FILE_TOO_LARGE`. Default 64 MB. */
  readonly maxBytes?: number;
  /** Aborts the request and the read; the promise then rejects with `ABORTED`. */
  readonly signal?: AbortSignal;
  /** Base for relative URIs. Default `document.baseURI`. */
  readonly baseUri?: string;
}

/**
 * Resolves `uri` and checks its scheme: `data:`, `blob:`, `http:` and `https:` (relative URIs resolve
 * against the base, so same-origin paths work). Throws `INVALID_URI` for anything else.
 */
export function resolveAssetUri(uri: string, baseUri?: string): URL {
  let url: URL;
  try {
    url = new URL(uri, baseUri ?? (typeof document === 'undefined' ? undefined : document.baseURI));
  } catch {
    throw assetError('INVALID_URI', 'The asset URI is not a valid URL.', { uri: uri.slice(0, 200) });
  }
  if (!allowedProtocols.has(url.protocol)) {
    throw assetError('INVALID_URI', `The URI scheme ${url.protocol} is not allowed for assets.`, { protocol: url.protocol });
  }
  return url;
}

/**
 * Reads an asset's bytes with `fetch`: no credentials, no referrer, abortable, and streamed with a
 * byte cap, so an oversized file is refused (`FILE_TOO_LARGE`) without ever being held in full.
 * Errors: `INVALID_URI`, `FETCH_FAILED` (network error or HTTP error status), `FILE_TOO_LARGE`,
 * `ABORTED`.
 */
export async function fetchAssetBytes(uri: string, options: FetchAssetOptions = {}): Promise<FetchedAsset> {
  const url = resolveAssetUri(uri, options.baseUri);
  const maxBytes = options.maxBytes ?? defaultMaxAssetBytes;
  const signal = options.signal;
  if (signal?.aborted) throw assetError('ABORTED', 'The asset load was aborted.');
  // Our own object URLs (uploads, archive resources) are read from the Blob: no connection, so a
  // strict `connect-src` without `blob:` does not stop them.
  const local = url.protocol === 'blob:' ? localBlobFor(url.href) : undefined;
  if (local !== undefined) {
    if (local.size > maxBytes) throw tooLarge(local.size, maxBytes);
    const bytes = new Uint8Array(await local.arrayBuffer());
    if (signal?.aborted) throw assetError('ABORTED', 'The asset load was aborted.');
    return { uri: url.href, bytes, declaredMimeType: local.type || undefined };
  }
  // `data:` URIs are decoded here: no round trip through the browser's network service (which, after
  // a long task, answered a 64×64 PNG 170 ms late), and a strict `connect-src` does not stop them.
  if (url.protocol === 'data:') {
    // Its own small chunk: most designs never hold a data: URI.
    let decoder: typeof import('./data-uri.js');
    try {
      decoder = await import('./data-uri.js');
    } catch (error) {
      throw assetError('FETCH_FAILED', `The data: URI decoder could not be loaded: ${(error as Error).message}`, { uri: safeForMessage(url) });
    }
    if (signal?.aborted) throw assetError('ABORTED', 'The asset load was aborted.');
    return { uri: url.href, ...decoder.decodeDataUri(url.href, maxBytes) };
  }
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', signal, cache: 'default', redirect: 'follow' });
  } catch (error) {
    if (signal?.aborted) throw assetError('ABORTED', 'The asset load was aborted.');
    throw assetError('FETCH_FAILED', `The asset could not be fetched: ${(error as Error).message}`, { uri: safeForMessage(url) });
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw assetError('FETCH_FAILED', `The asset request failed with HTTP status ${response.status}.`, { status: response.status, uri: safeForMessage(url) });
  }
  const declaredLength = Number(response.headers.get('content-length') ?? NaN);
  if (declaredLength > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(declaredLength, maxBytes);
  }
  const bytes = await readCapped(response, maxBytes, signal);
  return { uri: url.href, bytes, declaredMimeType: response.headers.get('content-type') ?? undefined };
}

/** Reads a response body chunk by chunk, cancelling it as soon as it passes `maxBytes`. */
async function readCapped(response: Response, maxBytes: number, signal: AbortSignal | undefined): Promise<Uint8Array> {
  if (response.body === null) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(total, maxBytes);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (isAssetError(error)) throw error;
    if (signal?.aborted) throw assetError('ABORTED', 'The asset load was aborted.');
    throw assetError('FETCH_FAILED', `Reading the asset failed: ${(error as Error).message}`);
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

export function tooLarge(byteLength: number, maxBytes: number) {
  return assetError('FILE_TOO_LARGE', `The asset has more than ${maxBytes} bytes.`, { byteLength, maxBytes });
}

/** `data:` URIs can be megabytes long; error details keep only their start. */
function safeForMessage(url: URL): string {
  return url.protocol === 'data:' ? `${url.href.slice(0, 40)}…` : url.href;
}
