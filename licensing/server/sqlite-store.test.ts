import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { SqliteLicenseStore } from './sqlite-store.js';
import type { ApiKeyRecord } from './store.js';

const record: ApiKeyRecord = {
  keyHash: 'a'.repeat(64), licenseId: 'lic_aaaaaaaaaaaaaaaa', label: 'shop', origins: ['https://*.shop.test', 'http://localhost:1'],
  features: ['video'], telemetry: true, createdAt: 1000, revokedAt: null,
};

test('keys: create, find by hash and id, list, change origins, revoke once', async () => {
  const store = new SqliteLicenseStore(':memory:');
  await store.createKey(record);
  await store.createKey({ ...record, keyHash: 'b'.repeat(64), licenseId: 'lic_bbbbbbbbbbbbbbbb', origins: ['https://b.test'], createdAt: 2000 });
  assert.deepEqual(await store.findKeyByHash(record.keyHash), record);
  assert.deepEqual(await store.findKeyByLicenseId(record.licenseId), record);
  assert.equal(await store.findKeyByHash('c'.repeat(64)), undefined);
  assert.deepEqual((await store.listKeys()).map((key) => key.licenseId), ['lic_aaaaaaaaaaaaaaaa', 'lic_bbbbbbbbbbbbbbbb']);
  assert.deepEqual((await store.registeredOrigins()).sort(), ['http://localhost:1', 'https://*.shop.test', 'https://b.test']);
  assert.equal(await store.setKeyOrigins(record.licenseId, ['https://new.test']), true);
  assert.equal(await store.setKeyOrigins('lic_missing', ['https://new.test']), false);
  assert.equal(await store.revokeKey(record.licenseId, 5000), true);
  assert.equal(await store.revokeKey(record.licenseId, 6000), false, 'a second revoke changes nothing');
  assert.equal((await store.findKeyByLicenseId(record.licenseId))?.revokedAt, 5000);
  await assert.rejects(store.createKey(record), /UNIQUE/, 'the same key hash cannot be stored twice');
  await store.close();
});

test('telemetry counters add up per license, month, user hash, event and media type', async () => {
  const store = new SqliteLicenseStore(':memory:');
  const counter = { licenseId: 'lic_1', month: '2026-11', userIdHash: 'f'.repeat(64), eventType: 'export' as const, mediaType: 'photo' };
  await store.countTelemetry([counter, counter, { ...counter, mediaType: 'video' }, { ...counter, eventType: 'load', mediaType: '' }]);
  await store.countTelemetry([counter, { ...counter, month: '2026-12' }]);
  const counts = await store.telemetryCounters('lic_1');
  const find = (month: string, eventType: string, mediaType: string) =>
    counts.find((row) => row.month === month && row.eventType === eventType && row.mediaType === mediaType)?.count;
  assert.equal(find('2026-11', 'export', 'photo'), 3);
  assert.equal(find('2026-11', 'export', 'video'), 1);
  assert.equal(find('2026-11', 'load', ''), 1);
  assert.equal(find('2026-12', 'export', 'photo'), 1);
  assert.deepEqual(await store.telemetryCounters('lic_other'), []);
  await store.close();
});

test('the database file persists across reopening', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'cesdk-store-')), 'nested', 'license.sqlite');
  const first = new SqliteLicenseStore(path);
  await first.createKey(record);
  await first.addEnterpriseLicense({ licenseId: 'ent_1', licensee: 'ACME', origins: ['https://acme.test'], features: [], telemetry: false, issuedAt: 1, expiresAt: 2 });
  await first.close();
  const second = new SqliteLicenseStore(path);
  assert.deepEqual(await second.findKeyByHash(record.keyHash), record);
  assert.equal((await second.findEnterpriseLicense('ent_1'))?.licensee, 'ACME');
  await second.close();
});
