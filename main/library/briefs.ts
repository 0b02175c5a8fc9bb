import type Database from 'better-sqlite3';
import { z } from 'zod';
import { recordStep, type HistoryCounts, historyCounts } from './brief-history.ts';
import { briefRow, writeBriefRow } from './brief-row.ts';
import { statement } from './statement-cache.ts';

/**
 * A saved brief draft. The library stores the Brief JSON as given (the briefing module owns its schema and
 * validates it); saving is one UPSERT, so a draft is either fully the old or fully the new version.
 */
export const SavedBrief = z.object({
  id: z.string().min(1),
  title: z.string(),
  json: z.unknown(),
  updatedAt: z.string(),
});
export type SavedBrief = z.infer<typeof SavedBrief>;

export const BriefInput = SavedBrief.omit({ updatedAt: true });
export type BriefInput = z.infer<typeof BriefInput>;

/** A deleted brief can be brought back for this long; the next deletion after that removes it for good. */
const KEEP_DELETED_MS = 24 * 60 * 60 * 1000;

interface BriefRow {
  id: string;
  title: string;
  json: string;
  updated_at: string;
}

function toBrief(row: BriefRow): SavedBrief {
  return SavedBrief.parse({ id: row.id, title: row.title, json: JSON.parse(row.json), updatedAt: row.updated_at });
}

/**
 * Saves a draft; when it replaces a different version, the change back to that version becomes the draft's newest
 * undo step (and what could be redone is gone, as in every editor). Row and step are written in one transaction.
 */
export function saveBrief(db: Database.Database, brief: BriefInput, now: Date): SavedBrief & { history: HistoryCounts } {
  const b = BriefInput.parse(brief);
  const json = JSON.stringify(b.json);
  if (json === undefined) throw new Error(`brief ${b.id}: its content cannot be stored as JSON`);
  return db.transaction(() => {
    const before = briefRow(db, b.id)?.json ?? null;
    writeBriefRow(db, b.id, b.title, json, now);
    if (before !== null && before !== json) recordStep(db, b.id, JSON.parse(before), b.json);
    return { ...b, updatedAt: now.toISOString(), history: historyCounts(db, b.id) };
  })();
}

export function getBrief(db: Database.Database, id: string): SavedBrief | null {
  const row = statement(db, 'SELECT id, title, json, updated_at FROM briefs WHERE id = ? AND deleted_at IS NULL').get(id) as BriefRow | undefined;
  return row ? toBrief(row) : null;
}

/** Saved briefs without their content, most recently saved first; deleted ones are left out. */
export function listBriefs(db: Database.Database): { id: string; title: string; updatedAt: string }[] {
  return (statement(db, 'SELECT id, title, updated_at FROM briefs WHERE deleted_at IS NULL ORDER BY updated_at DESC, id').all() as Omit<BriefRow, 'json'>[]).map((r) => ({
    id: r.id,
    title: r.title,
    updatedAt: r.updated_at,
  }));
}

/**
 * Deletes a draft so that it can still be brought back (`restoreBrief`) for a day; drafts deleted before that are
 * removed for good, with their history.
 */
export function deleteBrief(db: Database.Database, id: string, now: Date): boolean {
  return db.transaction(() => {
    statement(db, 'DELETE FROM briefs WHERE deleted_at IS NOT NULL AND deleted_at < ?').run(new Date(now.getTime() - KEEP_DELETED_MS).toISOString());
    return statement(db, 'UPDATE briefs SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(now.toISOString(), id).changes > 0;
  })();
}

/** Brings back a deleted draft, history and all. */
export function restoreBrief(db: Database.Database, id: string): boolean {
  return statement(db, 'UPDATE briefs SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(id).changes > 0;
}
