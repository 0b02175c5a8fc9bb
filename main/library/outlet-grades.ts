import type Database from 'better-sqlite3';
import { z } from 'zod';
import { SourceReliability } from '../model/grading.ts';
import { foldedNamesOf, planOutletRekey, type FoldedGrade, type RekeyPlan, type StoredGrade } from './outlet-grade-rekey.ts';
import { outletKey } from '../ingest/metadata/outlet-key.ts';
import { outletKeyStamp, storedOutletKeyStamp, writeOutletKeyStamp } from './outlet-key-stamp.ts';
import { statement } from './statement-cache.ts';

/**
 * The reliability the analyst gave each outlet (Admiralty A–F), kept by the workspace so that an outlet is graded once
 * and every brief that cites it carries the grade. Outlets are told apart by their key (ingest/metadata/outlet-key.ts), so «الجزيرة» and
 * «الجزيره», "Reuters" and "reuters", «جريدة الصباح» and «الصباح» are one outlet; the name shown is the one last graded.
 */
export const OutletGrade = z.object({
  outlet: z.string().trim().min(1).max(200),
  grade: SourceReliability,
  gradedAt: z.string(),
});
export type OutletGrade = z.infer<typeof OutletGrade>;

/** A grade to set, or `null` to take it away (the outlet is then ungraded and prints no grade). */
export const OutletGradeInput = z.object({ outlet: OutletGrade.shape.outlet, grade: SourceReliability.nullable() }).strict();
export type OutletGradeInput = z.infer<typeof OutletGradeInput>;

interface Row {
  outlet: string;
  grade: string;
  graded_at: string;
}

/** Sets (or, with a null grade, removes) an outlet's grade. */
export function gradeOutlet(db: Database.Database, input: OutletGradeInput, now: Date): void {
  const { outlet, grade } = OutletGradeInput.parse(input);
  // The grade is keyed as this build keys: the stored ones must be too, and the stamp must say so (an opening of a
  // workspace without grades skipped the rekey, and another build may have stamped it).
  keepOutletKeysCurrent(db, true);
  if (grade === null) {
    ungradeOutlet(db, outletKey(outlet));
    return;
  }
  statement(
    db,
    `INSERT INTO outlet_grades (outlet_key, outlet, grade, graded_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (outlet_key) DO UPDATE SET outlet = excluded.outlet, grade = excluded.grade, graded_at = excluded.graded_at`,
  ).run(outletKey(outlet), outlet, grade, now.toISOString());
}

/**
 * Takes the outlet's grade away, and its folded grades (foldedNamesOf), so that no later key gives one back. The folded
 * names are read inside the transaction, an immediate one (the write lock first, as the team library's locks the
 * grade's row first), so a rekey by another connection cannot fold a grade between the read and the deletes.
 */
function ungradeOutlet(db: Database.Database, key: string): void {
  db.transaction(() => {
    statement(db, 'DELETE FROM outlet_grades WHERE outlet_key = ?').run(key);
    const names = (statement(db, 'SELECT DISTINCT outlet FROM outlet_grades_folded').all() as { outlet: string }[]).map((r) => r.outlet);
    const folded = foldedNamesOf(key, names);
    if (folded.length > 0) statement(db, 'DELETE FROM outlet_grades_folded WHERE outlet IN (SELECT value FROM json_each(?))').run(JSON.stringify(folded));
  }).immediate();
}

