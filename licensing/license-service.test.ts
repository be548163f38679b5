// The license service in Node against the real backend on loopback (the browser tests repeat the
// flow with the real location.origin; here the origin is given, as Node has no location).
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { trustedSigner } from '../test/licensing/license-signing.js';
import { LicenseService } from './license-service.js';
import type { LicenseState } from './license-types.js';
import { buildLicenseServer } from './server/app.js';
import { createApiKey } from './server/key-admin.js';
import { SqliteLicenseStore } from './server/sqlite-store.js';
import { ManualClock } from '../test/licensing/manual-clock.js';

/** Licenses live an hour; tests that need refreshes and expiry move a manual clock, never the wall clock. */
const TTL_MS = 3_600_000;
/** The state, read through a call so TypeScript does not narrow it across awaits. */
const stateOf = (service: LicenseService): LicenseState => service.state;

async function until(check: () => boolean, what: string): Promise<void> {
  const started = performance.now();
  while (!check()) {
    if (performance.now() - started > 15_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const ORIGIN = 'https://app.example.test';
const store = new SqliteLicenseStore(':memory:');
const { key } = await createApiKey(store, { origins: [ORIGIN] });
const app = await buildLicenseServer({ store, signer: trustedSigner(), licenseTtlMs: TTL_MS });
const url = await app.listen({ host: '127.0.0.1', port: 0 });
after(async () => {
  await app.close();
  await store.close();
});

function waitFor(service: LicenseService, state: LicenseState): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`still ${service.state}: ${service.reason}`)), 15_000);
    const stop = service.onChange((status) => {
      if (status.state === state) {
        clearTimeout(timer);
        stop();
        resolve();
      }
    });
  });
}

test('no key means evaluation; a key without a server is invalid; nothing throws', async () => {
  const none = new LicenseService({ engineVersion: 'test', origin: ORIGIN });
  assert.equal((await none.start()).state, 'evaluation');
  assert.equal(none.needsWatermark, true);
  const noServer = new LicenseService({ license: key, engineVersion: 'test', origin: ORIGIN });
  assert.equal((await noServer.start()).state, 'invalid');
  const badUrl = new LicenseService({ license: key, licenseServer: 'javascript:alert(1)', engineVersion: 'test', origin: ORIGIN });
  assert.equal((await badUrl.start()).state, 'invalid');
  const garbageFile = new LicenseService({ licenseFile: '{"protected":1}', engineVersion: 'test', origin: ORIGIN });
  assert.equal((await garbageFile.start()).state, 'invalid');
  const empty = new LicenseService({ license: '  ', licenseFile: '', engineVersion: 'test', origin: ORIGIN });
  assert.equal((await empty.start()).state, 'evaluation', 'empty attributes mean no license');
  for (const service of [none, noServer, badUrl, garbageFile, empty]) service.dispose();
});

test('licensed, refreshed before expiry, offline grace, expired, then licensed again without a new service', async () => {
  // One manual clock for the service and its backend: time moves only when the test moves it.
  const clock = new ManualClock();
  const options = { store, signer: trustedSigner(), licenseTtlMs: TTL_MS, now: () => clock.now() };
  let server = await buildLicenseServer(options);
  const serverUrl = await server.listen({ host: '127.0.0.1', port: 0 });
  const service = new LicenseService({ license: key, licenseServer: serverUrl, engineVersion: 'test', origin: ORIGIN, clock });
  const states: LicenseState[] = [];
  service.onChange((status) => states.push(status.state));
  try {
    assert.equal((await service.start()).state, 'licensed');
    const firstExpiry = service.license!.expiresAt;
    // A refresh at half the lifetime replaces the license before it expires.
    assert.equal(await clock.runNextTimer(), TTL_MS / 2);
    await until(() => (service.license?.expiresAt ?? 0) > firstExpiry, 'the refreshed license');
    assert.equal(service.state, 'licensed');
    await server.close();
    const grace = waitFor(service, 'offline-grace');
    await clock.runNextTimer();
    await grace;
    // Retries fail until the license's own expiry.
    const expired = waitFor(service, 'expired');
    for (let step = 0; step < 50 && stateOf(service) !== 'expired'; step += 1) await clock.runNextTimer();
    await expired;
    server = await buildLicenseServer(options);
    await server.listen({ host: '127.0.0.1', port: Number(new URL(serverUrl).port) });
    const licensed = waitFor(service, 'licensed');
    for (let step = 0; step < 20 && stateOf(service) !== 'licensed'; step += 1) await clock.runNextTimer();
    await licensed;
    assert.deepEqual(states, ['licensed', 'offline-grace', 'expired', 'licensed']);
  } finally {
    service.dispose();
    await server.close();
  }
});

test('dispose stops every timer: a disposed service never changes again', async () => {
  const clock = new ManualClock();
  const service = new LicenseService({ license: key, licenseServer: url, engineVersion: 'test', origin: ORIGIN, clock });
  await service.start();
  let changes = 0;
  service.onChange(() => (changes += 1));
  service.dispose();
  clock.advance(10 * TTL_MS);
  assert.equal(changes, 0);
  assert.equal(clock.pendingTimers, 0);
});

test('a server that is down at start-up leaves the service pending (settled, watermarked) until it answers', async () => {
  const clock = new ManualClock();
  const probe = await buildLicenseServer({ store, signer: trustedSigner(), licenseTtlMs: TTL_MS });
  const downUrl = await probe.listen({ host: '127.0.0.1', port: 0 });
  await probe.close();
  const service = new LicenseService({ license: key, licenseServer: downUrl, engineVersion: 'test', origin: ORIGIN, clock });
  const first = await service.start();
  assert.equal(first.state, 'pending');
  assert.match(first.reason, /could not be reached/);
  assert.equal(service.needsWatermark, true);
  const late = await buildLicenseServer({ store, signer: trustedSigner(), licenseTtlMs: TTL_MS, now: () => clock.now() });
  await late.listen({ host: '127.0.0.1', port: Number(new URL(downUrl).port) });
  try {
    const licensed = waitFor(service, 'licensed');
    for (let step = 0; step < 20 && stateOf(service) !== 'licensed'; step += 1) await clock.runNextTimer();
    await licensed;
  } finally {
    service.dispose();
    await late.close();
  }
});
