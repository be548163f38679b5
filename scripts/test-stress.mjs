#!/usr/bin/env node
// `npm run test:stress`: the whole `npm test`, twice in a row, while a CPU hog keeps every core busy
// beside it. Both runs must pass: a test that only passes on an idle machine races the clock (use an
// injected clock, or wait for events rather than durations).
//
// The hog is `stress-ng --cpu N` when installed (Debian's stress-ng package), otherwise N Node busy
// loops; N is the number of cores. Arguments are handed to `npm test` (e.g. `npm run test:stress -- browser`).
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
const parts = process.argv.slice(2);
const cores = availableParallelism();
const RUNS = 2;

/** Starts the CPU hog; returns a function that stops it. */
function startHog() {
  const hasStressNg = spawnSync('stress-ng', ['--version'], { stdio: 'ignore' }).status === 0;
  const children = hasStressNg
    ? [spawn('stress-ng', ['--cpu', String(cores), '--cpu-method', 'all', '--quiet'], { stdio: 'ignore', detached: true })]
    : Array.from({ length: cores }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore', detached: true }));
  console.log(`CPU hog: ${hasStressNg ? `stress-ng --cpu ${cores}` : `${cores} busy loops`} (pids ${children.map((child) => child.pid).join(', ')})`);
  return () => {
    for (const child of children) {
      try {
        process.kill(-child.pid, 'SIGKILL'); // Its own process group: stress-ng's workers go with it.
      } catch {
        // Already gone.
      }
    }
  };
}

/** Runs `npm test` once; resolves with its exit code and its closing "tests: …" line. */
function runSuite() {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/test.mjs', ...parts], { stdio: ['ignore', 'pipe', 'inherit'] });
    let tail = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk).slice(-4000);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, summary: /tests: \d+ passed, \d+ failed/.exec(tail)?.[0] ?? 'no summary' }));
  });
}

const stopHog = startHog();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopHog();
    process.exit(130);
  });
}
const results = [];
try {
  for (let run = 1; run <= RUNS; run += 1) {
    console.log(`\n==== npm test under CPU load: run ${run} of ${RUNS}`);
    const started = Date.now();
    const result = await runSuite();
    results.push({ ...result, seconds: Math.round((Date.now() - started) / 1000) });
  }
} finally {
  stopHog();
}
console.log('\n==== test:stress');
results.forEach((result, index) => console.log(`run ${index + 1}: ${result.code === 0 ? 'passed' : 'FAILED'} (${result.summary}, ${result.seconds} s)`));
process.exit(results.every((result) => result.code === 0) ? 0 : 1);
