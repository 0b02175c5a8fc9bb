import { z } from 'zod';
import { applyLineCorrections } from '../line-corrections.ts';
import { indexText } from '../search-text.ts';
import { sourceLines } from '../source-lines.ts';
import { CorrectableField, MetadataCorrection, type StoredArticle } from '../stored-article.ts';
import { NotFoundError } from '../workspace-error.ts';
import { getArticlePg, getImportedArticlePg } from './articles.ts';
import type { Connection } from './connection.ts';
import { writeSearchDocument } from './search-document.ts';

/**
 * The analyst's corrections of an article in the team library, kept apart from the record as the local store keeps
 * them (corrections.ts, line-corrections.ts), so a re-import never loses them; the search document follows them.
 */

const StoredCorrection = z.record(z.string(), z.unknown());
const Overrides = z.record(z.string().regex(/^\d+$/), z.boolean());

async function reindexed(conn: Connection, id: string): Promise<StoredArticle> {
  const article = await getArticlePg(conn, id);
  if (article === null) throw new NotFoundError(`no article with id ${id}`);
  await writeSearchDocument(conn, id, indexText(article.title, article.body));
  return article;
}

async function writeCorrection(conn: Connection, id: string, fields: Record<string, unknown>, now: Date): Promise<void> {
  if (Object.keys(fields).length === 0) {
    await conn.run('DELETE FROM metadata_corrections WHERE article_id = $1', [id]);
    return;
  }
  await conn.run(
    `INSERT INTO metadata_corrections (article_id, fields, corrected_at) VALUES ($1, $2, $3)
     ON CONFLICT (article_id) DO UPDATE SET fields = excluded.fields, corrected_at = excluded.corrected_at`,
    [id, JSON.stringify(fields), now.toISOString()],
  );
}

/** The article's correction row, locked for this transaction (two analysts correcting one article add up, in turn). */
async function currentCorrection(conn: Connection, id: string): Promise<Record<string, unknown> | null> {
  if ((await conn.row('SELECT 1 FROM articles WHERE id = $1 FOR UPDATE', [id])) === null) throw new NotFoundError(`no article with id ${id}`);
  const row = await conn.row<{ fields: string }>('SELECT fields FROM metadata_corrections WHERE article_id = $1', [id]);
  return row === null ? null : StoredCorrection.parse(JSON.parse(row.fields));
}

/** Later corrections of an article add to earlier ones; a field given as null says "there is none". */
export async function correctMetadataPg(conn: Connection, id: string, correction: MetadataCorrection, now: Date): Promise<StoredArticle> {
  const patch = Object.fromEntries(Object.entries(MetadataCorrection.parse(correction)).filter(([, v]) => v !== undefined));
  return conn.transaction(async () => {
    await writeCorrection(conn, id, { ...((await currentCorrection(conn, id)) ?? {}), ...patch }, now);
    return reindexed(conn, id);
  });
}

/** Drops the corrections of the given fields (all by default): the imported values return. */
export async function revertMetadataPg(conn: Connection, id: string, now: Date, fields: readonly CorrectableField[] = CorrectableField.options): Promise<StoredArticle> {
  return conn.transaction(async () => {
    const current = await currentCorrection(conn, id);
    if (current !== null) await writeCorrection(conn, id, Object.fromEntries(Object.entries(current).filter(([k]) => !fields.includes(k as CorrectableField))), now);
    return reindexed(conn, id);
  });
}

/** Puts a removed line back into the story or takes a story line out, as line-corrections.ts does. */
export async function setLineInStoryPg(conn: Connection, id: string, line: number, inStory: boolean, now: Date): Promise<StoredArticle> {
  return conn.transaction(async () => {
    await conn.row('SELECT 1 FROM articles WHERE id = $1 FOR UPDATE', [id]);
    const current = await getImportedArticlePg(conn, id);
    if (current === null) throw new NotFoundError(`no article with id ${id}`);
    const original = sourceLines(current.article.body, current.article.removed).find((l) => l.line === line);
    if (original === undefined) throw new NotFoundError(`article ${id} has no line ${String(line)}`);
    const overrides = new Map(Object.entries(current.json === null ? {} : Overrides.parse(JSON.parse(current.json))).map(([k, v]) => [Number(k), v]));
    if (inStory === (original.reason === null)) overrides.delete(line);
    else overrides.set(line, inStory);
    const json = overrides.size === 0 ? null : JSON.stringify(Object.fromEntries([...overrides].sort((a, b) => a[0] - b[0])));
    if (json === null) await conn.run('DELETE FROM line_corrections WHERE article_id = $1', [id]);
    else {
      await conn.run(
        `INSERT INTO line_corrections (article_id, lines, corrected_at) VALUES ($1, $2, $3)
         ON CONFLICT (article_id) DO UPDATE SET lines = excluded.lines, corrected_at = excluded.corrected_at`,
        [id, json, now.toISOString()],
      );
    }
    const corrected = applyLineCorrections(current.article, json);
    await writeSearchDocument(conn, id, indexText(corrected.title, corrected.body));
    return corrected;
  });
}
