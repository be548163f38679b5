import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, test } from 'node:test';
import { verifyLicenseDocument } from '../license-document.js';
import { trustedSigner } from '../../test/licensing/license-signing.js';
import { buildLicenseServer } from './app.js';
import { createApiKey, revokeApiKey } from './key-admin.js';
import { SqliteLicenseStore } from './sqlite-store.js';

const ORIGIN = 'http://localhost:8000';
const folder = mkdtempSync(join(tmpdir(), 'cesdk-license-app-'));
const store = new SqliteLicenseStore(join(folder, 'license.sqlite'));
let logText = '';
const logStream = new Writable({ write(chunk, _encoding, done) { logText += chunk; done(); } });
const app = await buildLicenseServer({
  store, signer: trustedSigner(), licenseTtlMs: 2 * 3_600_000, rateLimit: { perIp: 1000, perKey: 100, timeWindowMs: 60_000 },
  logger: { level: 'info', stream: logStream },
});
const { key, record } = await createApiKey(store, { origins: [ORIGIN, 'https://*.example.com'], label: 'test' });
const other = await createApiKey(store, { origins: ['https://other.test'] });
after(async () => {
  await app.close();
  await store.close();
});

const post = (body: unknown, origin: string | null = ORIGIN) =>
  app.inject({ method: 'POST', url: '/v1/license', headers: origin ? { origin, 'content-type': 'application/json' } : { 'content-type': 'application/json' }, payload: JSON.stringify(body) });

test('a registered key on a registered origin gets a signed license pinned to that origin', async () => {
  const response = await post({ key, origin: ORIGIN, engineVersion: '0.1.0' });
  assert.equal(response.statusCode, 200);
  assert.equal(response.headers['access-control-allow-origin'], ORIGIN);
  assert.equal(response.headers['cache-control'], 'no-store');
  const verification = await verifyLicenseDocument(response.json());
  assert.ok(verification.ok);
  if (!verification.ok || verification.claims.type !== 'temporary') return;
  assert.equal(verification.claims.origin, ORIGIN);
  assert.equal(verification.claims.licenseId, record.licenseId);
  assert.equal(verification.claims.expiresAt - verification.claims.issuedAt, 2 * 3_600_000);
  assert.ok(!JSON.stringify(verification.claims).includes(key), 'the license never carries the key');
});

test('a wildcard registration pins the license to the exact requesting origin', async () => {
  const response = await post({ key, origin: 'https://app.example.com', engineVersion: '1' }, 'https://app.example.com');
  assert.equal(response.statusCode, 200);
  const verification = await verifyLicenseDocument(response.json());
  assert.ok(verification.ok && verification.claims.type === 'temporary' && verification.claims.origin === 'https://app.example.com');
});

test('clear errors: unknown key, wrong origin, revoked key, missing or mismatched origin', async () => {
  const unknown = await post({ key: 'cesdk_unknown_key_123', origin: ORIGIN, engineVersion: '1' });
  assert.equal(unknown.statusCode, 401);
  assert.equal(unknown.json().error.code, 'UNKNOWN_KEY');
  const wrongOrigin = await post({ key, origin: 'http://127.0.0.1:8000', engineVersion: '1' }, 'http://127.0.0.1:8000');
  assert.equal(wrongOrigin.statusCode, 403);
  assert.equal(wrongOrigin.json().error.code, 'ORIGIN_NOT_ALLOWED');
  assert.equal(wrongOrigin.headers['access-control-allow-origin'], undefined, 'no CORS for unregistered origins');
  const lookalike = await post({ key, origin: 'https://example.com.evil.io', engineVersion: '1' }, 'https://example.com.evil.io');
  assert.equal(lookalike.json().error?.code, 'ORIGIN_NOT_ALLOWED', lookalike.body);
  const otherKeyOrigin = await post({ key, origin: 'https://other.test', engineVersion: '1' }, 'https://other.test');
  assert.equal(otherKeyOrigin.statusCode, 403);
  assert.equal(otherKeyOrigin.headers['access-control-allow-origin'], 'https://other.test', 'registered origins get CORS so they can read the error');
  const missing = await post({ key, origin: ORIGIN, engineVersion: '1' }, null);
  assert.equal(missing.json().error?.code, 'ORIGIN_REQUIRED', missing.body);
  const mismatch = await post({ key, origin: 'https://other.test', engineVersion: '1' });
  assert.equal(mismatch.json().error?.code, 'ORIGIN_NOT_ALLOWED', mismatch.body);
  const revokedKey = (await createApiKey(store, { origins: [ORIGIN] })).key;
  await revokeApiKey(store, revokedKey);
  const revoked = await post({ key: revokedKey, origin: ORIGIN, engineVersion: '1' });
  assert.equal(revoked.statusCode, 403);
  assert.equal(revoked.json().error.code, 'REVOKED_KEY');
});

