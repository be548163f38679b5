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

const ORIGIN = 'https://app.example.test';
const store = new SqliteLicenseStore(':memory:');
const { key } = await createApiKey(store, { origins: [ORIGIN] });
let app = await buildLicenseServer({ store, signer: trustedSigner(), licenseTtlMs: 1500 });
const url = await app.listen({ host: '127.0.0.1', port: 0 });
const port = Number(new URL(url).port);
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
  const service = new LicenseService({ license: key, licenseServer: url, engineVersion: 'test', origin: ORIGIN });
  const states: LicenseState[] = [];
  service.onChange((status) => states.push(status.state));
  assert.equal((await service.start()).state, 'licensed');
  const firstExpiry = service.license!.expiresAt;
  // A refresh at half the lifetime replaces the license before it expires.
  await new Promise<void>((resolve) => {
    const poll = setInterval(() => {
      if (service.license && service.license.expiresAt > firstExpiry) {
        clearInterval(poll);
        resolve();
      }
    }, 50);
  });
  assert.equal(service.state, 'licensed');
  await app.close();
  await waitFor(service, 'offline-grace');
  await waitFor(service, 'expired');
  app = await buildLicenseServer({ store, signer: trustedSigner(), licenseTtlMs: 1500 });
  await app.listen({ host: '127.0.0.1', port });
  await waitFor(service, 'licensed');
  assert.deepEqual(states, ['licensed', 'offline-grace', 'expired', 'licensed']);
  service.dispose();
});

test('dispose stops every timer: a disposed service never changes again', async () => {
  const service = new LicenseService({ license: key, licenseServer: url, engineVersion: 'test', origin: ORIGIN });
  await service.start();
  let changes = 0;
  service.onChange(() => (changes += 1));
  service.dispose();
  await new Promise((resolve) => setTimeout(resolve, 2000));
  assert.equal(changes, 0);
});

test('a server that is down at start-up leaves the service pending (settled, watermarked) until it answers', async () => {
  const probe = await buildLicenseServer({ store, signer: trustedSigner(), licenseTtlMs: 1500 });
  const downUrl = await probe.listen({ host: '127.0.0.1', port: 0 });
  await probe.close();
  const service = new LicenseService({ license: key, licenseServer: downUrl, engineVersion: 'test', origin: ORIGIN });
  const first = await service.start();
  assert.equal(first.state, 'pending');
  assert.match(first.reason, /could not be reached/);
  assert.equal(service.needsWatermark, true);
  const late = await buildLicenseServer({ store, signer: trustedSigner(), licenseTtlMs: 1500 });
  await late.listen({ host: '127.0.0.1', port: Number(new URL(downUrl).port) });
  try {
    await waitFor(service, 'licensed');
  } finally {
    service.dispose();
    await late.close();
  }
});