/** Every graded outlet, by name; a row that does not fit the schema (a grade outside A–F) is skipped. */
export function listOutletGrades(db: Database.Database): OutletGrade[] {
  const rows = statement(db, 'SELECT outlet, grade, graded_at FROM outlet_grades ORDER BY outlet_key').all() as Row[];
  return rows.flatMap((r) => {
    const parsed = OutletGrade.safeParse({ outlet: r.outlet, grade: r.grade, gradedAt: r.graded_at });
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * Rewrites the stored grades under outletKey as it is now (outlet-grade-rekey.ts: two rows of one outlet keep the one
 * graded last, the other kept in outlet_grades_folded), and the exchange's origins of outlet grades with them, so a
 * workspace file copied from a library before keeps its common base. Writes nothing when every key is already right;
 * call inside a transaction (a migration's, or opening's: an immediate one, open-workspace.ts). Folded grades that the
 * key now tells apart from the grade they were folded into, and that no grade holds, are graded again.
 */
export function rekeyOutletGrades(db: Database.Database): void {
  const { plan, origins } = planRekey(db);
  if (plan.changed) writePlan(db, plan);
  if (origins !== null) writeOrigins(db, origins);
}

function planRekey(db: Database.Database): { plan: RekeyPlan; origins: ChosenOrigin[] | null } {
  const rows = (statement(db, 'SELECT outlet_key, outlet, grade, graded_at FROM outlet_grades').all() as (Row & { outlet_key: string })[]).map(
    (r): StoredGrade => ({ outletKey: r.outlet_key, outlet: r.outlet, grade: r.grade, gradedAt: r.graded_at }),
  );
  const folded = (statement(db, 'SELECT outlet_key, outlet, grade, graded_at, folded_into FROM outlet_grades_folded').all() as (Row & { outlet_key: string; folded_into: string })[]).map(
    (r): FoldedGrade => ({ outletKey: r.outlet_key, outlet: r.outlet, grade: r.grade, gradedAt: r.graded_at, foldedInto: r.folded_into }),
  );
  const plan = planOutletRekey(rows, folded);
  return { plan, origins: rekeyedGradeOrigins(db, plan.keys, new Set(plan.folded.map((f) => f.row.outletKey))) };
}

function writePlan(db: Database.Database, plan: RekeyPlan): void {
  const fold = statement(db, 'INSERT INTO outlet_grades_folded (outlet_key, outlet, grade, graded_at, folded_into) VALUES (?, ?, ?, ?, ?)');
  for (const { row, into } of plan.folded) fold.run(row.outletKey, row.outlet, row.grade, row.gradedAt, into);
  statement(db, 'DELETE FROM outlet_grades').run();
  const insert = statement(db, 'INSERT INTO outlet_grades (outlet_key, outlet, grade, graded_at) VALUES (?, ?, ?, ?)');
  for (const r of plan.kept) insert.run(r.outletKey, r.outlet, r.grade, r.gradedAt);
  // outlet_grades_folded has no key: one row of the restored one's values goes (two alike are one grade twice).
  const unfold = statement(
    db,
    `DELETE FROM outlet_grades_folded WHERE rowid = (SELECT rowid FROM outlet_grades_folded
       WHERE outlet_key = ? AND outlet = ? AND grade = ? AND graded_at = ? AND folded_into = ? LIMIT 1)`,
  );
  for (const { row, key } of plan.restored) {
    insert.run(key, row.outlet, row.grade, row.gradedAt);
    unfold.run(row.outletKey, row.outlet, row.grade, row.gradedAt, row.foldedInto);
  }
}

interface OriginRow {
  library: string;
  remote_key: string;
  remote_stamp: string;
  local_stamp: string;
  refused_stamp: string | null;
  recorded_at: string;
}

/**
 * The origins of outlet grades (library-origins.ts) under the new keys: an origin's key is its grade's old key. An
 * origin whose grade was deleted here since keeps its key: it records no outlet's name, and its key is a key, not a
 * name (outletKey of a matching key may find another outlet or none, and orphan it). Two origins of one library that fold to one
 * key keep the one of the grade kept, else the one recorded last: the other's common base is of a grade no longer here.
 * Written again whole, since one origin's new key may be another's old one.
 */
type ChosenOrigin = OriginRow & { key: string };

/** The origins to write again, or null when every one is already under its key. */
function rekeyedGradeOrigins(db: Database.Database, keys: ReadonlyMap<string, string>, folded: ReadonlySet<string>): ChosenOrigin[] | null {
  const rows = statement(db, "SELECT * FROM library_origins WHERE kind = 'outlet-grade'").all() as OriginRow[];
  const chosen = new Map<string, ChosenOrigin>();
  for (const r of rows) {
    const key = keys.get(r.remote_key) ?? r.remote_key;
    const id = JSON.stringify([r.library, key]);
    const seen = chosen.get(id);
    const better =
      seen === undefined ||
      (folded.has(seen.remote_key) && !folded.has(r.remote_key)) ||
      (folded.has(seen.remote_key) === folded.has(r.remote_key) && r.recorded_at > seen.recorded_at);
    if (better) chosen.set(id, { ...r, key });
  }
  if (chosen.size === rows.length && [...chosen.values()].every((c) => c.key === c.remote_key)) return null;
  return [...chosen.values()];
}

function writeOrigins(db: Database.Database, chosen: readonly ChosenOrigin[]): void {
  statement(db, "DELETE FROM library_origins WHERE kind = 'outlet-grade'").run();
  const insert = statement(
    db,
    `INSERT INTO library_origins (library, kind, remote_key, local_key, remote_stamp, local_stamp, refused_stamp, recorded_at)
     VALUES (?, 'outlet-grade', ?, ?, ?, ?, ?, ?)`,
  );
  for (const c of chosen) insert.run(c.library, c.key, c.key, c.remote_stamp, c.local_stamp, c.refused_stamp, c.recorded_at);
}

/**
 * Rekeys the stored grades and stamps the workspace when its stamp of the outlet key (outlet-key-stamp.ts) is not this
 * build's. Unless `grading`, a workspace holding no grade, kept or folded, is left as it is: nothing to rekey, and an
 * opening of it then neither hashes the outlet list nor loads the hashing (`mawjaz list`); its first grade stamps it.
 * The write lock is taken only when the stamp differs (immediate: a deferred transaction that read, then wrote, fails
 * with SQLITE_BUSY_SNAPSHOT when another writer committed in between), and the stamp is read again under it.
 */
export function keepOutletKeysCurrent(db: Database.Database, grading = false): void {
  if (!grading && !holdsOutletGrades(db)) return;
  if (storedOutletKeyStamp(db) === outletKeyStamp()) return;
  db.transaction(() => {
    if (storedOutletKeyStamp(db) === outletKeyStamp()) return;
    rekeyOutletGrades(db);
    writeOutletKeyStamp(db);
  }).immediate();
}

function holdsOutletGrades(db: Database.Database): boolean {
  const row = statement(db, 'SELECT EXISTS (SELECT 1 FROM outlet_grades) OR EXISTS (SELECT 1 FROM outlet_grades_folded) AS held').get() as { held: number };
  return row.held === 1;
}
