import type Database from 'better-sqlite3';
import { ARTICLE_COLUMNS, ARTICLE_FROM, NEAR_JOIN, recordValues, toStored, toSummary, type ArticleRow } from './article-row.ts';
import { applyLineCorrections } from './line-corrections.ts';
import { findNearDuplicate, indexSignature, linkNearDuplicate } from './near-duplicates.ts';
import type { PreparedArticle } from './prepare-article.ts';
import { writeIndexRow } from './search.ts';
import { statement } from './statement-cache.ts';
import { ArticleQuery, type ArticleSummary, type StoredArticle } from './stored-article.ts';

export type AddStatus = 'imported' | 'duplicate' | 'near-duplicate';

export interface AddResult {
  status: AddStatus;
  /** The stored article's id; for a duplicate, the id of the article already there. */
  id: string;
  /** For a duplicate or near-duplicate: the article it repeats. */
  duplicateOf?: string;
  /** For a near-duplicate: the shingle Jaccard similarity with that article. */
  similarity?: number;
}

const INSERT_ARTICLE = `INSERT INTO articles (id, file, title, title_basis, outlet, outlet_basis, author, author_basis,
  published, published_basis, language, language_basis, body, removed, format, encoding, url, content_hash, source_hash, imported_at)
  VALUES (${Array.from({ length: 20 }, () => '?').join(', ')})`;

/**
 * Stores a prepared article unless the library already holds its text. The same text (same normalised words,
 * the same id, or the same source text as read) is not stored again and nothing of the stored copy changes, so the analyst's corrections
 * survive a re-import. A near-duplicate is stored and linked to the article it repeats, never dropped.
 * Call inside a transaction when adding several: this runs several statements.
 */
export function addArticle(db: Database.Database, a: PreparedArticle, importedAt: string): AddResult {
  const existing = statement(db, 'SELECT id FROM articles WHERE content_hash = ? OR id = ? OR source_hash = ? ORDER BY seq LIMIT 1')
    .pluck()
    .get(a.contentHash, a.record.id, a.sourceHash) as string | undefined;
  if (existing !== undefined) return { status: 'duplicate', id: existing, duplicateOf: existing };
  const near = findNearDuplicate(db, a.shingles, a.signature);
  const { lastInsertRowid } = statement(db, INSERT_ARTICLE).run(...recordValues(a.record), a.contentHash, a.sourceHash, importedAt);
  indexSignature(db, a.record.id, a.shingles, a.signature);
  writeIndexRow(db, Number(lastInsertRowid), a.index);
  if (near === null) return { status: 'imported', id: a.record.id };
  linkNearDuplicate(db, a.record.id, near);
  return { status: 'near-duplicate', id: a.record.id, duplicateOf: near.of, similarity: near.similarity };
}

/** An article as imported (metadata corrections applied, line corrections not), its row number and its line corrections. */
export function getImportedArticle(db: Database.Database, id: string): { article: StoredArticle; seq: number; json: string | null } | null {
  const row = statement(
    db,
    `SELECT ${ARTICLE_COLUMNS}, a.body, a.removed, a.seq, (SELECT lc.lines FROM line_corrections lc WHERE lc.article_id = a.id) AS line_json
     FROM ${ARTICLE_FROM} WHERE a.id = ?`,
  ).get(id) as (ArticleRow & { seq: number; line_json: string | null }) | undefined;
  return row ? { article: toStored(row), seq: row.seq, json: row.line_json } : null;
}

/** An article as the analyst has it: metadata and line corrections applied. */
export function getArticle(db: Database.Database, id: string): StoredArticle | null {
  const found = getImportedArticle(db, id);
  return found === null ? null : applyLineCorrections(found.article, found.json);
}

export function getArticles(db: Database.Database, ids: readonly string[]): StoredArticle[] {
  return ids.map((id) => getArticle(db, id)).filter((a): a is StoredArticle => a !== null);
}

