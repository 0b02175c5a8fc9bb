// The team library bench's corpus cleaned once and kept on disk: cleaning 100,000 generated articles as `mawjaz import`
// does takes about ten minutes of CPU, loading them back from this file seconds. The file is named by a hash of all
// that decides its bytes (the generator's code and seeds, the count, the chunking, the clock, the files' names, and
// every source file the cleaning and preparing import, found by esbuild's metafile, with the models beside them), so a
// change to any of them cleans afresh. It is written whole into a scratch file and renamed into place.
import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { build } from 'esbuild';
import { z } from 'zod';
import { ArticleRecord } from '../../main/model/article.ts';
import type { PreparedArticle } from '../../main/library/prepare-article.ts';
import { fromBlob, toBlob } from '../../main/library/minhash.ts';
import { BENCH_CACHE } from './cached-workspace.ts';
import { generateEach } from './library.ts';
import { cleanInChunks } from './team-corpus.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the cleaning starts: what `mawjaz import` runs on a file before it writes (team-corpus.ts's cleanInChunks). */
const CLEANING_ENTRIES = ['main/work-thread/clean-pool.ts', 'main/work-thread/clean-pool-worker.ts', 'main/library/prepare-article.ts', 'main/ingest/readers/text-reader.ts'];
/** What the cleaning may read at run time rather than import, and what fixes the packages' versions. */
const CLEANING_DATA = ['models/title-lines', 'models/outlets', 'models/authors', 'package-lock.json'];
/** What generates the texts. */
const GENERATOR_INPUTS = ['tests/bench/library.ts', 'tests/fixtures/seeds'];

/** One cached article: the prepared article with its two hash sets as base64 of their little-endian words. */
const CachedArticle = z.object({
  record: ArticleRecord,
  contentHash: z.string(),
  sourceHash: z.string().nullable(),
  shingles: z.string(),
  signature: z.string(),
  index: z.object({ title: z.string(), body: z.string(), bodyForms: z.string() }),
});

export interface CorpusKey {
  count: number;
  /** How many articles are cleaned together: the cleaner learns boilerplate across a batch, so this shapes its output. */
  chunk: number;
  now: Date;
  /** The file each text is imported as; only its base name reaches the record. */
  fileOf: (i: number) => string;
}

function filesUnder(relative: string): string[] {
  const full = path.join(ROOT, relative);
  if (!fs.existsSync(full)) return [];
  if (!fs.statSync(full).isDirectory()) return [relative];
  return fs
    .readdirSync(full, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(relative, f))
    .filter((f) => fs.statSync(path.join(ROOT, f)).isFile());
}

/**
 * Every source file that `entries` (relative to the checkout) import, themselves included: esbuild follows the imports;
 * packages stand outside, fixed by the lock file.
 */
export async function sourcesOf(entries: readonly string[]): Promise<string[]> {
  const result = await build({
    entryPoints: entries.map((e) => path.join(ROOT, e)),
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outdir: 'unused',
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

/** The files whose bytes name the cache (relative to the checkout): the cleaner's sources and data, the generator's. */
export async function cacheInputs(): Promise<string[]> {
  return [...new Set([...(await sourcesOf(CLEANING_ENTRIES)), ...[...GENERATOR_INPUTS, ...CLEANING_DATA].flatMap(filesUnder)])].sort();
}

/** Adds each file (relative to the checkout) to `h`, its name and its bytes. */
export function hashFiles(h: Hash, files: readonly string[]): Hash {
  for (const f of files) h.update(f).update('\0').update(fs.readFileSync(path.join(ROOT, f))).update('\0');
  return h;
}

/** The hash naming the cache file of `key`: the generator's and the cleaner's inputs, file by file, and the settings. */
export async function corpusHash(key: CorpusKey): Promise<string> {
  const h = hashFiles(createHash('sha256'), await cacheInputs());
  h.update(JSON.stringify({ count: key.count, chunk: key.chunk, now: key.now.toISOString(), first: path.basename(key.fileOf(0)), last: path.basename(key.fileOf(key.count - 1)) }));
  return h.digest('hex').slice(0, 20);
}

// Signatures and shingles as the workspace stores them (minhash.ts: little-endian on any machine), in base64.
const words = (a: Uint32Array): string => toBlob(a).toString('base64');
const fromWords = (s: string): Uint32Array => fromBlob(Buffer.from(s, 'base64'));

/** Cleans the corpus chunk by chunk into `file` (gzip, one JSON line per article), through a scratch file renamed at the end. */
async function buildCache(file: string, key: CorpusKey, onChunk?: (done: number) => void): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const scratch = `${file}.${String(process.pid)}.making`;
  const gzip = zlib.createGzip({ level: 1 });
  const out = gzip.pipe(fs.createWriteStream(scratch));
  const written = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve).on('error', reject);
    gzip.on('error', reject);
  });
  try {
    let done = 0;
    for await (const batch of cleanInChunks(generateEach(key.count), key)) {
      const lines = batch.map((p) => JSON.stringify({ ...p, shingles: words(p.shingles), signature: words(p.signature) })).join('\n');
      if (!gzip.write(lines + '\n')) await new Promise((resolve) => gzip.once('drain', resolve));
      done += batch.length;
      onChunk?.(done);
    }
    gzip.end();
    await written;
    fs.renameSync(scratch, file);
  } catch (e) {
    gzip.destroy();
    fs.rmSync(scratch, { force: true });
    throw e;
  }
}

/**
 * The cleaned corpus of `key` in `folder` (the bench's cache folder unless given): its file, and whether this call
 * cleaned it (false: it was on disk).
 */
export async function cleanedCorpus(key: CorpusKey, onChunk?: (done: number) => void, folder = BENCH_CACHE): Promise<{ file: string; built: boolean }> {
  const file = path.join(folder, `cleaned-${String(key.count)}-${await corpusHash(key)}.ndjson.gz`);
  if (fs.existsSync(file)) return { file, built: false };
  await buildCache(file, key, onChunk);
  return { file, built: true };
}

/** The cached corpus read back, `chunk` prepared articles at a time, each line parsed (a damaged file fails loudly). */
export async function* readCleanedCorpus(file: string, chunk: number): AsyncGenerator<PreparedArticle[]> {
  const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  let batch: PreparedArticle[] = [];
  for await (const line of lines) {
    if (line === '') continue;
    const a = CachedArticle.parse(JSON.parse(line));
    batch.push({ ...a, shingles: fromWords(a.shingles), signature: fromWords(a.signature) });
    if (batch.length === chunk) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
