/**
 * BM25 as SQLite's FTS5 computes it (its bm25() function, k1 = 1.2, b = 0.75; https://sqlite.org/fts5.html#the_bm25_function),
 * so the team library ranks as the local store does: for each query term, IDF = ln((N − n + 0.5) / (n + 0.5)) (1e-6
 * when not above zero) times f·(k1 + 1) / (f + k1·(1 − b + b·|D| / avgdl)), where f is the term's weighted count in the
 * article (title 5, body 1, clitic-stripped forms 0.4, as the local store weighs its columns) and |D| the article's
 * length in tokens. The counts and lengths are kept beside each search document (migrations.ts, v6); the GIN index
 * still decides which articles match, and counts n for each term.
 */
import { BODY_WEIGHT, FORMS_WEIGHT, TITLE_WEIGHT } from '../rank-weights.ts';

const K1 = 1.2;
const B = 0.75;
// The stores' column weights (rank-weights.ts), here the weights of a search document's positions A, B and C
// (search-document.ts); D, the 'arabic' stems, match but do not rank.
// The stored counts are the weights times 5 (whole numbers): see migrations.ts, v6.
const COUNT_SCALE = 5;
// ts_rank_cd's weights of D, C, B and A: each position's weight over the title's.
const RANK_CD_WEIGHTS = `{0, ${String(FORMS_WEIGHT / TITLE_WEIGHT)}, ${String(BODY_WEIGHT / TITLE_WEIGHT)}, 1}`;

/** The library's size and average length, read from the length index alone. */
export const BM25_STATS = `SELECT count(*)::float8 AS n, coalesce(avg(length), 1)::float8 AS avgdl FROM article_index`;

/**
 * Each query term (`keys`, `prefixes`: SQL arrays of the terms and whether each is a prefix) with its IDF, from the
 * number of articles whose document holds it (the GIN index answers). Reads `stats` (BM25_STATS).
 */
export function bm25Terms(keys: string, prefixes: string): string {
  return `SELECT t.key, t.prefix, greatest(ln((s.n - h.hits + 0.5) / (h.hits + 0.5)), 1e-6) AS idf
    FROM unnest(${keys}::text[], ${prefixes}::boolean[]) AS t(key, prefix), stats s,
    LATERAL (SELECT count(*)::float8 AS hits FROM article_index x
             WHERE x.doc @@ to_tsquery('simple', quote_literal(t.key) || CASE WHEN t.prefix THEN ':*' ELSE '' END)) h`;
}

// A term's weighted count in the document `i`: a key's own. A prefix (the word being typed) stands for every key it
// starts, as an FTS5 prefix phrase counts every token it starts; summing their counts would mean reading all of the
// document's keys, but ts_rank_cd of a one-word query is the sum of its matched positions' weights (each position its
// own cover), so with the weights over the title's (RANK_CD_WEIGHTS) it is that sum over the title's weight exactly,
// read in the server from the document. (ts_rank, used before, weighs the n-th position by 1/n² and saturates at a few uses:
// the bounded typed-so-far ranking chose its candidates by a count the score did not follow.)
const COUNT = `CASE WHEN t.prefix
  THEN ts_rank_cd('${RANK_CD_WEIGHTS}', i.doc, to_tsquery('simple', quote_literal(t.key) || ':*'), 0) * ${String(TITLE_WEIGHT)}
  ELSE coalesce((i.counts ->> lower(t.key))::float8, 0) / ${String(COUNT_SCALE)} END`;

/**
 * Each candidate document's score (reads the CTEs `candidates`, with the documents' id, doc, length and counts as `i`,
 * `terms`, from bm25Terms, and `stats`): one pass over the candidates and terms, summed per document.
 */
export const BM25_SCORES = `SELECT i.article_id, sum(t.idf * f.f * ${String(K1 + 1)} / (f.f + ${String(K1)} * (${String(1 - B)} + ${String(B)} * i.length / s.avgdl))) AS rank
   FROM candidates i CROSS JOIN terms t CROSS JOIN stats s CROSS JOIN LATERAL (SELECT ${COUNT} AS f) f
   GROUP BY i.article_id`;

/**
 * The tsquery of any query term among a document's heavy words (migrations.ts, v7: `heads`) of the given weights
 * (A heaviest; '' any), from the same SQL arrays of keys and prefixes as bm25Terms.
 */
export function heavyQuery(keys: string, prefixes: string, weights: '' | 'A' | 'AB' = ''): string {
  return `(SELECT to_tsquery('simple', string_agg(quote_literal(t.key) || CASE WHEN t.prefix THEN ':*' ELSE ':' END || '${weights}', ' | '))
    FROM unnest(${keys}::text[], ${prefixes}::boolean[]) AS t(key, prefix))`;
}
