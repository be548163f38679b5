// `npm run bench:license`: license validations per second of one backend process pinned to one core
// (taskset), with the SQLite store and with PostgreSQL (a throwaway server), driven by autocannon
// from the other core. Each validation checks the key and origin in the store and signs a license
// (RS256, 2048-bit). Prints a table and writes bench/results/license-backend.json.
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { createApiKey } from '../licensing/server/key-admin.js';
import { openLicenseStore } from '../licensing/server/open-store.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startThrowawayPostgres } from '../test/licensing/postgres-server.js';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const ORIGIN = 'https://shop.example';
const pin = spawnSync('taskset', ['--version']).status === 0;

/** User + system CPU seconds a process has used so far (Linux /proc). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100 per second)
}

interface Measurement {
  store: string; requestsPerSecond: number; perCpuSecond: number; cpuSeconds: number; p50Ms: number; p99Ms: number; errors: number;
}

async function measure(label: string, env: NodeJS.ProcessEnv): Promise<Measurement> {
  // The key is created in the same store the backend opens (DATABASE_URL, or the SQLite folder given).
  const dataFolder = mkdtempSync(join(tmpdir(), 'cesdk-bench-data-'));
  const store = await openLicenseStore({ databaseUrl: env.DATABASE_URL, dataFolder });
  const { key } = await createApiKey(store, { origins: [ORIGIN], label: 'bench' });
  await store.close();
  const command = pin ? 'taskset' : process.execPath;
  const args = [...(pin ? ['-c', '0', process.execPath] : []), '--import', 'tsx', 'bench/license-backend-server.ts'];
  const child = spawn(command, args, { env: { ...process.env, ...env, BENCH_DATA_DIR: dataFolder }, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      const match = /listening (\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`backend exited with ${code}`)));
  });
  const body = JSON.stringify({ key, origin: ORIGIN, engineVersion: '0.1.0' });
  const run = (duration: number) => autocannon({
    url: `${url}/v1/license`, method: 'POST', connections: 16, duration,
    headers: { origin: ORIGIN, 'content-type': 'application/json' }, body,
  });
  await run(2); // warm-up: JIT, connection pools
  const cpuBefore = cpuSeconds(child.pid!);
  const result = await run(DURATION_S);
  const cpu = cpuSeconds(child.pid!) - cpuBefore;
  child.kill('SIGTERM');
  const errors = result.errors + result.non2xx;
  return {
    store: label, requestsPerSecond: Math.round(result.requests.average),
    // Validations per second of CPU time the backend used: its throughput on one whole core, whatever
    // else the machine was doing (the wall-clock rate above drops when other processes share the core).
    perCpuSecond: Math.round(result.requests.total / cpu), cpuSeconds: Number(cpu.toFixed(2)),
    p50Ms: result.latency.p50, p99Ms: result.latency.p99, errors,
  };
}

const results: Measurement[] = [];
results.push(await measure('SQLite', { DATABASE_URL: '' }));
const postgres = await startThrowawayPostgres();
try {
  results.push(await measure('PostgreSQL', { DATABASE_URL: postgres.url }));
} finally {
  await postgres.stop();
}
console.log(`\nLicense validations on one core (${pin ? 'taskset -c 0' : 'not pinned: taskset missing'}), ${DURATION_S} s, 16 connections:`);
const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
console.log(`(load average during the run: ${load} on ${availableParallelism()} cores)`);
console.log('| Store | validations per CPU second (one core) | validations/s wall clock | p50 latency | p99 latency | errors |\n|---|---|---|---|---|---|');
for (const row of results) console.log(`| ${row.store} | ${row.perCpuSecond} | ${row.requestsPerSecond} | ${row.p50Ms} ms | ${row.p99Ms} ms | ${row.errors} |`);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/license-backend.json', JSON.stringify({ date: new Date().toISOString(), pinned: pin, durationSeconds: DURATION_S, loadAverage: Number(load), results }, null, 2) + '\n');
