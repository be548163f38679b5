// Privacy, end to end: a full editing session in <cesdk-editor> (an uploaded photo, text, a variable,
// exports to PNG, PDF with original image bytes, and SVG, saving and archiving) sends nothing but
// license validation and the two telemetry events to the real backend, and none of the content.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { getLicensing } from '../../licensing/attach.js';
import { addUploadedImage, readLocalImage, IMAGE_UPLOAD_SOURCE_ID } from '../../elements/index.js';
import { mountEditor } from '../elements/editor-helpers.js';
import { recordNetwork, type RecordedRequest } from './network-recorder.js';
import { ENGINE_VERSION } from '../../core/engine/index.js';
import { engineLoadEventSchema, exportEventSchema } from '../../telemetry/schema.js';
import { schemaProblems } from './schema-check.js';

interface Backend { id: string; url: string }
interface TelemetryAnswer { bodies: Array<{ events: Array<Record<string, unknown>> }> }

const TEXT_MARKER = 'PRIVATE-TEXT-5f3a9c';
const VARIABLE_MARKER = 'PRIVATE-VARIABLE-81d2e7';
const FILE_NAME = 'private-holiday-photo.jpg';
const PHOTO_EXPORT_FIELDS = ['height', 'mediaType', 'sessionId', 'type', 'userId', 'width'];

/** Width and height from a PNG's IHDR chunk. */
async function pngSize(blob: Blob): Promise<{ width: number; height: number }> {
  const view = new DataView(await blob.slice(16, 24).arrayBuffer());
  return { width: view.getUint32(0), height: view.getUint32(4) };
}

const command = <Result>(name: string, payload?: object) => executeServerCommand<Result, object | undefined>(name, payload);

