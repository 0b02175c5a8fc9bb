// Library bench: import throughput and search latency over generated Arabic articles, each figure beside a
// reference measured in the same run on the same data (DEVELOPERS.md: speed is a ratio, never a timed test).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { importPaths } from '../../main/library/import-batch.ts';
import { openWorkspace } from '../../main/library/open-workspace.ts';
import { createInProcessWork } from '../../main/work-thread/in-process.ts';
import type { BenchRow } from './bench-row.ts';
import { measure } from './whole-process.ts';

const ARTICLES = 2000;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SEEDS = path.join(ROOT, 'tests', 'fixtures', 'seeds');
/** Whole-process imports timed through the built command (each into a fresh workspace); the median is reported. */
const CLI_RUNS = 3;

/** mulberry32: a small seeded PRNG, so every run benches the same articles. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Articles built from the seeds' sentences, reshuffled with about a third of the words swapped for other
 * words of the seeds: realistic Arabic, realistic lengths, and (as the import report checks) not duplicates.
 */
export function generate(count: number): string[] {
  return [...generateEach(count)];
}

/** The same articles as generate(count), one at a time: 100,000 of them need not be held at once. */
export function* generateEach(count: number): Generator<string> {
  const texts = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8'));
  const sentences = texts.flatMap((t) => t.split(/(?<=[.!؟?])\s+|\n+/u)).map((s) => s.trim()).filter((s) => s.split(/\s+/u).length >= 6);
  const vocabulary = [...new Set(texts.join(' ').split(/\s+/u).filter((w) => /^\p{L}{3,}$/u.test(w)))];
  const random = prng(20250410);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const vary = (s: string): string => s.split(' ').map((w) => (random() < 0.33 ? pick(vocabulary) : w)).join(' ');
  for (let i = 0; i < count; i++) {
    const paragraphs: string[] = [];
    const n = 4 + Math.floor(random() * 6);
    for (let p = 0; p < n; p++) paragraphs.push(Array.from({ length: 2 + Math.floor(random() * 3) }, () => vary(pick(sentences))).join(' '));
    yield [`${vary(pick(sentences)).slice(0, 90)} (${String(i)})`, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
  }
}

/** Searches of the bench: single words, names, phrases, a clitic form, spellings the index folds. */
export const QUERIES = [
  'الحشد', 'الحشد الشعبي', 'والحشد', 'سوريا', 'العراق', 'دمشق', 'بغداد', 'الشرع', 'الرئيس السوري', 'المقاتلين',
  'الحدود', 'الاستخبارات', 'النظام', 'الفصائل', 'احمد', 'الحكومه العراقيه', 'الميليشيات', 'الأمن', 'معبر', 'اللقاء',
];

function perSecond(count: number, ms: number): number {
  return Math.round((count / ms) * 1000);
}

function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

export async function benchLibrary(): Promise<BenchRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mawjaz-bench-library-'));
  try {
    const articles = generate(ARTICLES);
    const folder = path.join(dir, 'articles');
    fs.mkdirSync(folder);
    const files = articles.map((text, i) => {
      const file = path.join(folder, `article-${String(i).padStart(5, '0')}.txt`);
      fs.writeFileSync(file, text);
      return file;
    });

    // Reference: the least any import must do — read every file and hash it.
    let t = performance.now();
    for (const f of files) createHash('sha256').update(fs.readFileSync(f)).digest('hex');
    const readHashMs = performance.now() - t;

    // The import as a user of the command meets it: `mawjaz import` as a whole process, running the build that
    // `npm install` leaves in out/ (its pool's threads run built JavaScript too; in this process they run the
    // sources through tsx). MAWJAZ_BENCH_CLI=/other/checkout/bin/mawjaz.mjs times another checkout's command.
    const cli = process.env.MAWJAZ_BENCH_CLI ?? path.join(ROOT, 'bin', 'mawjaz.mjs');
    if (process.env.MAWJAZ_BENCH_CLI === undefined) execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-electron.mjs')], { stdio: 'ignore' });
    const cliWorkspace = path.join(dir, 'cli.mawjaz');
    const command = measure(process.execPath, [cli, 'import', folder, '--workspace', cliWorkspace, '--date', '2025-04-10'], CLI_RUNS, {
      cwd: ROOT,
      before: () => {
        for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${cliWorkspace}${suffix}`, { force: true });
      },
    });

    const store = openWorkspace(path.join(dir, 'bench.mawjaz'), { now: () => new Date('2025-04-10T00:00:00Z') });
    const importStart = performance.now();
    const importCpu = process.cpuUsage();
    // Phase marks from the progress callback: the last file read, the first and last article stored. The batch is
    // stored as its cleaning hands it out (work-thread/clean-pool.ts preparedRuns), so storing overlaps the threads'
    // cleaning: the marks measure until the first run is ready, then storing with the rest of the cleaning.
    let lastRead = importStart;
    let firstStore = 0;
    let lastStore = 0;
    // Cleaned as `mawjaz import` cleans: by the work thread's jobs in process, which share a large batch with a
    // pool of threads (main/work-thread/clean-pool.ts).
    const work = createInProcessWork();
    const report = await importPaths(store, [folder], {
      now: new Date('2025-04-10T00:00:00Z'),
      prepare: (slots, at) => work.prepareImport(slots, at),
      onProgress: (p) => {
        const at = performance.now();
        if (p.phase === 'read') lastRead = at;
        else {
          if (firstStore === 0) firstStore = at;
          lastStore = at;
        }
      },
    });
    const importMs = performance.now() - importStart;
    // process.cpuUsage is the whole process's: the pool's threads are counted too.
    const { user, system } = process.cpuUsage(importCpu);
    const importCpuMs = (user + system) / 1000;
    if (report.totals.imported + report.totals['near-duplicate'] < ARTICLES * 0.95) {
      throw new Error(`bench data problem: only ${String(report.totals.imported)} of ${String(ARTICLES)} imported (${JSON.stringify(report.totals)})`);
    }

    // The same files again, into a fresh workspace, by the same process: the pool's threads kept from the first import
    // (work-thread/clean-pool.ts keepThreads) clean warm, as a second import in the desk or the host does.
    const again = openWorkspace(path.join(dir, 'again.mawjaz'), { now: () => new Date('2025-04-10T00:00:00Z') });
    const againStart = performance.now();
    const againCpu = process.cpuUsage();
    await importPaths(again, [folder], { now: new Date('2025-04-10T00:00:00Z'), prepare: (slots, at) => work.prepareImport(slots, at) });
    const againMs = performance.now() - againStart;
    const againUsage = process.cpuUsage(againCpu);
    const againCpuMs = (againUsage.user + againUsage.system) / 1000;
    await again.close();

    // Search: FTS5 over the normalised index vs a plain LIKE scan of the stored bodies (no Arabic folding at all).
    await store.search('warm up');
    const ftsTimes: number[] = [];
    let hits = 0;
    for (const q of QUERIES) {
      t = performance.now();
      hits += (await store.search(q, { limit: 20 })).hits.length;
      ftsTimes.push(performance.now() - t);
    }
    await store.close();
    const db = new Database(path.join(dir, 'bench.mawjaz'), { readonly: true });
    const likeTimes: number[] = [];
    for (const q of QUERIES) {
      const terms = q.split(' ');
      const sql = `SELECT id, title, substr(body, 1, 200) FROM articles WHERE ${terms.map(() => 'body LIKE ?').join(' AND ')} LIMIT 20`;
      t = performance.now();
      db.prepare(sql).all(...terms.map((w) => `%${w}%`));
      likeTimes.push(performance.now() - t);
    }
    db.close();

    return [
      {
        name: `library import (${String(ARTICLES)} articles: read, clean, dedupe, index, one transaction)`,
        value: perSecond(ARTICLES, importMs),
        unit: 'articles/s',
        reference: { name: 'read + sha256 of the same files', value: perSecond(ARTICLES, readHashMs), unit: 'articles/s' },
      },
      {
        name: `library import, CPU per article (user + system, every thread; bench process, sources through tsx)`,
        value: round(importCpuMs / ARTICLES),
        unit: 'ms',
      },
      {
        name: `library import of the same files again in the same process (pool threads kept warm from the first)`,
        value: perSecond(ARTICLES, againMs),
        unit: 'articles/s',
        reference: { name: 'the first import', value: perSecond(ARTICLES, importMs), unit: 'articles/s' },
      },
      {
        name: `library import again in the same process, CPU per article (user + system, every thread)`,
        value: round(againCpuMs / ARTICLES),
        unit: 'ms',
        reference: { name: 'the first import', value: round(importCpuMs / ARTICLES), unit: 'ms' },
      },
      {
        name: `mawjaz import of the same ${String(ARTICLES)} files, whole process (built CLI, median of ${String(CLI_RUNS)})`,
        value: perSecond(ARTICLES, command.ms),
        unit: 'articles/s',
        reference: { name: 'read + sha256 of the same files', value: perSecond(ARTICLES, readHashMs), unit: 'articles/s' },
      },
      ...(Number.isNaN(command.cpuMs) ? [] : [
        { name: 'mawjaz import, CPU per article (user + system, every thread, start-up included)', value: round(command.cpuMs / ARTICLES), unit: 'ms' },
        { name: 'mawjaz import, peak RSS', value: Math.round(command.mb), unit: 'MB' },
      ]),
      {
        name: 'library import, share of time: reading files (readDocument)',
        value: Math.round(((lastRead - importStart) / importMs) * 100),
        unit: '%',
      },
      {
        name: 'library import, share of time: cleaning + preparing (hash, MinHash, index text) until the first run is stored',
        value: Math.round(((firstStore - lastRead) / importMs) * 100),
        unit: '%',
      },
      {
        name: `library import, storing in one transaction, overlapped with the rest of the cleaning (dedupe via LSH, FTS insert; ${String(report.totals['near-duplicate'])} near-duplicates)`,
        value: perSecond(ARTICLES, lastStore - firstStore),
        unit: 'articles/s',
        reference: { name: 'read + sha256 of the same files', value: perSecond(ARTICLES, readHashMs), unit: 'articles/s' },
      },
      {
        name: `library search, median of ${String(QUERIES.length)} queries (ranked, snippets, ${String(hits)} hits)`,
        value: round(median(ftsTimes)),
        unit: 'ms/query',
        reference: { name: 'plain LIKE scan, first 20 rows, no ranking or folding', value: round(median(likeTimes)), unit: 'ms/query' },
      },
      {
        name: 'library search, slowest query',
        value: round(Math.max(...ftsTimes)),
        unit: 'ms',
        reference: { name: 'slowest LIKE scan', value: round(Math.max(...likeTimes)), unit: 'ms' },
      },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
