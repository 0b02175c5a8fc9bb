import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../../main/library/open-workspace.ts';
import { pgMigrations } from '../../../../main/library/postgres/migrations.ts';
import { openTeamLibrary } from '../../../../main/library/postgres/open-team-library.ts';
import { prepareArticle } from '../../../../main/library/prepare-article.ts';
import { useCluster } from '../../../helpers/pg-suite.ts';
import { tempDir } from '../helpers.ts';
import { formatArticles, seedArticles } from './corpus.ts';

// The team library ranks by BM25 computed in SQL as FTS5 computes it in the local store (bm25.ts).

const NOW = new Date(Date.UTC(2025, 3, 10, 12));
const QUERIES = ['اليوم', 'العام', 'وزير الخارجية', 'الحكومة', 'قال'];

describe('BM25 in the team library', () => {
  const cluster = useCluster();

  it('scores an article as FTS5 scores it in the local store, and a library migrated from before BM25 the same', async () => {
    const corpus = [...(await seedArticles()), ...(await formatArticles()).slice(0, 120)].map((a) => prepareArticle(a));
    const local = openWorkspace(path.join(tempDir(), 'w.mawjaz'), { now: () => NOW });
    for (const a of corpus) await local.addArticle(a, NOW);
    // A library as it was before the step that adds the counts, then brought up to date: they are computed for what is there.
    const url = await cluster().createDatabase('bm25');
    const filled = await openTeamLibrary(url, { now: () => NOW });
    await filled.addArticles?.(corpus, NOW);
    await filled.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    // Back to before v6 (BM25's counts) and what came after it (v7, the heavy words read from those counts).
    await client.query('DROP INDEX article_index_heads');
    await client.query('ALTER TABLE article_index DROP COLUMN length, DROP COLUMN counts, DROP COLUMN heads');
    await client.query('DROP FUNCTION search_length, search_counts, search_heads');
    await client.query('DELETE FROM schema_migrations WHERE version >= $1', [pgMigrations.find((m) => m.sql.includes('search_counts'))?.version]);
    await client.end();
    const lib = await openTeamLibrary(url, { now: () => NOW });
    for (const q of QUERIES) {
      const [l, p] = [await local.search(q, { limit: 20 }), await lib.search(q, { limit: 20 })];
      expect(l.hits.length, q).toBeGreaterThan(2);
      const score = new Map(p.hits.map((h) => [h.article.id, h.score]));
      for (const hit of l.hits) {
        const theirs = score.get(hit.article.id);
        expect(theirs, `${q}: ${hit.article.id}`).toBeDefined();
        // The same formula on the same counts: equal but for the tokens FTS5 and PostgreSQL's parser cut apart
        // differently (a number with a point, a hyphen), which move an article's length by a token or two.
        expect(Math.abs((theirs ?? 0) - hit.score) / Math.max(hit.score, 1e-9), `${q}: ${hit.article.id}`).toBeLessThan(0.02);
      }
    }
    await lib.close();
    await local.close();
  });

  it('matches through the GIN index and reads the average length from the length index alone', async () => {
    const url = await cluster().createDatabase('plan');
    const lib = await openTeamLibrary(url, { now: () => NOW });
    await lib.addArticles?.((await formatArticles()).slice(0, 60).map((a) => prepareArticle(a)), NOW);
    await lib.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      // A small table would be scanned whole; the plan for a large one is what is checked.
      await client.query('SET enable_seqscan = off');
      await client.query('VACUUM ANALYZE article_index');
      const plan = async (sql: string): Promise<string> => (await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`)).rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(await plan(`SELECT article_id FROM article_index WHERE doc @@ to_tsquery('simple', 'اليوم')`)).toMatch(/Bitmap Index Scan on article_index_doc/);
      expect(await plan('SELECT count(*), avg(length) FROM article_index')).toMatch(/Index Only Scan using article_index_length/);
    } finally {
      await client.end();
    }
  });
});
