// The strict Content-Security-Policy the SDK is tested under (test/security/strict-csp.browser.test.ts)
// and that `npm start` serves the demo with. SECURITY.md explains each directive to integrators.

/**
 * The policy as one header value. `licenseServer` (a URL or origin) is added to `connect-src`; without
 * one (enterprise license files, zero-network mode) the page may connect to its own origin only.
 */
export function strictContentSecurityPolicy({ licenseServer } = {}) {
  const connect = ["'self'"];
  if (licenseServer) connect.push(new URL(licenseServer).origin);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' blob: data:",
    "media-src 'self' blob:",
    "font-src 'self' blob: data:",
    "worker-src 'self' blob:",
    `connect-src ${connect.join(' ')}`,
    "require-trusted-types-for 'script'",
    'trusted-types cesdk lit-html',
  ].join('; ');
}
