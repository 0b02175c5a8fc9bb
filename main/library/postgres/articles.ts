import { recordValues, toStored, toSummary, type ArticleRow } from '../article-row.ts';
import type { AddResult } from '../articles.ts';
import { applyLineCorrections } from '../line-corrections.ts';
import type { PreparedArticle } from '../prepare-article.ts';
import { ArticleQuery, type ArticleSummary, type StoredArticle } from '../stored-article.ts';
import { nocase, PG_ARTICLE_COLUMNS, PG_ARTICLE_FROM, PG_NEAR_JOIN } from './article-columns.ts';
import type { Connection } from './connection.ts';
import { findNearDuplicatePg, indexSignaturePg } from './near-duplicates.ts';
import { writeSearchDocument } from './search-document.ts';

const INSERT_ARTICLE = `INSERT INTO articles (id, file, title, title_basis, outlet, outlet_basis, author, author_basis,
  published, published_basis, language, language_basis, body, removed, format, encoding, url, content_hash, source_hash, imported_at)
  VALUES (${Array.from({ length: 20 }, (_, i) => `$${String(i + 1)}`).join(', ')})
  ON CONFLICT DO NOTHING RETURNING seq`;

// Imports into one library take turns (a lock held to the end of the importing transaction), as writes to a local
// workspace do: an article is compared for near-duplicates with every article imported before it, including those of
// a colleague's batch that committed a moment earlier, and two batches never deadlock on each other's rows.
export const IMPORT_LOCK = 0x6d776a31;

const EXISTING = 'SELECT id FROM articles WHERE content_hash = $1 OR id = $2 OR source_hash = $3 ORDER BY seq LIMIT 1';

/**
 * Stores a prepared article unless the library holds its text already, as the local store does (articles.ts). Two
 * analysts importing the same article at once store it once: imports take turns, and the id and the text's hash are
 * unique keys besides (the insert gives way on a conflict and reports a duplicate), should anything write articles
 * without taking the turn.
 * Call inside a transaction.
 */
export async function addArticlePg(conn: Connection, a: PreparedArticle, importedAt: string): Promise<AddResult> {
  const keys = [a.contentHash, a.record.id, a.sourceHash];
  await conn.run('SELECT pg_advisory_xact_lock($1)', [IMPORT_LOCK]);
  const existing = await conn.row<{ id: string }>(EXISTING, keys);
  if (existing !== null) return { status: 'duplicate', id: existing.id, duplicateOf: existing.id };
  const near = await findNearDuplicatePg(conn, a.shingles, a.signature);
  const inserted = await conn.row<{ seq: number }>(INSERT_ARTICLE, [...recordValues(a.record), a.contentHash, a.sourceHash, importedAt]);
  if (inserted === null) {
    const winner = await conn.row<{ id: string }>(EXISTING, keys);
    const id = winner?.id ?? a.record.id;
    return { status: 'duplicate', id, duplicateOf: id };
  }
  await indexSignaturePg(conn, a.record.id, a.shingles, a.signature);
  await writeSearchDocument(conn, a.record.id, a.index);
  if (near === null) return { status: 'imported', id: a.record.id };
  await conn.run('INSERT INTO near_duplicates (article_id, duplicate_of, similarity) VALUES ($1, $2, $3)', [a.record.id, near.of, near.similarity]);
  return { status: 'near-duplicate', id: a.record.id, duplicateOf: near.of, similarity: near.similarity };
}

/** An article as imported (metadata corrections applied, line corrections not), with its line corrections. */
export async function getImportedArticlePg(conn: Connection, id: string): Promise<{ article: StoredArticle; json: string | null } | null> {
  const row = await conn.row<ArticleRow & { line_json: string | null }>(
    `SELECT ${PG_ARTICLE_COLUMNS}, a.body, a.removed, (SELECT lc.lines FROM line_corrections lc WHERE lc.article_id = a.id) AS line_json
     FROM ${PG_ARTICLE_FROM} WHERE a.id = $1`,
    [id],
  );
  return row ? { article: toStored(row), json: row.line_json } : null;
}

