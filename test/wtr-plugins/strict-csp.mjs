// web-test-runner plugin for the strict-CSP tests: serves the demo (`/demo/index.html?cesdk-csp`) with
// the strict Content-Security-Policy as a real response header, the demo's config.json from values a
// test sets, and a recorder script (external, so the policy allows it) that logs every
// `securitypolicyviolation` event from the moment the page starts parsing.
import { strictContentSecurityPolicy } from '../../scripts/strict-csp.mjs';

let demoConfig = {};

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
      if (context.path === '/demo/config.json') return { body: JSON.stringify(demoConfig), type: 'json' };
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
      demoConfig = payload ?? {};
      return true;
    },
  },
];
