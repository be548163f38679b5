#!/usr/bin/env node
// `npm test`: type-check, Node tests (engine, backend), then browser tests in Debian's Chromium.
// Ends with one closing line: "tests: N passed, N failed".
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { findChromium } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);

const only = process.argv.slice(2); // optional: "node", "browser", "types", "size", "package", "frameworks", "journey"
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

/** The license backend's PostgreSQL tests need Debian's postgresql package (initdb and postgres). */
function ensurePostgres() {
  const hasPostgres = () => existsSync('/usr/lib/postgresql') && readdirSync('/usr/lib/postgresql').some((version) => existsSync(`/usr/lib/postgresql/${version}/bin/initdb`));
  if (process.env.PG_BIN || hasPostgres()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('PostgreSQL is missing: installing Debian\'s postgresql package (apt-get install -y postgresql)...');
    spawnSync('apt-get', ['update'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', 'postgresql'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (hasPostgres()) return;
  }
  // The PostgreSQL tests then fail and repeat this command.
  console.error('PostgreSQL is missing. Run: sudo apt-get update && sudo apt-get install -y postgresql');
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

/** Runs files with node --test (spec to the console, TAP to count) and adds their results to the totals. */
async function runNodeTests(files, concurrency) {
  const tap = join(mkdtempSync(join(tmpdir(), 'cesdk-test-')), 'node.tap');
  const { code } = await run(process.execPath, [
    '--import', 'tsx', '--test', `--test-concurrency=${concurrency}`,
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
const started = Date.now();
const timings = [];
/** Notes how long a part took, for the closing summary. */
const timed = async (part, body) => {
  const begin = Date.now();
  await body();
  timings.push(`${part} ${Math.round((Date.now() - begin) / 1000)} s`);
};
let failed = 0;

// The conformance suite (test/conformance/) writes its snippet results here; the closing lines add them up.
const conformanceResults = join('test', 'conformance', '.results');
rmSync(conformanceResults, { recursive: true, force: true });

/** Prints "P/N guide snippets passing" for the parts of the conformance suite that ran. */
function reportConformance() {
  const results = [];
  for (const part of ['node', 'browser']) {
    const file = join(conformanceResults, `${part}.json`);
    if (existsSync(file)) results.push(...JSON.parse(readFileSync(file, 'utf8')));
  }
  if (results.length === 0) return;
  const passing = results.filter((result) => result.passed).length;
  console.log(`\n${passing}/${results.length} guide snippets passing (CE.SDK guide code run unchanged; test/conformance/README.md)`);
}

if (existsSync('scripts/ensure-dev-keys.mjs')) {
  const keys = spawnSync(process.execPath, ['scripts/ensure-dev-keys.mjs'], { stdio: 'inherit' });
  if (keys.status !== 0) process.exit(keys.status ?? 1);
}

if (wants('types')) await timed('types', async () => {
  for (const project of ['tsconfig.json', 'core/engine/tsconfig.json']) {
    console.log(`\n== type-check ${project}`);
    const { code } = await run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project, '--noEmit']);
    if (code === 0) passed += 1;
    else failed += 1;
  }
});

if (wants('node')) await timed('node', async () => {
  const files = sourceRoots.flatMap((folder) =>
    findFiles(folder, (name) => name.endsWith('.test.ts') && !name.endsWith('.browser.test.ts') && !name.endsWith('.e2e.test.ts')),
  );
  if (files.length > 0) {
    ensurePostgres();
    console.log(`\n== Node tests (${files.length} files)`);
    await runNodeTests(files, 2);
  }
});

if (wants('size') && existsSync('scripts/size.mjs')) await timed('size', async () => {
  console.log('\n== size budget');
  const { code } = await run(process.execPath, ['scripts/size.mjs', '--check']);
  if (code === 0) passed += 1;
  else failed += 1;
});

// The package as users get it: npm pack, contents, dependencies, publint, arethetypeswrong. Uses the
// dist/ the size step just built (or builds it), and leaves the tarball for the framework examples.
if (wants('package')) await timed('package', async () => {
  if (!existsSync('dist/cesdk.js') || !wants('size')) {
    console.log('\n== build');
    const { code } = await run(process.execPath, ['scripts/build.mjs']);
    if (code !== 0) failed += 1;
  }
  console.log('\n== package (npm pack, publint, arethetypeswrong)');
  const { code } = await run(process.execPath, ['scripts/check-package.mjs']);
  if (code === 0) passed += 1;
  else failed += 1;
});

// End-to-end tests driving Chromium from Node (puppeteer-core): the framework examples built with Vite
// from the packed tarball (one shared install), server-side rendering, and the CMS demo. One file at a time.
if (wants('frameworks')) await timed('frameworks', async () => {
  const files = sourceRoots.flatMap((folder) => findFiles(folder, (name) => name.endsWith('.e2e.test.ts')));
  if (files.length > 0) {
    ensureChromium();
    console.log(`\n== End-to-end tests (${files.length} files: framework examples, SSR, CMS)`);
    await runNodeTests(files, 1);
  }
});

if (wants('browser')) await timed('browser', async () => {
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
});

if (wants('journey') && existsSync('test/journey/journey.e2e.ts')) await timed('journey', async () => {
  // The designer's journey through /demo/ (built bundle, puppeteer-core, Debian's Chromium); it builds dist/ if stale.
  ensureChromium();
  console.log('\n== journey test (/demo/, pointer and keyboard)');
  await runNodeTests(['test/journey/journey.e2e.ts'], 1);
});

reportConformance();
console.log(`\ntimings: ${timings.join(', ')}; total ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
