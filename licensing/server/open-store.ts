import { join } from 'node:path';
import { PostgresLicenseStore } from './postgres-store.js';
import { SqliteLicenseStore } from './sqlite-store.js';
import type { LicenseStore } from './store.js';

/** Where {@link openLicenseStore} keeps its data. */
export interface StoreLocation {
  /** A `postgres://` or `postgresql://` URL; default `process.env.DATABASE_URL`. */
  readonly databaseUrl?: string;
  /** The SQLite store's folder, used when there is no database URL. */
  readonly dataFolder: string;
}

/**
 * Opens the license store: PostgreSQL when a database URL is given (`DATABASE_URL`), so several
 * backend instances share keys, revocations and telemetry; otherwise the embedded SQLite file in
 * `dataFolder` (the default, and what `npm start` uses).
 */
export async function openLicenseStore(location: StoreLocation): Promise<LicenseStore> {
  const url = location.databaseUrl ?? process.env.DATABASE_URL;
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new Error('DATABASE_URL must be a postgres:// or postgresql:// URL');
    return PostgresLicenseStore.connect(url);
  }
  return new SqliteLicenseStore(join(location.dataFolder, 'license.sqlite'));
}
