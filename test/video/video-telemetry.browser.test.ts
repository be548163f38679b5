/**
 * The usage event of a real video export, as the license backend receives it: media type, width,
 * height, fps and duration, nothing else (no content, no file names).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { Engine } from '../../core/engine/index.js';
import { registerExporters } from '../../core/export/index.js';
import { attachLicensing } from '../../licensing/attach.js';
import { buildTestScene, decodeVideo } from './video-helpers.js';

interface Backend { id: string; url: string }
type Events = Array<Record<string, unknown>>;

function command<Result>(name: string, payload?: object): Promise<Result> {
  return executeServerCommand<Result, object | undefined>(name, payload);
}

const EXPORT_FIELDS = ['duration', 'fps', 'height', 'mediaType', 'sessionId', 'type', 'userId', 'width'];

describe('video export usage event', function () {
  this.timeout(180_000);
  let backend: Backend;
  before(async () => {
    backend = await command<Backend>('license-backend-start', {});
  });
  after(async () => {
    await command('license-backend-dispose', { id: backend.id });
  });

  it('reaches the backend with media type, size, fps and duration of the exported video', async () => {
    const { key } = await command<{ key: string }>('license-create-key', { id: backend.id, origins: [location.origin], telemetry: true });
    const engine = await Engine.create({ license: key, licenseServer: backend.url, userId: 'video-user' });
    const attachment = attachLicensing(engine, { telemetry: { flushInterval: 50 } });
    expect((await attachment.service.settled()).state).to.equal('licensed');
    const { page } = await buildTestScene(engine);
    registerExporters(engine, { license: attachment.service });
    const blob = await engine.block.exportVideo(page, { mimeType: 'video/webm', framerate: 24, targetWidth: 320, targetHeight: 180, duration: 0.5 });
    const video = await decodeVideo(blob);
    expect([video.width, video.height, video.frameCount]).to.deep.equal([320, 180, 12]);
    video.dispose();
    let exports: Events = [];
    for (let attempt = 0; attempt < 100 && exports.length === 0; attempt += 1) {
      const answer = await command<{ bodies: Array<{ events: Events }> }>('license-telemetry', { id: backend.id });
      exports = answer.bodies.flatMap((body) => body.events).filter((event) => event.type === 'export');
      if (exports.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    attachment.detach();
    engine.dispose();
    expect(exports).to.have.length(1);
    expect(Object.keys(exports[0]!).sort()).to.deep.equal(EXPORT_FIELDS);
    expect(exports[0]).to.include({ mediaType: 'video', width: 320, height: 180, fps: 24, duration: 0.5, userId: 'video-user' });
  });
});
