// The bench's generated corpus put into a team library the fast way: cleaned and prepared exactly as `mawjaz import`
// prepares a file (the text reader, the cleaning pool, prepareArticle), then written by the import's own multi-row
// statements (add-articles.ts's writeArticleRowsPg and writeSearchDocuments) a thousand articles at a time, with the
// search indexes and the band table's keys built once at the end instead of row by row. What it skips is only what a
// new, known-distinct corpus does not need: the per-chunk look-ups for duplicates and near-duplicate candidates.
// tests/unit/library/postgres/bulk-load.test.ts checks, on a sample, that every row it writes equals the row the
// API's import writes for the same files. The same cleaned chunks can go into a local workspace as well
// (local-loader.ts), so a bench of both stores on one corpus cleans it once.
import path from 'node:path';
import type { AddResult } from '../../main/library/articles.ts';
import type { PreparedSlot, ReadSlot } from '../../main/library/import-batch.ts';
import { writeArticleRowsPg } from '../../main/library/postgres/add-articles.ts';
import { Connection } from '../../main/library/postgres/connection.ts';
import { openTeamLibrary } from '../../main/library/postgres/open-team-library.ts';
import { writeSearchDocuments } from '../../main/library/postgres/search-document.ts';
import type { PreparedArticle } from '../../main/library/prepare-article.ts';
import { readTextFile } from '../../main/ingest/readers/text-reader.ts';
import { prepareInPool } from '../../main/work-thread/clean-pool.ts';
import { openLocalLoader, type LocalLoader } from './local-loader.ts';

/** How many articles are cleaned and written at a time: the pool's batch, and one transaction. */
export const LOAD_CHUNK = 1000;

/** The indexes dropped during the load and made again from their own definitions after it. */
const DEFERRED_INDEXES = ['article_index_doc', 'article_index_heads', 'article_index_length', 'lsh_bands_article'];
/** The band table's key: four million random inserts at 100,000 articles, one sort when built after. */
const DEFERRED_KEY = { table: 'lsh_bands', name: 'lsh_bands_pkey' };
/**
 * How many chunks' search documents are built at once, each on a connection of its own: they are most of the server's
 * work (the documents, their BM25 counts and heavy words), and a chunk's rows need only the chunk before it.
 */
const DOCUMENT_WRITERS = 2;

export interface LoadOptions {
  /** The file each text is imported as (the bench's folder and name), by its position in the corpus. */
  fileOf: (i: number) => string;
  /** The import's clock. */
  now: Date;
  chunk?: number;
  /** Called after each chunk is written, with how many articles are in. */
  onChunk?: (done: number) => void;
  /** An empty local workspace file that gets the same articles (local-loader.ts). */
  local?: string;
}

/** Reads and cleans one chunk of texts as `mawjaz import` does with files of these names. */
export async function prepareTexts(texts: readonly string[], first: number, options: Pick<LoadOptions, 'fileOf' | 'now'>): Promise<PreparedArticle[]> {
  const encoder = new TextEncoder();
  const slots: ReadSlot[] = texts.map((text, j) => {
    const file = options.fileOf(first + j);
    return { file, raw: readTextFile(file, encoder.encode(text)) };
  });
  const prepared = await prepareInPool(slots, options.now);
  return prepared.map((p: PreparedSlot) => {
    if (p.prepared === undefined) throw new Error(`${path.basename(p.file)}: the generated article did not clean (${p.error ?? 'no reason'})`);
    return p.prepared;
  });
}

/** The texts cleaned `chunk` at a time (the pool's batch), as `mawjaz import` would clean each chunk's files. */
export async function* cleanInChunks(texts: Iterable<string>, options: Pick<LoadOptions, 'fileOf' | 'now' | 'chunk'>): AsyncGenerator<PreparedArticle[]> {
  const chunk = options.chunk ?? LOAD_CHUNK;
  let done = 0;
  let pending: string[] = [];
  for (const text of texts) {
    pending.push(text);
    if (pending.length === chunk) {
      yield await prepareTexts(pending, done, options);
      done += pending.length;
      pending = [];
    }
  }
  if (pending.length > 0) yield await prepareTexts(pending, done, options);
}

/**
 * Loads `texts` (a generated corpus of distinct articles, in order) into the empty team library at `url`, cleaning
 * them chunk by chunk (loadPrepared). Returns how many were written.
 */
export async function loadTeamCorpus(url: string, texts: Iterable<string>, options: LoadOptions): Promise<number> {
  return (await loadPrepared(url, cleanInChunks(texts, options), options)).articles;
}

/** Where a load's time went, ms of wall time: the stores write side by side, so these times overlap. */
export interface LoadTimes {
  articles: number;
  /** Waiting for the next chunk (reading the cache back, or cleaning). */
  chunksMs: number;
  /** Writing the chunks' rows into the team library (articles, signatures, band buckets), in order. */
  teamRowsMs: number;
  /** Building and writing the chunks' search documents, summed over the connections that write them at once. */
  teamDocumentsMs: number;
  /** Writing the same chunks into the local workspace. */
  localMs: number;
  /** Building the indexes and keys deferred to the end (both stores), then the team library's VACUUM ANALYZE. */
  indexMs: number;
}

