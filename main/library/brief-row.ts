import type Database from 'better-sqlite3';
import { statement } from './statement-cache.ts';

/** Writes a draft's row as given, without touching its undo history (undo and redo themselves write this way). */
export function writeBriefRow(db: Database.Database, id: string, title: string, json: string, now: Date): void {
  statement(
    db,
    `INSERT INTO briefs (id, title, json, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET title = excluded.title, json = excluded.json, updated_at = excluded.updated_at`,
  ).run(id, title, json, now.toISOString());
}

/** The stored title and JSON text of a draft (deleted or not), or null. */
export function briefRow(db: Database.Database, id: string): { title: string; json: string } | null {
  return (statement(db, 'SELECT title, json FROM briefs WHERE id = ?').get(id) as { title: string; json: string } | undefined) ?? null;
}
