import { toSummary, type ArticleRow } from '../article-row.ts';
import { parseQuery, type ParsedQuery } from '../search-query.ts';
import type { SearchHit, SearchOptions, SearchResult } from '../search.ts';
import { matchRanges, searchSnippet } from '../snippet.ts';
import { PG_ARTICLE_COLUMNS, PG_NEAR_JOIN } from './article-columns.ts';
import { BM25_SCORES, BM25_STATS, bm25Terms, heavyQuery } from './bm25.ts';
import type { Connection } from './connection.ts';

/** A tsquery built from parameters: its SQL text and the values it takes, numbered from `first`. */
interface QuerySql {
  sql: string;
  /** The query's terms, each one parameter. */
  params: string[];
  /** For each term, whether it matches as a prefix. */
  prefixes: boolean[];
}

// One normalised term: its key as a 'simple' lexeme (as the local index holds it) or its 'arabic' stem.
const term = (n: string): string => `(plainto_tsquery('simple', ${n}) || plainto_tsquery('arabic', ${n}))`;
// The last term while the analyst types it: any indexed key that starts with it.
const prefix = (n: string): string => `to_tsquery('simple', quote_literal(${n}) || ':*')`;

// Every term must match, as any of its forms (each form one parameter: BM25 sums over them all, as FTS5's over an OR).
function allOf(terms: readonly (readonly string[])[], prefixLast: boolean, first: number): QuerySql {
  const params: string[] = [];
  const prefixes: boolean[] = [];
  const parts = terms.map((forms, i) => {
    const asPrefix = prefixLast && i === terms.length - 1;
    const each = forms.map((f) => {
      params.push(f);
      prefixes.push(asPrefix);
      return (asPrefix ? prefix : term)(`$${String(first + params.length - 1)}`);
    });
    return each.length === 1 ? (each[0] ?? '') : `(${each.join(' || ')})`;
  });
  return { sql: `(${parts.join(' && ')})`, params, prefixes };
}

/** The tsquery of a parsed query: every term must match, the last as a prefix if asked (search-query.ts's matchExpression). */
export function matchQuery(q: ParsedQuery, first = 1): QuerySql | null {
  return q.terms.length === 0 ? null : allOf(q.forms, q.prefixLast, first);
}

/** Any of several phrases, each with all its words (search-query.ts's anyOfExpression): topic suggestions. */
export function anyOfQuery(phrases: readonly string[][], first = 1): QuerySql | null {
  const groups: QuerySql[] = [];
  let at = first;
  for (const words of phrases.filter((p) => p.length > 0)) {
    const g = allOf(words.map((w) => [w]), false, at);
    groups.push(g);
    at += g.params.length;
  }
  return groups.length === 0
    ? null
    : { sql: `(${groups.map((g) => g.sql).join(' || ')})`, params: groups.flatMap((g) => g.params), prefixes: groups.flatMap((g) => g.prefixes) };
}

/**
 * How many of a query's hits are ranked by BM25 at most (or the page's end, if further): reading a hit's counts for
 * BM25 means reading its whole search document, which a word common to most of a large library would make a read of
 * every document. A query with fewer hits ranks them all, exactly as the local store does.
 */
export const RANKED_CANDIDATES = 500;

// How heavy a hit's query words are (migrations.ts, v7): the heaviest tier among them, 3 (A) to 0 (none). Enough for
// whole words (top-20 overlap with every hit ranked: 94 % at 10,000), and cheaper than HEAVY_COUNT.
const HEAVY_TIER = `CASE WHEN NOT i.heads @@ q.heavy THEN 0 WHEN i.heads @@ q.heaviest THEN 3 WHEN i.heads @@ q.heavier THEN 2 ELSE 1 END`;
// A hit's weighted count of the query's words as its heavy words tell it (each a tier at one position, A 50, B 25,
// C 15 of the counts' units), summed by ts_rank_cd over every heavy word a term matches, in the counts' units over 5
// as BM25 reads them. For a word being typed: its prefix starts many words, and the heaviest one's tier alone chose
// the candidates badly (67 % at 10,000; 99 % with this).
const HEAVY_COUNT = `ts_rank_cd('{0, 0.3, 0.5, 1}', i.heads, q.heavy, 0) * 10`;
// That count saturated and normalised by length as BM25 does (k1 1.2, b 0.75: bm25.ts), so a short hit that uses the
// words as often as a long one comes first; hits without a heavy word come after, shortest first.
const HEAVY_SATURATED = `heavy / (heavy + 1.2 * (0.25 + 0.75 * length / s.avgdl))`;

