// The forgery matrix: every altered, foreign or malformed license is rejected; only the genuine one passes.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { test } from 'node:test';
import { decideLicenseState } from '../../licensing/decide-state.js';
import { verifyLicenseDocument } from '../../licensing/license-document.js';
import type { SignedLicenseDocument } from '../../licensing/license-types.js';
import { TRUSTED_KEYS } from '../../licensing/trusted-keys.generated.js';
import { enterpriseClaims, temporaryClaims, trustedSigner, untrustedSigner } from './license-signing.js';

const signer = trustedSigner();
const json = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const decode = (part: string): Record<string, unknown> => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

function withPayload(document: SignedLicenseDocument, change: (claims: Record<string, unknown>) => void): SignedLicenseDocument {
  const claims = decode(document.payload);
  change(claims);
  return { ...document, payload: json(claims) };
}

async function rejected(input: unknown, reason: RegExp): Promise<void> {
  const result = await verifyLicenseDocument(input);
  assert.equal(result.ok, false, 'must be rejected');
  if (!result.ok) assert.match(result.reason, reason);
}

test('the active local key is one of the build-time trusted keys', () => {
  assert.ok(TRUSTED_KEYS.some((key) => key.keyId === signer.keyId));
});

test('a genuine temporary license and a genuine enterprise file verify', async () => {
  const temporary = await verifyLicenseDocument(signer.sign(temporaryClaims()));
  assert.equal(temporary.ok, true);
  const file = await verifyLicenseDocument(JSON.stringify(signer.sign(enterpriseClaims())));
  assert.equal(file.ok, true);
  if (file.ok) assert.equal(file.claims.type === 'enterprise' && file.claims.licensee, 'ACME');
});

test('forgery: a tampered payload (features added)', async () => {
  await rejected(withPayload(signer.sign(enterpriseClaims()), (claims) => (claims.features = ['everything'])), /signature does not verify/);
});

test('forgery: a signature from another key under a trusted key id', async () => {
  await rejected(untrustedSigner(signer.keyId).sign(temporaryClaims()), /signature does not verify/);
});

test('forgery: a signature from a key whose id is unknown', async () => {
  await rejected(untrustedSigner().sign(temporaryClaims()), /unknown key id/);
});

test('forgery: a changed origin', async () => {
  await rejected(withPayload(signer.sign(temporaryClaims()), (claims) => (claims.origin = 'https://evil.example')), /signature/);
  await rejected(withPayload(signer.sign(enterpriseClaims()), (claims) => (claims.origins = ['https://*.evil.example'])), /signature/);
});

test('forgery: a changed expiry', async () => {
  await rejected(withPayload(signer.sign(enterpriseClaims({ expiresAt: Date.now() - 1000 })), (claims) => (claims.expiresAt = Date.now() + 1e12)), /signature/);
});

test('forgery: a truncated file', async () => {
  const text = JSON.stringify(signer.sign(enterpriseClaims()));
  for (const length of [0, 1, 20, Math.floor(text.length / 2), text.length - 1]) {
    await rejected(text.slice(0, length), /not valid JSON|not a signed license/);
  }
  const document = signer.sign(enterpriseClaims());
  await rejected({ ...document, signature: document.signature.slice(0, -10) }, /signature/);
  await rejected({ ...document, payload: document.payload.slice(0, -5) }, /signature|malformed/);
});

test('forgery: a wrong algorithm', async () => {
  const document = signer.sign(temporaryClaims());
  for (const alg of ['none', 'HS256', 'RS512', 'PS256', 'rs256']) {
    const header = json({ alg, kid: signer.keyId, typ: 'cesdk-license+json' });
    const signature = alg === 'HS256'
      ? createHmac('sha256', TRUSTED_KEYS[0].spki).update(`${header}.${document.payload}`).digest('base64url')
      : document.signature;
    await rejected({ protected: header, payload: document.payload, signature }, /algorithm/);
  }
});

test('forgery: malformed documents of every kind', async () => {
  const document = signer.sign(temporaryClaims());
  await rejected(null, /not a signed license/);
  await rejected([document], /not a signed license/);
  await rejected({ payload: document.payload, signature: document.signature }, /lacks/);
  await rejected({ ...document, protected: '!!!' }, /header is malformed/);
  await rejected({ ...document, signature: 'not base64url!' }, /signature is malformed/);
  await rejected({ ...document, protected: json({ alg: 'RS256', kid: signer.keyId, typ: 'jwt' }) }, /document type/);
  await rejected('x'.repeat(70_000), /too large/);
  // Correctly signed, but claims of the wrong shape.
  await rejected(signer.sign({ ...temporaryClaims(), expiresAt: 'tomorrow' } as never), /claims are malformed/);
  await rejected(signer.sign({ ...temporaryClaims(), type: 'forever' } as never), /claims are malformed/);
});

test('forgery: a genuine license used where it does not belong is invalid', async () => {
  const now = Date.now();
  const base = { now, rejection: undefined, serverReachable: true } as const;
  const temporary = await verifyLicenseDocument(signer.sign(temporaryClaims()));
  const enterprise = await verifyLicenseDocument(signer.sign(enterpriseClaims()));
  assert.ok(temporary.ok && enterprise.ok);
  if (!temporary.ok || !enterprise.ok) return;
  const decide = (source: 'key' | 'file', license: typeof temporary.claims, origin: string): string =>
    decideLicenseState({ ...base, source, license, origin }).state;
  assert.equal(decide('key', temporary.claims, 'http://localhost:8000'), 'licensed');
  assert.equal(decide('key', temporary.claims, 'http://127.0.0.1:8000'), 'invalid');
  assert.equal(decide('key', temporary.claims, 'http://localhost:8001'), 'invalid');
  assert.equal(decide('file', temporary.claims, 'http://localhost:8000'), 'invalid', 'a temporary license is no enterprise file');
  assert.equal(decide('key', enterprise.claims, 'http://localhost:8000'), 'invalid', 'an enterprise file is no server answer');
  for (const [origin, state] of [
    ['https://a.acme.com', 'licensed'], ['https://a.b.acme.com', 'licensed'], ['https://acme.com', 'invalid'],
    ['https://acme.com.evil.io', 'invalid'], ['https://evilacme.com', 'invalid'], ['http://a.acme.com', 'invalid'],
    ['https://a.acme.com:444', 'invalid'], ['http://127.0.0.1:8000', 'invalid'], ['http://[::1]:8000', 'invalid'],
  ] as const) {
    assert.equal(decide('file', enterprise.claims, origin), state, origin);
  }
});
