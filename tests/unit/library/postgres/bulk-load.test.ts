import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { importPaths } from '../../../../main/library/import-batch.ts';
import { openWorkspace } from '../../../../main/library/open-workspace.ts';
import { openTeamLibrary } from '../../../../main/library/postgres/open-team-library.ts';
import { createInProcessWork } from '../../../../main/work-thread/in-process.ts';
import { generate } from '../../../bench/library.ts';
import { cleanedCorpus } from '../../../bench/cleaned-corpus.ts';
import { loadedStores } from '../../../bench/loaded-stores.ts';
import { loadTeamCorpus } from '../../../bench/team-corpus.ts';
import { useCluster } from '../../../helpers/pg-suite.ts';
import { tempDir } from '../helpers.ts';

// The bench's fast loader (tests/bench/team-corpus.ts) puts 100,000 generated articles into a team library without the
// import's look-ups and with the search indexes built at the end: on a sample, every row it writes must be the row
// `mawjaz import` writes for the same files (the API's import path, the cleaning pool included), in the team library
// and in the local workspace loaded beside it.

const NOW = new Date(Date.UTC(2025, 3, 10));
const SAMPLE = 120;

/** Every row a local import writes, table by table, and the workspace's schema (the index built after the load included). */
function localRows(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    const q = (sql: string): unknown[] => db.prepare(sql).all();
    return {
      articles: q('SELECT * FROM articles ORDER BY seq'),
      minhash: q('SELECT * FROM minhash ORDER BY article_id'),
      bands: q('SELECT * FROM lsh_bands ORDER BY band, bucket, article_id'),
      near: q('SELECT * FROM near_duplicates ORDER BY article_id'),
      schema: q('SELECT type, name, sql FROM sqlite_master ORDER BY name'),
      version: [db.pragma('user_version', { simple: true })],
    };
  } finally {
    db.close();
  }
}

/** Every row the import writes, table by table, in a stable order and as text (tsvectors and jsonb included). */
async function rows(url: string): Promise<Record<string, unknown[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const q = async (sql: string): Promise<unknown[]> => (await client.query(sql)).rows;
    return {
      articles: await q('SELECT * FROM articles ORDER BY seq'),
      index: await q('SELECT article_id, doc::text, length, counts::text, heads::text FROM article_index ORDER BY article_id'),
      minhash: await q('SELECT * FROM minhash ORDER BY article_id'),
      bands: await q('SELECT * FROM lsh_bands ORDER BY band, bucket, article_id'),
      near: await q('SELECT * FROM near_duplicates ORDER BY article_id'),
    };
  } finally {
    await client.end();
  }
}