export async function getArticlePg(conn: Connection, id: string): Promise<StoredArticle | null> {
  const found = await getImportedArticlePg(conn, id);
  return found === null ? null : applyLineCorrections(found.article, found.json);
}

// The local store's spans and orders (articles.ts), in PostgreSQL: text compared by code point, and null the
// smallest value as in SQLite (PostgreSQL's default is the largest).
const SPAN_START = `CASE length(a.eff_published) WHEN 4 THEN a.eff_published || '-01-01' WHEN 7 THEN a.eff_published || '-01' ELSE a.eff_published END`;
const SPAN_END = `CASE length(a.eff_published) WHEN 4 THEN a.eff_published || '-12-31' WHEN 7 THEN a.eff_published || '-31' ELSE a.eff_published END`;

const ORDER: Record<NonNullable<ArticleQuery['sort']>, string> = {
  'published-desc': `a.eff_published IS NULL OR a.eff_published LIKE '--%', ${SPAN_START} COLLATE "C" DESC NULLS LAST, a.seq DESC`,
  'published-asc': `a.eff_published IS NULL OR a.eff_published LIKE '--%', ${SPAN_START} COLLATE "C" ASC NULLS FIRST, a.seq ASC`,
  'imported-desc': 'a.imported_at COLLATE "C" DESC, a.seq DESC',
  'imported-asc': 'a.imported_at COLLATE "C" ASC, a.seq ASC',
  title: `a.eff_title IS NULL, ${nocase('a.eff_title')}, a.seq`,
};

function where(q: ArticleQuery): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const p = (value: unknown): string => {
    params.push(value);
    return `$${String(params.length)}`;
  };
  if (q.topic !== undefined) clauses.push(`a.id IN (SELECT article_id FROM article_topics WHERE topic_id = ${p(q.topic)})`);
  if (q.outlet !== undefined) clauses.push(`a.eff_outlet = ${p(q.outlet)}`);
  if (q.from !== undefined || q.to !== undefined) clauses.push(`a.eff_published IS NOT NULL AND a.eff_published NOT LIKE '--%'`);
  if (q.from !== undefined) clauses.push(`${SPAN_END} COLLATE "C" >= ${p(q.from)}`);
  if (q.to !== undefined) clauses.push(`${SPAN_START} COLLATE "C" <= ${p(q.to)}`);
  return { sql: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** Lists articles (without their text), filtered and sorted as the local store lists them. */
export async function listArticlesPg(conn: Connection, query: ArticleQuery = {}): Promise<ArticleSummary[]> {
  const q = ArticleQuery.parse(query);
  const w = where(q);
  const order = ORDER[q.sort ?? 'imported-desc'];
  const n = w.params.length;
  const rows = await conn.rows<ArticleRow>(
    `SELECT ${PG_ARTICLE_COLUMNS}
     FROM (SELECT a.seq FROM article_view a ${w.sql} ORDER BY ${order} LIMIT $${String(n + 1)} OFFSET $${String(n + 2)}) page
     JOIN article_view a ON a.seq = page.seq ${PG_NEAR_JOIN}
     ORDER BY ${order}`,
    [...w.params, q.limit ?? null, q.offset ?? 0],
  );
  return rows.map(toSummary);
}

export async function countArticlesPg(conn: Connection, query: ArticleQuery = {}): Promise<number> {
  const w = where(ArticleQuery.parse(query));
  return (await conn.row<{ n: number }>(`SELECT count(*)::int AS n FROM article_view a ${w.sql}`, w.params))?.n ?? 0;
}

export async function listOutletsPg(conn: Connection): Promise<string[]> {
  const rows = await conn.rows<{ o: string }>('SELECT DISTINCT eff_outlet COLLATE "C" AS o FROM article_view WHERE eff_outlet IS NOT NULL ORDER BY 1');
  return rows.map((r) => r.o);
}
