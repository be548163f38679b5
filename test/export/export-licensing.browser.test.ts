/// <reference types="mocha" />
// Watermark on/off in exported pixels with the licensing engineer's real service: an enterprise
// license file issued by the test backend's signer (licensed) versus no license (evaluation).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { Engine } from '../../core/engine/index.js';
import { registerExporters } from '../../core/export/index.js';
import { registerExporters as registerEngineExporters, getLicensing } from '../../elements/index.js';
import { renderBlockToCanvas } from '../../core/render/index.js';
import { attachLicensing } from '../../licensing/attach.js';
import type { SignedLicenseDocument } from '../../licensing/license-types.js';
import { addShape, canvasPixels, decodeImage, meanDifference } from './export-helpers.js';

async function engineWith(options: { licenseFile?: string }): Promise<{ engine: Engine; page: number }> {
  const engine = await Engine.create(options);
  engine.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
  const page = engine.scene.getPages()[0]!;
  engine.block.setWidth(page, 240);
  engine.block.setHeight(page, 160);
  addShape(engine, page, { x: 20, y: 20, width: 120, height: 80 }, { r: 0.1, g: 0.6, b: 0.3, a: 1 });
  return { engine, page };
}

describe('export watermark with the real license service', () => {
  it('licensed (enterprise file): no watermark; unlicensed: watermark in every format', async () => {
    const answer = await executeServerCommand<{ document: SignedLicenseDocument }, object>('license-issue-file', { claims: { origins: [location.origin], telemetry: false } });
    const licensed = await engineWith({ licenseFile: JSON.stringify(answer.document) });
    const licensedService = attachLicensing(licensed.engine).service;
    expect((await licensedService.settled()).state).to.equal('licensed');
    registerExporters(licensed.engine, { license: licensedService });

    const unlicensed = await engineWith({});
    const unlicensedService = attachLicensing(unlicensed.engine).service;
    await unlicensedService.settled();
    expect(unlicensedService.needsWatermark).to.equal(true);
    registerExporters(unlicensed.engine, { license: unlicensedService });

    const reference = canvasPixels(await renderBlockToCanvas(licensed.engine, licensed.page, { width: 240, height: 160 }));
    for (const mimeType of ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml'] as const) {
      const clean = await decodeImage((await licensed.engine.block.export(licensed.page, { mimeType })) as Blob, 240, 160);
      const marked = await decodeImage((await unlicensed.engine.block.export(unlicensed.page, { mimeType })) as Blob, 240, 160);
      expect(meanDifference(clean, reference), `${mimeType} licensed equals the plain render`).to.be.below(mimeType === 'image/png' ? 1 : 4);
      expect(meanDifference(marked, clean), `${mimeType} unlicensed carries the watermark`).to.be.above(2);
    }
    licensed.engine.dispose();
    unlicensed.engine.dispose();
  });

  it('sends the export usage event with the output size (and nothing else) to the real backend', async () => {
    const backend = await executeServerCommand<{ id: string; url: string }, object>('license-backend-start', {});
    try {
      const { key } = await executeServerCommand<{ key: string }, object>('license-create-key', { id: backend.id, origins: [location.origin], telemetry: true });
      const engine = await Engine.create({ license: key, licenseServer: backend.url, userId: 'user-7' });
      const attachment = attachLicensing(engine, { telemetry: { flushInterval: 50 } });
      expect((await attachment.service.settled()).state).to.equal('licensed');
      engine.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
      const page = engine.scene.getPages()[0]!;
      engine.block.setWidth(page, 240);
      engine.block.setHeight(page, 160);
      registerExporters(engine, { license: attachment.service });
      await engine.block.export(page, { mimeType: 'image/jpeg', targetWidth: 120 });
      let exports: Array<Record<string, unknown>> = [];
      for (let attempt = 0; attempt < 100 && exports.length === 0; attempt += 1) {
        const answer = await executeServerCommand<{ bodies: Array<{ events: Array<Record<string, unknown>> }> }, object>('license-telemetry', { id: backend.id });
        exports = answer.bodies.flatMap((body) => body.events).filter((event) => event.type === 'export');
        if (exports.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      attachment.detach();
      engine.dispose();
      expect(exports.length).to.equal(1);
      expect(exports[0]).to.include({ type: 'export', mediaType: 'photo', width: 120, height: 80, userId: 'user-7' });
      expect(Object.keys(exports[0]!).sort()).to.deep.equal(['height', 'mediaType', 'sessionId', 'type', 'userId', 'width']);
    } finally {
      await executeServerCommand('license-backend-dispose', { id: backend.id });
    }
  });
  it("the browser entry's registerExporters attaches the engine's licensing: a licensed headless engine exports clean", async () => {
    const backend = await executeServerCommand<{ id: string; url: string }, object>('license-backend-start', {});
    try {
      const { key } = await executeServerCommand<{ key: string }, object>('license-create-key', { id: backend.id, origins: [location.origin], telemetry: false });
      const licensed = await Engine.create({ license: key, licenseServer: backend.url });
      licensed.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
      const page = licensed.scene.getPages()[0]!;
      licensed.block.setWidth(page, 240);
      licensed.block.setHeight(page, 160);
      addShape(licensed, page, { x: 20, y: 20, width: 120, height: 80 }, { r: 0.1, g: 0.6, b: 0.3, a: 1 });
      registerEngineExporters(licensed);
      expect((await getLicensing(licensed)!.service.settled()).state).to.equal('licensed');
      const unlicensed = await engineWith({});
      registerEngineExporters(unlicensed.engine);
      await getLicensing(unlicensed.engine)!.service.settled();
      const reference = canvasPixels(await renderBlockToCanvas(licensed, page, { width: 240, height: 160 }));
      const clean = await decodeImage((await licensed.block.export(page, { mimeType: 'image/png' })) as Blob, 240, 160);
      const marked = await decodeImage((await unlicensed.engine.block.export(unlicensed.page, { mimeType: 'image/png' })) as Blob, 240, 160);
      expect(meanDifference(clean, reference), 'licensed: no watermark').to.be.below(1);
      expect(meanDifference(marked, clean), 'unlicensed: watermark').to.be.above(2);
      licensed.dispose();
      unlicensed.engine.dispose();
    } finally {
      await executeServerCommand('license-backend-dispose', { id: backend.id });
    }
  });
});
