/**
 * BM25 as SQLite's FTS5 computes it (its bm25() function, k1 = 1.2, b = 0.75; https://sqlite.org/fts5.html#the_bm25_function),
 * so the team library ranks as the local store does: for each query term, IDF = ln((N − n + 0.5) / (n + 0.5)) (1e-6
 * when not above zero) times f·(k1 + 1) / (f + k1·(1 − b + b·|D| / avgdl)), where f is the term's weighted count in the
 * article (title 5, body 1, clitic-stripped forms 0.4, as the local store weighs its columns) and |D| the article's
 * length in tokens. The counts and lengths are kept beside each search document (migrations.ts, v6); the GIN index
 * still decides which articles match, and counts n for each term.
 */

const K1 = 1.2;
const B = 0.75;
// The stored counts are the weights times 5 (whole numbers): see migrations.ts, v6.
const COUNT_SCALE = 5;

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

// A term's weighted count in the document `i`: a key's own, or for a prefix the sum of every key it starts.
const COUNT = `CASE WHEN t.prefix
  THEN (SELECT coalesce(sum(c.value::float8), 0) FROM jsonb_each_text(i.counts) c WHERE starts_with(c.key, lower(t.key)))
  ELSE coalesce((i.counts ->> lower(t.key))::float8, 0) END / ${String(COUNT_SCALE)}`;

/** The score of the search document `i` (reads the CTEs `terms`, from bm25Terms, and `stats`, as `s`). */
export const BM25_SCORE = `(SELECT coalesce(sum(t.idf * f.f * ${String(K1 + 1)} / (f.f + ${String(K1)} * (${String(1 - B)} + ${String(B)} * i.length / s.avgdl))), 0)
   FROM terms t, LATERAL (SELECT ${COUNT} AS f) f)`;
