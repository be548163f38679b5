/**
 * Zero-network mode: an enterprise license file with telemetry off, no license server, and a page
 * whose policy allows connections to its own origin only (`connect-src 'self'`). A whole editing
 * session (the strict-CSP session: shapes, text, uploads, text editing, panels, exports, save and an
 * archive round trip) makes no request beyond the page's own static files, as the browser itself
 * sees them (DevTools protocol: every request of the page and its frames, beacons included).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { describeViolations, openStrictDemo, SESSION } from '../security/strict-csp-session.js';

interface LoggedRequest { url: string; method: string; type: string; hasBody: boolean }

const command = <Result>(name: string, payload?: object) => executeServerCommand<Result, object | undefined>(name, payload);

/** The page's own static files: GET, this origin, no body. */
function isOwnStaticFile(request: LoggedRequest): boolean {
  if (request.url.startsWith('data:') || request.url.startsWith('blob:')) return true;
  const url = new URL(request.url);
  return url.origin === location.origin && request.method === 'GET' && !request.hasBody;
}

describe('zero-network mode', () => {
  it('an enterprise file with telemetry off: a whole session makes zero requests beyond the page\'s own files', async () => {
    const { document } = await command<{ document: unknown }>('license-issue-file', {
      claims: { origins: [location.origin], telemetry: false, licensee: 'Zero Network GmbH' },
    });
    await command('request-log-start');
    let requests: LoggedRequest[] = [];
    const context = await openStrictDemo({ licenseFile: document, userId: 'offline-user' });
    try {
      for (const step of SESSION) await step.run(context);
      expect(context.window.__cesdkCspViolations.length, await describeViolations(context.window)).to.equal(0);
      expect(context.window.document.getElementById('status')?.textContent, 'licensed by the file, so no watermark note').to.equal('Ready');
    } finally {
      // Whatever telemetry would have queued is flushed when the editor goes: that must send nothing either.
      context.frame.remove();
      await new Promise((resolve) => setTimeout(resolve, 100));
      requests = await command<LoggedRequest[]>('request-log-stop');
    }
    expect(requests.length, 'the log saw the page load its files').to.be.greaterThan(5);
    const foreign = requests.filter((request) => !isOwnStaticFile(request));
    expect(foreign, JSON.stringify(foreign, null, 1)).to.deep.equal([]);
    const paths = requests.map((request) => new URL(request.url).pathname);
    for (const path of paths) expect(path.startsWith('/v1/'), `no license or telemetry endpoint: ${path}`).to.equal(false);
  });

  it('the request log sees a beacon, so the test above can fail', async () => {
    await command('request-log-start');
    navigator.sendBeacon(`${location.origin}/__cesdk-probe/beacon`, 'x');
    await fetch('/__cesdk-probe/fetch', { method: 'POST', body: 'y' }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const requests = await command<LoggedRequest[]>('request-log-stop');
    const probes = requests.filter((request) => request.url.includes('/__cesdk-probe/'));
    expect(probes.map((request) => request.method)).to.deep.equal(['POST', 'POST']);
    expect(probes.some(isOwnStaticFile)).to.equal(false);
  });
});
