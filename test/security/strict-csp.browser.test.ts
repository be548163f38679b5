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
import type { Engine } from '../../core/engine/index.js';
import { SESSION, type SessionContext } from './strict-csp-session.js';

interface Backend { id: string; url: string }
interface Violation { directive: string; blocked: string; source: string; line: number; column: number; sample: string }
type DemoWindow = Window & typeof globalThis & { __cesdkCspViolations: Violation[] };

const command = <Result>(name: string, payload?: object) => executeServerCommand<Result, object | undefined>(name, payload);

/** The violations, each with the code around it (the bundle's line), for a readable failure. */
async function describeViolations(window: DemoWindow): Promise<string> {
  const described = [];
  for (const violation of window.__cesdkCspViolations) {
    const text = violation.source ? await (await fetch(violation.source)).text().catch(() => '') : '';
    const line = text.split('\n')[violation.line - 1] ?? '';
    described.push({ ...violation, code: line.slice(Math.max(0, violation.column - 160), violation.column + 80) });
  }
  return JSON.stringify(described, null, 1);
}

/** Opens the demo under the strict policy (connect-src allows `licenseServer` when given). */
export async function openStrictDemo(config: Record<string, unknown>, licenseServer?: string): Promise<SessionContext & { window: DemoWindow }> {
  await command('csp-demo-config', config);
  const frame = document.createElement('iframe');
  frame.style.setProperty('width', '1300px');
  frame.style.setProperty('height', '850px');
  frame.style.setProperty('border', '0');
  frame.src = `/demo/index.html?cesdk-csp=${encodeURIComponent(licenseServer ?? '')}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.prepend(frame);
  await loaded;
  const window = frame.contentWindow as DemoWindow;
  const start = performance.now();
  let editor = window.document.querySelector<SessionContext['editor']>('cesdk-editor');
  while (!editor && performance.now() - start < 15_000) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    editor = window.document.querySelector('cesdk-editor');
  }
  if (!editor) throw new Error(`the demo made no editor; violations: ${JSON.stringify(window.__cesdkCspViolations)}`);
  const engine = await Promise.race([
    editor.ready,
    new Promise<Engine>((_resolve, reject) => setTimeout(() => reject(new Error(`not ready; violations: ${JSON.stringify(window.__cesdkCspViolations)}`)), 30_000)),
  ]);
  const exports = new Map<string, Blob>();
  // The page handles exports itself (no download), as an integrator's page would.
  editor.addEventListener('cesdk-export', (event) => event.preventDefault());
  Object.assign(editor, { onSave: () => undefined });
  return { frame, window, editor, engine, exports };
}

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
