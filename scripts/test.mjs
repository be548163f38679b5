#!/usr/bin/env node
// `npm test`: type-check, Node tests (engine, backend), then browser tests in Debian's Chromium.
// Ends with one closing line: "tests: N passed, N failed".
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { findChromium } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);

const only = process.argv.slice(2); // optional: "node", "browser", "types", "size", "journey"
const wants = (part) => only.length === 0 || only.includes(part);

function ensureChromium() {
  if (findChromium()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Chromium is missing: installing Debian\'s chromium package (apt-get install -y chromium)...');
    const update = spawnSync('apt-get', ['update'], { stdio: 'inherit' });
    const install = spawnSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (update.status === 0 && install.status === 0 && findChromium()) return;
  }
  console.error('Chromium is missing. Run: sudo apt-get update && sudo apt-get install -y chromium   (or set CHROME_PATH to a Chromium binary)');
  process.exit(1);
}

/** Runs a command, echoing its output, and resolves with its exit code and captured stdout. */
function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'inherit'], ...options });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function findFiles(folder, accept, found = []) {
  if (!existsSync(folder)) return found;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) findFiles(path, accept, found);
    else if (accept(entry.name)) found.push(path);
  }
  return found.sort();
}

const sourceRoots = ['core', 'elements', 'licensing', 'telemetry', 'themes', 'demo', 'test', 'scripts', 'bench'];
let passed = 0;
let failed = 0;

if (existsSync('scripts/ensure-dev-keys.mjs')) {
  const keys = spawnSync(process.execPath, ['scripts/ensure-dev-keys.mjs'], { stdio: 'inherit' });
  if (keys.status !== 0) process.exit(keys.status ?? 1);
}

if (wants('types')) {
  for (const project of ['tsconfig.json', 'core/engine/tsconfig.json']) {
    console.log(`\n== type-check ${project}`);
    const { code } = await run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project, '--noEmit']);
    if (code === 0) passed += 1;
    else failed += 1;
  }
}

if (wants('node')) {
  const files = sourceRoots.flatMap((folder) =>
    findFiles(folder, (name) => name.endsWith('.test.ts') && !name.endsWith('.browser.test.ts')),
  );
  if (files.length > 0) {
    console.log(`\n== Node tests (${files.length} files)`);
    const tap = join(mkdtempSync(join(tmpdir(), 'cesdk-test-')), 'node.tap');
    const { code } = await run(process.execPath, [
      '--import', 'tsx', '--test', '--test-concurrency=2',
      '--test-reporter=spec', '--test-reporter-destination=stdout',
      '--test-reporter=tap', `--test-reporter-destination=${tap}`,
      ...files,
    ]);
    const report = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
    const pass = Number(/^# pass (\d+)/m.exec(report)?.[1] ?? 0);
    const fail = Number(/^# fail (\d+)/m.exec(report)?.[1] ?? 0);
    passed += pass;
    failed += fail + (code !== 0 && fail === 0 ? 1 : 0);
  }
}

if (wants('size') && existsSync('scripts/size.mjs')) {
  console.log('\n== size budget');
  const { code } = await run(process.execPath, ['scripts/size.mjs', '--check']);
  if (code === 0) passed += 1;
  else failed += 1;
}

if (wants('browser')) {
  const files = sourceRoots.flatMap((folder) => findFiles(folder, (name) => name.endsWith('.browser.test.ts')));
  if (files.length > 0) {
    ensureChromium();
    console.log(`\n== Browser tests (${files.length} files, Chromium)`);
    const { code, output } = await run(process.execPath, [
      '--import', 'tsx', 'node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs',
    ], { env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    const counts = [...output.matchAll(/(\d+) passed, (\d+) failed/g)].pop();
    const pass = Number(counts?.[1] ?? 0);
    const fail = Number(counts?.[2] ?? 0);
    passed += pass;
    failed += fail + (code !== 0 && fail === 0 ? 1 : 0);
  }
}

if (wants('journey') && existsSync('test/journey/journey.e2e.ts')) {
  // The designer's journey through /demo/ (built bundle, puppeteer-core, Debian's Chromium); it builds dist/ if stale.
  ensureChromium();
  console.log('\n== journey test (/demo/, pointer and keyboard)');
  const tap = join(mkdtempSync(join(tmpdir(), 'cesdk-journey-')), 'journey.tap');
  const { code } = await run(process.execPath, [
    '--import', 'tsx', '--test', '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`, 'test/journey/journey.e2e.ts',
  ]);
  const report = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const pass = Number(/^# pass (\d+)/m.exec(report)?.[1] ?? 0);
  const fail = Number(/^# fail (\d+)/m.exec(report)?.[1] ?? 0);
  passed += pass;
  failed += fail + (code !== 0 && fail === 0 ? 1 : 0);
}

console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
