import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { verifyLicenseDocument } from '../license-document.js';
import { readKeyFolder } from './key-folder.mjs';
import { PROJECT_ROOT } from './paths.js';
import { SqliteLicenseStore } from './sqlite-store.js';

const run = promisify(execFile);
const data = mkdtempSync(join(tmpdir(), 'cesdk-license-cli-'));

async function cli(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'licensing/server/cli.ts', ...args, '--data', data], { cwd: PROJECT_ROOT });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failure = error as { stdout: string; stderr: string; code: number };
    return { stdout: failure.stdout, stderr: failure.stderr, code: failure.code };
  }
}

test('create-key, list and revoke; the key is printed once and stored only as a hash', async () => {
  const created = await cli('create-key', '--origin', 'https://*.example.com', '--origin', 'http://localhost:3000', '--label', 'shop');
  assert.equal(created.code, 0, created.stderr);
  const key = /^(cesdk_\S+)$/m.exec(created.stdout)?.[1];
  const licenseId = /license id: (lic_[0-9a-f]{16})/.exec(created.stdout)?.[1];
  assert.ok(key && licenseId, created.stdout);
  const listed = await cli('list');
  assert.match(listed.stdout, new RegExp(`${licenseId}\\tshop\\thttps://\\*\\.example\\.com http://localhost:3000\\t.*\\tactive`));
  assert.ok(!listed.stdout.includes(key));
  const revoked = await cli('revoke', licenseId);
  assert.equal(revoked.stdout.trim(), `revoked ${licenseId}`);
  assert.match((await cli('list')).stdout, /revoked \d{4}-/);
  const database = readFileSync(join(data, 'license.sqlite')).toString('latin1');
  assert.ok(!database.includes(key.slice(6, 30)));
  assert.equal(statSync(data).mode & 0o077, 0, 'the data folder is private');
});

test('clear errors for bad input', async () => {
  const wildcardTld = await cli('create-key', '--origin', 'https://*.com');
  assert.equal(wildcardTld.code, 1);
  assert.match(wildcardTld.stderr, /Not an origin pattern/);
  assert.match((await cli('create-key')).stderr, /At least one origin/);
  assert.match((await cli('revoke', 'lic_0000000000000000')).stderr, /No such key/);
  assert.match((await cli('issue-file', '--licensee', 'X', '--origin', 'https://x.test', '--expires', '2001-01-01', '--telemetry', 'off')).stderr, /future/);
  assert.match((await cli('issue-file', '--licensee', 'X', '--origin', 'https://x.test', '--expires', '2099-01-01', '--telemetry', 'maybe')).stderr, /on or off/);
  assert.match((await cli('frobnicate')).stderr, /unknown command/);
  assert.match((await cli('help')).stdout, /rotate-signing-key/);
});

test('issue-file writes an enterprise license the client verifies offline', async () => {
  const out = join(data, 'acme.license.json');
  const issued = await cli('issue-file', '--licensee', 'ACME Corp', '--origin', 'https://*.acme.com', '--origin', 'https://acme.com',
    '--expires', '2099-12-31', '--telemetry', 'off', '--feature', 'video', '--out', out);
  assert.equal(issued.code, 0, issued.stderr);
  const verification = await verifyLicenseDocument(readFileSync(out, 'utf8'));
  assert.ok(verification.ok);
  if (!verification.ok || verification.claims.type !== 'enterprise') return;
  assert.equal(verification.claims.licensee, 'ACME Corp');
  assert.deepEqual(verification.claims.origins, ['https://*.acme.com', 'https://acme.com']);
  assert.equal(verification.claims.telemetry, false);
  assert.deepEqual(verification.claims.features, ['video']);
  assert.equal(new Date(verification.claims.expiresAt).toISOString(), '2099-12-31T23:59:59.999Z');
  const store = new SqliteLicenseStore(join(data, 'license.sqlite'));
  assert.equal((await store.findEnterpriseLicense(verification.claims.licenseId))?.licensee, 'ACME Corp');
  await store.close();
});

test('rotate-signing-key adds a new active key and keeps the old one', async () => {
  const keys = mkdtempSync(join(tmpdir(), 'cesdk-license-keys-'));
  const first = await cli('rotate-signing-key', '--keys', keys);
  assert.equal(first.code, 0, first.stderr);
  const firstFolder = readKeyFolder(keys)!;
  const second = await cli('rotate-signing-key', '--keys', keys);
  const secondFolder = readKeyFolder(keys)!;
  assert.notEqual(secondFolder.activeKeyId, firstFolder.activeKeyId);
  assert.deepEqual(secondFolder.keys.map((key) => key.keyId).sort(), [firstFolder.activeKeyId, secondFolder.activeKeyId].sort());
  assert.match(second.stdout, /Rebuild the SDK/);
  assert.equal(statSync(join(keys, `${secondFolder.activeKeyId}.private.pem`)).mode & 0o077, 0, 'private keys are owner-only');
  // A file signed with a key the build does not trust is refused.
  const out = join(keys, 'file.json');
  await cli('issue-file', '--keys', keys, '--licensee', 'X', '--origin', 'https://x.test', '--expires', '2099-01-01', '--telemetry', 'on', '--out', out);
  const verification = await verifyLicenseDocument(readFileSync(out, 'utf8'));
  assert.equal(verification.ok, false);
  if (!verification.ok) assert.match(verification.reason, /unknown key id/);
});
