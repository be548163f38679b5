#!/usr/bin/env node
// The license backend's command line: `npm run license -- <command> [options]`. Run `help` for the list.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildLicenseServer } from './app.js';
import { createApiKey, issueEnterpriseLicense, LicenseAdminError, revokeApiKey } from './key-admin.js';
import { createSigningKey, ensureSigningKey, readKeyFolder, writeTrustedKeysModule } from './key-folder.mjs';
import { defaultDataFolder, defaultKeyFolder, TRUSTED_KEYS_MODULE } from './paths.js';
import { signerFromKeyFolder } from './signer.js';
import { SqliteLicenseStore } from './sqlite-store.js';

const USAGE = `Usage: npm run license -- <command> [options]

Commands:
  create-key --origin <origin> [--origin ...] [--label <text>] [--feature <name> ...] [--telemetry on|off]
      Creates an API key for the given origins (exact, or https://*.domain.tld). Prints the key once.
  list
      Lists keys (license id, label, origins, created, revoked). Keys themselves are never stored.
  revoke <license id or key>
      Revokes a key; validation answers REVOKED_KEY from then on.
  issue-file --licensee <name> --origin <origin> [--origin ...] --expires <YYYY-MM-DD or ISO time>
             --telemetry on|off [--feature <name> ...] [--out <file>]
      Signs an enterprise license file (printed, or written to --out).
  rotate-signing-key
      Creates a new signing key pair and makes it active. Older public keys stay trusted; rebuild
      the SDK (npm run build) so it trusts the new key.
  serve [--host 127.0.0.1] [--port 8787] [--ttl-hours 6]
      Runs the license backend.
  telemetry [--license-id <id>]
      Prints the telemetry counters.

Options for every command:
  --data <folder>   store folder (default .data/license/, or CESDK_LICENSE_DATA_DIR)
  --keys <folder>   signing key folder (default .data/keys/, or CESDK_LICENSE_KEYS_DIR)`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    origin: { type: 'string', multiple: true },
    feature: { type: 'string', multiple: true },
    label: { type: 'string' },
    telemetry: { type: 'string' },
    licensee: { type: 'string' },
    expires: { type: 'string' },
    out: { type: 'string' },
    host: { type: 'string' },
    port: { type: 'string' },
    'ttl-hours': { type: 'string' },
    'license-id': { type: 'string' },
    data: { type: 'string' },
    keys: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

function fail(message: string): never {
  console.error(`error: ${message}`);
  process.exit(1);
}

function onOff(value: string | undefined, fallback: boolean | undefined): boolean {
  if (value === undefined && fallback !== undefined) return fallback;
  if (value === 'on' || value === 'true') return true;
  if (value === 'off' || value === 'false') return false;
  return fail('--telemetry must be on or off');
}

function parseExpiry(text: string | undefined): number {
  if (!text) return fail('--expires is required');
  const time = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T23:59:59.999Z` : text);
  return Number.isFinite(time) ? time : fail(`--expires is not a date: ${text}`);
}

const keyFolder = values.keys ?? defaultKeyFolder();
const openStore = (): SqliteLicenseStore => new SqliteLicenseStore(join(values.data ?? defaultDataFolder(), 'license.sqlite'));
const command = positionals[0];

async function run(): Promise<void> {
  if (!command || values.help || command === 'help') {
    console.log(USAGE);
    return;
  }
  if (command === 'rotate-signing-key') {
    const keyId = createSigningKey(keyFolder);
    const folder = readKeyFolder(keyFolder)!;
    if (keyFolder === defaultKeyFolder()) writeTrustedKeysModule(TRUSTED_KEYS_MODULE, folder.keys);
    console.log(`new active signing key: ${keyId}`);
    console.log(`trusted keys: ${folder.keys.map((key) => key.keyId).join(', ')}`);
    console.log('Rebuild the SDK (npm run build) so clients trust the new key. Delete a retired key pair to stop trusting it.');
    return;
  }
  const store = openStore();
  try {
    switch (command) {
      case 'create-key': {
        const { key, record } = await createApiKey(store, {
          origins: values.origin ?? [], label: values.label, features: values.feature, telemetry: onOff(values.telemetry, true),
        });
        console.log(`license id: ${record.licenseId}\norigins: ${record.origins.join(' ')}\nkey (shown once, store it safely):\n${key}`);
        break;
      }
      case 'list': {
        const keys = await store.listKeys();
        if (keys.length === 0) console.log('no keys');
        for (const key of keys) {
          const revoked = key.revokedAt === null ? 'active' : `revoked ${new Date(key.revokedAt).toISOString()}`;
          console.log(`${key.licenseId}\t${key.label || '-'}\t${key.origins.join(' ')}\tcreated ${new Date(key.createdAt).toISOString()}\t${revoked}`);
        }
        break;
      }
      case 'revoke': {
        if (!positionals[1]) fail('revoke needs a license id or a key');
        const record = await revokeApiKey(store, positionals[1]);
        console.log(`revoked ${record.licenseId}`);
        break;
      }
      case 'issue-file': {
        const signer = signerFromKeyFolder(ensureSigningKey(keyFolder));
        const document = await issueEnterpriseLicense(store, signer, {
          licensee: values.licensee ?? fail('--licensee is required'), origins: values.origin ?? [],
          expiresAt: parseExpiry(values.expires), telemetry: onOff(values.telemetry, undefined), features: values.feature,
        });
        const text = JSON.stringify(document, null, 2) + '\n';
        if (values.out) {
          writeFileSync(values.out, text);
          console.log(`license file written to ${values.out}`);
        } else process.stdout.write(text);
        break;
      }
      case 'serve': {
        const signer = signerFromKeyFolder(ensureSigningKey(keyFolder));
        const ttlHours = Number(values['ttl-hours'] ?? 6);
        if (!(ttlHours > 0)) fail('--ttl-hours must be positive');
        const app = await buildLicenseServer({ store, signer, licenseTtlMs: ttlHours * 3_600_000, logger: { level: 'info' } });
        await app.listen({ host: values.host ?? '127.0.0.1', port: Number(values.port ?? 8787) });
        const stop = async (): Promise<void> => {
          await app.close();
          await store.close();
          process.exit(0);
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
        return;
      }
      case 'telemetry': {
        for (const counter of await store.telemetryCounters(values['license-id'])) {
          console.log(`${counter.licenseId}\t${counter.month}\t${counter.eventType}\t${counter.mediaType || '-'}\tuser ${counter.userIdHash.slice(0, 12)}\t${counter.count}`);
        }
        break;
      }
      default:
        fail(`unknown command ${JSON.stringify(command)}\n\n${USAGE}`);
    }
    await store.close();
  } catch (error) {
    await store.close();
    if (error instanceof LicenseAdminError) fail(error.message);
    throw error;
  }
}

await run();
