// The conformance suite, engine-only part: CE.SDK guide code run unchanged in Node (see README.md).
// Guides that export run in conformance.browser.test.ts. Results go to .results/node.json, which
// `npm test` adds up with the browser part into one "P/N guide snippets passing" line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { GUIDES } from './cases/index.js';
import { composeGuide, locateSnippets, type ModuleMap } from './harness/compose.js';
import { summarize, unexpectedFailures } from './harness/report.js';
import { runGuide } from './harness/run-guide.js';
import type { SnippetResult } from './harness/types.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const modules: ModuleMap = {
  '@cesdk/node': pathToFileURL(join(here, 'harness/shims/cesdk-node.ts')).href,
  dotenv: pathToFileURL(join(here, 'harness/shims/dotenv.ts')).href,
  fs: pathToFileURL(join(here, 'harness/shims/fs.ts')).href,
  './utils': pathToFileURL(join(here, 'harness/shims/utils.ts')).href,
};
const source = (id: string): string => readFileSync(join(here, 'guides', `${id}.ts.txt`), 'utf8');

test('every snippet is found, unchanged, in its guide example', () => {
  for (const guide of GUIDES) {
    assert.doesNotThrow(() => locateSnippets(source(guide.id), guide), guide.id);
    assert.match(guide.url, /^https:\/\/img\.ly\/docs\/cesdk\//, `${guide.id} has its source URL`);
  }
});

test('engine-only guides run unchanged', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'cesdk-conformance-'));
  const results: SnippetResult[] = [];
  try {
    for (const guide of GUIDES.filter((candidate) => candidate.env === 'node')) {
      const text = source(guide.id);
      const guideResults = await runGuide(guide, text, async (exclude, attempt) => {
        const file = join(folder, `${guide.id}-${attempt}.mts`);
        writeFileSync(file, composeGuide(text, guide, modules, exclude));
        await import(pathToFileURL(file).href);
      });
      results.push(...guideResults);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  mkdirSync(join(here, '.results'), { recursive: true });
  writeFileSync(join(here, '.results', 'node.json'), JSON.stringify(results, null, 1));
  console.log(summarize(results, 'conformance (Node)'));
  const unexpected = unexpectedFailures(results, GUIDES);
  assert.deepEqual(unexpected.map((result) => `${result.guide} #${result.index} ${result.title}: ${result.reason}`), []);
});
