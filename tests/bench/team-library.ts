// Team library bench (issue 21's scale): a generated corpus put into a team library on a throwaway PostgreSQL cluster
// and into a local SQLite workspace by the fast loader (team-corpus.ts: cleaned once, as `mawjaz import` cleans, and
// written by each store's own import statements), then searched through `mawjaz web`'s API; the import rate is
// measured apart, by `mawjaz import` of a smaller batch of new articles into each. Every team library figure is
// printed beside the local store's as its reference.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PASSWORD_VARIABLE } from '../../main/library/postgres/library-secret.ts';
import { postgresMissing, startCluster } from '../helpers/pg-cluster.ts';
import type { BenchRow } from './bench-row.ts';
import { generateEach, QUERIES } from './library.ts';
import { searchThroughHost } from './search-host.ts';
import { cleanedCorpus } from './cleaned-corpus.ts';
import { LOAD_CHUNK } from './team-corpus.ts';
import { loadedStores } from './loaded-stores.ts';
import { measure } from './whole-process.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DATE = '2025-04-10';
/**
 * The bench's server has a team library server's memory rather than the tests' 16 MB of shared buffers: at 100,000
 * articles the band table alone is four million rows, and the search indexes built after the load sort in memory.
 */
const BENCH_SERVER = { shared_buffers: '256MB', maintenance_work_mem: '512MB' };

function wholeNumber(env: Readonly<Record<string, string | undefined>>, name: string, least: number): number | undefined {
  const given = env[name];
  if (given === undefined) return undefined;
  const n = Number(given);
  if (!Number.isInteger(n) || n < least) throw new Error(`${name} must be a whole number of at least ${String(least)}, not "${given}"`);
  return n;
}

/**
 * How many articles the libraries hold when searched: MAWJAZ_BENCH_TEAM_ARTICLES if set, else the 100,000.
 * The first run cleans them for the cache (cleaned-corpus.ts: about ten minutes of CPU) and says so; later runs
 * read them back.
 */
export function teamBenchCount(env: Readonly<Record<string, string | undefined>> = process.env): number {
  return wholeNumber(env, 'MAWJAZ_BENCH_TEAM_ARTICLES', 100) ?? 100_000;
}

/**
 * How many new articles `mawjaz import` brings into each library for the import rate: MAWJAZ_BENCH_TEAM_IMPORT if set,
 * else 1,000. Measured at 2,000 on two shared, loaded cores the team import ran at 15–26 articles/s, so the issue's
 * 100,000 through the command would take over an hour: the corpus is loaded the fast way and the rate measured here.
 */
export function teamImportCount(env: Readonly<Record<string, string | undefined>> = process.env): number {
  return wholeNumber(env, 'MAWJAZ_BENCH_TEAM_IMPORT', 100) ?? 1_000;
}

