// web-test-runner: every `*.browser.test.ts` runs in Debian's headless Chromium.
// Nothing here downloads a browser: the launcher is given the system executable.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChromium } from './scripts/chromium.mjs';

const commonjs = fromRollup(rollupCommonjs);

/** mediabunny's `browser` field maps `./node.js` to `false`, which the dev server cannot serve. */
const emptyNodeShim = {
  name: 'cesdk-empty-node-shim',
  resolveImport({ source, context }) {
    if (source === false || source === 'false') return '/__cesdk_empty__.js';
    // mediabunny's Node file access (imported by its sources, unused in browsers).
    if (source === './node.js' && context.path.includes('/node_modules/mediabunny/')) return '/__cesdk_empty__.js';
    return undefined;
  },
  serve(context) {
    if (context.path === '/__cesdk_empty__.js') return { body: 'export default {};', type: 'js' };
    return undefined;
  },
};

/** Loads every plugin module under test/wtr-plugins/ (e.g. the license backend for end-to-end tests). */
async function projectPlugins() {
  const folder = fileURLToPath(new URL('./test/wtr-plugins/', import.meta.url));
  let names = [];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.mjs')).sort();
  } catch {
    return [];
  }
  const plugins = [];
  for (const name of names) {
    const module = await import(pathToFileURL(folder + name).href);
    plugins.push(...(module.default ?? []));
  }
  return plugins;
}

const chromium = findChromium();

export default {
  files: ['**/*.browser.test.ts', '!node_modules/**', '!dist/**'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  concurrency: 2,
  concurrentBrowsers: 1,
  browserStartTimeout: 60000,
  testsStartTimeout: 120000,
  // Long runs (npm run fuzz -- --long) raise it; everything else finishes within five minutes.
  testsFinishTimeout: Number(process.env.CESDK_TESTS_FINISH_TIMEOUT) || 300000,
  testFramework: { config: { timeout: 60000 } },
  plugins: [
    emptyNodeShim,
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    commonjs({
      strictRequires: false,
      include: [
        '**/node_modules/eventemitter3/**',
        '**/node_modules/@xmldom/**',
        '**/node_modules/gifuct-js/**',
        '**/node_modules/js-binary-schema-parser/**',
        '**/node_modules/earcut/**',
        '**/node_modules/parse-svg-path/**',
      ],
    }),
    ...(await projectPlugins()),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromium,
        headless: true,
        args: [
          '--no-sandbox',
          '--enable-unsafe-swiftshader',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
          '--disable-background-timer-throttling',
          // Playback tests start Web Audio without a click (the editor starts it from the Play button).
          '--autoplay-policy=no-user-gesture-required',
        ],
      },
      // Each test file gets its own browser context (its own window): with two files running at once,
      // a tab in the background of a shared window stops animation frames, so a test there waiting for
      // a frame (open-wc's fixture on a plain element, rendering) hangs while the other tab has focus
      // (sendKeys brings its page to the front).
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
};
