import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { SqliteLicenseStore } from './sqlite-store.js';
import type { ApiKeyRecord } from './store.js';
import { storeContract } from './store-contract.js';

const record: ApiKeyRecord = {
  keyHash: 'a'.repeat(64), licenseId: 'lic_aaaaaaaaaaaaaaaa', label: 'shop', origins: ['https://*.shop.test', 'http://localhost:1'],
  features: ['video'], telemetry: true, createdAt: 1000, revokedAt: null,
};

storeContract('SQLite', async () => new SqliteLicenseStore(':memory:'));

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
