import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../../main/library/open-workspace.ts';
import { pgMigrations } from '../../../../main/library/postgres/migrations.ts';
import { openTeamLibrary } from '../../../../main/library/postgres/open-team-library.ts';
import { Connection } from '../../../../main/library/postgres/connection.ts';
import { matchQuery, runQueryPg } from '../../../../main/library/postgres/search.ts';
import { parseQuery } from '../../../../main/library/search-query.ts';
import { prepareArticle } from '../../../../main/library/prepare-article.ts';
import { useCluster } from '../../../helpers/pg-suite.ts';
import { tempDir } from '../helpers.ts';
import { formatArticles, seedArticles } from './corpus.ts';

// The team library ranks by BM25 computed in SQL as FTS5 computes it in the local store (bm25.ts).

const NOW = new Date(Date.UTC(2025, 3, 10, 12));
const QUERIES = ['اليوم', 'العام', 'وزير الخارجية', 'الحكومة', 'قال'];
/** Typed so far: the last word a prefix, which counts every word it starts, as FTS5 counts a prefix phrase. */
const TYPED = ['الحكو', 'وزير الخا', 'قا', 'الع'];

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
    for (const [q, prefix] of [...QUERIES.map((q) => [q, false] as const), ...TYPED.map((q) => [q, true] as const)]) {
      const [l, p] = [await local.search(q, { limit: 20, prefix }), await lib.search(q, { limit: 20, prefix })];
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

  it('past its bound, ranks the hits where a query word is heavy, counts every hit, and keeps most of the exact top', async () => {
    const url = await cluster().createDatabase('bounded');
    const lib = await openTeamLibrary(url, { now: () => NOW });
    await lib.addArticles?.([...(await seedArticles()), ...(await formatArticles()).slice(0, 120)].map((a) => prepareArticle(a)), NOW);
    await lib.close();
    const conn = new Connection(url, 'test');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const figures: string[] = [];
      // Whole words, then words typed so far, whose prefix starts many words of an article: «الم» kept 40 % of the
      // exact top when the heaviest single word chose the candidates, 100 % now that all the words it starts count.
      for (const [q, prefix] of [...['في', 'من', 'قال', 'اليوم'].map((q) => [q, false] as const), ...['الم', 'الت'].map((q) => [q, true] as const)]) {
        const parsed = parseQuery(q, { prefix });
        const query = matchQuery(parsed);
        if (query === null) throw new Error(q);
        const exact = await runQueryPg(conn, query, parsed, { limit: 10 }, 10_000);
        const bounded = await runQueryPg(conn, query, parsed, { limit: 10 }, 30);
        // The bound ranks fewer than the hits, and the count is still every hit.
        expect(exact.total, q).toBeGreaterThan(30);
        expect(bounded.total, q).toBe(exact.total);
        expect(bounded.hits).toHaveLength(10);
        // Each hit ranked is scored as the exact ranking scores it: only which hits are ranked differs.
        const exactScore = new Map(exact.hits.map((h) => [h.article.id, h.score]));
        for (const h of bounded.hits) if (exactScore.has(h.article.id)) expect(h.score, q).toBeCloseTo(exactScore.get(h.article.id) ?? 0, 9);
        // The heavy hits come first: every article on the page whose heads hold the word was a candidate.
        const heavy = (await client.query<{ id: string }>(`SELECT article_id AS id FROM article_index WHERE heads @@ to_tsquery('simple', quote_literal($1) || $2)`, [parsed.terms[0], prefix ? ':*' : ''])).rows.map((r) => r.id);
        const page = new Set(bounded.hits.map((h) => h.article.id));
        const exactHeavyOnTop = exact.hits.filter((h) => heavy.includes(h.article.id)).map((h) => h.article.id);
        if (heavy.length <= 30) for (const id of exactHeavyOnTop) expect(page.has(id), `${q}: ${id}`).toBe(true);
        const overlap = exact.hits.filter((h) => page.has(h.article.id)).length / exact.hits.length;
        figures.push(`${q} ${String(Math.round(overlap * 100))}% (${String(heavy.length)} heavy of ${String(exact.total)})`);
        expect(overlap, q).toBeGreaterThanOrEqual(0.9);
      }
      console.info(`top-10 overlap, 30 ranked against all: ${figures.join('; ')}`);
    } finally {
      await client.end();
      await conn.close();
    }
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
