import { expect } from '@open-wc/testing';
import { LicenseService } from '../../licensing/license-service.js';

describe('license console message', () => {
  it('is printed once per page, is clear, and never contains the key', async () => {
    const messages: string[] = [];
    const original = { warn: console.warn, error: console.error, log: console.log, info: console.info };
    for (const name of ['warn', 'error', 'log', 'info'] as const) {
      console[name] = (...args: unknown[]) => {
        messages.push(args.map(String).join(' '));
        original[name].apply(console, args);
      };
    }
    try {
      const key = 'cesdk_secret_key_abcdefghijklmnop';
      const services = [
        new LicenseService({ license: key, engineVersion: 'test' }),
        new LicenseService({ engineVersion: 'test' }),
        new LicenseService({ license: key, licenseServer: 'not a url', engineVersion: 'test' }),
      ];
      const states = [];
      for (const service of services) states.push((await service.start()).state);
      expect(states).to.deep.equal(['invalid', 'evaluation', 'invalid']);
      expect(messages.length).to.equal(1);
      expect(messages[0]).to.contain('CE.SDK license: invalid');
      expect(messages[0]).to.contain('watermark');
      for (let index = 0; index + 8 <= key.length; index += 1) expect(messages[0]).to.not.contain(key.slice(index, index + 8));
      for (const service of services) service.dispose();
    } finally {
      Object.assign(console, original);
    }
  });
});
