import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLicenseServer } from './app.js';
import { createApiKey } from './key-admin.js';
import { ensureSigningKey, writeTrustedKeysModule } from './key-folder.mjs';
import { defaultDataFolder, defaultKeyFolder, TRUSTED_KEYS_MODULE } from './paths.js';
import { hashApiKey, signerFromKeyFolder } from './signer.js';
import { SqliteLicenseStore } from './sqlite-store.js';

/** Options of {@link startDevLicenseBackend}. */
export interface DevLicenseBackendOptions {
  /** Port on 127.0.0.1 (default 0: any free port). */
  readonly port?: number;
  /** Origins the demo key is registered for, such as `http://localhost:8080`. */
  readonly demoOrigins: readonly string[];
  /** Data folder of the store and the demo key (default `.data/license/`). */
  readonly dataFolder?: string;
}

/** A running development license backend. */
export interface DevLicenseBackend {
  /** Base URL, such as `http://127.0.0.1:43210`. */
  readonly url: string;
  /** The demo API key, registered for the demo origins. */
  readonly demoKey: string;
  stop(): Promise<void>;
}

/**
 * Starts the license backend on 127.0.0.1 with the embedded SQLite store and makes sure a demo
 * key exists for `demoOrigins` (kept in `<data>/demo-key`, readable by the owner only, so
 * restarts reuse it). Used by `npm start`.
 */
export async function startDevLicenseBackend(options: DevLicenseBackendOptions): Promise<DevLicenseBackend> {
  const keys = ensureSigningKey(defaultKeyFolder());
  writeTrustedKeysModule(TRUSTED_KEYS_MODULE, keys.keys);
  const dataFolder = options.dataFolder ?? defaultDataFolder();
  mkdirSync(dataFolder, { recursive: true, mode: 0o700 });
  const store = new SqliteLicenseStore(join(dataFolder, 'license.sqlite'));
  try {
    const demoKeyPath = join(dataFolder, 'demo-key');
    let demoKey = existsSync(demoKeyPath) ? readFileSync(demoKeyPath, 'utf8').trim() : '';
    const record = demoKey ? await store.findKeyByHash(hashApiKey(demoKey)) : undefined;
    if (!record || record.revokedAt !== null) {
      const created = await createApiKey(store, { origins: options.demoOrigins, label: 'demo', telemetry: true });
      demoKey = created.key;
      writeFileSync(demoKeyPath, demoKey + '\n', { mode: 0o600 });
    } else {
      const origins = [...new Set([...record.origins, ...options.demoOrigins])];
      if (origins.length !== record.origins.length) await store.setKeyOrigins(record.licenseId, origins);
    }
    const app = await buildLicenseServer({ store, signer: signerFromKeyFolder(keys) });
    const url = await app.listen({ host: '127.0.0.1', port: options.port ?? 0 });
    return {
      url,
      demoKey,
      async stop() {
        const closing = app.close();
        // A dev backend stops at once: browser keep-alive sockets must not hold it open.
        app.server.closeAllConnections();
        await closing;
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
