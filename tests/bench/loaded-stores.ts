// The two stores as the bench loads them (team-corpus.ts), kept on disk beside the cleaned corpus: at 100,000 articles
// the load is the longest part of the section, a restore a fraction of it. The team library is kept as pg_dump's
// custom format (restored by pg_restore into the bench's fresh database), the workspace as its file. Both are named by
// a hash of all that decides their contents: the cleaned corpus (its file name hashes the generator and the cleaner),
// the clock, every source file that the stores' schema and import and the loaders import (found by esbuild), the lock
// file, and the server's version. Each is written whole into a scratch file and renamed into place; the dump, renamed
// last, says the pair is complete.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Connection } from '../../main/library/postgres/connection.ts';
import { pgTool } from '../helpers/pg-cluster.ts';
import { BENCH_CACHE } from './cached-workspace.ts';
import { hashFiles, readCleanedCorpus, sourcesOf } from './cleaned-corpus.ts';
import { LOAD_CHUNK, loadPrepared, type LoadTimes } from './team-corpus.ts';

/** Where the stores' contents are decided: their opening (schema, migrations), their import, and the bench's loaders. */
const STORE_ENTRIES = ['main/library/open-workspace.ts', 'main/library/postgres/open-team-library.ts', 'tests/bench/team-corpus.ts'];

export interface StoresKey {
  /** The cleaned corpus file (cleaned-corpus.ts). */
  corpus: string;
  /** The import's clock. */
  now: Date;
}

export interface Destination {
  /** The empty team library database, with its password. */
  url: string;
  /** The workspace file to make (it must not exist). */
  local: string;
  /** Called after each chunk a load writes. */
  onChunk?: (done: number) => void;
}

/** The stores found in the cache (`loaded` absent) or loaded now and kept there (`keptMs`: writing the cache, ms). */
export interface LoadedStores {
  dump: string;
  loaded?: { times: LoadTimes; keptMs: number };
}

/** The part of the cache files' names that says what they hold. */
async function storesHash(key: StoresKey, serverVersion: string): Promise<string> {
  const h = hashFiles(createHash('sha256'), [...(await sourcesOf(STORE_ENTRIES)), 'package-lock.json']);
  h.update(JSON.stringify({ corpus: path.basename(key.corpus), now: key.now.toISOString(), server: serverVersion }));
  return h.digest('hex').slice(0, 20);
}

/** Runs a PostgreSQL client program on the database at `url`, its password from the environment, never in argv. */
function runTool(tool: string, args: readonly string[], url: string): void {
  const target = new URL(url);
  const password = decodeURIComponent(target.password);
  target.password = '';
  const run = spawnSync(pgTool(tool), ['--dbname', target.toString(), ...args], { encoding: 'utf8', env: { ...process.env, PGPASSWORD: password } });
  if (run.status !== 0) throw new Error(`${tool} failed (${String(run.status)}): ${run.stderr.trim().split('\n').slice(-3).join(' ')}`);
}

/**
 * Fills the empty team library `into.url` and makes the workspace `into.local` with the corpus of `key`: restored
 * from the cache when it holds them, else loaded (team-corpus.ts) and then kept in `folder` (the bench's cache).
 */
export async function loadedStores(key: StoresKey, into: Destination, folder = BENCH_CACHE): Promise<LoadedStores> {
  const conn = new Connection(into.url, 'bench');
  try {
    const version = (await conn.row<{ v: string }>("SELECT current_setting('server_version_num') AS v"))?.v ?? '';
    const base = path.join(folder, `loaded-${path.basename(key.corpus).replace(/\.ndjson\.gz$/u, '')}-${await storesHash(key, version)}`);
    const [dump, workspace] = [`${base}.pgdump`, `${base}.mawjaz`];
    if (fs.existsSync(dump) && fs.existsSync(workspace)) {
      fs.copyFileSync(workspace, into.local);
      runTool('pg_restore', ['--no-owner', '--exit-on-error', '--jobs', '2', dump], into.url);
      // A restore brings neither the planner's statistics nor the visibility map: made as the load makes them.
      await conn.run('VACUUM ANALYZE');
      return { dump };
    }
    const times = await loadPrepared(into.url, readCleanedCorpus(key.corpus, LOAD_CHUNK), { now: key.now, local: into.local, onChunk: into.onChunk });
    const keepStart = performance.now();
    fs.mkdirSync(folder, { recursive: true });
    const scratch = (file: string): string => `${file}.${String(process.pid)}.making`;
    try {
      fs.copyFileSync(into.local, scratch(workspace));
      // Compression level 1: the dump is written once a corpus, read back every run.
      runTool('pg_dump', ['--format', 'custom', '--compress', '1', '--file', scratch(dump)], into.url);
      fs.renameSync(scratch(workspace), workspace);
      fs.renameSync(scratch(dump), dump);
    } finally {
      fs.rmSync(scratch(workspace), { force: true });
      fs.rmSync(scratch(dump), { force: true });
    }
    return { dump, loaded: { times, keptMs: performance.now() - keepStart } };
  } finally {
    await conn.close();
  }
}
