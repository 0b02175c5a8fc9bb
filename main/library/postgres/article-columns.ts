/**
 * The columns the team library's article queries select, named as the local store names them (article-row.ts), so
 * that its pure row converters (toSummary, toStored) turn them into the same summaries and articles.
 */
export const PG_ARTICLE_COLUMNS = `a.id, a.file, a.title_basis, a.outlet_basis, a.author_basis, a.published_basis,
  a.language, a.language_basis, a.format, a.encoding, a.url, a.content_hash, a.imported_at, a.corrections,
  a.eff_title, a.eff_outlet, a.eff_author, a.eff_published, n.duplicate_of, n.similarity,
  (SELECT string_agg(link.topic_id::text, ',') FROM article_topics link WHERE link.article_id = a.id) AS topic_ids`;

export const PG_NEAR_JOIN = 'LEFT JOIN near_duplicates n ON n.article_id = a.id';

export const PG_ARTICLE_FROM = `article_view a ${PG_NEAR_JOIN}`;

/**
 * SQLite's NOCASE: ASCII letters folded, nothing else, compared by code point (COLLATE "C"), so that lists come in
 * the local store's order whatever the database's own collation.
 */
export function nocase(expression: string): string {
  return `translate(${expression}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') COLLATE "C"`;
}
