// An enterprise license file is verified offline: zero network requests, asserted two ways.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { Engine } from '../../core/engine/index.js';
import { attachLicensing } from '../../licensing/attach.js';
import { LicenseService } from '../../licensing/license-service.js';
import type { SignedLicenseDocument } from '../../licensing/license-types.js';

function issueFile(claims: object): Promise<SignedLicenseDocument> {
  return executeServerCommand<{ document: SignedLicenseDocument }, object>('license-issue-file', { claims }).then((answer) => answer.document);
}

/** Counts requests without changing them: every call goes through to the real implementation. */
function countRequests(): { readonly count: () => number; readonly entries: () => PerformanceEntry[]; stop(): void } {
  const entries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ type: 'resource', buffered: false });
  const originalFetch = window.fetch;
  const originalBeacon = navigator.sendBeacon;
  const originalOpen = XMLHttpRequest.prototype.open;
  let calls = 0;
  window.fetch = function (...args: Parameters<typeof fetch>) {
    calls += 1;
    return originalFetch.apply(this, args);
  };
  navigator.sendBeacon = function (...args: Parameters<Navigator['sendBeacon']>) {
    calls += 1;
    return originalBeacon.apply(navigator, args);
  };
  XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    calls += 1;
    return (originalOpen as (...values: unknown[]) => void).apply(this, args);
  } as typeof XMLHttpRequest.prototype.open;
  return {
    count: () => calls,
    entries: () => [...entries, ...observer.takeRecords()],
    stop() {
      observer.disconnect();
      window.fetch = originalFetch;
      navigator.sendBeacon = originalBeacon;
      XMLHttpRequest.prototype.open = originalOpen;
    },
  };
}

describe('enterprise license file', () => {
  it('is verified with zero network requests, even with a license server configured', async () => {
    const file = await issueFile({ origins: [location.origin], telemetry: false });
    const text = JSON.stringify(file);
    const resourcesBefore = performance.getEntriesByType('resource').length;
    const counter = countRequests();
    try {
      const engine = await Engine.create({ licenseFile: text, licenseServer: 'http://127.0.0.1:9', userId: 'u1' });
      const { service } = attachLicensing(engine);
      const status = await service.settled();
      expect(status.state, status.reason).to.equal('licensed');
      expect(service.needsWatermark).to.equal(false);
      expect(status.reason).to.contain('ACME');
      await engine.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
      // Give any stray request (telemetry, validation) the chance to start before counting.
      await new Promise((resolve) => setTimeout(resolve, 300));
      engine.dispose();
      expect(counter.count(), 'fetch / sendBeacon / XHR calls').to.equal(0);
      expect(counter.entries().map((entry) => entry.name), 'resource timing entries').to.deep.equal([]);
      expect(performance.getEntriesByType('resource').length).to.equal(resourcesBefore);
    } finally {
      counter.stop();
    }
  });

  it('a wildcard file allows its subdomains only; another origin, an expired or an altered file is refused offline', async () => {
    const counter = countRequests();
    try {
      const check = async (licenseFile: unknown): Promise<string> => {
        const service = new LicenseService({ licenseFile: licenseFile as object, engineVersion: 'test' });
        const status = await service.start();
        service.dispose();
        return status.state;
      };
      expect(await check(await issueFile({ origins: ['https://*.acme.com'] }))).to.equal('invalid');
      expect(await check(await issueFile({ origins: [location.origin], expiresAt: Date.now() - 1000, issuedAt: Date.now() - 2000 }))).to.equal('expired');
      const genuine = await issueFile({ origins: [location.origin] });
      expect(await check(genuine)).to.equal('licensed');
      const altered = { ...genuine, payload: genuine.payload.slice(0, -4) + 'AAAA' };
      expect(await check(altered)).to.equal('invalid');
      expect(await check(JSON.stringify(genuine).slice(0, 100))).to.equal('invalid');
      expect(counter.count()).to.equal(0);
    } finally {
      counter.stop();
    }
  });
});
