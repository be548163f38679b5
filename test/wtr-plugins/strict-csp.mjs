// web-test-runner plugin for the strict-CSP tests: serves the demo (`/demo/index.html?cesdk-csp`) with
// the strict Content-Security-Policy as a real response header, the demo's config.json from values a
// test sets, and a recorder script (external, so the policy allows it) that logs every
// `securitypolicyviolation` event from the moment the page starts parsing.
import { strictContentSecurityPolicy } from '../../scripts/strict-csp.mjs';

// Demo configs by id: the demo page's URL names its config (`cesdk-config=<id>`), and its
// `fetch('./config.json')` carries that URL as referrer, so parallel test files do not mix them up.
const demoConfigs = new Map();
let nextConfigId = 1;

const RECORDER = `// Records CSP violations for the test (classic script: runs before any module).
window.__cesdkCspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cesdkCspViolations.push({
    directive: event.effectiveDirective, blocked: event.blockedURI, source: event.sourceFile,
    line: event.lineNumber, column: event.columnNumber, sample: event.sample, disposition: event.disposition,
  });
}, true);
`;

export default [
  {
    name: 'cesdk-strict-csp',
    serve(context) {
      if (context.path === '/__cesdk-csp/recorder.js') return { body: RECORDER, type: 'js' };
      // Targets for requests a test makes on purpose (to prove its request log sees them).
      if (context.path.startsWith('/__cesdk-probe/')) return { body: '', type: 'txt' };
      if (context.path === '/demo/config.json') {
        let id = null;
        try {
          id = new URL(context.get('referer')).searchParams.get('cesdk-config');
        } catch {
          // No referrer: the demo's default (no license).
        }
        return { body: JSON.stringify(demoConfigs.get(id) ?? {}), type: 'json' };
      }
      return undefined;
    },
    transform(context) {
      if (context.path !== '/demo/index.html' || !context.URL.searchParams.has('cesdk-csp')) return undefined;
      const licenseServer = context.URL.searchParams.get('cesdk-csp') || undefined;
      const body = String(context.body).replace('<head>', '<head>\n  <script src="/__cesdk-csp/recorder.js"></script>');
      return {
        body,
        headers: { 'content-security-policy': strictContentSecurityPolicy({ licenseServer }), 'cache-control': 'no-store' },
        transformCache: false,
      };
    },
    async executeCommand({ command, payload }) {
      if (command !== 'csp-demo-config') return undefined;
      const id = String(nextConfigId++);
      demoConfigs.set(id, payload ?? {});
      return { id };
    },
  },
];
