// Test helper: a throwaway PostgreSQL server from Debian's `postgresql` package, in a temporary data
// folder, on a random loopback port, stopped and deleted afterwards. Node only.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/** The one command that installs what these tests need. */
export const POSTGRES_INSTALL_COMMAND = 'sudo apt-get update && sudo apt-get install -y postgresql';

/** The folder with `initdb` and `postgres` (Debian: /usr/lib/postgresql/<version>/bin), or undefined. */
export function findPostgresBin(): string | undefined {
  if (process.env.PG_BIN && existsSync(join(process.env.PG_BIN, 'initdb'))) return process.env.PG_BIN;
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base).filter((name) => existsSync(join(base, name, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : undefined;
}

/** A running throwaway server. */
export interface ThrowawayPostgres {
  /** `postgres://…@127.0.0.1:<port>/postgres`. */
  readonly url: string;
  readonly port: number;
  /** Stops the server and deletes its data folder. */
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** PostgreSQL refuses to run as root: as root, the server runs as Debian's `postgres` user. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string): number => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const uid = id('-u');
  if (!Number.isInteger(uid) || uid <= 0) throw new Error('running as root needs the postgres user (installed by Debian\'s postgresql package)');
  return { uid, gid: id('-g') };
}

/** Starts a server; throws with {@link POSTGRES_INSTALL_COMMAND} when PostgreSQL is not installed. */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = findPostgresBin();
  if (!bin) throw new Error(`PostgreSQL is not installed. Run: ${POSTGRES_INSTALL_COMMAND}`);
  const user = serverUser();
  const folder = mkdtempSync(join(tmpdir(), 'cesdk-pg-'));
  if (user) chownSync(folder, user.uid, user.gid);
  const data = join(folder, 'data');
  const password = 'throwaway';
  const init = spawnSync(join(bin, 'initdb'), ['-D', data, '-U', 'cesdk', '--auth=trust', '-E', 'UTF8', '--no-sync'], {
    encoding: 'utf8', ...user, env: { ...process.env, LC_ALL: 'C' },
  });
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  const port = await freePort();
  const server: ChildProcess = spawn(join(bin, 'postgres'), [
    '-D', data, '-p', String(port), '-h', '127.0.0.1', '-k', folder,
    // A throwaway server: no durability needed, and room for several backends' pools.
    '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=100',
  ], { stdio: ['ignore', 'ignore', 'pipe'], ...user });
  let log = '';
  server.stderr?.on('data', (chunk) => { log += chunk; });
  const url = `postgres://cesdk:${password}@127.0.0.1:${port}/postgres`;
  const started = Date.now();
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      break;
    } catch {
      await client.end().catch(() => undefined);
      if (server.exitCode !== null || Date.now() - started > 20_000) {
        server.kill('SIGKILL');
        throw new Error(`PostgreSQL did not start: ${log}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    port,
    async stop() {
      if (server.exitCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        server.kill('SIGINT'); // fast shutdown
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
        if (server.exitCode === null) server.kill('SIGKILL');
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