test('strict validation: unknown properties, wrong types, oversized bodies', async () => {
  const extra = await post({ key, origin: ORIGIN, engineVersion: '1', admin: true });
  assert.equal(extra.statusCode, 400);
  assert.equal(extra.json().error.code, 'INVALID_REQUEST');
  const wrongType = await post({ key: 12345678, origin: ORIGIN, engineVersion: '1' });
  assert.equal(wrongType.statusCode, 400);
  const huge = await post({ key: 'k'.repeat(4000), origin: ORIGIN, engineVersion: '1' });
  assert.equal(huge.statusCode, 413);
  assert.equal(huge.json().error.code, 'PAYLOAD_TOO_LARGE');
  const notJson = await app.inject({ method: 'POST', url: '/v1/license', headers: { origin: ORIGIN, 'content-type': 'application/json' }, payload: '{"key":' });
  assert.equal(notJson.statusCode, 400);
});

test('CORS preflight answers registered origins only', async () => {
  const preflight = (origin: string) => app.inject({
    method: 'OPTIONS', url: '/v1/license',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });
  const allowed = await preflight(ORIGIN);
  assert.equal(allowed.headers['access-control-allow-origin'], ORIGIN);
  const wildcard = await preflight('https://deep.app.example.com');
  assert.equal(wildcard.headers['access-control-allow-origin'], 'https://deep.app.example.com');
  for (const origin of ['http://127.0.0.1:8000', 'https://example.com', 'https://evil.test', 'null']) {
    assert.equal((await preflight(origin)).headers['access-control-allow-origin'], undefined, origin);
  }
});

test('rate limit per key', async () => {
  const small = await buildLicenseServer({ store, signer: trustedSigner(), rateLimit: { perIp: 1000, perKey: 5 } });
  try {
    const send = (body: object, origin = ORIGIN) => small.inject({
      method: 'POST', url: '/v1/license', headers: { origin, 'content-type': 'application/json' }, payload: JSON.stringify(body),
    });
    const limited = await createApiKey(store, { origins: [ORIGIN] });
    const codes: number[] = [];
    for (let index = 0; index < 7; index += 1) codes.push((await send({ key: limited.key, origin: ORIGIN, engineVersion: '1' })).statusCode);
    assert.deepEqual(codes, [200, 200, 200, 200, 200, 429, 429]);
    const last = await send({ key: limited.key, origin: ORIGIN, engineVersion: '1' });
    assert.equal(last.json().error.code, 'RATE_LIMITED');
    assert.equal((await send({ key: other.key, origin: 'https://other.test', engineVersion: '1' }, 'https://other.test')).statusCode, 200, 'other keys are not affected');
  } finally {
    await small.close();
  }
});

test('rate limit per IP', async () => {
  const small = await buildLicenseServer({ store, signer: trustedSigner(), rateLimit: { perIp: 3, perKey: 100 } });
  try {
    const codes: number[] = [];
    for (let index = 0; index < 5; index += 1) {
      const response = await small.inject({
        method: 'POST', url: '/v1/license', remoteAddress: '10.0.0.7',
        headers: { origin: ORIGIN, 'content-type': 'application/json' },
        payload: JSON.stringify({ key: `cesdk_guess_${index}_abcdef`, origin: ORIGIN, engineVersion: '1' }),
      });
      codes.push(response.statusCode);
      if (response.statusCode === 429) assert.equal(response.json().error.code, 'RATE_LIMITED');
    }
    assert.deepEqual(codes, [401, 401, 401, 429, 429]);
  } finally {
    await small.close();
  }
});

test('keys appear only as hashes: not in the log, not in the database files', async () => {
  assert.ok(logText.length > 0, 'the server did log');
  assert.ok(!logText.includes(key), 'the log never contains the key');
  assert.ok(!logText.includes(key.slice(6, 20)), 'nor a part of it');
  assert.match(logText, new RegExp(record.licenseId));
  for (const name of readdirSync(folder)) {
    const bytes = readFileSync(join(folder, name)).toString('latin1');
    assert.ok(!bytes.includes(key) && !bytes.includes(key.slice(6, 20)), `${name} holds no key`);
  }
  assert.ok((await store.findKeyByHash(record.keyHash))?.licenseId === record.licenseId);
});

test('a real listen on 127.0.0.1 answers a real HTTP client', async () => {
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
  const health = await fetch(`${url}/v1/health`);
  assert.deepEqual(await health.json(), { ok: true });
  const response = await fetch(`${url}/v1/license`, {
    method: 'POST', headers: { origin: ORIGIN, 'content-type': 'application/json' }, body: JSON.stringify({ key, origin: ORIGIN, engineVersion: '1' }),
  });
  assert.equal(response.status, 200);
  assert.equal((await verifyLicenseDocument(await response.json())).ok, true);
});
