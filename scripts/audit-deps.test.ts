// `npm run audit`'s dependency facts, on the real package.json and package-lock.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importedPackages, nameOfPath, packageOf, runtimeClosure, severeAdvisories, unpinned } from './audit-deps.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const lock = JSON.parse(readFileSync(`${root}package-lock.json`, 'utf8'));

test('package names of specifiers', () => {
  assert.equal(packageOf('lit/decorators.js'), 'lit');
  assert.equal(packageOf('@lit/context'), '@lit/context');
  assert.equal(packageOf('pixi.js/unsafe-eval'), 'pixi.js');
  assert.equal(packageOf('./local.js'), undefined);
  assert.equal(packageOf('node:fs'), undefined);
});

test('the bundle\'s packages are found from the source, the backend\'s apart, peers and test tools left out', () => {
  const groups = importedPackages(root, manifest);
  for (const name of ['lit', 'pixi.js', 'jspdf', 'fflate', '@lit/context']) assert.ok(groups['browser bundle'].includes(name), name);
  for (const name of ['fastify', 'better-sqlite3', 'pg']) {
    assert.ok(groups['license backend'].includes(name), name);
    assert.ok(!groups['browser bundle'].includes(name), `${name} is not bundled`);
  }
  for (const group of Object.values(groups)) {
    for (const name of ['react', 'vue', 'svelte', '@open-wc/testing', 'fast-check']) assert.ok(!group.includes(name), `${name} is not a runtime package`);
  }
});

test('every runtime package and its dependencies are pinned by the lockfile', () => {
  const groups = importedPackages(root, manifest);
  for (const names of Object.values(groups)) {
    const closure = runtimeClosure(lock, [...names, ...Object.keys(manifest.dependencies ?? {})]);
    assert.deepEqual(closure.missing, []);
    assert.ok(closure.paths.includes('node_modules/pixi.js') || closure.paths.includes('node_modules/fastify'));
    assert.deepEqual(unpinned(lock, closure.paths), []);
  }
  // Transitive: pixi.js brings eventemitter3.
  assert.ok(runtimeClosure(lock, ['pixi.js']).paths.includes('node_modules/eventemitter3'));
});

test('an entry without integrity, or a package missing from the lockfile, is reported', () => {
  const broken = structuredClone(lock);
  delete broken.packages['node_modules/lit'].integrity;
  assert.deepEqual(unpinned(broken, ['node_modules/lit']), ['node_modules/lit: no integrity hash']);
  assert.deepEqual(runtimeClosure(lock, ['no-such-package-cesdk']).missing, ['no-such-package-cesdk']);
  assert.equal(nameOfPath('node_modules/a/node_modules/@b/c'), '@b/c');
});

test('only high and critical advisories of runtime packages count', () => {
  const report = {
    auditReportVersion: 2,
    vulnerabilities: {
      jspdf: { severity: 'critical', via: [{ title: 'Path traversal', url: 'https://github.com/advisories/GHSA-x' }] },
      lit: { severity: 'moderate', via: [{ title: 'minor' }] },
      vite: { severity: 'high', via: [{ title: 'dev server' }] },
      dompurify: { severity: 'high', via: ['jspdf'] },
    },
  };
  assert.deepEqual(severeAdvisories(report, ['jspdf', 'lit', 'dompurify']).map((advisory) => `${advisory.severity} ${advisory.name}`), ['high dompurify', 'critical jspdf']);
});
