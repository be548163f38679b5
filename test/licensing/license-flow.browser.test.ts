// End to end against a real license backend on loopback: licensed, second origin, revoked,
// offline grace, expiry and recovery; then no browser storage holds any part of the key.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { LicenseService } from '../../licensing/license-service.js';
import type { LicenseState, LicenseStatus } from '../../licensing/license-types.js';
import { ManualClock } from './manual-clock.js';
import { assertNoKeyInBrowserStorage } from './storage-check.js';

interface Backend { id: string; url: string }

function command<Result>(name: string, payload?: object): Promise<Result> {
  return executeServerCommand<Result, object | undefined>(name, payload);
}

/**
 * Licenses live an hour; the tests that need refreshes, offline grace and expiry move a manual clock
 * (the service's, and the backend's with it) instead of waiting on the wall clock, so a busy machine
 * cannot make a license expire between two steps.
 */
const TTL_MS = 3_600_000;
const usedKeys: string[] = [];

function waitForState(service: LicenseService, state: LicenseState, timeout = 20_000): Promise<LicenseStatus> {
  if (service.state === state) return Promise.resolve(service.status);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`state stayed ${service.state} (${service.reason}), expected ${state}`));
    }, timeout);
    const stop = service.onChange((status) => {
      if (status.state !== state) return;
      clearTimeout(timer);
      stop();
      resolve(status);
    });
  });
}

async function createKey(backend: Backend, origins = [location.origin]): Promise<string> {
  const { key } = await command<{ key: string }>('license-create-key', { id: backend.id, origins });
  usedKeys.push(key);
  return key;
}

describe('license flow against the real backend', () => {
  let backend: Backend;

  before(async () => {
    backend = await command<Backend>('license-backend-start', { ttlMs: TTL_MS });
  });

  after(async () => {
    await command<unknown>('license-backend-dispose', { id: backend.id });
  });

  it('a valid key on its registered origin is licensed, with no watermark', async () => {
    const service = new LicenseService({ license: await createKey(backend), licenseServer: backend.url, engineVersion: 'test' });
    const status = await service.start();
    expect(status.state, status.reason).to.equal('licensed');
    expect(service.needsWatermark).to.equal(false);
    expect(service.license?.type).to.equal('temporary');
    service.dispose();
  });

  it('the same page on a second origin (127.0.0.1 instead of localhost) is invalid, with a watermark', async () => {
    const key = await createKey(backend);
    const { origin } = await command<{ origin: string }>('license-second-origin');
    expect(origin).to.not.equal(location.origin);
    const frame = document.createElement('iframe');
    frame.src = `${origin}/__cesdk-license-frame.html`;
    const ready = new Promise<void>((resolve) => {
      addEventListener('message', function onReady(event) {
        if (event.origin === origin && event.data?.ready) {
          removeEventListener('message', onReady);
          resolve();
        }
      });
    });
    document.body.append(frame);
    try {
      await ready;
      const answer = new Promise<{ state: string; reason: string; needsWatermark: boolean; origin: string }>((resolve) => {
        addEventListener('message', function onAnswer(event) {
          if (event.origin === origin && event.data?.state) {
            removeEventListener('message', onAnswer);
            resolve(event.data);
          }
        });
      });
      frame.contentWindow!.postMessage({ license: key, licenseServer: backend.url }, origin);
      const result = await answer;
      expect(result.origin).to.equal(origin);
      expect(result.state, result.reason).to.equal('invalid');
      expect(result.needsWatermark).to.equal(true);
      expect(result.reason).to.contain(origin);
    } finally {
      frame.remove();
    }
  });

  it('a key registered for another origin of a registered page is invalid with a clear reason', async () => {
    await createKey(backend); // registers this origin, so CORS answers and the error is readable
    const otherKey = await createKey(backend, ['https://customer.example']);
    const service = new LicenseService({ license: otherKey, licenseServer: backend.url, engineVersion: 'test' });
    const status = await service.start();
    expect(status.state).to.equal('invalid');
    expect(status.reason).to.contain('not registered for this origin');
    service.dispose();
  });

  it('an unknown key is invalid', async () => {
    const service = new LicenseService({ license: 'cesdk_this_key_does_not_exist', licenseServer: backend.url, engineVersion: 'test' });
    const status = await service.start();
    expect(status.state).to.equal('invalid');
    expect(status.reason).to.contain('unknown');
    service.dispose();
  });

  it('a revoked key is invalid, at once for new sessions and at the next refresh for running ones', async () => {
    const key = await createKey(backend);
    const clock = new ManualClock();
    const running = new LicenseService({ license: key, licenseServer: backend.url, engineVersion: 'test', clock });
    expect((await running.start()).state).to.equal('licensed');
    await command<unknown>('license-revoke', { id: backend.id, key });
    const fresh = new LicenseService({ license: key, licenseServer: backend.url, engineVersion: 'test' });
    const status = await fresh.start();
    expect(status.state).to.equal('invalid');
    expect(status.reason).to.contain('revoked');
    expect(fresh.needsWatermark).to.equal(true);
    const refreshing = waitForState(running, 'invalid');
    // The refresh is due at half the license's lifetime.
    expect(await clock.runNextTimer()).to.be.closeTo(TTL_MS / 2, 60_000);
    const refreshed = await refreshing;
    expect(refreshed.reason).to.contain('revoked');
    running.dispose();
    fresh.dispose();
  });

  it('stopping the server gives offline-grace, then expired; restarting brings licensed back without a reload', async () => {
    const clock = new ManualClock();
    const service = new LicenseService({ license: await createKey(backend), licenseServer: backend.url, engineVersion: 'test', clock });
    const states: LicenseState[] = [];
    service.onChange((status) => states.push(status.state));
    expect((await service.start()).state).to.equal('licensed');
    await command<unknown>('license-backend-stop', { id: backend.id });
    try {
      // The refresh at half the lifetime finds no server: the license is still valid, so offline grace.
      const grace = waitForState(service, 'offline-grace');
      await clock.runNextTimer();
      expect((await grace).reason).to.contain('cannot be reached');
      expect(service.needsWatermark).to.equal(false);
      // Retries keep failing until the license's own expiry.
      for (let step = 0; step < 50 && service.state !== 'expired'; step += 1) await clock.runNextTimer();
      const expired = await waitForState(service, 'expired');
      expect(expired.reason).to.contain('expired');
      expect(service.needsWatermark).to.equal(true);
      expect(clock.offset).to.be.at.least(TTL_MS);
    } finally {
      // The backend's clock moves with the page's, so the license it issues now is valid now.
      await command<unknown>('license-backend-clock', { id: backend.id, offsetMs: clock.offset });
      await command<unknown>('license-backend-restart', { id: backend.id });
    }
    for (let step = 0; step < 20 && service.state !== 'licensed'; step += 1) await clock.runNextTimer();
    await waitForState(service, 'licensed');
    expect(service.needsWatermark).to.equal(false);
    expect(states).to.deep.equal(['licensed', 'offline-grace', 'expired', 'licensed']);
    service.dispose();
    await command<unknown>('license-backend-clock', { id: backend.id, offsetMs: 0 });
  });

  it('after the whole session no browser storage, cookie or URL holds the key or any 8-character part of it', async () => {
    expect(usedKeys.length).to.be.greaterThan(3);
    for (const key of usedKeys) await assertNoKeyInBrowserStorage(key);
  });
});
