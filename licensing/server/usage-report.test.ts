import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { trustedSigner } from '../../test/licensing/license-signing.js';
import { buildLicenseServer } from './app.js';
import { createApiKey } from './key-admin.js';
import { PROJECT_ROOT } from './paths.js';
import { SqliteLicenseStore } from './sqlite-store.js';
import { buildUsageReport, formatUsageReport, usageReport } from './usage-report.js';

const folder = mkdtempSync(join(tmpdir(), 'cesdk-usage-'));
const databasePath = join(folder, 'license.sqlite');
const store = new SqliteLicenseStore(databasePath);
/** An injected clock: every event lands in December 2026, whatever the date of the test run. */
const DECEMBER = Date.UTC(2026, 11, 15, 12);
const app = await buildLicenseServer({ store, signer: trustedSigner(), now: () => DECEMBER, trustProxy: true });
const shop = await createApiKey(store, { origins: ['https://shop.test'], telemetry: true });
const blog = await createApiKey(store, { origins: ['https://blog.test'], telemetry: true });
after(async () => {
  await app.close();
  await store.close();
  rmSync(folder, { recursive: true, force: true });
});

const USER_AGENT = 'Mozilla/5.0 (SecretAgent 9.9; UA-MARKER-4471)';
const CLIENT_IP = '203.0.113.77';

function send(licenseId: string, events: object[]) {
  return app.inject({
    method: 'POST', url: '/v1/telemetry', remoteAddress: CLIENT_IP,
    headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': USER_AGENT, 'x-forwarded-for': CLIENT_IP, referer: 'https://shop.test/secret-page' },
    payload: JSON.stringify({ licenseId, events }),
  });
}
const load = (userId: string, sessionId: string) => ({ type: 'load', appId: 'app', platform: 'web', engineVersion: '0.1.0', userId, sessionId });
const photo = (userId: string, sessionId: string, width: number, height: number) => ({ type: 'export', userId, sessionId, mediaType: 'photo', width, height });
const video = (userId: string, sessionId: string) => ({ type: 'export', userId, sessionId, mediaType: 'video', width: 1280, height: 720, fps: 30, duration: 12 });

test('monthly active users are distinct user ids plus sessions without one; exports by media type and size', async () => {
  // shop: two users (alice twice, in two sessions), and two anonymous sessions.
  assert.equal((await send(shop.record.licenseId, [load('alice', 's1'), photo('alice', 's1', 1080, 1080), photo('alice', 's1', 1080, 1080)])).statusCode, 204);
  assert.equal((await send(shop.record.licenseId, [load('alice', 's2'), photo('alice', 's2', 1920, 1080)])).statusCode, 204);
  assert.equal((await send(shop.record.licenseId, [load('bob', 's3'), video('bob', 's3')])).statusCode, 204);
  assert.equal((await send(shop.record.licenseId, [load('', 'anon-1'), photo('', 'anon-1', 1080, 1080)])).statusCode, 204);
  assert.equal((await send(shop.record.licenseId, [load('', 'anon-2')])).statusCode, 204);
  assert.equal((await send(blog.record.licenseId, [load('carol', 's9'), photo('carol', 's9', 800, 600)])).statusCode, 204);

  const all = await usageReport(store, '2026-12');
  assert.deepEqual(all.map((usage) => usage.licenseId), [shop.record.licenseId, blog.record.licenseId].sort());
  const [shopUsage] = await usageReport(store, '2026-12', shop.record.licenseId);
  assert.deepEqual(shopUsage, {
    licenseId: shop.record.licenseId, month: '2026-12',
    monthlyActiveUsers: 4, users: 2, anonymousSessions: 2,
    exportsByMediaType: { photo: 4, video: 1 },
    exportSizes: [
      { mediaType: 'photo', width: 1080, height: 1080, count: 3 },
      { mediaType: 'photo', width: 1920, height: 1080, count: 1 },
      { mediaType: 'video', width: 1280, height: 720, count: 1 },
    ],
  });
  assert.deepEqual(await usageReport(store, '2026-11'), [], 'another month has nothing');
  const text = formatUsageReport('2026-12', [shopUsage!]);
  assert.match(text, /monthly active users: 4 \(2 user ids, 2 sessions without a user id\)/);
  assert.match(text, /exports: photo 4, video 1/);
  assert.match(text, /photo 1080×1080: 3/);
});

test('the store keeps no IP address, no user agent and no raw user or session id (columns and bytes)', async () => {
  const database = new Database(databasePath, { readonly: true });
  const tables = (database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>).map((row) => row.name);
  const columns = Object.fromEntries(tables.map((table) => [table, (database.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((row) => row.name)]));
  database.close();
  // The whole schema, so a new column is a decision this test makes visible.
  assert.deepEqual(columns, {
    api_keys: ['key_hash', 'license_id', 'label', 'origins', 'features', 'telemetry', 'created_at', 'revoked_at'],
    enterprise_licenses: ['license_id', 'licensee', 'origins', 'features', 'telemetry', 'issued_at', 'expires_at'],
    telemetry_counts: ['license_id', 'month', 'user_id_hash', 'event_type', 'media_type', 'count'],
    usage_exports: ['license_id', 'month', 'media_type', 'width', 'height', 'count'],
    usage_subjects: ['license_id', 'month', 'subject_kind', 'subject_hash'],
  });
  for (const names of Object.values(columns)) {
    for (const name of names) assert.doesNotMatch(name, /ip|addr|agent|ua$|referer|referrer|host/i, `column ${name}`);
  }
  // And none of it is anywhere in the database files (WAL included).
  const bytes = ['', '-wal'].map((suffix) => { try { return readFileSync(databasePath + suffix).toString('latin1'); } catch { return ''; } }).join('');
  for (const secret of ['UA-MARKER-4471', 'SecretAgent', CLIENT_IP, 'secret-page', 'alice', 'anon-1', 'carol']) {
    assert.ok(!bytes.includes(secret), `${secret} is stored`);
  }
});

test('buildUsageReport groups aggregates per license', () => {
  const report = buildUsageReport('2026-12', {
    activeSubjects: [{ licenseId: 'lic_b', subjectKind: 'session', count: 2 }, { licenseId: 'lic_a', subjectKind: 'user', count: 5 }],
    exports: [{ licenseId: 'lic_b', mediaType: 'video', width: 1920, height: 1080, count: 3 }],
  });
  assert.deepEqual(report.map((usage) => [usage.licenseId, usage.monthlyActiveUsers, usage.exportsByMediaType]), [
    ['lic_a', 5, {}], ['lic_b', 2, { video: 3 }],
  ]);
});

test('npm run license -- usage --month 2026-12 [--license-id …] [--json]', async () => {
  const run = promisify(execFile);
  const cli = (...args: string[]) => run(process.execPath, ['--import', 'tsx', 'licensing/server/cli.ts', ...args, '--data', folder], { cwd: PROJECT_ROOT });
  const text = await cli('usage', '--month', '2026-12', '--license-id', shop.record.licenseId);
  assert.match(text.stdout, /^Usage in 2026-12 \(UTC\)/);
  assert.match(text.stdout, new RegExp(`${shop.record.licenseId}\\n  monthly active users: 4`));
  assert.ok(!text.stdout.includes(blog.record.licenseId));
  const json = JSON.parse((await cli('usage', '--month', '2026-12', '--json')).stdout);
  assert.equal(json.licenses.length, 2);
  await assert.rejects(cli('usage', '--month', '2026-13'), /--month must be YYYY-MM/);
  await assert.rejects(cli('usage'), /--month YYYY-MM is required/);
});
