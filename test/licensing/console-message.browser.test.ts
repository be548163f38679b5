import { expect } from '@open-wc/testing';
import { LicenseService } from '../../licensing/license-service.js';

describe('license console message', () => {
  // First: the notice is once per page, so this must run before anything prints it.
  it('says nothing for a service disposed right away', async () => {
    const messages: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => {
      messages.push(args.map(String).join(' '));
    };
    try {
      const service = new LicenseService({ engineVersion: 'test' });
      expect((await service.start()).state).to.equal('evaluation');
      service.dispose();
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(messages).to.deep.equal([]);
    } finally {
      console.warn = original;
      Object.assign(console, original);
    }
  });
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
      // The notice waits a moment (an engine replaced at once says nothing), then comes once.
      expect(messages.length).to.equal(0);
      await new Promise((resolve) => setTimeout(resolve, 600));
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
