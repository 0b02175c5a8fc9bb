import type Database from 'better-sqlite3';
import { z } from 'zod';
import { getArticle } from './articles.ts';
import { rewriteIndexRow } from './search.ts';
import { indexText } from './search-text.ts';
import { statement } from './statement-cache.ts';
import { CorrectableField, MetadataCorrection, type StoredArticle } from './stored-article.ts';
import { NotFoundError } from './workspace-error.ts';

const StoredCorrection = z.record(z.string(), z.unknown());

/**
 * Records an analyst's metadata correction for an article. Corrections live in their own table, so
 * re-importing the article (which never rewrites the stored record) cannot lose them; later corrections
 * of the same article add to earlier ones. The title is re-indexed so search sees the corrected title.
 */
export function correctMetadata(db: Database.Database, id: string, correction: MetadataCorrection, now: Date): StoredArticle {
  const patch = MetadataCorrection.parse(correction);
  return db.transaction(() => {
    const seq = statement(db, 'SELECT seq FROM articles WHERE id = ?').pluck().get(id) as number | undefined;
    if (seq === undefined) throw new NotFoundError(`no article with id ${id}`);
    const current = statement(db, 'SELECT fields FROM metadata_corrections WHERE article_id = ?').pluck().get(id) as string | undefined;
    const merged = { ...(current === undefined ? {} : StoredCorrection.parse(JSON.parse(current))), ...definedOnly(patch) };
    writeCorrection(db, id, merged, now);
    return reindexed(db, id, seq);
  })();
}

/** Drops the analyst's corrections of the given fields (all of them by default): the imported values return. */
export function revertMetadata(db: Database.Database, id: string, now: Date, fields: readonly CorrectableField[] = CorrectableField.options): StoredArticle {
  return db.transaction(() => {
    const seq = statement(db, 'SELECT seq FROM articles WHERE id = ?').pluck().get(id) as number | undefined;
    if (seq === undefined) throw new NotFoundError(`no article with id ${id}`);
    const current = statement(db, 'SELECT fields FROM metadata_corrections WHERE article_id = ?').pluck().get(id) as string | undefined;
    if (current !== undefined) {
      const kept = Object.fromEntries(Object.entries(StoredCorrection.parse(JSON.parse(current))).filter(([k]) => !fields.includes(k as CorrectableField)));
      writeCorrection(db, id, kept, now);
    }
    return reindexed(db, id, seq);
  })();
}

function definedOnly(patch: MetadataCorrection): Record<string, unknown> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
}

function writeCorrection(db: Database.Database, id: string, fields: Record<string, unknown>, now: Date): void {
  if (Object.keys(fields).length === 0) {
    statement(db, 'DELETE FROM metadata_corrections WHERE article_id = ?').run(id);
    return;
  }
  statement(
    db,
    `INSERT INTO metadata_corrections (article_id, fields, corrected_at) VALUES (?, ?, ?)
     ON CONFLICT (article_id) DO UPDATE SET fields = excluded.fields, corrected_at = excluded.corrected_at`,
  ).run(id, JSON.stringify(fields), now.toISOString());
}

function reindexed(db: Database.Database, id: string, seq: number): StoredArticle {
  const article = getArticle(db, id);
  if (article === null) throw new NotFoundError(`no article with id ${id}`);
  rewriteIndexRow(db, seq, indexText(article.title, article.body));
  return article;
}
