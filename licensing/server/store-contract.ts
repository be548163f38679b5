// The behaviour every LicenseStore must have, as node:test cases, run against each implementation
// (SQLite and PostgreSQL) so they stay interchangeable. Test helper; not part of the backend.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ApiKeyRecord, LicenseStore } from './store.js';

const record: ApiKeyRecord = {
  keyHash: 'a'.repeat(64), licenseId: 'lic_aaaaaaaaaaaaaaaa', label: 'shop', origins: ['https://*.shop.test', 'http://localhost:1'],
  features: ['video'], telemetry: true, createdAt: 1_700_000_000_000, revokedAt: null,
};

/** Registers the contract's tests for a store made fresh (and empty) by `open` for each test. */
export function storeContract(name: string, open: () => Promise<LicenseStore>): void {
  test(`${name}: keys are created, found by hash and id, listed, re-originated and revoked once`, async () => {
    const store = await open();
    try {
      await store.createKey(record);
      await store.createKey({ ...record, keyHash: 'b'.repeat(64), licenseId: 'lic_bbbbbbbbbbbbbbbb', origins: ['https://b.test'], createdAt: record.createdAt + 1 });
      assert.deepEqual(await store.findKeyByHash(record.keyHash), record);
      assert.deepEqual(await store.findKeyByLicenseId(record.licenseId), record);
      assert.equal(await store.findKeyByHash('c'.repeat(64)), undefined);
      assert.deepEqual((await store.listKeys()).map((key) => key.licenseId), ['lic_aaaaaaaaaaaaaaaa', 'lic_bbbbbbbbbbbbbbbb']);
      assert.deepEqual((await store.registeredOrigins()).sort(), ['http://localhost:1', 'https://*.shop.test', 'https://b.test']);
      assert.equal(await store.setKeyOrigins(record.licenseId, ['https://new.test']), true);
      assert.equal(await store.setKeyOrigins('lic_missing', ['https://new.test']), false);
      assert.deepEqual((await store.findKeyByLicenseId(record.licenseId))?.origins, ['https://new.test']);
      assert.equal(await store.revokeKey(record.licenseId, record.createdAt + 5000), true);
      assert.equal(await store.revokeKey(record.licenseId, record.createdAt + 6000), false, 'a second revoke changes nothing');
      assert.equal((await store.findKeyByLicenseId(record.licenseId))?.revokedAt, record.createdAt + 5000);
      await assert.rejects(store.createKey(record), 'the same key hash cannot be stored twice');
    } finally {
      await store.close();
    }
  });

  test(`${name}: enterprise licenses are stored and found`, async () => {
    const store = await open();
    try {
      const enterprise = { licenseId: 'ent_1', licensee: 'ACME', origins: ['https://*.acme.test'], features: ['video'], telemetry: false, issuedAt: 1, expiresAt: 1_900_000_000_000 };
      await store.addEnterpriseLicense(enterprise);
      assert.deepEqual(await store.findEnterpriseLicense('ent_1'), enterprise);
      assert.equal(await store.findEnterpriseLicense('ent_2'), undefined);
    } finally {
      await store.close();
    }
  });

  test(`${name}: telemetry counters add up per license, month, user hash, event and media type`, async () => {
    const store = await open();
    try {
      const counter = { licenseId: 'lic_1', month: '2026-11', userIdHash: 'f'.repeat(64), eventType: 'export' as const, mediaType: 'photo' };
      await store.countTelemetry([counter, counter, { ...counter, mediaType: 'video' }, { ...counter, eventType: 'load', mediaType: '' }]);
      await store.countTelemetry([counter, { ...counter, month: '2026-12' }]);
      await store.countTelemetry([]);
      const counts = await store.telemetryCounters('lic_1');
      const find = (month: string, eventType: string, mediaType: string) =>
        counts.find((row) => row.month === month && row.eventType === eventType && row.mediaType === mediaType)?.count;
      assert.equal(find('2026-11', 'export', 'photo'), 3);
      assert.equal(find('2026-11', 'export', 'video'), 1);
      assert.equal(find('2026-11', 'load', ''), 1);
      assert.equal(find('2026-12', 'export', 'photo'), 1);
      assert.deepEqual(await store.telemetryCounters('lic_other'), []);
      assert.equal((await store.telemetryCounters()).length, 4);
    } finally {
      await store.close();
    }
  });
}
