// Each framework example, built with Vite from the packed SDK and used in Chromium as a person would
// (see harness.ts). Run by `npm test -- frameworks` (and by `npm test`), after the package step.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { BUILDS, buildExample, FRAMEWORKS, installPackedSdk, launchChromium, runSession, SCREENSHOTS, startExampleSite, type ExampleSite, type SessionResult } from './harness.js';

let site: ExampleSite;
let browser: Browser;

before(async () => {
  installPackedSdk();
  site = await startExampleSite();
  browser = await launchChromium();
  console.log(`screenshots: ${SCREENSHOTS}`);
});
after(async () => {
  await browser?.close();
  await site?.stop();
});

const env = () => ({ license: site.backend.demoKey, licenseServer: site.backend.url });

/** What every example must show after the session: one text, one PNG export, one license request, no page error. */
function assertSession(result: SessionResult): void {
  assert.equal(result.texts, 'Texts: 1');
  assert.match(result.exports, /^Exports: image\/png \d+ bytes$/, 'exactly one export reached the app (a doubled listener would show two)');
  assert.equal(result.licenseRequests, 1, 'licensed once');
  assert.deepEqual(result.pageErrors, []);
}

test('plain HTML (no build step): licensed, text added, PNG exported, events reach the page script', async () => {
  const result = await runSession(browser, `${site.origin}/plain/`, 'plain');
  assertSession(result);
});

test('React 19 under StrictMode: typed props and events compile; one license request, no doubled listeners', async () => {
  // The app type-checks against the packed declarations (typed props, onCesdk* events, the ref's element type).
  const typecheck = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'demo/frameworks/react/tsconfig.json'], { encoding: 'utf8' });
  assert.equal(typecheck.status, 0, typecheck.stdout + typecheck.stderr);
  // A development build: StrictMode double-invokes effects (and ref callbacks) only there.
  await buildExample('react', env(), 'development');
  const result = await runSession(browser, `${site.origin}/built/react/`, 'react', async (page) => {
    assert.equal(await page.$eval('header', (header) => header.dataset.effectRuns), '2', 'StrictMode ran the effect twice');
    assert.equal(await page.evaluate('document.querySelectorAll("cesdk-editor").length'), 1);
  });
  assertSession(result);
});

test('Vue 3: licensed, text added, PNG exported, events reach the component', async () => {
  await buildExample('vue', env());
  const result = await runSession(browser, `${site.origin}/built/vue/`, 'vue');
  assertSession(result);
});

test('Svelte 5: licensed, text added, PNG exported, events reach the component', async () => {
  await buildExample('svelte', env());
  const result = await runSession(browser, `${site.origin}/built/svelte/`, 'svelte');
  assertSession(result);
});

test('server-side rendering: importing the package in Node touches no window; the server HTML upgrades on the client', async () => {
  // A fresh Node process, as a server is: no DOM globals at all.
  const rendered = spawnSync(process.execPath, ['ssr/render.mjs', site.backend.url], { cwd: FRAMEWORKS, encoding: 'utf8' });
  assert.equal(rendered.status, 0, rendered.stderr);
  const result = JSON.parse(rendered.stdout.trim().split('\n').pop()!) as { touchedWindow: string[]; html: string; wrapperHtml: string; exports: number; pages: number };
  assert.deepEqual(result.touchedWindow, [], 'nothing read window while importing or rendering');
  assert.ok(result.exports > 50, 'the server build exports the same API');
  assert.equal(result.pages, 1, 'the engine runs headless on the server');
  assert.match(result.html, /^<cesdk-editor user-id="ssr-user" license-server="[^"]+"><\/cesdk-editor>$/);
  assert.match(result.wrapperHtml, /^<cesdk-editor[\s>]/);

  // The client: the server's HTML, then the browser build, which upgrades the element in place.
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>SSR</title>
<script type="importmap">{ "imports": { "cesdk-web-components": "/node_modules/cesdk-web-components/dist/cesdk.js" } }</script>
<link rel="stylesheet" href="/shared/example.css"></head>
<body><header><output data-testid="status">Server HTML</output><output data-testid="texts">Texts: 0</output><output data-testid="exports">Exports: none</output></header>
${result.html}
<script type="module">
  const editor = document.querySelector('cesdk-editor');
  const before = editor instanceof HTMLElement && !('ready' in editor);
  const { CesdkEditor } = await import('cesdk-web-components');
  const exports = [];
  editor.addEventListener('cesdk-change', () => { document.querySelector('[data-testid=texts]').textContent = 'Texts: ' + editor.engine.block.findByType('text').length; });
  editor.addEventListener('cesdk-export', (event) => { event.preventDefault(); exports.push(event.detail.mimeType + ' ' + event.detail.blob.size + ' bytes'); document.querySelector('[data-testid=exports]').textContent = 'Exports: ' + exports.join(', '); });
  editor.license = ${JSON.stringify(site.backend.demoKey)};
  const engine = await editor.ready;
  document.querySelector('[data-testid=status]').textContent = 'Ready: ' + engine.scene.getPages().length + ' page(s), upgraded ' + (before && editor instanceof CesdkEditor) + ', user ' + editor.userId;
</script></body></html>`;
  mkdirSync(join(BUILDS, 'ssr'), { recursive: true });
  writeFileSync(join(BUILDS, 'ssr', 'index.html'), page);
  const session = await runSession(browser, `${site.origin}/built/ssr/`, 'ssr');
  assert.match(session.status, /upgraded true, user ssr-user$/);
  assertSession(session);
});