type Phase = Exclude<keyof LoadTimes, 'articles'>;

/** How long `work` takes, added to `times[key]`. */
async function timed<T>(times: LoadTimes, key: Phase, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await work();
  } finally {
    times[key] += performance.now() - start;
  }
}

/** The definitions of the deferred indexes and key, read from the library as its migrations made them. */
async function deferredDefinitions(conn: Connection): Promise<string[]> {
  const indexes = await conn.rows<{ indexdef: string }>('SELECT indexdef FROM pg_indexes WHERE indexname = ANY($1) ORDER BY indexname', [DEFERRED_INDEXES]);
  const key = await conn.row<{ def: string }>('SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = $1', [DEFERRED_KEY.name]);
  if (indexes.length !== DEFERRED_INDEXES.length || key === null) throw new Error(`the team library lacks one of its indexes (${[...DEFERRED_INDEXES, DEFERRED_KEY.name].join(', ')})`);
  return [`ALTER TABLE ${DEFERRED_KEY.table} ADD CONSTRAINT ${DEFERRED_KEY.name} ${key.def}`, ...indexes.map((d) => d.indexdef)];
}

/**
 * Loads chunks of prepared articles (cleaned now, or read back from cleaned-corpus.ts's file) into the empty team
 * library at `url` (and the empty workspace `options.local`): the schema by opening it as the app does, then each
 * chunk's rows in one transaction, in order, and its search documents in another, on one of DOCUMENT_WRITERS
 * connections while the next chunks' rows go in. Returns how many were written and where the time went.
 */
export async function loadPrepared(url: string, chunks: AsyncIterable<PreparedArticle[]>, options: Omit<LoadOptions, 'fileOf' | 'chunk'>): Promise<LoadTimes> {
  const library = await openTeamLibrary(url, { now: () => options.now });
  await library.close();
  const conn = new Connection(url, 'bench');
  const importedAt = options.now.toISOString();
  const times: LoadTimes = { articles: 0, chunksMs: 0, teamRowsMs: 0, teamDocumentsMs: 0, localMs: 0, indexMs: 0 };
  let local: LocalLoader | undefined;
  const writing = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  try {
    const definitions = await deferredDefinitions(conn);
    if ((await conn.row('SELECT 1 FROM articles LIMIT 1')) !== null) throw new Error('the fast loader fills an empty team library only');
    await conn.run(`ALTER TABLE ${DEFERRED_KEY.table} DROP CONSTRAINT ${DEFERRED_KEY.name}`);
    await conn.run(`DROP INDEX ${DEFERRED_INDEXES.join(', ')}`);
    local = options.local === undefined ? undefined : await openLocalLoader(options.local, options.now);
    const iterator = chunks[Symbol.asyncIterator]();
    for (;;) {
      const next = await timed(times, 'chunksMs', () => iterator.next());
      if (next.done === true) break;
      const batch = next.value;
      const results = batch.map((a): AddResult => ({ status: 'imported', id: a.record.id }));
      // The server writes the chunk's rows while this process writes the local workspace.
      const rows = timed(times, 'teamRowsMs', () => conn.transaction(() => writeArticleRowsPg(conn, batch, results, importedAt)));
      const into = local;
      // Both settled before either failure is thrown: the finally below closes the local workspace, which must not be
      // mid-transaction then (its error would hide the real one).
      const settled = await Promise.allSettled([rows, into === undefined ? undefined : timed(times, 'localMs', () => into.add(batch))]);
      for (const r of settled) if (r.status === 'rejected') throw r.reason;
      while (writing.size >= DOCUMENT_WRITERS) await Promise.race(writing);
      if (failure !== undefined) throw failure.error;
      const docs = batch.map((a) => ({ id: a.record.id, index: a.index }));
      const written: Promise<void> = timed(times, 'teamDocumentsMs', () => conn.transaction(() => writeSearchDocuments(conn, docs)))
        // Kept, and thrown by the loop: a rejection nobody awaits yet would end the process.
        .catch((error: unknown) => void (failure ??= { error }))
        .finally(() => writing.delete(written));
      writing.add(written);
      times.articles += batch.length;
      options.onChunk?.(times.articles);
    }
    await Promise.all(writing);
    if (failure !== undefined) throw failure.error;
    await timed(times, 'indexMs', async () => {
      for (const d of definitions) await conn.run(d);
      local?.finish();
      local = undefined;
      // As autovacuum leaves a library that has been in use a while: statistics for the planner, and the visibility map
      // that lets the average length be read from its index alone.
      await conn.run('VACUUM ANALYZE');
    });
    return times;
  } finally {
    await Promise.all(writing);
    local?.abandon();
    await conn.close();
  }
}
