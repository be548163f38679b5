/**
 * What the journey test needs around the demo: the built bundle, the demo served on loopback as
 * `npm start` serves it (static files plus the local license backend with a demo key for that
 * origin), and Debian's Chromium driven by puppeteer-core (no browser download).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
// @ts-expect-error plain JS helper scripts without type declarations
import { findChromium } from '../../scripts/chromium.mjs';
// @ts-expect-error plain JS helper scripts without type declarations
import { serveStatic } from '../../scripts/static-server.mjs';
import { startDevLicenseBackend, type DevLicenseBackend } from '../../licensing/server/dev.js';

const root = new URL('../../', import.meta.url).pathname;

/** The newest modification time under `folder` (source files only). */
function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|mjs|js)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds dist/ unless it is newer than every source file (the demo loads the built bundle). */
export function ensureBuilt(): void {
  const bundle = join(root, 'dist/cesdk.js');
  const sources = Math.max(...['core', 'elements', 'licensing', 'telemetry'].map((folder) => newestSource(join(root, folder))));
  if (existsSync(bundle) && statSync(bundle).mtimeMs > sources) return;
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the build failed; the journey test needs dist/');
}

/** The demo as `npm start` serves it, on a free loopback port. */
export interface DemoServer {
  readonly origin: string;
  stop(): Promise<void>;
}

/** Serves demo/, dist/, themes/ and assets/ with a licensed demo key for the origin. */
export async function startDemo(): Promise<DemoServer> {
  let config: { license?: string; licenseServer?: string } = {};
  const server = (await serveStatic({
    host: '127.0.0.1', port: 0, index: '/demo/',
    mounts: { '/demo/': join(root, 'demo'), '/dist/': join(root, 'dist'), '/themes/': join(root, 'themes'), '/assets/': join(root, 'assets') },
    routes: { '/demo/config.json': () => config },
  })) as Server;
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://localhost:${port}`;
  const dataFolder = mkdtempSync(join(tmpdir(), 'cesdk-journey-license-'));
  const backend: DevLicenseBackend = await startDevLicenseBackend({ demoOrigins: [origin], dataFolder });
  config = { license: backend.demoKey, licenseServer: backend.url };
  return {
    origin,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await backend.stop();
    },
  };
}

/** Launches Debian's headless Chromium (never a downloaded one). */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium() as string | undefined;
  if (!executablePath) throw new Error('Chromium is missing. Run: sudo apt-get install -y chromium');
  return puppeteer.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--window-size=1400,900'],
    defaultViewport: { width: 1400, height: 900 },
  });
}

/** A folder for one run's screenshots (printed by the test). */
export function screenshotFolder(): string {
  const folder = process.env.CESDK_JOURNEY_SHOTS ?? mkdtempSync(join(tmpdir(), 'cesdk-journey-'));
  mkdirSync(folder, { recursive: true });
  return folder;
}

/** Opens /demo/ in a new page and waits for the editor's `ready`. */
export async function openDemo(browser: Browser, origin: string, query = ''): Promise<Page> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error));
  await page.goto(`${origin}/demo/${query}`);
  await page.waitForFunction(() => (document.getElementById('status')?.textContent ?? '').startsWith('Ready'), { timeout: 60_000 });
  return page;
}
