import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isValidOriginPattern, matchOrigin, normalizeOrigin } from './origin-match.js';

const cases: Array<[pattern: string, origin: string, expected: boolean]> = [
  // Wildcards cover every subdomain depth, nothing else.
  ['https://*.example.com', 'https://a.example.com', true],
  ['https://*.example.com', 'https://a.b.example.com', true],
  ['https://*.example.com', 'https://example.com', false],
  ['https://*.example.com', 'https://example.com.evil.io', false],
  ['https://*.example.com', 'https://evilexample.com', false],
  ['https://*.example.com', 'https://a.evilexample.com', false],
  ['https://*.example.com', 'http://a.example.com', false],
  ['https://*.example.com', 'https://a.example.com:8443', false],
  ['https://*.example.com:8443', 'https://a.example.com:8443', true],
  ['https://*.example.com', 'https://.example.com', false],
  // Exact origins: scheme, host and port.
  ['https://example.com', 'https://example.com', true],
  ['https://example.com', 'https://www.example.com', false],
  ['https://example.com', 'http://example.com', false],
  ['https://example.com', 'https://example.com:444', false],
  ['https://example.com:443', 'https://example.com', true],
  ['http://example.com:80', 'http://example.com', true],
  ['HTTPS://Example.COM', 'https://example.com', true],
  // Loopback hosts match only when listed.
  ['http://localhost:8080', 'http://localhost:8080', true],
  ['http://localhost:8080', 'http://127.0.0.1:8080', false],
  ['http://localhost:8080', 'http://localhost:8081', false],
  ['http://127.0.0.1:8080', 'http://127.0.0.1:8080', true],
  ['http://127.0.0.1:8080', 'http://localhost:8080', false],
  ['http://[::1]:8080', 'http://[::1]:8080', true],
  ['http://[::1]:8080', 'http://localhost:8080', false],
  ['https://*.example.com', 'http://localhost', false],
  // Wildcards never cover a top-level domain, loopback or IPs; malformed input matches nothing.
  ['https://*.com', 'https://example.com', false],
  ['http://*.localhost', 'http://a.localhost', false],
  ['http://*.0.0.1', 'http://127.0.0.1', false],
  ['https://*example.com', 'https://aexample.com', false],
  ['https://a.*.example.com', 'https://a.b.example.com', false],
  ['https://example.com/', 'https://example.com', false],
  ['https://example.com', 'https://example.com/', false],
  ['https://example.com', 'https://user@example.com', false],
  ['https://example.com', 'null', false],
  ['ftp://example.com', 'ftp://example.com', false],
  ['file://', 'file://', false],
  ['https://example.com:99999', 'https://example.com:99999', false],
  ['', '', false],
];

for (const [pattern, origin, expected] of cases) {
  test(`matchOrigin(${JSON.stringify(pattern)}, ${JSON.stringify(origin)}) is ${expected}`, () => {
    assert.equal(matchOrigin(pattern, origin), expected);
  });
}

test('pattern validity and origin normalization', () => {
  assert.equal(isValidOriginPattern('https://*.example.com'), true);
  assert.equal(isValidOriginPattern('https://*.com'), false);
  assert.equal(isValidOriginPattern('https://example.com/path'), false);
  assert.equal(normalizeOrigin('HTTPS://Example.com:443'), 'https://example.com');
  assert.equal(normalizeOrigin('http://localhost:08080'), 'http://localhost:8080');
  assert.equal(normalizeOrigin('https://*.example.com'), undefined);
});