// A partial date covers a span: «2025» runs from 2025-01-01 to 2025-12-31. Month ends are rounded up to 31,
// which orders correctly against real dates. Dates without a year («--04-08») match no date range.
const SPAN_START = `CASE length(a.eff_published) WHEN 4 THEN a.eff_published || '-01-01' WHEN 7 THEN a.eff_published || '-01' ELSE a.eff_published END`;
const SPAN_END = `CASE length(a.eff_published) WHEN 4 THEN a.eff_published || '-12-31' WHEN 7 THEN a.eff_published || '-31' ELSE a.eff_published END`;

const ORDER: Record<NonNullable<ArticleQuery['sort']>, string> = {
  // Undated articles go last either way.
  'published-desc': `a.eff_published IS NULL OR a.eff_published LIKE '--%', ${SPAN_START} DESC, a.seq DESC`,
  'published-asc': `a.eff_published IS NULL OR a.eff_published LIKE '--%', ${SPAN_START} ASC, a.seq ASC`,
  'imported-desc': 'a.imported_at DESC, a.seq DESC',
  'imported-asc': 'a.imported_at ASC, a.seq ASC',
  title: 'a.eff_title IS NULL, a.eff_title COLLATE NOCASE, a.seq',
};

function where(q: ArticleQuery): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (q.topic !== undefined) {
    clauses.push('a.id IN (SELECT article_id FROM article_topics WHERE topic_id = ?)');
    params.push(q.topic);
  }
  if (q.outlet !== undefined) {
    clauses.push('a.eff_outlet = ?');
    params.push(q.outlet);
  }
  if (q.from !== undefined || q.to !== undefined) clauses.push(`a.eff_published IS NOT NULL AND a.eff_published NOT LIKE '--%'`);
  if (q.from !== undefined) {
    clauses.push(`${SPAN_END} >= ?`);
    params.push(q.from);
  }
  if (q.to !== undefined) {
    clauses.push(`${SPAN_START} <= ?`);
    params.push(q.to);
  }
  return { sql: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** Lists articles (without their text), filtered and sorted; newest import first by default. */
export function listArticles(db: Database.Database, query: ArticleQuery = {}): ArticleSummary[] {
  const q = ArticleQuery.parse(query);
  const w = where(q);
  const order = ORDER[q.sort ?? 'imported-desc'];
  // The page is chosen on the sort keys alone (a sort of row numbers); the listing's columns, the near-duplicate
  // link and the topic subquery are then read for the page's rows only, not for every article sorted.
  const sql = `SELECT ${ARTICLE_COLUMNS}
    FROM (SELECT a.seq FROM article_view a ${w.sql} ORDER BY ${order} LIMIT ? OFFSET ?) page
    JOIN article_view a ON a.seq = page.seq ${NEAR_JOIN}
    ORDER BY ${order}`;
  const rows = statement(db, sql).all(...w.params, q.limit ?? -1, q.offset ?? 0) as ArticleRow[];
  return rows.map(toSummary);
}

/** How many articles listArticles would return without limit and offset. */
export function countArticles(db: Database.Database, query: ArticleQuery = {}): number {
  const w = where(ArticleQuery.parse(query));
  return statement(db, `SELECT count(*) FROM article_view a ${w.sql}`).pluck().get(...w.params) as number;
}

/** The outlets of the library's articles (corrections applied), each once, in code-point order. */
export function listOutlets(db: Database.Database): string[] {
  return statement(db, 'SELECT DISTINCT eff_outlet FROM article_view WHERE eff_outlet IS NOT NULL ORDER BY eff_outlet').pluck().all() as string[];
}

/** Removes an article with its index entries, links and topic assignments. */
export function deleteArticle(db: Database.Database, id: string): boolean {
  return db.transaction(() => {
    const seq = statement(db, 'SELECT seq FROM articles WHERE id = ?').pluck().get(id) as number | undefined;
    if (seq === undefined) return false;
    statement(db, 'DELETE FROM article_fts WHERE rowid = ?').run(seq);
    statement(db, 'DELETE FROM articles WHERE seq = ?').run(seq);
    return true;
  })();
}
