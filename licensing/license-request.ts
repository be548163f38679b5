import type { LicenseServerErrorCode } from './license-types.js';

/** What one validation request to the license backend produced. */
export type LicenseAnswer =
  | { readonly kind: 'document'; readonly document: unknown }
  | { readonly kind: 'rejected'; readonly reason: string }
  | { readonly kind: 'unreachable'; readonly reason: string };

/** The parameters of {@link requestLicense}. */
export interface LicenseRequest {
  readonly server: string;
  readonly key: string;
  readonly origin: string;
  readonly engineVersion: string;
  readonly signal?: AbortSignal | undefined;
}

const REQUEST_TIMEOUT = 15_000;
const PROBE_TIMEOUT = 5_000;

function withTimeout(signal: AbortSignal | undefined, milliseconds: number): AbortSignal {
  const timeout = AbortSignal.timeout(milliseconds);
  return signal && typeof AbortSignal.any === 'function' ? AbortSignal.any([signal, timeout]) : timeout;
}

function rejectionText(code: LicenseServerErrorCode | undefined, message: string | undefined, origin: string): string {
  switch (code) {
    case 'UNKNOWN_KEY':
      return 'The license key is unknown to the license server.';
    case 'REVOKED_KEY':
      return 'The license key has been revoked.';
    case 'ORIGIN_NOT_ALLOWED':
      return `The license key is not registered for this origin (${origin}).`;
    default:
      return `The license server refused the request${message ? `: ${message}` : '.'}`;
  }
}

/** A CORS refusal and a dead server look the same to `fetch`; an opaque no-cors request tells them apart. */
async function serverAnswersAtAll(server: string, signal: AbortSignal | undefined): Promise<boolean> {
  try {
    await fetch(`${server}/v1/health`, {
      mode: 'no-cors', cache: 'no-store', credentials: 'omit', referrerPolicy: 'no-referrer', signal: withTimeout(signal, PROBE_TIMEOUT),
    });
    return true;
  } catch {
    return false;
  }
}

/**
 * Asks the license backend for a temporary license: `POST {server}/v1/license` with the key, the
 * origin and the engine version in a JSON body (never in the URL), no credentials, no referrer.
 * Never throws. Transient failures (network, timeouts, 408, 429, 5xx) are `unreachable`; answers
 * about the key or the origin are `rejected`.
 */
export async function requestLicense(request: LicenseRequest): Promise<LicenseAnswer> {
  const { server, key, origin, engineVersion, signal } = request;
  if (!/^https?:\/\/[^\s]+$/i.test(server)) {
    return { kind: 'rejected', reason: 'The license server URL is not an http(s) URL.' };
  }
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  // Browsers set Origin themselves (and forbid setting it); Node's fetch does not.
  if (typeof location === 'undefined') headers.origin = origin;
  let response: Response;
  try {
    response = await fetch(`${server}/v1/license`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ key, origin, engineVersion }),
      cache: 'no-store',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: withTimeout(signal, REQUEST_TIMEOUT),
    });
  } catch {
    if (signal?.aborted) return { kind: 'unreachable', reason: 'The request was cancelled.' };
    if (typeof location !== 'undefined' && (await serverAnswersAtAll(server, signal))) {
      return { kind: 'rejected', reason: `The license server refused this origin (${origin}): it is not registered for any license key.` };
    }
    return { kind: 'unreachable', reason: 'The license server could not be reached.' };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (response.ok) {
    return body === undefined
      ? { kind: 'rejected', reason: 'The license server answered something that is not a license.' }
      : { kind: 'document', document: body };
  }
  if (response.status === 408 || response.status === 429 || response.status >= 500) {
    return { kind: 'unreachable', reason: `The license server is unavailable (HTTP ${response.status}).` };
  }
  const error = (body as { error?: { code?: LicenseServerErrorCode; message?: string } } | undefined)?.error;
  return { kind: 'rejected', reason: rejectionText(error?.code, typeof error?.message === 'string' ? error.message : undefined, origin) };
}
