import type { IndexText } from '../search-text.ts';
import type { Connection } from './connection.ts';

// The search document of one article from its index text ($2 title, $3 body, $4 forms): 'simple' lexemes keep the
// normalised keys as they are, weighted title A, body B, forms C; the 'arabic' configuration's stems of title and body
// are added at D, so PostgreSQL's stemmer finds what the keys alone miss.
const DOCUMENT = (title: string, body: string, forms: string): string =>
  `setweight(to_tsvector('simple', ${title}), 'A') || setweight(to_tsvector('simple', ${body}), 'B') ||
   setweight(to_tsvector('simple', ${forms}), 'C') || setweight(to_tsvector('arabic', ${title} || ' ' || ${body}), 'D')`;

/**
 * Writes (or rewrites) an article's search document from the same index text the local store indexes (search-text.ts:
 * the project's normaliser has already folded hamza, alef, ta marbuta, diacritics, and clitic-stripped forms are
 * there).
 */
export async function writeSearchDocument(conn: Connection, articleId: string, index: IndexText): Promise<void> {
  await writeSearchDocuments(conn, [{ id: articleId, index }]);
}

/**
 * Writes the search documents of several articles in one statement (an import batch), each with its length and
 * weighted word counts for BM25 (migrations.ts, v6) and its heavy words (v7). The documents and counts are
 * MATERIALIZED: inlined, the planner built each document once for every column that reads it (half the statement's
 * server CPU on 300 articles).
 */
export async function writeSearchDocuments(conn: Connection, docs: readonly { id: string; index: IndexText }[]): Promise<void> {
  if (docs.length === 0) return;
  await conn.run(
    `WITH d AS MATERIALIZED (SELECT u.id, ${DOCUMENT('u.t', 'u.b', 'u.f')} AS doc FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS u(id, t, b, f)),
       c AS MATERIALIZED (SELECT d.id, search_counts(d.doc) AS counts FROM d)
     INSERT INTO article_index (article_id, doc, length, counts, heads)
     SELECT d.id, d.doc, search_length(d.doc), c.counts, search_heads(c.counts) FROM d JOIN c USING (id)
     ON CONFLICT (article_id) DO UPDATE SET doc = excluded.doc, length = excluded.length, counts = excluded.counts, heads = excluded.heads`,
    [docs.map((d) => d.id), docs.map((d) => d.index.title), docs.map((d) => d.index.body), docs.map((d) => d.index.bodyForms)],
  );
}
