// web-test-runner plugin for the licensing browser tests: starts real license backends on 127.0.0.1
// (each with its own temporary SQLite store) and lets tests drive them through server commands
// (`executeServerCommand` from @web/test-runner-commands). Also serves a small page that runs the
// license service, for tests that need the same page on a second origin (127.0.0.1 vs localhost).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';

const modules = {};
async function load(name, path) {
  modules[name] ??= await tsImport(path, import.meta.url);
  return modules[name];
}

const backends = new Map();
let nextId = 1;
let devServerPort;

async function listen(backend) {
  const { buildLicenseServer } = await load('app', '../../licensing/server/app.ts');
  const app = await buildLicenseServer({
    store: backend.store, signer: backend.signer, licenseTtlMs: backend.ttlMs,
    // Tests with a manual license clock move the backend's clock with it (license-backend-clock).
    now: () => Date.now() + backend.clockOffsetMs,
    rateLimit: { perIp: 10_000, perKey: 10_000 },
  });
  // Records the raw telemetry bodies, so tests can prove which fields left the browser.
  app.addHook('preValidation', async (request) => {
    if (request.url === '/v1/telemetry') backend.telemetryBodies.push(request.body);
  });
  backend.url = await app.listen({ host: '127.0.0.1', port: backend.port ?? 0 });
  backend.port = Number(new URL(backend.url).port);
  backend.app = app;
}

async function startBackend(payload = {}) {
  const { SqliteLicenseStore } = await load('store', '../../licensing/server/sqlite-store.ts');
  const { trustedSigner } = await load('signing', '../licensing/license-signing.ts');
  const folder = mkdtempSync(join(tmpdir(), 'cesdk-license-wtr-'));
  const backend = {
    id: String(nextId++), folder, ttlMs: payload.ttlMs ?? 3_600_000, telemetryBodies: [], clockOffsetMs: 0,
    store: new SqliteLicenseStore(join(folder, 'license.sqlite')), signer: trustedSigner(),
  };
  await listen(backend);
  backends.set(backend.id, backend);
  return { id: backend.id, url: backend.url };
}

// Stops like a crashed server: open keep-alive sockets (even ones the browser is busy on) are cut
// at once, so the close never waits on the browser's connection pool.
async function stopBackend(backend) {
  const app = backend.app;
  backend.app = undefined;
  if (!app) return;
  const closing = app.close();
  app.server.closeAllConnections();
  await closing;
}

function backendOf(payload) {
  const backend = backends.get(String(payload?.id));
  if (!backend) throw new Error(`no license backend ${payload?.id}`);
  return backend;
}

const commands = {
  'license-backend-start': startBackend,
  async 'license-backend-stop'(payload) {
    await stopBackend(backendOf(payload));
    return true;
  },
  async 'license-backend-restart'(payload) {
    const backend = backendOf(payload);
    if (!backend.app) await listen(backend);
    return { url: backend.url };
  },
  async 'license-backend-clock'(payload) {
    backendOf(payload).clockOffsetMs = Number(payload.offsetMs) || 0;
    return true;
  },
  async 'license-backend-dispose'(payload) {
    const backend = backendOf(payload);
    await stopBackend(backend);
    await backend.store.close();
    rmSync(backend.folder, { recursive: true, force: true });
    backends.delete(backend.id);
    return true;
  },
  async 'license-create-key'(payload) {
    const { createApiKey } = await load('admin', '../../licensing/server/key-admin.ts');
    const { key, record } = await createApiKey(backendOf(payload).store, { origins: payload.origins, telemetry: payload.telemetry ?? true });
    return { key, licenseId: record.licenseId };
  },
  async 'license-revoke'(payload) {
    const { revokeApiKey } = await load('admin', '../../licensing/server/key-admin.ts');
    await revokeApiKey(backendOf(payload).store, payload.key);
    return true;
  },
  async 'license-issue-file'(payload) {
    const { trustedSigner, enterpriseClaims } = await load('signing', '../licensing/license-signing.ts');
    return { document: trustedSigner().sign(enterpriseClaims(payload.claims ?? {})) };
  },
  async 'license-telemetry'(payload) {
    const backend = backendOf(payload);
    return { bodies: backend.telemetryBodies, counters: await backend.store.telemetryCounters() };
  },
  async 'license-second-origin'() {
    return { origin: `http://127.0.0.1:${devServerPort}` };
  },
};

const FRAME_PAGE = `<!doctype html><meta charset="utf-8"><title>license frame</title>
<script type="module">
  import { LicenseService } from '/licensing/license-service.ts';
  addEventListener('message', async (event) => {
    const { license, licenseServer } = event.data ?? {};
    const service = new LicenseService({ license, licenseServer, engineVersion: 'test' });
    const status = await service.start();
    event.source.postMessage({ state: status.state, reason: status.reason, needsWatermark: service.needsWatermark, origin: location.origin }, event.origin);
    service.dispose();
  });
  parent.postMessage({ ready: true, origin: location.origin }, '*');
</script>`;

export default [
  {
    name: 'cesdk-license-server',
    serverStart({ config }) {
      devServerPort = config.port;
    },
    serve(context) {
      if (context.path === '/__cesdk-license-frame.html') return { body: FRAME_PAGE, type: 'html' };
      return undefined;
    },
    async executeCommand({ command, payload }) {
      const handler = commands[command];
      if (!handler) return undefined;
      return handler(payload);
    },
    async serverStop() {
      for (const backend of backends.values()) {
        await stopBackend(backend);
        await backend.store.close();
        rmSync(backend.folder, { recursive: true, force: true });
      }
      backends.clear();
    },
  },
];
