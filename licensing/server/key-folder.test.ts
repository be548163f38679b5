import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createSigningKey, ensureSigningKey, readKeyFolder, renderTrustedKeysModule, writeTrustedKeysModule } from './key-folder.mjs';
import { PROJECT_ROOT, TRUSTED_KEYS_MODULE } from './paths.js';

test('a clean key folder gets one key pair; ensuring again changes nothing', () => {
  const folder = join(mkdtempSync(join(tmpdir(), 'cesdk-keys-')), 'keys');
  assert.equal(readKeyFolder(folder), undefined);
  const first = ensureSigningKey(folder);
  assert.equal(first.keys.length, 1);
  assert.match(first.activeKeyId, /^cesdk-[0-9a-f]{16}$/);
  const second = ensureSigningKey(folder);
  assert.deepEqual(second, first);
  const rotated = createSigningKey(folder);
  assert.deepEqual(readKeyFolder(folder)!.keys.map((key) => key.keyId).sort(), [first.activeKeyId, rotated].sort());
});

test('the trusted key module holds public keys only and is rewritten only when it changes', () => {
  const folder = ensureSigningKey(join(mkdtempSync(join(tmpdir(), 'cesdk-keys-')), 'keys'));
  const source = renderTrustedKeysModule(folder.keys);
  assert.ok(!source.includes('PRIVATE'));
  assert.ok(source.includes(folder.activeKeyId));
  const path = join(mkdtempSync(join(tmpdir(), 'cesdk-module-')), 'trusted-keys.generated.ts');
  assert.equal(writeTrustedKeysModule(path, folder.keys), true);
  assert.equal(writeTrustedKeysModule(path, folder.keys), false);
  assert.equal(readFileSync(path, 'utf8'), source);
});

test('scripts/ensure-dev-keys.mjs is idempotent: with keys present it leaves the module untouched', () => {
  execFileSync(process.execPath, ['scripts/ensure-dev-keys.mjs'], { cwd: PROJECT_ROOT });
  const before = statSync(TRUSTED_KEYS_MODULE).mtimeMs;
  const output = execFileSync(process.execPath, ['scripts/ensure-dev-keys.mjs'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  assert.equal(output, '');
  assert.equal(statSync(TRUSTED_KEYS_MODULE).mtimeMs, before);
  assert.ok(!readFileSync(TRUSTED_KEYS_MODULE, 'utf8').includes('PRIVATE KEY'));
});
