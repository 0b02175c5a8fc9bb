import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * A throwaway PostgreSQL cluster for tests: initdb into a temporary folder, a server on a free loopback port with
 * its unix socket in that folder, one database, and everything stopped and deleted at the end. initdb refuses to
 * run as root (and CI runs as root), so as root the cluster runs as the unprivileged `postgres` user the Debian
 * package creates, its folder owned by it.
 */

const DEFAULT_BIN = '/usr/lib/postgresql/15/bin';

/** Set by .ci/run: there a missing PostgreSQL fails the tests instead of skipping them. */
export const REQUIRE_POSTGRES = process.env.MAWJAZ_REQUIRE_POSTGRES === '1';

function binDir(): string {
  return process.env.MAWJAZ_PG_BIN ?? DEFAULT_BIN;
}

/** The path of one of the server's programs (pg_dump, pg_restore), of the version the clusters run. */
export function pgTool(name: string): string {
  return path.join(binDir(), name);
}

interface RunAs {
  uid: number;
  gid: number;
}

/** The user the cluster runs as: ourselves, or `postgres` when we are root. */
function runAs(): RunAs | null | string {
  if (process.getuid?.() !== 0) return null;
  const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (id.status !== 0 || gid.status !== 0) return 'running as root and there is no unprivileged `postgres` user to run the cluster as';
  return { uid: Number(id.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/**
 * Why PostgreSQL tests cannot run here, or null when they can. Under MAWJAZ_REQUIRE_POSTGRES=1 (CI) a missing server
 * is an error, not a skip.
 */
export function postgresMissing(): string | null {
  const why = ((): string | null => {
    for (const tool of ['initdb', 'pg_ctl', 'postgres']) {
      if (!fs.existsSync(path.join(binDir(), tool))) return `PostgreSQL is not installed (no ${tool} in ${binDir()}; apt-get install postgresql)`;
    }
    const user = runAs();
    return typeof user === 'string' ? user : null;
  })();
  if (why !== null && REQUIRE_POSTGRES) throw new Error(`MAWJAZ_REQUIRE_POSTGRES=1 but ${why}`);
  return why;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface PgCluster {
  host: string;
  port: number;
  user: string;
  password: string;
  /** The connection string of a database of this cluster (the password in it). */
  url(database: string): string;
  /** Creates a fresh, empty database and returns its connection string. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server at once, as a crash or a pulled cable would (no clean shutdown of the sessions). */
  kill(): void;
  /** Starts the server again on the same port after `kill`. */
  start(): void;
  /** Stops the server and deletes the cluster's folder. */
  destroy(): void;
}

/**
 * Starts a fresh cluster; the caller destroys it (afterAll). `settings` are server settings (`-c name=value`) on top
 * of the tests' own: the bench gives its server the memory a team library's server would have.
 */
export async function startCluster(settings: Readonly<Record<string, string>> = {}): Promise<PgCluster> {
  const user = runAs();
  if (typeof user === 'string') throw new Error(user);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mawjaz-pg-'));
  const data = path.join(dir, 'data');
  const password = randomBytes(12).toString('hex');
  fs.writeFileSync(path.join(dir, 'pwfile'), password);
  if (user !== null) {
    fs.chownSync(dir, user.uid, user.gid);
    fs.chownSync(path.join(dir, 'pwfile'), user.uid, user.gid);
  }
  const as: SpawnSyncOptions = { encoding: 'utf8', cwd: dir, ...(user === null ? {} : { uid: user.uid, gid: user.gid }) };
  const run = (tool: string, args: string[]): void => {
    const r = spawnSync(path.join(binDir(), tool), args, as);
    if (r.status !== 0) throw new Error(`${tool} failed (${String(r.status)}): ${String(r.stderr)}${String(r.stdout)}`);
  };
  run('initdb', ['-D', data, '-U', 'mawjaz', '--auth=scram-sha-256', `--pwfile=${path.join(dir, 'pwfile')}`, '-E', 'UTF8', '--locale=C', '--no-sync']);
  fs.rmSync(path.join(dir, 'pwfile'));
  const port = await freePort();
  // Durability against a power cut is not what these tests measure: no fsync, small buffers, few connections, on two
  // shared cores. Commits stay synchronous: a server killed right after a commit (the crash test) must still have it,
  // and with synchronous_commit off the last ones were lost now and then.
  const options = `-p ${String(port)} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c shared_buffers=16MB -c max_connections=40${Object.entries(settings)
    .map(([name, value]) => ` -c ${name}=${value}`)
    .join('')}`;
  const start = (): void => run('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-o', options, '-w', '-t', '60', 'start']);
  start();
  const host = '127.0.0.1';
  const url = (database: string): string => `postgres://mawjaz:${password}@${host}:${String(port)}/${database}`;
  return {
    host,
    port,
    user: 'mawjaz',
    password,
    url,
    createDatabase: async (name) => {
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    kill: () => run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']),
    start,
    destroy: () => {
      spawnSync(path.join(binDir(), 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], as);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
