import type { EngineCore } from './engine-core.js';
import { CesdkError, describeValue } from './errors.js';

interface FetchResponse {
  ok: boolean;
  status: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}
type FetchFunction = (uri: string) => Promise<FetchResponse>;

/**
 * Reads the bytes behind a URL for the `load…URL` calls: through the engine's `fetchResource`
 * when one is set, else the platform's `fetch`. Failures become `RESOURCE_UNAVAILABLE`.
 */
export async function fetchBytes(core: EngineCore, url: string): Promise<Uint8Array> {
  if (typeof url !== 'string' || url.length === 0 || url.length > 8192) throw new CesdkError('INVALID_VALUE', `a URL must be a non-empty string, got ${describeValue(url)}`);
  try {
    if (core.fetchResource) return await core.fetchResource(url);
    const fetchFunction = (globalThis as unknown as { fetch?: FetchFunction }).fetch;
    if (!fetchFunction) throw new Error('no fetch available');
    const response = await fetchFunction(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    if (error instanceof CesdkError) throw error;
    throw new CesdkError('RESOURCE_UNAVAILABLE', `could not fetch '${url.slice(0, 200)}': ${(error as Error).message}`);
  }
}

/** UTF-8 text of bytes, with the platform's TextDecoder (browsers, Node 20; the engine's lib has no DOM types). */
export function decodeUtf8(bytes: Uint8Array): string {
  const Decoder = (globalThis as unknown as { TextDecoder: new () => { decode(input: Uint8Array): string } }).TextDecoder;
  return new Decoder().decode(bytes);
}
