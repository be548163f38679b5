/**
 * The editor under a strict Content-Security-Policy, delivered as a real response header (not a meta
 * tag): `default-src 'self'; script-src 'self'; style-src 'self'; …; require-trusted-types-for 'script';
 * trusted-types cesdk lit-html` (scripts/strict-csp.mjs; SECURITY.md). The demo page (which uses the
 * built bundle, dist/) runs in an iframe; a whole session (strict-csp-session.ts) must work and raise
 * no `securitypolicyviolation` event.
 *
 * `npm test` builds dist/ (size step) before the browser tests; run `npm run build` first otherwise.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { describeViolations, openStrictDemo, SESSION } from './strict-csp-session.js';

interface Backend { id: string; url: string }

const command = <Result>(name: string, payload?: object) => executeServerCommand<Result, object | undefined>(name, payload);

describe('strict Content-Security-Policy with Trusted Types', () => {
  let backend: Backend;
  before(async () => {
    backend = await command<Backend>('license-backend-start', {});
  });
  after(async () => {
    await command('license-backend-dispose', { id: backend.id });
  });

  it('a whole session works and raises no securitypolicyviolation', async () => {
    const { key } = await command<{ key: string }>('license-create-key', { id: backend.id, origins: [location.origin], telemetry: true });
    const context = await openStrictDemo({ license: key, licenseServer: backend.url }, backend.url);
    try {
      for (const step of SESSION) {
        try {
          await step.run(context);
        } catch (error) {
          throw new Error(`step "${step.name}" failed: ${String(error)}; violations: ${await describeViolations(context.window)}`);
        }
        expect(context.window.__cesdkCspViolations.length, `violations after "${step.name}": ${await describeViolations(context.window)}`).to.equal(0);
      }
      // The demo's status line adds the license state only when it is not licensed.
      expect(context.window.document.getElementById('status')?.textContent).to.equal('Ready');
    } finally {
      context.frame.remove();
    }
  });

  it('the recorder sees a violation, so the test above can fail', async () => {
    const context = await openStrictDemo({});
    try {
      context.window.document.body.setAttribute('style', 'outline: 1px solid red');
      try {
        (context.window as unknown as { eval(code: string): unknown }).eval('1');
      } catch {
        // Blocked, as it must be.
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
      const directives = context.window.__cesdkCspViolations.map((violation) => violation.directive);
      expect(directives).to.include('style-src-attr');
      expect(directives.some((directive) => directive === 'require-trusted-types-for' || directive === 'script-src')).to.equal(true);
    } finally {
      context.frame.remove();
    }
  });
});
