// Team library bench (issue 21's scale): the same generated corpus imported by `mawjaz import` into a team library on
// a throwaway PostgreSQL cluster and into a local SQLite workspace, then searched through `mawjaz web`'s API, each
// figure of the team library printed beside the local store's as its reference.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PASSWORD_VARIABLE } from '../../main/library/postgres/library-secret.ts';
import { postgresMissing, startCluster } from '../helpers/pg-cluster.ts';
import type { BenchRow } from './bench-row.ts';
import { generate, QUERIES } from './library.ts';
import { searchThroughHost } from './search-host.ts';
import { measure } from './whole-process.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * How many articles: MAWJAZ_BENCH_TEAM_ARTICLES if set, else the 100,000 under BENCH_SCALE=full, else 2,000
 * (the library suite's count). Measured at 2,000 on two shared, loaded cores: 15 articles/s into the team library and
 * 40/s into a local workspace, so 100,000 would take about two and a half hours for both imports: not for every run.
 */
export function teamBenchCount(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const given = env.MAWJAZ_BENCH_TEAM_ARTICLES;
  if (given !== undefined) {
    const n = Number(given);
    if (!Number.isInteger(n) || n < 100) throw new Error(`MAWJAZ_BENCH_TEAM_ARTICLES must be a whole number of at least 100, not "${given}"`);
    return n;
  }
  return env.BENCH_SCALE === 'full' ? 100_000 : 2_000;
}

function perSecond(count: number, ms: number): number {
  return Math.round((count / ms) * 1000);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** Writes the corpus as the files an analyst would import, one folder, names in import order. */
function writeCorpus(folder: string, count: number): void {
  fs.mkdirSync(folder);
  generate(count).forEach((text, i) => fs.writeFileSync(path.join(folder, `article-${String(i).padStart(6, '0')}.txt`), text));
}

export async function benchTeamLibrary(): Promise<BenchRow[]> {
  const missing = postgresMissing();
  // Without a server the suite says why and gives no rows (under MAWJAZ_REQUIRE_POSTGRES=1 postgresMissing throws).
  if (missing !== null) {
    console.log(`team library bench skipped: ${missing}`);
    return [];
  }
  const count = teamBenchCount();
  const scale = process.env.BENCH_SCALE === 'full' || process.env.MAWJAZ_BENCH_TEAM_ARTICLES !== undefined ? '' : '; BENCH_SCALE=full for the issue’s 100,000';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mawjaz-bench-team-'));
  const cluster = await startCluster();
  const savedPassword = process.env[PASSWORD_VARIABLE];
  try {
    const folder = path.join(dir, 'articles');
    writeCorpus(folder, count);
    const cli = path.join(ROOT, 'bin', 'mawjaz.mjs');
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-electron.mjs')], { stdio: 'ignore' });
    // The password reaches the commands as a user's would: from the environment, never in the connection string.
    await cluster.createDatabase('bench');
    process.env[PASSWORD_VARIABLE] = cluster.password;
    const team = `postgres://${cluster.user}@${cluster.host}:${String(cluster.port)}/bench`;
    const local = path.join(dir, 'bench.mawjaz');
    const importInto = (workspace: string): ReturnType<typeof measure> =>
      measure(process.execPath, [cli, 'import', folder, '--workspace', workspace, '--date', '2025-04-10'], 1, { cwd: ROOT });
    const localImport = importInto(local);
    const teamImport = importInto(team);
    const localSearch = await searchThroughHost(cli, local, QUERIES);
    const teamSearch = await searchThroughHost(cli, team, QUERIES);
    const n = count.toLocaleString('en');
    const samples = `${String(teamSearch.samples)} searches of ${String(QUERIES.length)} queries, 50 hits, through mawjaz web`;
    return [
      {
        name: `team library import, ${n} articles (mawjaz import, whole process, one run${scale})`,
        value: perSecond(count, teamImport.ms),
        unit: 'articles/s',
        reference: { name: 'the same into a local workspace', value: perSecond(count, localImport.ms), unit: 'articles/s' },
      },
      // The server's own CPU is another process's: this is the command's side only.
      {
        name: 'team library import, CPU per article of the command (the server not counted)',
        value: round(teamImport.cpuMs / count),
        unit: 'ms',
        reference: { name: 'local import, CPU per article', value: round(localImport.cpuMs / count), unit: 'ms' },
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
      ...(await databaseSize(cluster.url('bench'), count)),
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
