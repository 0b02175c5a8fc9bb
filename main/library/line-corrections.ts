import type Database from 'better-sqlite3';
import { z } from 'zod';
import { rewriteIndexRow } from './search.ts';
import { indexText } from './search-text.ts';
import { sourceLines } from './source-lines.ts';
import { statement } from './statement-cache.ts';
import type { StoredArticle } from './stored-article.ts';
import { NotFoundError } from './workspace-error.ts';

/** The reason shown for a story line the analyst took out. */
export const ANALYST_REMOVED = 'analyst';

// line number → true (in the story) | false (out of it): only lines the analyst moved.
const Overrides = z.record(z.string().regex(/^\d+$/), z.boolean());

function overridesOf(json: string | null | undefined): Map<number, boolean> {
  if (json === null || json === undefined) return new Map();
  return new Map(Object.entries(Overrides.parse(JSON.parse(json))).map(([k, v]) => [Number(k), v]));
}

/**
 * The article as the analyst has it: lines put back join the story in their place, lines taken out join the
 * removed ones (reason «analyst»). Adds the line number of each story paragraph and the moved lines. Pure.
 */
export function applyLineCorrections(article: StoredArticle, json: string | null | undefined): StoredArticle {
  const overrides = overridesOf(json);
  const lines = sourceLines(article.body, article.removed);
  const story: string[] = [];
  const storyLines: number[] = [];
  const removed: StoredArticle['removed'] = [];
  for (const l of lines) {
    const inStory = overrides.get(l.line) ?? l.reason === null;
    if (inStory) {
      story.push(l.text);
      storyLines.push(l.line);
    } else {
      removed.push({ line: l.line, text: l.text, reason: l.reason ?? ANALYST_REMOVED });
    }
  }
  const moved = lines.filter((l) => overrides.has(l.line) && overrides.get(l.line) !== (l.reason === null)).map((l) => l.line);
  return { ...article, body: story.join('\n\n'), removed, storyLines, movedLines: moved };
}

/**
 * Puts a removed line back into the story (`inStory` true) or takes a story line out of it (false). Like the
 * metadata corrections, the choice lives in its own table keyed by the article, so a re-import (which never
 * rewrites a stored article) keeps it; moving a line back to where the cleaner had it drops the choice.
 * The search index follows the corrected text.
 */
export function setLineInStory(
  db: Database.Database, id: string, line: number, inStory: boolean, now: Date, read: (id: string) => { article: StoredArticle; seq: number; json: string | null } | null,
): StoredArticle {
  return db.transaction(() => {
    const current = read(id);
    if (current === null) throw new NotFoundError(`no article with id ${id}`);
    const original = sourceLines(current.article.body, current.article.removed).find((l) => l.line === line);
    if (original === undefined) throw new NotFoundError(`article ${id} has no line ${String(line)}`);
    const overrides = overridesOf(current.json);
    if (inStory === (original.reason === null)) overrides.delete(line);
    else overrides.set(line, inStory);
    if (overrides.size === 0) statement(db, 'DELETE FROM line_corrections WHERE article_id = ?').run(id);
    else {
      statement(
        db,
        `INSERT INTO line_corrections (article_id, lines, corrected_at) VALUES (?, ?, ?)
         ON CONFLICT (article_id) DO UPDATE SET lines = excluded.lines, corrected_at = excluded.corrected_at`,
      ).run(id, JSON.stringify(Object.fromEntries([...overrides].sort((a, b) => a[0] - b[0]))), now.toISOString());
    }
    const corrected = applyLineCorrections(current.article, overrides.size === 0 ? null : JSON.stringify(Object.fromEntries(overrides)));
    rewriteIndexRow(db, current.seq, indexText(corrected.title, corrected.body));
    return corrected;
  })();
}
