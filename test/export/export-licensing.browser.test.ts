/// <reference types="mocha" />
// Watermark on/off in exported pixels with the licensing engineer's real service: an enterprise
// license file issued by the test backend's signer (licensed) versus no license (evaluation).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { Engine } from '../../core/engine/index.js';
import { registerExporters } from '../../core/export/index.js';
import { renderBlockToCanvas } from '../../core/render/index.js';
import { attachLicensing } from '../../licensing/attach.js';
import type { SignedLicenseDocument } from '../../licensing/license-types.js';
import { addShape, canvasPixels, decodeImage, meanDifference } from './export-helpers.js';

async function engineWith(options: { licenseFile?: string }): Promise<{ engine: Engine; page: number }> {
  const engine = await Engine.create(options);
  engine.scene.create();
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
});