describe("the bench's fast loader", () => {
  const cluster = useCluster();

  it('writes, chunk after chunk, exactly the rows the import writes for the same files', async () => {
    const folder = path.join(tempDir(), 'articles');
    fs.mkdirSync(folder);
    const texts = generate(SAMPLE);
    const fileOf = (i: number): string => path.join(folder, `article-${String(i).padStart(6, '0')}.txt`);
    texts.forEach((text, i) => fs.writeFileSync(fileOf(i), text));

    const imported = await cluster().createDatabase('imported');
    const library = await openTeamLibrary(imported, { now: () => NOW });
    const work = createInProcessWork();
    const report = await importPaths(library, [folder], { now: NOW, prepare: (slots, at) => work.prepareImport(slots, at) });
    await library.close();
    expect(report.totals.imported).toBe(SAMPLE);

    const importedLocal = path.join(tempDir(), 'imported.mawjaz');
    const workspace = openWorkspace(importedLocal, { now: () => NOW });
    expect((await importPaths(workspace, [folder], { now: NOW, prepare: (slots, at) => work.prepareImport(slots, at) })).totals.imported).toBe(SAMPLE);
    const wantSearch = await workspace.search('الحشد الشعبي', { limit: 50 });
    await workspace.close();

    const loaded = await cluster().createDatabase('loaded');
    const loadedLocal = path.join(tempDir(), 'loaded.mawjaz');
    const chunks: number[] = [];
    expect(await loadTeamCorpus(loaded, texts, { fileOf, now: NOW, chunk: 50, local: loadedLocal, onChunk: (done) => chunks.push(done) })).toBe(SAMPLE);
    expect(chunks).toEqual([50, 100, SAMPLE]);

    const [want, got] = [await rows(imported), await rows(loaded)];
    expect(got.articles).toHaveLength(SAMPLE);
    expect(got.index).toHaveLength(SAMPLE);
    expect(got).toEqual(want);
    // The indexes and the key dropped for the load are there again, as the schema made them.
    const client = new pg.Client({ connectionString: loaded });
    await client.connect();
    const indexes = (
      await client.query<{ indexname: string; indexdef: string }>("SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('article_index', 'lsh_bands') ORDER BY 1")
    ).rows;
    await client.end();
    expect(indexes.map((i) => i.indexname)).toEqual(['article_index_doc', 'article_index_heads', 'article_index_length', 'article_index_pkey', 'lsh_bands_article', 'lsh_bands_pkey']);
    expect(indexes.find((i) => i.indexname === 'lsh_bands_pkey')?.indexdef).toBe('CREATE UNIQUE INDEX lsh_bands_pkey ON public.lsh_bands USING btree (band, bucket, article_id)');

    // The local workspace loaded beside it: the rows, the schema and a search as the import left them.
    const [wantLocal, gotLocal] = [localRows(importedLocal), localRows(loadedLocal)];
    expect(gotLocal.articles).toHaveLength(SAMPLE);
    expect(gotLocal).toEqual(wantLocal);
    const reopened = openWorkspace(loadedLocal, { now: () => NOW });
    const gotSearch = await reopened.search('الحشد الشعبي', { limit: 50 });
    await reopened.close();
    expect(wantSearch.total).toBeGreaterThan(0);
    expect(gotSearch).toEqual(wantSearch);
    // Two imports and a load of both stores: minutes on two loaded shared cores, seconds on a free one.
  }, 300_000);

  it('keeps both loaded stores in its cache and restores them as they were', async () => {
    const folder = tempDir();
    const { file } = await cleanedCorpus({ count: 24, chunk: 10, now: NOW, fileOf: (i) => `/corpus/article-${String(i).padStart(6, '0')}.txt` }, undefined, folder);
    const made = { url: await cluster().createDatabase('kept_first'), local: path.join(tempDir(), 'first.mawjaz') };
    const first = await loadedStores({ corpus: file, now: NOW }, made, folder);
    expect(first.loaded?.times.articles).toBe(24);
    const again = { url: await cluster().createDatabase('kept_again'), local: path.join(tempDir(), 'again.mawjaz') };
    const second = await loadedStores({ corpus: file, now: NOW }, again, folder);
    expect(second).toEqual({ dump: first.dump });
    expect(await rows(again.url)).toEqual(await rows(made.url));
    expect(localRows(again.local)).toEqual(localRows(made.local));
    const indexes = async (url: string): Promise<unknown[]> => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const found = (await client.query('SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = $1 ORDER BY indexname', ['public'])).rows;
      await client.end();
      return found;
    };
    expect(await indexes(again.url)).toEqual(await indexes(made.url));
    // Only whole files are left: the corpus, the dump and the workspace.
    expect(fs.readdirSync(folder).map((f) => path.extname(f)).sort()).toEqual(['.gz', '.mawjaz', '.pgdump']);
  }, 300_000);

  it('refuses a library or a workspace that already holds articles', async () => {
    const url = await cluster().createDatabase('not_empty');
    const texts = generate(3);
    const fileOf = (i: number): string => `/bench/article-${String(i)}.txt`;
    await loadTeamCorpus(url, texts.slice(0, 1), { fileOf, now: NOW });
    await expect(loadTeamCorpus(url, texts.slice(1), { fileOf, now: NOW })).rejects.toThrow(/empty team library only/);
    const local = path.join(tempDir(), 'full.mawjaz');
    await loadTeamCorpus(await cluster().createDatabase('local_full_1'), texts.slice(0, 1), { fileOf, now: NOW, local });
    await expect(loadTeamCorpus(await cluster().createDatabase('local_full_2'), texts.slice(1), { fileOf, now: NOW, local })).rejects.toThrow(/empty workspace only/);
  });
});
