// The PostgreSQL store against a real, throwaway PostgreSQL server (Debian's postgresql package; the
// test fails with the install command when it is missing): the store contract shared with SQLite
// (sqlite-store.test.ts runs it there),
// concurrent counting, and two backend processes on one database behind no load balancer.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../../test/licensing/postgres-server.js';
import { createApiKey } from './key-admin.js';
import { openLicenseStore } from './open-store.js';
import { PostgresLicenseStore } from './postgres-store.js';
import { storeContract } from './store-contract.js';

let server: ThrowawayPostgres;
let databases = 0;

/** A fresh, empty database on the throwaway server; returns its URL. */
async function freshDatabase(): Promise<string> {
  const name = `cesdk_${++databases}`;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return server.url.replace(/\/postgres$/, `/${name}`);
}

before(async () => {
  server = await startThrowawayPostgres();
});
after(async () => {
  await server?.stop();
});

storeContract('PostgreSQL', async () => PostgresLicenseStore.connect(await freshDatabase()));

test('DATABASE_URL picks the PostgreSQL store; without it the SQLite file is used', async () => {
  const url = await freshDatabase();
  const store = await openLicenseStore({ databaseUrl: url, dataFolder: '/nonexistent' });
  assert.ok(store instanceof PostgresLicenseStore);
  await store.close();
  await assert.rejects(openLicenseStore({ databaseUrl: 'mysql://x', dataFolder: '/nonexistent' }), /postgres/);
});

test('instances starting together create the schema once, and concurrent counting adds up exactly', async () => {
  const url = await freshDatabase();
  const stores = await Promise.all(Array.from({ length: 4 }, () => PostgresLicenseStore.connect(url, { maxConnections: 4 })));
  const counter = { licenseId: 'lic_1', month: '2026-11', userIdHash: 'e'.repeat(64), eventType: 'export' as const, mediaType: 'photo' };
  const other = { ...counter, userIdHash: 'd'.repeat(64) };
  // 4 stores × 25 batches × (2 + 1) counters, in opposite orders, all at once.
  await Promise.all(stores.flatMap((store, index) => Array.from({ length: 25 }, () =>
    store.countTelemetry(index % 2 ? [counter, other, counter] : [other, counter, counter]))));
  const counts = await stores[0]!.telemetryCounters('lic_1');
  assert.equal(counts.find((row) => row.userIdHash === counter.userIdHash)?.count, 200);
  assert.equal(counts.find((row) => row.userIdHash === other.userIdHash)?.count, 100);
  await Promise.all(stores.map((store) => store.close()));
});

/** Starts `npm run license -- serve` as its own process on the given database; resolves with its base URL. */
async function startBackend(databaseUrl: string, adminToken: string): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'licensing/server/cli.ts', 'serve', '--port', '0'], {
    env: { ...process.env, DATABASE_URL: databaseUrl, CESDK_LICENSE_ADMIN_TOKEN: adminToken },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`backend did not start: ${output}`)), 30_000);
    const read = (chunk: Buffer): void => {
      output += chunk;
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => reject(new Error(`backend exited (${code}): ${output}`)));
  });
  return { url, process: child };
}

test('two backend processes on one database: a key revoked through one is refused by the other; telemetry adds up', async () => {
  const databaseUrl = await freshDatabase();
  const origin = 'https://shop.example';
  const adminToken = randomBytes(24).toString('hex');
  const setup = await PostgresLicenseStore.connect(databaseUrl);
  const { key, record } = await createApiKey(setup, { origins: [origin], label: 'scale-out' });
  const [a, b] = await Promise.all([startBackend(databaseUrl, adminToken), startBackend(databaseUrl, adminToken)]);
  try {
    const validate = (backend: { url: string }) => fetch(`${backend.url}/v1/license`, {
      method: 'POST', headers: { origin, 'content-type': 'application/json' },
      body: JSON.stringify({ key, origin, engineVersion: '0.1.0' }),
    });
    assert.equal((await validate(a)).status, 200);
    assert.equal((await validate(b)).status, 200);

    const revoke = (backend: { url: string }, token: string) => fetch(`${backend.url}/v1/admin/revoke`, {
      method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ licenseId: record.licenseId }),
    });
    assert.equal((await revoke(a, 'x'.repeat(48))).status, 401, 'a wrong admin token is refused');
    assert.equal((await validate(b)).status, 200, 'still valid after the refused revoke');
    assert.equal((await revoke(a, adminToken)).status, 200);
    const refused = await validate(b);
    assert.equal(refused.status, 403);
    assert.equal(((await refused.json()) as { error: { code: string } }).error.code, 'REVOKED_KEY');
    assert.equal((await validate(a)).status, 403);

    // Telemetry of a second (active) key, sent through both instances, adds up in the shared store.
    const active = await createApiKey(setup, { origins: [origin], label: 'telemetry' });
    const load = { type: 'load', appId: 'app', platform: 'web', engineVersion: '0.1.0', userId: 'user-1', sessionId: 's1' };
    const exported = { type: 'export', userId: 'user-1', sessionId: 's1', mediaType: 'photo', width: 100, height: 100 };
    const send = (backend: { url: string }, events: unknown[]) => fetch(`${backend.url}/v1/telemetry`, {
      method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ licenseId: active.record.licenseId, events }),
    });
    const statuses = await Promise.all([
      send(a, [load, exported]), send(b, [load, exported, exported]), send(a, [exported]), send(b, [exported]),
    ]);
    assert.deepEqual(statuses.map((response) => response.status), [204, 204, 204, 204]);
    const counts = await setup.telemetryCounters(active.record.licenseId);
    const total = (eventType: string) => counts.filter((row) => row.eventType === eventType).reduce((sum, row) => sum + row.count, 0);
    assert.equal(total('load'), 2);
    assert.equal(total('export'), 5);
  } finally {
    for (const backend of [a, b]) backend.process.kill('SIGTERM');
    await setup.close();
  }
});

test('usage report: active subjects counted once per month, exports by media type and size, concurrently from several instances', async () => {
  const url = await freshDatabase();
  const stores = await Promise.all([PostgresLicenseStore.connect(url), PostgresLicenseStore.connect(url)]);
  const user = (hash: string) => ({ licenseId: 'lic_1', month: '2026-12', subjectKind: 'user' as const, subjectHash: hash });
  const exported = (hash: string, width: number) => ({ ...user(hash), export: { mediaType: 'photo' as const, width, height: 1080 } });
  await Promise.all([
    stores[0]!.recordUsage([user('a'), exported('a', 1920), exported('a', 1920)]),
    stores[1]!.recordUsage([user('a'), user('b'), exported('b', 1920), exported('b', 1080)]),
    stores[1]!.recordUsage([{ ...user('s1'), subjectKind: 'session' }, { ...user('c'), month: '2026-11' }]),
    stores[0]!.recordUsage([]),
  ]);
  const summary = await stores[0]!.usageSummary({ month: '2026-12' });
  assert.deepEqual(summary.activeSubjects, [
    { licenseId: 'lic_1', subjectKind: 'session', count: 1 },
    { licenseId: 'lic_1', subjectKind: 'user', count: 2 },
  ]);
  assert.deepEqual(summary.exports, [
    { licenseId: 'lic_1', mediaType: 'photo', width: 1920, height: 1080, count: 3 },
    { licenseId: 'lic_1', mediaType: 'photo', width: 1080, height: 1080, count: 1 },
  ]);
  assert.deepEqual((await stores[1]!.usageSummary({ month: '2026-12', licenseId: 'lic_other' })).exports, []);
  await Promise.all(stores.map((store) => store.close()));
});
