// The conformance suite's browser side: serves each CE.SDK guide as a module composed by the
// harness (test/conformance/harness/compose.ts) at /__conformance__/<guide>.ts, and stores the
// browser results for `npm test`'s "P/N guide snippets passing" line.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const folder = fileURLToPath(new URL('../conformance/', import.meta.url));
const modules = {
  '@cesdk/node': '/test/conformance/harness/shims/cesdk-node.ts',
  dotenv: '/test/conformance/harness/shims/dotenv.ts',
  fs: '/test/conformance/harness/shims/fs.ts',
  './utils': '/test/conformance/harness/shims/utils.ts',
};

let harness;
async function loadHarness() {
  // The harness is TypeScript; the test runner runs under tsx, which loads it.
  harness ??= Promise.all([import('../conformance/cases/index.ts'), import('../conformance/harness/compose.ts')]);
  const [{ GUIDES }, { composeGuide }] = await harness;
  return { GUIDES, composeGuide };
}

export default [
  {
    name: 'cesdk-conformance',
    async serve(context) {
      const match = /^\/__conformance__\/([a-z0-9-]+)\.ts$/.exec(context.path);
      if (!match) return undefined;
      const { GUIDES, composeGuide } = await loadHarness();
      const guide = GUIDES.find((candidate) => candidate.id === match[1]);
      if (!guide) return { body: 'unknown guide', status: 404 };
      const exclude = new Set((context.query.exclude ?? '').split(',').filter(Boolean).map(Number));
      const source = readFileSync(`${folder}guides/${guide.id}.ts.txt`, 'utf8');
      return { body: composeGuide(source, guide, modules, exclude), type: 'js', headers: { 'Cache-Control': 'no-store' } };
    },
    executeCommand({ command, payload }) {
      if (command !== 'conformance-results') return undefined;
      mkdirSync(`${folder}.results`, { recursive: true });
      writeFileSync(`${folder}.results/browser.json`, JSON.stringify(payload, null, 1));
      return true;
    },
  },
];
