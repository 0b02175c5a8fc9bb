import type { IndexText } from '../search-text.ts';
import type { Connection } from './connection.ts';

/**
 * Writes (or rewrites) an article's search document from the same index text the local store indexes (search-text.ts:
 * the project's normaliser has already folded hamza, alef, ta marbuta, diacritics, and clitic-stripped forms are
 * there): 'simple' lexemes keep those keys as they are, weighted title A, body B, forms C; the 'arabic'
 * configuration's stems of title and body are added at D, so PostgreSQL's stemmer finds what the keys alone miss.
 */
export async function writeSearchDocument(conn: Connection, articleId: string, index: IndexText): Promise<void> {
  await conn.run(
    `INSERT INTO article_index (article_id, doc) VALUES ($1,
       setweight(to_tsvector('simple', $2), 'A') || setweight(to_tsvector('simple', $3), 'B') ||
       setweight(to_tsvector('simple', $4), 'C') || setweight(to_tsvector('arabic', $2 || ' ' || $3), 'D'))
     ON CONFLICT (article_id) DO UPDATE SET doc = excluded.doc`,
    [articleId, index.title, index.body, index.bodyForms],
  );
}
