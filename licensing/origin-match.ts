// Strict origin matching for license pins and enterprise origin lists.

/** A parsed origin: lower-case scheme and host, and an explicit port ('' when the scheme's default). */
interface ParsedOrigin {
  readonly scheme: 'http' | 'https';
  readonly host: string;
  readonly port: string;
}

const DEFAULT_PORTS: Record<string, string> = { http: '80', https: '443' };
const HOST_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const IPV6_HOST = /^\[[0-9a-f:.]+\]$/;
const ORIGIN_SHAPE = /^(https?):\/\/(\[[0-9a-f:.]+\]|[^/:?#@\s[\]]+)(?::(\d{1,5}))?$/;

function parse(text: string, allowWildcard: boolean): (ParsedOrigin & { wildcard: boolean }) | undefined {
  const match = ORIGIN_SHAPE.exec(text.trim().toLowerCase());
  if (!match) return undefined;
  const scheme = match[1] as 'http' | 'https';
  let host = match[2];
  const rawPort = match[3] ?? '';
  if (rawPort !== '' && Number(rawPort) > 65535) return undefined;
  const port = rawPort === DEFAULT_PORTS[scheme] ? '' : rawPort.replace(/^0+(?=\d)/, '');
  let wildcard = false;
  if (host.startsWith('*.')) {
    if (!allowWildcard) return undefined;
    wildcard = true;
    host = host.slice(2);
  }
  if (IPV6_HOST.test(host)) return wildcard ? undefined : { scheme, host, port, wildcard };
  const labels = host.split('.');
  if (!labels.every((label) => HOST_LABEL.test(label))) return undefined;
  // `*.com` or `*.localhost` would cover a whole top-level domain: refused, not widened.
  if (wildcard && (labels.length < 2 || labels.every((label) => /^\d+$/.test(label)))) return undefined;
  return { scheme, host, port, wildcard };
}

/** Whether `pattern` is a well-formed origin pattern (exact origin, or `scheme://*.domain.tld[:port]`). */
export function isValidOriginPattern(pattern: string): boolean {
  return parse(pattern, true) !== undefined;
}

/** Normalizes an origin (lower case, default port dropped); undefined when it is not a plain http(s) origin. */
export function normalizeOrigin(origin: string): string | undefined {
  const parsed = parse(origin, false);
  if (!parsed) return undefined;
  return `${parsed.scheme}://${parsed.host}${parsed.port ? `:${parsed.port}` : ''}`;
}

/**
 * Whether `origin` (such as `location.origin`) is allowed by `pattern`.
 *
 * - Scheme, host and port must all match; a default port may be written or left out.
 * - `https://*.example.com` matches `https://a.example.com` and `https://a.b.example.com`, but not
 *   `https://example.com`, `https://example.com.evil.io` or `https://evilexample.com`.
 * - `localhost`, `127.0.0.1` and `[::1]` match only when listed exactly; wildcards never cover them.
 * - Anything malformed (paths, credentials, `null`, other schemes) matches nothing.
 */
export function matchOrigin(pattern: string, origin: string): boolean {
  const allowed = parse(pattern, true);
  const actual = parse(origin, false);
  if (!allowed || !actual) return false;
  if (allowed.scheme !== actual.scheme || allowed.port !== actual.port) return false;
  if (!allowed.wildcard) return allowed.host === actual.host;
  return actual.host.endsWith(`.${allowed.host}`) && actual.host.length > allowed.host.length + 1;
}
