#!/usr/bin/env node
// `npm start`: build, start the local license backend (embedded store) and serve the demo on localhost.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { serveStatic } from './static-server.mjs';
import { strictContentSecurityPolicy } from './strict-csp.mjs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);

const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const requestedPort = Number(process.env.PORT ?? 8080);
const mounts = { '/demo/': 'demo', '/dist/': 'dist', '/themes/': 'themes', '/assets/': 'assets' };
let demoConfig = { license: undefined, licenseServer: undefined };

/** Tries the requested port, then the next ones, so a busy port does not stop the demo. */
async function listen() {
  for (let port = requestedPort; port < requestedPort + 20; port += 1) {
    try {
      const server = await serveStatic({
        host: '127.0.0.1', port, mounts, index: '/demo/', routes: { '/demo/config.json': () => demoConfig },
        // The demo runs under the strict policy SECURITY.md recommends, so what works here works there.
        htmlHeaders: () => ({ 'content-security-policy': strictContentSecurityPolicy({ licenseServer: demoConfig.licenseServer }) }),
      });
      return { server, port };
    } catch (error) {
      if (error.code !== 'EADDRINUSE') throw error;
    }
  }
  throw new Error(`no free port from ${requestedPort}`);
}

const { server, port } = await listen();
const origin = `http://localhost:${port}`;
let backend;
if (existsSync('licensing/server/dev.ts')) {
  const { startDevLicenseBackend } = await import('../licensing/server/dev.ts');
  backend = await startDevLicenseBackend({ demoOrigins: [origin] });
  demoConfig = { license: backend.demoKey, licenseServer: backend.url };
  console.log(`license backend: ${backend.url} (demo key registered for ${origin})`);
}
console.log(`\nDemo editor: ${origin}/demo/\n(press Ctrl+C to stop)`);

const stop = async () => {
  server.close();
  await backend?.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
