// Test harness of the framework examples (Node): one shared install of the packed SDK, Vite builds
// into .cache/frameworks/, a static server and the real license backend on loopback, and a person's
// session in Debian's Chromium (puppeteer-core): add a text from the asset library, export a PNG from
// the export menu, and read what the framework rendered from the events it received.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startDevLicenseBackend, type DevLicenseBackend } from '../../licensing/server/dev.js';
// @ts-expect-error plain JS helper scripts without type declarations
import { findChromium } from '../../scripts/chromium.mjs';
// @ts-expect-error plain JS helper scripts without type declarations
import { serveStatic } from '../../scripts/static-server.mjs';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const FRAMEWORKS = join(ROOT, 'demo/frameworks');
export const TARBALL = join(ROOT, '.cache/package/cesdk-web-components.tgz');
export const BUILDS = join(ROOT, '.cache/frameworks');

function run(command: string, args: string[], cwd = ROOT): void {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * Installs the packed SDK into demo/frameworks/node_modules, as an app would (`npm install` of the
 * tarball). Packs first when there is no tarball (npm test's package step leaves one). Skips the
 * install when this exact tarball is already installed.
 */
export function installPackedSdk(): void {
  if (!existsSync(TARBALL)) {
    if (!existsSync(join(ROOT, 'dist/cesdk.js'))) run(process.execPath, ['scripts/build.mjs']);
    run(process.execPath, ['scripts/check-package.mjs']);
  }
  const hash = createHash('sha256').update(readFileSync(TARBALL)).digest('hex');
  const stamp = join(FRAMEWORKS, 'node_modules/.cesdk-tarball-sha256');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
  // npm sees the same file: spec and version and would keep the old copy: remove it first.
  rmSync(join(FRAMEWORKS, 'node_modules/cesdk-web-components'), { recursive: true, force: true });
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock'], FRAMEWORKS);
  writeFileSync(stamp, hash);
}

/** Builds one Vite example into .cache/frameworks/<name>/ with the license settings as Vite env vars. */
export async function buildExample(name: string, env: { license: string; licenseServer: string }, mode = 'production'): Promise<string> {
  const { build } = await import('vite');
  const outDir = join(BUILDS, name);
  process.env.VITE_CESDK_LICENSE = env.license;
  process.env.VITE_CESDK_LICENSE_SERVER = env.licenseServer;
  // Vite builds production React unless NODE_ENV says otherwise (the mode alone does not switch it).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = mode === 'development' ? 'development' : 'production';
  await build({
    root: join(FRAMEWORKS, name), configFile: join(FRAMEWORKS, name, 'vite.config.ts'), mode, logLevel: 'warn',
    build: { outDir, emptyOutDir: true, reportCompressedSize: false, minify: mode === 'production' },
  }).finally(() => {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  });
  return outDir;
}

/** The static site (built examples, the plain example and the installed package) and the license backend. */
export interface ExampleSite {
  readonly origin: string;
  readonly backend: DevLicenseBackend;
  /** Answers of `/v1/license` counted per run (the test reads it to find double licensing). */
  stop(): Promise<void>;
}

export async function startExampleSite(): Promise<ExampleSite> {
  const server = (await serveStatic({
    host: '127.0.0.1', port: 0, index: '/plain/',
    mounts: { '/built/': BUILDS, '/': FRAMEWORKS },
    routes: { '/plain/config.json': () => ({ license: backend.demoKey, licenseServer: backend.url }) },
  })) as Server;
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const backend = await startDevLicenseBackend({ demoOrigins: [origin], dataFolder: mkdtempSync(join(tmpdir(), 'cesdk-frameworks-license-')) });
  return {
    origin,
    backend,
    async stop() {
      await backend.stop();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Debian's Chromium, headless, as the other browser tests start it. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium() as string | undefined;
  if (!executablePath) throw new Error('Chromium is missing. Run: sudo apt-get update && sudo apt-get install -y chromium');
  return puppeteer.launch({
    executablePath, headless: true,
    args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', '--disable-renderer-backgrounding', '--disable-background-timer-throttling'],
  });
}

/** Where screenshots of the sessions go (printed by the test). */
export const SCREENSHOTS = join(ROOT, '.cache/frameworks-screenshots');

// Runs in the page. A string, not a function: tsx would add its own helpers to a function's source.
const FIND_CENTRE = `(selector, label) => {
  const visit = function* (root) {
    for (const element of root.querySelectorAll('*')) {
      yield element;
      if (element.shadowRoot) yield* visit(element.shadowRoot);
    }
  };
  for (const element of visit(document)) {
    if (!element.matches(selector)) continue;
    if (label !== undefined && element.getAttribute('aria-label') !== label && element.textContent.trim() !== label) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }
  return undefined;
}`;

/** Centre of the first visible element in the page, across shadow roots, matching `selector` (and `label` as aria-label or text). */
async function centreOf(page: Page, selector: string, label?: string): Promise<{ x: number; y: number } | undefined> {
  return page.evaluate(`(${FIND_CENTRE})(${JSON.stringify(selector)}, ${label === undefined ? 'undefined' : JSON.stringify(label)})`) as Promise<{ x: number; y: number } | undefined>;
}

/** Clicks, with the mouse, the element `centreOf` finds; waits for it to appear first. */
export async function click(page: Page, selector: string, label?: string, timeout = 20_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    const point = await centreOf(page, selector, label);
    if (point) {
      await page.mouse.click(point.x, point.y);
      return;
    }
    if (Date.now() - started > timeout) throw new Error(`nothing to click: ${selector} ${label ?? ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until the framework-rendered output `testid` reads text matching `pattern`; returns the text. */
export async function waitForOutput(page: Page, testid: string, pattern: RegExp, timeout = 30_000): Promise<string> {
  const handle = await page.waitForFunction(
    `(() => { const text = document.querySelector('[data-testid="${testid}"]')?.textContent ?? ''; return new RegExp(${JSON.stringify(pattern.source)}).test(text) ? text : false; })()`,
    { timeout, polling: 100 },
  );
  return (await handle.jsonValue()) as string;
}

/** What a session saw: the framework's outputs, license requests, and page errors and `cesdk-error` events. */
export interface SessionResult {
  readonly status: string;
  readonly texts: string;
  readonly exports: string;
  readonly licenseRequests: number;
  readonly pageErrors: string[];
}

/**
 * Opens `url` and works as a person: waits for the editor, adds a "Heading" text from the asset
 * library's Text tab, opens the export menu and exports a PNG. `whenReady` runs checks of its own once
 * the editor is ready. Screenshots go to SCREENSHOTS/<name>-*.png.
 */
export async function runSession(browser: Browser, url: string, name: string, whenReady?: (page: Page) => Promise<void>): Promise<SessionResult> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  let licenseRequests = 0;
  const pageErrors: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/v1/license')) licenseRequests += 1;
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  // Problems the editor reports without breaking (a font that cannot load, a bad asset) count too.
  await page.evaluateOnNewDocument(`document.addEventListener('cesdk-error', (event) => {
    (window.cesdkErrors ??= []).push(String(event.error?.code ?? '') + ': ' + String(event.error?.message ?? event.error));
  });`);
  try {
    await page.goto(url);
    const status = await waitForOutput(page, 'status', /^Ready: 1 page/);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-1-ready.png`) });
    await whenReady?.(page);
    await click(page, '[role=tab]', 'Text');
    await click(page, 'button[part=asset]', 'Heading');
    const texts = await waitForOutput(page, 'texts', /^Texts: 1$/);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-2-text.png`) });
    await click(page, 'button[part=trigger]', 'Export');
    await click(page, 'button[part=start]', 'Export');
    const exports = await waitForOutput(page, 'exports', /image\/png \d+ bytes/);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-3-exported.png`) });
    const reported = (await page.evaluate('window.cesdkErrors ?? []')) as string[];
    return { status, texts, exports, licenseRequests, pageErrors: [...pageErrors, ...reported] };
  } catch (error) {
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-failure.png`) }).catch(() => undefined);
    throw error;
  } finally {
    await page.close();
  }
}
