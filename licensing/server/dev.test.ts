import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { LicenseService } from '../license-service.js';
import { startDevLicenseBackend } from './dev.js';

test('the dev backend listens on 127.0.0.1, licenses its demo origin and reuses its demo key across restarts', async () => {
  const dataFolder = join(mkdtempSync(join(tmpdir(), 'cesdk-dev-')), 'license');
  const first = await startDevLicenseBackend({ demoOrigins: ['http://localhost:8080'], dataFolder });
  try {
    assert.match(first.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const service = new LicenseService({ license: first.demoKey, licenseServer: first.url, engineVersion: 'test', origin: 'http://localhost:8080' });
    const status = await service.start();
    service.dispose();
    assert.equal(status.state, 'licensed', status.reason);
  } finally {
    await first.stop();
  }
  const second = await startDevLicenseBackend({ demoOrigins: ['http://localhost:8081'], dataFolder });
  try {
    assert.equal(second.demoKey, first.demoKey);
    for (const origin of ['http://localhost:8080', 'http://localhost:8081']) {
      const service = new LicenseService({ license: second.demoKey, licenseServer: second.url, engineVersion: 'test', origin });
      assert.equal((await service.start()).state, 'licensed', origin);
      service.dispose();
    }
  } finally {
    await second.stop();
  }
});
