import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decideLicenseState, stateNeedsWatermark, type LicenseDecisionInputs } from './decide-state.js';
import { LICENSE_STATES, type EnterpriseLicenseClaims, type LicenseState, type TemporaryLicenseClaims } from './license-types.js';

const NOW = Date.UTC(2026, 10, 28, 12);
const ORIGIN = 'http://localhost:8000';
const temporary: TemporaryLicenseClaims = {
  type: 'temporary', licenseId: 'lic_1', origin: ORIGIN, features: [], telemetry: true, issuedAt: NOW - 1000, expiresAt: NOW + 3_600_000,
};
const enterprise: EnterpriseLicenseClaims = {
  type: 'enterprise', licenseId: 'ent_1', licensee: 'ACME', origins: ['https://*.acme.com', ORIGIN], features: [], telemetry: false,
  issuedAt: NOW - 1000, expiresAt: NOW + 86_400_000,
};
const base: LicenseDecisionInputs = { source: 'key', now: NOW, origin: ORIGIN, license: undefined, rejection: undefined, serverReachable: undefined };

const table: Array<[name: string, inputs: Partial<LicenseDecisionInputs>, state: LicenseState, reason: RegExp]> = [
  ['no key, no file', { source: 'none' }, 'evaluation', /evaluation/],
  ['no key even with a stale rejection', { source: 'none', rejection: 'x' }, 'evaluation', /No license key/],
  ['key, nothing answered yet', {}, 'pending', /Validating/],
  ['key, server unreachable before any license', { serverReachable: false }, 'pending', /could not be reached/],
  ['file being verified', { source: 'file' }, 'pending', /Verifying/],
  ['key, valid license', { license: temporary, serverReachable: true }, 'licensed', /Licensed for http:\/\/localhost:8000/],
  ['key, bad signature', { rejection: 'The license signature does not verify.' }, 'invalid', /signature/],
  ['key, unknown key', { rejection: 'The license key is unknown to the license server.', serverReachable: true }, 'invalid', /unknown/],
  ['key, revoked key', { rejection: 'The license key has been revoked.', serverReachable: true }, 'invalid', /revoked/],
  ['key, rejection wins over an old license', { license: temporary, rejection: 'The license key has been revoked.' }, 'invalid', /revoked/],
  ['key, license pinned to another origin', { license: { ...temporary, origin: 'http://127.0.0.1:8000' } }, 'invalid', /pinned to http:\/\/127\.0\.0\.1:8000/],
  ['key, license for another port', { license: { ...temporary, origin: 'http://localhost:8001' } }, 'invalid', /pinned/],
  ['key, server answered an enterprise document', { license: enterprise }, 'invalid', /not a temporary license/],
  ['key, license expired', { license: { ...temporary, expiresAt: NOW }, serverReachable: true }, 'expired', /expired at/],
  ['key, license expired while offline', { license: { ...temporary, expiresAt: NOW - 1 }, serverReachable: false }, 'expired', /expired/],
  ['key, offline with a valid license', { license: temporary, serverReachable: false }, 'offline-grace', /cannot be reached.*valid until/],
  ['key, back online', { license: temporary, serverReachable: true }, 'licensed', /Licensed/],
  ['file, valid', { source: 'file', license: enterprise }, 'licensed', /Licensed to ACME/],
  ['file, wildcard origin allowed', { source: 'file', license: enterprise, origin: 'https://app.acme.com' }, 'licensed', /ACME/],
  ['file, origin not allowed', { source: 'file', license: enterprise, origin: 'https://acme.com' }, 'invalid', /does not allow/],
  ['file, lookalike origin', { source: 'file', license: enterprise, origin: 'https://acme.com.evil.io' }, 'invalid', /does not allow/],
  ['file, expired', { source: 'file', license: { ...enterprise, expiresAt: NOW - 1 } }, 'expired', /expired/],
  ['file, rejected signature', { source: 'file', rejection: 'The license file was rejected: bad signature' }, 'invalid', /rejected/],
  ['file, a temporary license given as a file', { source: 'file', license: temporary }, 'invalid', /not an enterprise license/],
  ['file, never offline-grace (no server involved)', { source: 'file', license: enterprise, serverReachable: false }, 'licensed', /ACME/],
];

for (const [name, overrides, state, reason] of table) {
  test(`decideLicenseState: ${name} → ${state}`, () => {
    const inputs = { ...base, ...overrides };
    const frozen = structuredClone(inputs);
    const decision = decideLicenseState(inputs);
    assert.equal(decision.state, state);
    assert.match(decision.reason, reason);
    assert.deepEqual(inputs, frozen, 'the inputs are not changed');
    assert.deepEqual(decideLicenseState(inputs), decision, 'the same inputs give the same answer');
  });
}

test('the table reaches every state', () => {
  const reached = new Set(table.map(([, , state]) => state));
  assert.deepEqual([...reached].sort(), [...LICENSE_STATES].sort());
});

test('only licensed and offline-grace go without the watermark', () => {
  assert.deepEqual(LICENSE_STATES.filter((state) => !stateNeedsWatermark(state)).sort(), ['licensed', 'offline-grace']);
});
