import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (two folders above this file). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The store's data folder: `CESDK_LICENSE_DATA_DIR`, else `.data/license/` in the project (out of git). */
export function defaultDataFolder(): string {
  return resolve(process.env.CESDK_LICENSE_DATA_DIR ?? join(PROJECT_ROOT, '.data', 'license'));
}

/** The signing key folder: `CESDK_LICENSE_KEYS_DIR`, else `.data/keys/` in the project (out of git). */
export function defaultKeyFolder(): string {
  return resolve(process.env.CESDK_LICENSE_KEYS_DIR ?? join(PROJECT_ROOT, '.data', 'keys'));
}

/** The generated trusted key module the client is built with. */
export const TRUSTED_KEYS_MODULE = join(PROJECT_ROOT, 'licensing', 'trusted-keys.generated.ts');
