import type Database from 'better-sqlite3';
import { ARTICLE_COLUMNS, NEAR_JOIN, toSummary, type ArticleRow } from './article-row.ts';
import { BODY_WEIGHT, FORMS_WEIGHT, TITLE_WEIGHT } from './rank-weights.ts';
import { matchExpression, parseQuery, type ParsedQuery } from './search-query.ts';
import type { IndexText } from './search-text.ts';
import { matchRanges, searchSnippet, type Snippet, type TextRange } from './snippet.ts';
import { statement } from './statement-cache.ts';
import type { ArticleSummary } from './stored-article.ts';

export interface SearchOptions {
  limit?: number;
  offset?: number;
  /** Match the last term as a prefix: for search-as-you-type. */
  prefix?: boolean;
  /** Only articles of this topic. */
  topic?: number;
  /** Only articles not in this topic (topic suggestions). */
  notInTopic?: number;
  /** Snippet length in characters. */
  snippetChars?: number;
}

export interface SearchHit {
  article: ArticleSummary;
  /** Relevance: higher is better (negated BM25). */
  score: number;
  /** Matched words in the (corrected) title, as offsets into it. */
  titleHighlights: TextRange[];
  /** A piece of the original body around the matches, with the matched words as offsets. */
  snippet: Snippet;
}

export interface SearchResult {
  /** The normalised terms searched for. */
  terms: string[];
  total: number;
  hits: SearchHit[];
}

// BM25 over (title, body, body_forms), with the weights both stores share. Every hit is ranked, where the team library
// ranks at most RANKED_CANDIDATES (postgres/search.ts): FTS5 scores a hit from the index it walks anyway, about 0.35 µs
// a hit (3.1 ms of an 8.6 ms search of a word in 9,000 of 10,000 articles, the bench's workspace). A cap saves that
// only if it picks its candidates without reading each hit, which FTS5 allows in rowid order alone: the newest 500
// hits keep 9 % of the bench's first pages of 50 (the newest 2,000, 31 %). The team library's rule needs each
// article's heavy words and length, which the workspace does not keep, and would still walk every hit (1.4 ms with
// 500 of them scored, against 4.5 with all).
const RANK = `bm25(article_fts, ${TITLE_WEIGHT.toFixed(1)}, ${BODY_WEIGHT.toFixed(1)}, ${String(FORMS_WEIGHT)})`;

/** Writes an article's row of the full-text index; rowid is the article's seq. */
export function writeIndexRow(db: Database.Database, seq: number, index: IndexText): void {
  statement(db, 'INSERT INTO article_fts (rowid, title, body, body_forms) VALUES (?, ?, ?, ?)').run(seq, index.title, index.body, index.bodyForms);
}

/** Replaces an article's index row (after a title correction). */
export function rewriteIndexRow(db: Database.Database, seq: number, index: IndexText): void {
  statement(db, 'DELETE FROM article_fts WHERE rowid = ?').run(seq);
  writeIndexRow(db, seq, index);
}

/**
 * The topic filters as conditions on the index's rowid (an article's seq), so the index alone can count and rank
 * the hits: no article row is read for a hit that is not on the page. The rowid is written `+rowid` so that SQLite
 * tests it against the topic's list, made once, and never hands the list to FTS5 as rowid constraints: FTS5 would
 * run the MATCH again for each of the topic's articles, and bm25 count each term's articles over the whole index
 * again each time (540 ms instead of 8 for a common word in a topic of 2,500 of 10,000 articles; same hits, same
 * scores, since an article's bm25 reads only its own row and the whole index's counts).
 */
function filters(options: SearchOptions): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const inTopic = 'SELECT a.seq FROM article_topics link JOIN articles a ON a.id = link.article_id WHERE link.topic_id = ?';
  if (options.topic !== undefined) {
    clauses.push(`AND +article_fts.rowid IN (${inTopic})`);
    params.push(options.topic);
  }
  if (options.notInTopic !== undefined) {
    clauses.push(`AND +article_fts.rowid NOT IN (${inTopic})`);
    params.push(options.notInTopic);
  }
  return { sql: clauses.join(' '), params };
}

/**
 * Runs an FTS5 MATCH expression and builds hits whose snippets and highlights are offsets into the original
 * text, found by `highlightWith` the same way the index matched. The index counts the hits and ranks them by
 * itself (rowid and BM25 only); the articles' columns and bodies are read, and snippets built, for the page alone.
 * Every indexed rowid is an article: an article and its index row are added and deleted in one transaction.
 */
export function runMatch(db: Database.Database, expression: string, highlightWith: ParsedQuery, options: SearchOptions = {}): SearchResult {
  const f = filters(options);
  const total = statement(db, `SELECT count(*) FROM article_fts WHERE article_fts MATCH ? ${f.sql}`).pluck().get(expression, ...f.params) as number;
  const rows = statement(
    db,
    `SELECT ${ARTICLE_COLUMNS}, a.body, page.rank
     FROM (SELECT article_fts.rowid AS seq, ${RANK} AS rank FROM article_fts WHERE article_fts MATCH ? ${f.sql}
           ORDER BY rank, article_fts.rowid LIMIT ? OFFSET ?) page
     JOIN article_view a ON a.seq = page.seq ${NEAR_JOIN}
     ORDER BY page.rank, page.seq`,
  ).all(expression, ...f.params, options.limit ?? 20, options.offset ?? 0) as (ArticleRow & { rank: number })[];
  const hits = rows.map((row): SearchHit => {
    const article = toSummary(row);
    const body = row.body ?? '';
    return {
      article,
      score: -row.rank,
      titleHighlights: article.title === null ? [] : matchRanges(article.title, highlightWith),
      snippet: searchSnippet(body, highlightWith, options.snippetChars),
    };
  });
  return { terms: highlightWith.terms, total, hits };
}

/**
 * Arabic-aware full-text search: the query is normalised like the index, every term must match (as written
 * or as a clitic-stripped reading of an indexed word), ranked by BM25 with title hits weighing most.
 */
export function search(db: Database.Database, query: string, options: SearchOptions = {}): SearchResult {
  const parsed = parseQuery(query, { prefix: options.prefix });
  const expression = matchExpression(parsed);
  if (expression === null) return { terms: [], total: 0, hits: [] };
  return runMatch(db, expression, parsed, options);
}
