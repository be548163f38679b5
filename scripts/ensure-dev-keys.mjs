#!/usr/bin/env node
// Makes sure a local signing key pair exists (in .data/keys/, out of git) and that
// licensing/trusted-keys.generated.ts lists its public keys. Idempotent and fast when the keys exist.
// CESDK_LICENSE_KEYS_DIR points it at another key folder (for example a release key mount).
import { join, resolve } from 'node:path';
import { ensureSigningKey, writeTrustedKeysModule } from '../licensing/server/key-folder.mjs';

const root = new URL('..', import.meta.url).pathname;
const folder = resolve(process.env.CESDK_LICENSE_KEYS_DIR ?? join(root, '.data', 'keys'));
const keys = ensureSigningKey(folder);
const wrote = writeTrustedKeysModule(join(root, 'licensing', 'trusted-keys.generated.ts'), keys.keys);
if (wrote) console.log(`license keys: trusted key module written (${keys.keys.length} key(s), active ${keys.activeKeyId})`);