function perSecond(count: number, ms: number): number {
  return Math.round((count / ms) * 1000);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The files an analyst would import: the generator's articles `from` to `to`, one folder, names in import order. */
function writeCorpus(folder: string, from: number, to: number): void {
  fs.mkdirSync(folder);
  let i = 0;
  for (const text of generateEach(to)) {
    if (i >= from) fs.writeFileSync(path.join(folder, `article-${String(i).padStart(6, '0')}.txt`), text);
    i++;
  }
}

/** Where the bench's own time went, phase by phase (wall time, s): logged as each ends, and given back as rows. */
class Phases {
  readonly rows: BenchRow[] = [];

  async time<T>(name: string, work: () => Promise<T> | T): Promise<T> {
    const start = performance.now();
    const result = await work();
    this.note(name, performance.now() - start);
    return result;
  }

  note(name: string, ms: number): void {
    console.log(`team library bench: ${name}, ${String(round(ms / 1000))} s`);
    this.rows.push({ name: `phase: ${name} (wall time)`, value: round(ms / 1000), unit: 's' });
  }
}

export async function benchTeamLibrary(): Promise<BenchRow[]> {
  const missing = postgresMissing();
  // Without a server the suite says why and gives no rows (under MAWJAZ_REQUIRE_POSTGRES=1 postgresMissing throws).
  if (missing !== null) {
    console.log(`team library bench skipped: ${missing}`);
    return [];
  }
  const count = teamBenchCount();
  const more = teamImportCount();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mawjaz-bench-team-'));
  const cluster = await startCluster(BENCH_SERVER);
  const savedPassword = process.env[PASSWORD_VARIABLE];
  const phases = new Phases();
  try {
    const corpusFolder = path.join(dir, 'articles');
    const now = new Date(`${DATE}T00:00:00Z`);
    const local = path.join(dir, 'bench.mawjaz');
    const fileOf = (i: number): string => path.join(corpusFolder, `article-${String(i).padStart(6, '0')}.txt`);
    const cleanStart = performance.now();
    const cleaned = await cleanedCorpus({ count, chunk: LOAD_CHUNK, now, fileOf }, (done) => {
      if (done % 10_000 === 0) console.log(`team library bench: cleaning the corpus for its cache, ${done.toLocaleString('en')} of ${count.toLocaleString('en')}`);
    });
    const cleanMs = performance.now() - cleanStart;
    console.log(
      cleaned.built
        ? `team library bench: cleaned ${count.toLocaleString('en')} articles and cached them in ${cleaned.file} (${String(Math.round(cleanMs / 1000))} s); the next run loads them from there`
        : `team library bench: the cleaned corpus came from the cache, ${cleaned.file}`,
    );
    phases.note(cleaned.built ? 'cleaning the corpus into its cache' : 'finding the cleaned corpus in its cache', cleanMs);
    const loadStart = performance.now();
    const stores = await loadedStores({ corpus: cleaned.file, now }, {
      url: await cluster.createDatabase('bench'),
      local,
      onChunk: (done) => {
        if (done % 10_000 === 0) console.log(`team library bench: ${done.toLocaleString('en')} articles loaded, ${String(Math.round((performance.now() - loadStart) / 1000))} s`);
      },
    });
    const loadMs = performance.now() - loadStart;
    const load = stores.loaded;
    if (load === undefined) phases.note(`restoring both stores from the cache (${path.basename(stores.dump)} and its workspace)`, loadMs);
    else {
      phases.note('loading both stores, in all, then keeping them in the cache', loadMs);
      phases.note('  of which waiting for the next chunk of the cleaned corpus', load.times.chunksMs);
      phases.note('  of which writing the team library\'s rows, chunk after chunk (side by side with the local store)', load.times.teamRowsMs);
      phases.note('  busy writing the team library\'s search documents, summed over their connections (alongside)', load.times.teamDocumentsMs);
      phases.note('  of which writing the local workspace (side by side with the team library\'s rows)', load.times.localMs);
      phases.note('  of which building the deferred indexes and keys, and the team library\'s VACUUM ANALYZE', load.times.indexMs);
      phases.note(`  of which keeping both in the cache (pg_dump, the workspace's file)`, load.keptMs);
    }

    const cli = path.join(ROOT, 'bin', 'mawjaz.mjs');
    await phases.time('building the command (scripts/build-electron.mjs)', () => {
      execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-electron.mjs')], { stdio: 'ignore' });
    });
    // The password reaches the commands as a user's would: from the environment, never in the connection string.
    process.env[PASSWORD_VARIABLE] = cluster.password;
    const team = `postgres://${cluster.user}@${cluster.host}:${String(cluster.port)}/bench`;
    const localSearch = await phases.time('searching the local workspace through mawjaz web', () => searchThroughHost(cli, local, QUERIES));
    const teamSearch = await phases.time('searching the team library through mawjaz web', () => searchThroughHost(cli, team, QUERIES));
    const sizes = await databaseSize(cluster.url('bench'), count);

    // The import rate: the generator's next articles, new to both, through the command into each library as it is.
    const newFolder = path.join(dir, 'new-articles');
    await phases.time(`writing the ${more.toLocaleString('en')} new articles' files`, () => writeCorpus(newFolder, count, count + more));
    const importInto = (into: string): ReturnType<typeof measure> =>
      measure(process.execPath, [cli, 'import', newFolder, '--workspace', into, '--date', DATE], 1, { cwd: ROOT });
    const localImport = await phases.time('mawjaz import of the new articles into the local workspace', () => importInto(local));
    const teamImport = await phases.time('mawjaz import of the new articles into the team library', () => importInto(team));

    const n = count.toLocaleString('en');
    const m = more.toLocaleString('en');
    const samples = `${String(teamSearch.samples)} searches of ${String(QUERIES.length)} queries, 50 hits, through mawjaz web, ${n} articles`;
    return [
      ...(cleaned.built ? [{ name: `corpus of ${n} articles cleaned for the cache (once; set-up, not an import rate)`, value: round(cleanMs / 1000), unit: 's' }] : []),
      {
        name:
          load === undefined
            ? `both stores of ${n} articles restored from the cache (pg_restore, a file copy; set-up, not an import rate)`
            : `corpus of ${n} cleaned articles loaded into both stores ${cleaned.built ? 'after cleaning' : 'from the cache'} and kept (fast loader; set-up, not an import rate)`,
        value: round(loadMs / 1000),
        unit: 's',
      },
      { name: `team library search p50 (${samples})`, value: round(teamSearch.p50), unit: 'ms', reference: { name: 'local workspace p50', value: round(localSearch.p50), unit: 'ms' } },
      { name: 'team library search p95', value: round(teamSearch.p95), unit: 'ms', reference: { name: 'local workspace p95', value: round(localSearch.p95), unit: 'ms' } },
      {
        name: 'team library search as typed (last word cut, prefix), p50',
        value: round(teamSearch.prefixP50),
        unit: 'ms',
        reference: { name: 'local workspace, as typed, p50', value: round(localSearch.prefixP50), unit: 'ms' },
      },
      {
        name: 'team library search as typed, p95',
        value: round(teamSearch.prefixP95),
        unit: 'ms',
        reference: { name: 'local workspace, as typed, p95', value: round(localSearch.prefixP95), unit: 'ms' },
      },
      // The host's own CPU per search: what a search costs whatever else loads the machine (the wall times wait their turn).
      { name: 'team library search, CPU of mawjaz web per search (the server not counted)', value: round(teamSearch.cpuMs), unit: 'ms', reference: { name: 'local workspace, CPU per search', value: round(localSearch.cpuMs), unit: 'ms' } },
      { name: 'team library search as typed, CPU of mawjaz web per search', value: round(teamSearch.prefixCpuMs), unit: 'ms', reference: { name: 'local workspace, as typed, CPU per search', value: round(localSearch.prefixCpuMs), unit: 'ms' } },
      { name: 'mawjaz web serving the team library, peak resident memory', value: Math.round(teamSearch.peakMb), unit: 'MB', reference: { name: 'serving the local workspace', value: Math.round(localSearch.peakMb), unit: 'MB' } },
      {
        name: `team library import, ${m} new articles into the ${n} (mawjaz import, whole process, one run)`,
        value: perSecond(more, teamImport.ms),
        unit: 'articles/s',
        reference: { name: 'the same into the local workspace', value: perSecond(more, localImport.ms), unit: 'articles/s' },
      },
      // The server's own CPU is another process's: this is the command's side only.
      {
        name: 'team library import, CPU per article of the command (the server not counted)',
        value: round(teamImport.cpuMs / more),
        unit: 'ms',
        reference: { name: 'local import, CPU per article', value: round(localImport.cpuMs / more), unit: 'ms' },
      },
      { name: 'mawjaz import into the team library, peak resident memory', value: Math.round(teamImport.mb), unit: 'MB', reference: { name: 'into the local workspace', value: Math.round(localImport.mb), unit: 'MB' } },
      ...sizes,
      ...phases.rows,
    ];
  } finally {
    if (savedPassword === undefined) delete process.env[PASSWORD_VARIABLE];
    else process.env[PASSWORD_VARIABLE] = savedPassword;
    cluster.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The team library's size on the server per article, tables and indexes apart: the basis of the README's ten million. */
async function databaseSize(url: string, count: number): Promise<BenchRow[]> {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tables: string; indexes: string }>(
      `SELECT sum(pg_table_size(c.oid))::text AS tables, sum(pg_indexes_size(c.oid))::text AS indexes
       FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = 'public' AND c.relkind = 'r'`,
    );
    const kb = (bytes: string | undefined): number => round(Number(bytes ?? 0) / 1024 / count);
    return [
      { name: 'team library on the server, tables (with TOAST) per article', value: kb(rows[0]?.tables), unit: 'KB' },
      { name: 'team library on the server, indexes per article', value: kb(rows[0]?.indexes), unit: 'KB' },
    ];
  } finally {
    await client.end();
  }
}
