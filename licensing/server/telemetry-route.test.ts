import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { toTelemetryEvent } from '../../telemetry/schema.js';
import { trustedSigner } from '../../test/licensing/license-signing.js';
import { buildLicenseServer } from './app.js';
import { createApiKey, issueEnterpriseLicense } from './key-admin.js';
import { hashUserId } from './signer.js';
import { SqliteLicenseStore } from './sqlite-store.js';

const store = new SqliteLicenseStore(':memory:');
const app = await buildLicenseServer({ store, signer: trustedSigner() });
const on = await createApiKey(store, { origins: ['https://a.test'], telemetry: true });
const off = await createApiKey(store, { origins: ['https://a.test'], telemetry: false });
after(async () => {
  await app.close();
  await store.close();
});

const load = { type: 'load', appId: 'app', platform: 'web', engineVersion: '0.1.0', userId: 'user-1', sessionId: 's1' };
const exported = { type: 'export', userId: 'user-1', sessionId: 's1', mediaType: 'video', width: 1920, height: 1080, fps: 30, duration: 4 };
const send = (body: unknown, contentType = 'text/plain;charset=UTF-8') =>
  app.inject({ method: 'POST', url: '/v1/telemetry', headers: { 'content-type': contentType }, payload: typeof body === 'string' ? body : JSON.stringify(body) });

test('a valid batch (as a beacon text/plain body or JSON) is counted per license, month and hashed user', async () => {
  assert.equal((await send({ licenseId: on.record.licenseId, events: [load, exported] })).statusCode, 204);
  assert.equal((await send({ licenseId: on.record.licenseId, events: [exported] }, 'application/json')).statusCode, 204);
  const counters = await store.telemetryCounters(on.record.licenseId);
  const month = new Date().toISOString().slice(0, 7);
  assert.deepEqual(counters.map((row) => [row.month, row.eventType, row.mediaType, row.count]).sort(), [
    [month, 'export', 'video', 2], [month, 'load', '', 1],
  ]);
  assert.ok(counters.every((row) => row.userIdHash === hashUserId(on.record.licenseId, 'user-1') && !row.userIdHash.includes('user')));
});

test('anything beyond the schema is rejected, not stripped', async () => {
  const licenseId = on.record.licenseId;
  const cases: unknown[] = [
    { licenseId, events: [{ ...load, scene: '{"blocks":[]}' }] },
    { licenseId, events: [{ ...exported, fileName: 'holiday.mp4' }] },
    { licenseId, events: [load], key: 'cesdk_secret' },
    { licenseId, events: [{ ...load, type: 'click' }] },
    { licenseId, events: [{ ...exported, mediaType: 'pdf' }] },
    { licenseId, events: [{ ...exported, width: '1920' }] },
    { licenseId, events: [] },
    { licenseId, events: Array.from({ length: 51 }, () => load) },
    { events: [load] },
    'not json',
  ];
  for (const body of cases) {
    const response = await send(body);
    assert.equal(response.statusCode, 400, JSON.stringify(body).slice(0, 80));
  }
  assert.equal((await send({ licenseId, events: [{ ...load, appId: 'x'.repeat(40_000) }] })).statusCode, 413);
});

test('unknown licenses are refused; telemetry-off keys and files are not counted', async () => {
  assert.equal((await send({ licenseId: 'lic_0000000000000000', events: [load] })).statusCode, 404);
  assert.equal((await send({ licenseId: off.record.licenseId, events: [load] })).statusCode, 204);
  assert.deepEqual(await store.telemetryCounters(off.record.licenseId), []);
  const file = await issueEnterpriseLicense(store, trustedSigner(), { licensee: 'ACME', origins: ['https://acme.test'], expiresAt: Date.now() + 1e9, telemetry: true });
  const fileId = JSON.parse(Buffer.from(file.payload, 'base64url').toString()).licenseId;
  assert.equal((await send({ licenseId: fileId, events: [load] })).statusCode, 204);
  assert.equal((await store.telemetryCounters(fileId)).length, 1);
});

test('the client builds events with exactly the allowed fields', () => {
  const built = toTelemetryEvent({ ...exported, fileName: 'x.mp4', pixels: new Uint8Array(4), mediaType: 'video' });
  assert.deepEqual(Object.keys(built!).sort(), ['duration', 'fps', 'height', 'mediaType', 'sessionId', 'type', 'userId', 'width']);
  const photo = toTelemetryEvent({ ...exported, mediaType: 'photo' });
  assert.deepEqual(Object.keys(photo!).sort(), ['height', 'mediaType', 'sessionId', 'type', 'userId', 'width'], 'fps and duration only for video');
  const loaded = toTelemetryEvent({ ...load, scene: '{}', license: 'cesdk_secret' });
  assert.deepEqual(Object.keys(loaded!).sort(), ['appId', 'engineVersion', 'platform', 'sessionId', 'type', 'userId']);
  assert.equal(toTelemetryEvent({ type: 'click' }), undefined);
});