describe('privacy: design content never leaves the device', () => {
  let backend: Backend;
  before(async () => {
    backend = await command<Backend>('license-backend-start', {});
  });
  after(async () => {
    await command('license-backend-dispose', { id: backend.id });
  });

  it('sends only license validation and telemetry, with no content in any request', async () => {
    const photo = new Uint8Array(await (await fetch(new URL('../fixtures/images/photo-1600x1200.jpg', import.meta.url))).arrayBuffer());
    const { key } = await command<{ key: string }>('license-create-key', { id: backend.id, origins: [location.origin], telemetry: true });

    const recorder = recordNetwork();
    let requests: RecordedRequest[] = [];
    try {
      const { editor, engine } = await mountEditor({ license: key, 'license-server': backend.url, 'user-id': 'privacy-user' });
      const licensing = getLicensing(engine);
      expect(licensing, 'the editor attaches licensing').to.not.equal(undefined);
      expect((await licensing!.service.settled()).state).to.equal('licensed');

      // The user's content: an uploaded photo, a text and a variable.
      const image = await readLocalImage(new File([photo], FILE_NAME, { type: 'image/jpeg' }));
      expect(image.uri.startsWith('blob:'), 'uploads stay local as object URLs').to.equal(true);
      const asset = addUploadedImage(engine, image);
      await engine.asset.apply(IMAGE_UPLOAD_SOURCE_ID, asset as never);
      const page = engine.scene.getCurrentPage() ?? engine.scene.getPages()[0]!;
      const text = engine.block.create('text');
      engine.block.appendChild(page, text);
      engine.block.replaceText(text, `${TEXT_MARKER} {{secret}}`);
      engine.variable.setString('secret', VARIABLE_MARKER);
      engine.block.setName(text, `${TEXT_MARKER}-name`);

      // Everything that produces output, all on the device.
      const outputs = [
        await engine.block.export(page, { mimeType: 'image/png' }),
        await engine.block.export(page, { mimeType: 'application/pdf', exportPdfWithHighCompatibility: false }),
        await engine.block.export(page, { mimeType: 'image/svg+xml' }),
        await engine.scene.saveToArchive(),
      ];
      for (const output of outputs) expect(output.size).to.be.greaterThan(0);
      // The upload is a blob: URL, which saveToString refuses on its own; the editor's way (uploads
      // inlined by onDisallowedResourceScheme) stays on the device too.
      const saved = await engine.scene.saveToString(undefined, async (url) => {
        const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
        return `data:application/octet-stream;base64,${btoa(String.fromCharCode(...bytes.subarray(0, 64)))}`;
      });
      expect(saved).to.contain(TEXT_MARKER);

      // Telemetry reaches the backend during the session (batched for at most a few seconds), not
      // only when the page is hidden or left: wait for the events while the editor is still open.
      let answer: TelemetryAnswer = { bodies: [] };
      const typesOf = (bodies: TelemetryAnswer['bodies']) => bodies.flatMap((body) => body.events).map((event) => event.type);
      for (let attempt = 0; attempt < 200; attempt += 1) {
        answer = await command<TelemetryAnswer>('license-telemetry', { id: backend.id });
        if (typesOf(answer.bodies).length >= 4 && licensing!.telemetry.pending === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      // Nothing is left to send: everything the client recorded is what the backend has.
      expect(licensing!.telemetry.pending, 'events still queued in the page').to.equal(0);
      editor.remove();
      const events = answer.bodies.flatMap((body) => body.events);
      expect(events.map((event) => event.type), 'one load for the engine, one export per export').to.deep.equal(['load', 'export', 'export', 'export']);
      const [load, ...exports] = events as [Record<string, unknown>, ...Array<Record<string, unknown>>];
      expect(schemaProblems(load, engineLoadEventSchema), 'the load event matches its schema exactly').to.deep.equal([]);
      expect(load).to.deep.equal({ type: 'load', appId: '', platform: 'web', engineVersion: ENGINE_VERSION, userId: 'privacy-user', sessionId: load.sessionId });
      expect(load.sessionId).to.match(/^[0-9a-f-]{36}$/);
      const png = await pngSize(outputs[0]!);
      for (const event of exports) {
        expect(schemaProblems(event, exportEventSchema), 'each export event matches its schema exactly').to.deep.equal([]);
        expect(Object.keys(event).sort(), 'a photo export has no fps or duration').to.deep.equal(PHOTO_EXPORT_FIELDS);
        expect(event).to.include({ userId: 'privacy-user', sessionId: load.sessionId, mediaType: 'photo' });
      }
      expect(exports[0], 'the PNG export counts the pixels written').to.include(png);
      const received = JSON.stringify(answer.bodies);
      for (const secret of [TEXT_MARKER, VARIABLE_MARKER, FILE_NAME, key]) expect(received).to.not.contain(secret);
    } finally {
      requests = await recorder.stop();
    }

    // Every request went to this page's own origin (code and fonts, GET only), to the license
    // backend's license and telemetry endpoints, or stayed on the device (blob:, data:).
    const backendOrigin = new URL(backend.url).origin;
    const allowedBackendPaths = ['/v1/license', '/v1/telemetry', '/v1/health'];
    expect(requests.some((request) => request.url.startsWith(`${backendOrigin}/v1/license`)), 'the license was validated').to.equal(true);
    for (const request of requests) {
      if (request.url.startsWith('blob:') || request.url.startsWith('data:')) continue;
      const url = new URL(request.url, location.href);
      if (url.origin === backendOrigin) {
        expect(allowedBackendPaths, `backend path ${url.pathname}`).to.include(url.pathname);
        const body = request.body ?? '';
        expect(body.length, `request body size to ${url.pathname}`).to.be.below(4096);
        for (const secret of [TEXT_MARKER, VARIABLE_MARKER, FILE_NAME, 'data:image', '/9j/']) expect(body).to.not.contain(secret);
        continue;
      }
      expect(url.origin, `request to ${request.url}`).to.equal(location.origin);
      if (request.api !== 'resource') {
        expect(request.method, `${request.api} ${request.url}`).to.equal('GET');
        expect(request.body, `${request.api} ${request.url} carries no body`).to.equal(undefined);
      }
    }
  });
});
