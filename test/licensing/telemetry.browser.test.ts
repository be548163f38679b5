// Telemetry end to end: only the two allowed events, with only their allowed fields, leave the
// browser, and only when the license says telemetry is on. Checked on the bodies the real backend received.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { Engine } from '../../core/engine/index.js';
import { attachLicensing } from '../../licensing/attach.js';

interface Backend { id: string; url: string }
interface TelemetryAnswer {
  bodies: Array<{ licenseId: string; events: Array<Record<string, unknown>> }>;
  counters: Array<{ licenseId: string; eventType: string; mediaType: string; userIdHash: string; count: number }>;
}

function command<Result>(name: string, payload?: object): Promise<Result> {
  return executeServerCommand<Result, object | undefined>(name, payload);
}

async function waitForBodies(backend: Backend, count: number): Promise<TelemetryAnswer> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const answer = await command<TelemetryAnswer>('license-telemetry', { id: backend.id });
    if (answer.bodies.length >= count) return answer;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the backend received no telemetry');
}

const LOAD_FIELDS = ['appId', 'engineVersion', 'platform', 'sessionId', 'type', 'userId'];
const EXPORT_FIELDS = ['duration', 'fps', 'height', 'mediaType', 'sessionId', 'type', 'userId', 'width'];

describe('telemetry', () => {
  let backend: Backend;
  before(async () => {
    backend = await command<Backend>('license-backend-start', {});
  });
  after(async () => {
    await command('license-backend-dispose', { id: backend.id });
  });

  it('sends exactly the load and export events with their allowed fields, never content or the key', async () => {
    const { key, licenseId } = await command<{ key: string; licenseId: string }>('license-create-key', { id: backend.id, origins: [location.origin], telemetry: true });
    const engine = await Engine.create({ license: key, licenseServer: backend.url, userId: 'user-42', appId: 'demo-app' });
    const attachment = attachLicensing(engine, { telemetry: { flushInterval: 50 } });
    expect((await attachment.service.settled()).state).to.equal('licensed');
    await engine.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
    const text = engine.block.create('text');
    engine.block.appendChild(engine.scene.getPages()[0], text);
    engine.block.replaceText(text, 'SECRET-CONTENT-7731');
    engine.block.setName(text, 'private-name-5512');
    engine.registerExporter(async () => new Blob([new Uint8Array(64)], { type: 'image/png' }));
    const page = engine.scene.getPages()[0];
    const pageSize = { width: Math.round(engine.block.getWidth(page)), height: Math.round(engine.block.getHeight(page)) };
    await engine.block.export(page, { mimeType: 'image/png' });
    // A payload carrying content and a file name: none of it may leave.
    attachment.telemetry.recordExport({
      mimeType: 'video/mp4', width: 1280, height: 720, fps: 30, duration: 2.5,
      fileName: 'holiday.mp4', scene: await engine.scene.saveToString(), blob: new Blob(['x']),
    });
    const answer = await waitForBodies(backend, 1);
    attachment.detach();
    engine.dispose();
    const events = answer.bodies.flatMap((body) => body.events);
    for (const body of answer.bodies) {
      expect(Object.keys(body).sort()).to.deep.equal(['events', 'licenseId']);
      expect(body.licenseId).to.equal(licenseId);
    }
    expect(events.map((event) => event.type)).to.deep.equal(['load', 'export', 'export']);
    expect(Object.keys(events[0]).sort()).to.deep.equal(LOAD_FIELDS);
    expect(events[0]).to.include({ appId: 'demo-app', userId: 'user-42', platform: 'web' });
    for (const event of events.slice(1)) {
      for (const field of Object.keys(event)) expect(EXPORT_FIELDS).to.include(field);
    }
    expect(events[1]).to.include({ mediaType: 'photo', ...pageSize });
    expect(pageSize.width).to.be.greaterThan(0);
    expect(events[2]).to.include({ mediaType: 'video', width: 1280, height: 720, fps: 30, duration: 2.5 });
    const wire = JSON.stringify(answer.bodies);
    for (const secret of ['SECRET-CONTENT', 'private-name', 'holiday', key.slice(6, 14), key]) expect(wire).to.not.contain(secret);
    expect(new Set(events.map((event) => event.sessionId)).size).to.equal(1);
    const counters = answer.counters.filter((counter) => counter.licenseId === licenseId);
    expect(counters.reduce((sum, counter) => sum + counter.count, 0)).to.equal(3);
    for (const counter of counters) expect(counter.userIdHash).to.match(/^[0-9a-f]{64}$/);
  });

  it('sends nothing when the license turns telemetry off', async () => {
    const { key } = await command<{ key: string }>('license-create-key', { id: backend.id, origins: [location.origin], telemetry: false });
    const before = (await command<TelemetryAnswer>('license-telemetry', { id: backend.id })).bodies.length;
    const engine = await Engine.create({ license: key, licenseServer: backend.url, userId: 'user-43' });
    const attachment = attachLicensing(engine, { telemetry: { flushInterval: 10, maxBatch: 1 } });
    expect((await attachment.service.settled()).state).to.equal('licensed');
    attachment.telemetry.recordExport({ mimeType: 'image/png', width: 10, height: 10 });
    expect(attachment.telemetry.enabled).to.equal(false);
    attachment.detach();
    engine.dispose();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await command<TelemetryAnswer>('license-telemetry', { id: backend.id })).bodies.length).to.equal(before);
  });
});