/**
 * Runs a tsquery over the search documents and builds the hits as the local store does (search.ts's runMatch): the
 * server counts the hits and ranks them by BM25 as FTS5 computes it (bm25.ts). Past RANKED_CANDIDATES hits, those
 * ranked are the hits where the query's words are heavy (title words, or used three times: `heads`, migration 7),
 * the heaviest first and the shortest first within each weight (HEAVY_TIER), or, for a word being typed, by BM25 over
 * the count their heavy words give (HEAVY_SATURATED); then the other hits shortest first: a champion list, so the
 * rest are counted from the index and the rows' small columns and never read whole. The page's rows only are read whole, and snippets and
 * highlights come from the same pure functions, so they mark the words the local store marks.
 */
export async function runQueryPg(conn: Connection, query: QuerySql, highlightWith: ParsedQuery, options: SearchOptions = {}, ranked = RANKED_CANDIDATES): Promise<SearchResult> {
  const params: unknown[] = [...query.params];
  const p = (value: unknown): string => {
    params.push(value);
    return `$${String(params.length)}`;
  };
  const inTopic = (topic: number): string => `SELECT article_id FROM article_topics WHERE topic_id = ${p(topic)}`;
  const filters = [
    options.topic === undefined ? '' : `AND i.article_id IN (${inTopic(options.topic)})`,
    options.notInTopic === undefined ? '' : `AND i.article_id NOT IN (${inTopic(options.notInTopic)})`,
  ].join(' ');
  const counted = params.length;
  const limit = options.limit ?? 20;
  const offset = options.offset ?? 0;
  const typed = query.prefixes.some((x) => x);
  const keys = p(query.params);
  const prefixes = p(query.prefixes);
  // q is MATERIALIZED so the planner cannot read the query's words: a word in most articles would otherwise lead it to
  // scan the table and test every search document, reading each whole out of TOAST (100,000 articles: 4 s), where
  // the GIN index's bitmap answers the same without reading one (0.4 s).
  const rows = await conn.rows<ArticleRow & { rank: number; total: number }>(
    `WITH q AS MATERIALIZED (SELECT ${query.sql} AS query, ${heavyQuery(keys, prefixes)} AS heavy, ${heavyQuery(keys, prefixes, 'AB')} AS heavier,
                ${heavyQuery(keys, prefixes, 'A')} AS heaviest),
     stats AS MATERIALIZED (${BM25_STATS}), terms AS MATERIALIZED (${bm25Terms(keys, prefixes)}),
     matched AS MATERIALIZED (SELECT i.article_id, i.length, ${typed ? HEAVY_COUNT : HEAVY_TIER} AS heavy
              FROM article_index i, q WHERE i.doc @@ q.query ${filters}),
     chosen AS (SELECT article_id FROM matched, stats s ORDER BY ${typed ? HEAVY_SATURATED : 'heavy'} DESC, length, article_id
                LIMIT ${p(Math.max(ranked, offset + limit))}),
     candidates AS (SELECT i.article_id, i.doc, i.length, i.counts FROM chosen JOIN article_index i USING (article_id)),
     scored AS (${BM25_SCORES}),
     page AS (SELECT m.article_id, m.rank, a.seq FROM scored m JOIN articles a ON a.id = m.article_id
              ORDER BY m.rank DESC, a.seq LIMIT ${p(limit)} OFFSET ${p(offset)})
     SELECT ${PG_ARTICLE_COLUMNS}, a.body, page.rank, (SELECT count(*)::int FROM matched) AS total
     FROM page JOIN article_view a ON a.id = page.article_id ${PG_NEAR_JOIN}
     ORDER BY page.rank DESC, page.seq`,
    params,
  );
  const total =
    rows[0]?.total ??
    (await conn.row<{ n: number }>(`WITH q AS (SELECT ${query.sql} AS query) SELECT count(*)::int AS n FROM article_index i, q WHERE i.doc @@ q.query ${filters}`, params.slice(0, counted)))?.n ??
    0;
  const hits = rows.map((row): SearchHit => {
    const article = toSummary(row);
    return {
      article,
      score: row.rank,
      titleHighlights: article.title === null ? [] : matchRanges(article.title, highlightWith),
      snippet: searchSnippet(row.body ?? '', highlightWith, options.snippetChars),
    };
  });
  return { terms: highlightWith.terms, total, hits };
}

/** Arabic search in the team library: the query normalised as the local store normalises it, every term required. */
export async function searchPg(conn: Connection, query: string, options: SearchOptions = {}): Promise<SearchResult> {
  const parsed = parseQuery(query, { prefix: options.prefix });
  const q = matchQuery(parsed);
  if (q === null) return { terms: [], total: 0, hits: [] };
  return runQueryPg(conn, q, parsed, options);
}
