import type Database from 'better-sqlite3';
import { z } from 'zod';
import { matchKey } from '../text/arabic/index.ts';
import { nameKey } from '../text/gazetteer/name-key.ts';
import { rankByName, type NameMatch } from './name-trigrams.ts';
import { statement } from './statement-cache.ts';
import { ActorType } from '../model/brief.ts';

/** The actor types a gazetteer name can have (the Brief's, without 'other'). */
export const GazetteerType = ActorType.extract(['person', 'organization', 'place']);
export type GazetteerType = z.infer<typeof GazetteerType>;

/** A name the analyst taught Mawjaz, with its type and the other ways sources write it. */
export const GazetteerEntry = z.object({
  id: z.number().int(),
  name: z.string().trim().min(1),
  type: GazetteerType,
  aliases: z.array(z.string().trim().min(1)),
  createdAt: z.string(),
});
export type GazetteerEntry = z.infer<typeof GazetteerEntry>;

export const GazetteerInput = GazetteerEntry.omit({ id: true, createdAt: true });
export type GazetteerInput = z.infer<typeof GazetteerInput>;

interface Row {
  id: number;
  name: string;
  type: string;
  aliases: string;
  created_at: string;
}

function toEntry(r: Row): GazetteerEntry {
  return GazetteerEntry.parse({ id: r.id, name: r.name, type: r.type, aliases: JSON.parse(r.aliases), createdAt: r.created_at });
}

/**
 * The key entries are told apart by: the analysis's name key, so names it reads as one («عبد الله» and
 * «عبدالله», «الأمم المتحدة» and «الامم المتحدة») are one entry. A name without a single word falls back to
 * its matching key rather than sharing the empty key with every other such name.
 */
export function entryKey(name: string): string {
  return nameKey(name) || matchKey(name);
}

/**
 * Entries written before the name key was used are keyed by the bare matching key. Before adding `key`,
 * rekey the oldest such entry that now reads as the same name, so the upsert below updates it instead of
 * adding a second entry. The key is used for nothing but this de-duplication, so rekeying lazily on insert
 * is enough; an entry never re-added keeps its old key harmlessly.
 */
function rekeyOlderEntry(db: Database.Database, key: string, type: GazetteerType): void {
  if (statement(db, 'SELECT 1 FROM gazetteer_entries WHERE name_key = ? AND type = ?').get(key, type) !== undefined) return;
  const rows = statement(db, 'SELECT id, name FROM gazetteer_entries WHERE type = ? ORDER BY id').all(type) as Pick<Row, 'id' | 'name'>[];
  const same = rows.find((r) => entryKey(r.name) === key);
  if (same !== undefined) statement(db, 'UPDATE gazetteer_entries SET name_key = ? WHERE id = ?').run(key, same.id);
}

/**
 * Adds a name, or updates the aliases of the entry with the same name key and type
 * (so «الأمم المتحدة» and «الامم المتحدة», or «عبد الله» and «عبدالله», are one entry).
 */
export function upsertGazetteerEntry(db: Database.Database, input: GazetteerInput, now: Date): GazetteerEntry {
  const e = GazetteerInput.parse(input);
  const aliases = [...new Set(e.aliases)];
  const key = entryKey(e.name);
  const upsert = db.transaction((): Row => {
    rekeyOlderEntry(db, key, e.type);
    return statement(
      db,
      `INSERT INTO gazetteer_entries (name, name_key, type, aliases, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (name_key, type) DO UPDATE SET name = excluded.name, aliases = excluded.aliases
       RETURNING id, name, type, aliases, created_at`,
    ).get(e.name, key, e.type, JSON.stringify(aliases), now.toISOString()) as Row;
  });
  return toEntry(upsert());
}

export function listGazetteerEntries(db: Database.Database, type?: GazetteerType): GazetteerEntry[] {
  const rows = (
    type === undefined
      ? statement(db, 'SELECT id, name, type, aliases, created_at FROM gazetteer_entries ORDER BY id').all()
      : statement(db, 'SELECT id, name, type, aliases, created_at FROM gazetteer_entries WHERE type = ? ORDER BY id').all(type)
  ) as Row[];
  return rows.map(toEntry);
}

export function deleteGazetteerEntry(db: Database.Database, id: number): boolean {
  return statement(db, 'DELETE FROM gazetteer_entries WHERE id = ?').run(id).changes > 0;
}

/**
 * Entries whose name is like `text` by any close spelling, most similar first (name-trigrams.ts: as the team library's
 * pg_trgm ranks them). Keys are computed from the names, not read from name_key, which older entries hold unrenewed.
 */
export function searchGazetteerEntries(db: Database.Database, text: string, type?: GazetteerType, limit = 20): NameMatch<GazetteerEntry>[] {
  return rankByName(entryKey(text), listGazetteerEntries(db, type), (e) => entryKey(e.name), (e) => e.id, limit);
}
