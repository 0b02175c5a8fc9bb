import type Database from 'better-sqlite3';
import { z } from 'zod';
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

interface BriefRow {
  id: string;
  title: string;
  json: string;
  updated_at: string;
}

function toBrief(row: BriefRow): SavedBrief {
  return SavedBrief.parse({ id: row.id, title: row.title, json: JSON.parse(row.json), updatedAt: row.updated_at });
}

export function saveBrief(db: Database.Database, brief: BriefInput, now: Date): SavedBrief {
  const b = BriefInput.parse(brief);
  const json = JSON.stringify(b.json);
  if (json === undefined) throw new Error(`brief ${b.id}: its content cannot be stored as JSON`);
  statement(
    db,
    `INSERT INTO briefs (id, title, json, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET title = excluded.title, json = excluded.json, updated_at = excluded.updated_at`,
  ).run(b.id, b.title, json, now.toISOString());
  return { ...b, updatedAt: now.toISOString() };
}

export function getBrief(db: Database.Database, id: string): SavedBrief | null {
  const row = statement(db, 'SELECT id, title, json, updated_at FROM briefs WHERE id = ?').get(id) as BriefRow | undefined;
  return row ? toBrief(row) : null;
}

/** Saved briefs without their content, most recently saved first. */
export function listBriefs(db: Database.Database): { id: string; title: string; updatedAt: string }[] {
  return (statement(db, 'SELECT id, title, updated_at FROM briefs ORDER BY updated_at DESC, id').all() as Omit<BriefRow, 'json'>[]).map((r) => ({
    id: r.id,
    title: r.title,
    updatedAt: r.updated_at,
  }));
}

export function deleteBrief(db: Database.Database, id: string): boolean {
  return statement(db, 'DELETE FROM briefs WHERE id = ?').run(id).changes > 0;
}
