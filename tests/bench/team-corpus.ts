// The bench's generated corpus put into a team library the fast way: cleaned and prepared exactly as `mawjaz import`
// prepares a file (the text reader, the cleaning pool, prepareArticle), then written by the import's own multi-row
// statements (add-articles.ts's writeArticlesPg) a thousand articles at a time, with the search indexes built once
// at the end instead of row by row. What it skips is only what a new, known-distinct corpus does not need: the
// per-chunk look-ups for duplicates and near-duplicate candidates. tests/unit/bench/team-corpus.test.ts checks, on a
// sample, that every row it writes equals the row the API's import writes for the same files. The same cleaned
// chunks can go into a local workspace as well (its own addArticle, as its import stores them), so a bench of both
// stores on one corpus cleans it once.
import path from 'node:path';
import type { AddResult } from '../../main/library/articles.ts';
import type { PreparedSlot, ReadSlot } from '../../main/library/import-batch.ts';
import { writeArticlesPg } from '../../main/library/postgres/add-articles.ts';
import { Connection } from '../../main/library/postgres/connection.ts';
import { openTeamLibrary } from '../../main/library/postgres/open-team-library.ts';
import type { PreparedArticle } from '../../main/library/prepare-article.ts';
import type { Store } from '../../main/library/store.ts';
import { readTextFile } from '../../main/ingest/readers/text-reader.ts';
import { prepareInPool } from '../../main/work-thread/clean-pool.ts';

/** How many articles are cleaned and written at a time: the pool's batch, and one transaction. */
export const LOAD_CHUNK = 1000;

/** The search indexes dropped during the load and made again from their own definitions after it. */
const DEFERRED_INDEXES = ['article_index_doc', 'article_index_heads', 'article_index_length'];

export interface LoadOptions {
  /** The file each text is imported as (the bench's folder and name), by its position in the corpus. */
  fileOf: (i: number) => string;
  /** The import's clock. */
  now: Date;
  chunk?: number;
  /** Called after each chunk is written, with how many articles are in. */
  onChunk?: (done: number) => void;
  /** A local workspace that gets the same articles, each chunk in one transaction, as its import stores them. */
  local?: Store;
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
  return loadPrepared(url, cleanInChunks(texts, options), options);
}

/**
 * Loads chunks of prepared articles (cleaned now, or read back from cleaned-corpus.ts's file) into the empty team
 * library at `url`: the schema by opening it as the app does, then chunk after chunk in one transaction each.
 * Returns how many were written.
 */
export async function loadPrepared(url: string, chunks: AsyncIterable<PreparedArticle[]>, options: Omit<LoadOptions, 'fileOf' | 'chunk'>): Promise<number> {
  const library = await openTeamLibrary(url, { now: () => options.now });
  await library.close();
  const conn = new Connection(url, 'bench');
  const importedAt = options.now.toISOString();
  try {
    const definitions = await conn.rows<{ indexdef: string }>('SELECT indexdef FROM pg_indexes WHERE indexname = ANY($1)', [DEFERRED_INDEXES]);
    if (definitions.length !== DEFERRED_INDEXES.length) throw new Error(`the team library lacks one of its search indexes (${DEFERRED_INDEXES.join(', ')})`);
    if ((await conn.row('SELECT 1 FROM articles LIMIT 1')) !== null) throw new Error('the fast loader fills an empty team library only');
    await conn.run(`DROP INDEX ${DEFERRED_INDEXES.join(', ')}`);
    let done = 0;
    for await (const batch of chunks) {
      const results = batch.map((a): AddResult => ({ status: 'imported', id: a.record.id }));
      // The server builds the chunk's search documents while this process writes the local workspace: two cores.
      const team = conn.transaction(() => writeArticlesPg(conn, batch, results, importedAt));
      const local = options.local;
      const alongside =
        local === undefined
          ? Promise.resolve()
          : local.transaction(async () => {
              for (const a of batch) await local.addArticle(a, options.now);
            });
      await Promise.all([team, alongside]);
      done += batch.length;
      options.onChunk?.(done);
    }
    for (const d of definitions) await conn.run(d.indexdef);
    // As autovacuum leaves a library that has been in use a while: statistics for the planner, and the visibility map
    // that lets the average length be read from its index alone.
    await conn.run('VACUUM ANALYZE');
    return done;
  } finally {
    await conn.close();
  }
}
