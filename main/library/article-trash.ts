import type Database from 'better-sqlite3';
import { z } from 'zod';
import { deleteArticle, getArticle, getImportedArticle } from './articles.ts';
import { writeIndexRow } from './search.ts';
import { indexText } from './search-text.ts';
import { statement } from './statement-cache.ts';

/** A deleted article can be brought back for this long; the next deletion after that removes it for good. */
const KEEP_DELETED_MS = 24 * 60 * 60 * 1000;

/**
 * The tables that hold an article's rows besides its search entry, with the column naming it. The search entry is
 * not kept: it is written again from the restored title and text.
 */
const TABLES = [
  ['articles', 'id'],
  ['metadata_corrections', 'article_id'],
  ['line_corrections', 'article_id'],
  ['article_topics', 'article_id'],
  ['minhash', 'article_id'],
  ['lsh_bands', 'article_id'],
  ['near_duplicates', 'article_id'],
] as const;

type TableName = (typeof TABLES)[number][0];
// A BLOB (the MinHash signature and shingles) kept as base64 inside the JSON snapshot.
const Cell = z.union([z.string(), z.number(), z.null(), z.object({ blob: z.string() })]);
const Snapshot = z.record(z.string(), z.array(z.record(z.string(), Cell)));

function toCell(value: unknown): z.infer<typeof Cell> {
  if (Buffer.isBuffer(value)) return { blob: value.toString('base64') };
  if (typeof value === 'bigint') return Number(value);
  return value as z.infer<typeof Cell>;
}

function fromCell(cell: z.infer<typeof Cell>): unknown {
  return cell !== null && typeof cell === 'object' ? Buffer.from(cell.blob, 'base64') : cell;
}

/**
 * Deletes an article so that `restoreArticle` can bring it back whole (for a day): its record, the analyst's
 * metadata and line corrections, its topics and its duplicate links are kept as a snapshot, then removed with the
 * article in one transaction. Briefs are not touched: a brief that cites the article keeps its quotes.
 */
export function trashArticle(db: Database.Database, id: string, now: Date): boolean {
  return db.transaction(() => {
    statement(db, 'DELETE FROM article_trash WHERE deleted_at < ?').run(new Date(now.getTime() - KEEP_DELETED_MS).toISOString());
    const snapshot: Record<string, Record<string, z.infer<typeof Cell>>[]> = {};
    for (const [table, column] of TABLES) {
      // The row number is left out: the article takes a new one (and a new search row) when it comes back.
      // Links both ways: this article repeats another, or others repeat it.
      const where = table === 'near_duplicates' ? 'article_id = ? OR duplicate_of = ?' : `${column} = ?`;
      const rows = statement(db, `SELECT * FROM ${table} WHERE ${where}`).all(...(table === 'near_duplicates' ? [id, id] : [id])) as Record<string, unknown>[];
      snapshot[table] = rows.map((row) => Object.fromEntries(Object.entries(row).filter(([k]) => !(table === 'articles' && k === 'seq')).map(([k, v]) => [k, toCell(v)])));
    }
    if (!deleteArticle(db, id)) return false;
    statement(db, 'INSERT OR REPLACE INTO article_trash (article_id, snapshot, deleted_at) VALUES (?, ?, ?)').run(id, JSON.stringify(snapshot), now.toISOString());
    return true;
  })();
}

/**
 * Brings back a deleted article as it was, in one transaction: record, corrections, topics, duplicate links (those
 * to an article since deleted are dropped) and its search entry. False when it is not in the trash or an article of
 * the same id is in the library again (a re-import brought it back).
 */
export function restoreArticle(db: Database.Database, id: string): boolean {
  return db.transaction(() => {
    const json = statement(db, 'SELECT snapshot FROM article_trash WHERE article_id = ?').pluck().get(id) as string | undefined;
    if (json === undefined) return false;
    statement(db, 'DELETE FROM article_trash WHERE article_id = ?').run(id);
    const snapshot = Snapshot.parse(JSON.parse(json));
    const record = snapshot['articles']?.[0];
    if (record === undefined) return false;
    if (statement(db, 'SELECT 1 FROM articles WHERE id = ? OR content_hash = ?').pluck().get(id, record['content_hash'] ?? null) !== undefined) return false;
    const exists = (table: string, key: unknown): boolean => statement(db, `SELECT 1 FROM ${table} WHERE id = ?`).pluck().get(key) !== undefined;
    for (const [table] of TABLES) {
      const known = new Set((db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name));
      for (const row of snapshot[table as TableName] ?? []) {
        // A link to an article or a topic deleted since is dropped; one the other article has made since is kept.
        if (table === 'near_duplicates' && !(exists('articles', row['duplicate_of']) && exists('articles', row['article_id']))) continue;
        if (table === 'article_topics' && !exists('topics', row['topic_id'])) continue;
        const columns = Object.keys(row).filter((c) => known.has(c));
        const sql = `INSERT OR IGNORE INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
        db.prepare(sql).run(...columns.map((c) => fromCell(row[c] ?? null)));
      }
    }
    // Indexed as the analyst has it (corrected title, story lines as chosen), as corrections re-index it.
    const restored = getImportedArticle(db, id);
    const article = getArticle(db, id);
    if (restored === null || article === null) return false;
    writeIndexRow(db, restored.seq, indexText(article.title, article.body));
    return true;
  })();
}
