import { indexText } from '../search-text.ts';
import type { Connection } from './connection.ts';
import { getArticlePg } from './articles.ts';
import { writeSearchDocument } from './search-document.ts';

/** A deleted article can be brought back for this long (as in the local store). */
const KEEP_DELETED_MS = 24 * 60 * 60 * 1000;

// The tables holding an article's rows besides its search document (written again on restore), with the condition
// naming the article: near-duplicate links both ways.
const TABLES = [
  ['articles', 'id = $1'],
  ['metadata_corrections', 'article_id = $1'],
  ['line_corrections', 'article_id = $1'],
  ['article_topics', 'article_id = $1'],
  ['minhash', 'article_id = $1'],
  ['lsh_bands', 'article_id = $1'],
  ['near_duplicates', 'article_id = $1 OR duplicate_of = $1'],
] as const;

// The articles row comes back under a new row number, as in the local store.
const ARTICLE_COLUMNS = `id, file, title, title_basis, outlet, outlet_basis, author, author_basis, published, published_basis,
  language, language_basis, body, removed, format, encoding, url, content_hash, source_hash, imported_at`;

// What a restored row may come back to: links to an article or topic deleted since are dropped.
const KEEP: Partial<Record<(typeof TABLES)[number][0], string>> = {
  near_duplicates: 'WHERE EXISTS (SELECT 1 FROM articles x WHERE x.id = r.duplicate_of) AND EXISTS (SELECT 1 FROM articles y WHERE y.id = r.article_id)',
  article_topics: 'WHERE EXISTS (SELECT 1 FROM topics t WHERE t.id = r.topic_id)',
};

/**
 * Deletes an article so that it can be brought back whole for a day (article-trash.ts): its rows in every table are
 * kept as one JSON snapshot (the server writes each row as JSON, bytea as hex), then removed, in one transaction.
 */
export async function trashArticlePg(conn: Connection, id: string, now: Date): Promise<boolean> {
  return conn.transaction(async () => {
    await conn.run('DELETE FROM article_trash WHERE deleted_at < $1', [new Date(now.getTime() - KEEP_DELETED_MS).toISOString()]);
    const snapshot: Record<string, unknown> = {};
    for (const [table, where] of TABLES) {
      snapshot[table] = (await conn.row<{ rows: unknown }>(`SELECT coalesce(json_agg(t), '[]') AS rows FROM ${table} t WHERE ${where}`, [id]))?.rows ?? [];
    }
    if ((await conn.run('DELETE FROM articles WHERE id = $1', [id])) === 0) return false;
    await conn.run(
      `INSERT INTO article_trash (article_id, snapshot, deleted_at) VALUES ($1, $2, $3)
       ON CONFLICT (article_id) DO UPDATE SET snapshot = excluded.snapshot, deleted_at = excluded.deleted_at`,
      [id, JSON.stringify(snapshot), now.toISOString()],
    );
    return true;
  });
}

/**
 * Brings a deleted article back as it was, in one transaction; false when it is not in the trash or the library
 * holds it again (a re-import brought it back).
 */
export async function restoreArticlePg(conn: Connection, id: string): Promise<boolean> {
  return conn.transaction(async () => {
    const trashed = await conn.row<{ snapshot: string }>('DELETE FROM article_trash WHERE article_id = $1 RETURNING snapshot', [id]);
    if (trashed === null) return false;
    const snapshot = JSON.parse(trashed.snapshot) as Record<string, unknown[] | undefined>;
    const record = snapshot['articles']?.[0] as { content_hash?: string } | undefined;
    if (record === undefined) return false;
    if ((await conn.row('SELECT 1 FROM articles WHERE id = $1 OR content_hash = $2', [id, record.content_hash ?? null])) !== null) return false;
    for (const [table] of TABLES) {
      const rows = JSON.stringify(snapshot[table] ?? []);
      const columns = table === 'articles' ? ARTICLE_COLUMNS : 'r.*';
      const target = table === 'articles' ? `articles (${ARTICLE_COLUMNS})` : table;
      await conn.run(`INSERT INTO ${target} SELECT ${columns} FROM json_populate_recordset(null::${table}, $1) r ${KEEP[table] ?? ''} ON CONFLICT DO NOTHING`, [rows]);
    }
    const article = await getArticlePg(conn, id);
    if (article === null) return false;
    await writeSearchDocument(conn, id, indexText(article.title, article.body));
    return true;
  });
}
