import { ActorCorrectionRule, type ActorCorrection } from '../../model/actor-corrections.ts';
import { matchKey } from '../../text/arabic/index.ts';
import { nameKey } from '../../text/gazetteer/name-key.ts';
import { GazetteerEntry, GazetteerInput, type GazetteerType } from '../gazetteer.ts';
import { OutletGrade, OutletGradeInput } from '../outlet-grades.ts';
import { outletKey } from '../../ingest/metadata/outlet-key.ts';
import { GradeNeedsRekeyError, rekeyStaleOutletGradesPg, storedOutletGradesPg, ungradeOutletPg } from './outlet-grade-keys.ts';
import type { Connection } from './connection.ts';

/**
 * What the desk teaches Mawjaz, shared in the team library as the local store keeps it: actor corrections
 * (actor-corrections.ts), gazetteer names (gazetteer.ts) and outlet grades (outlet-grades.ts), parsed by the same schemas.
 */

interface RuleRow {
  id: number;
  kind: string;
  rule: string;
  created_at: string;
}

export async function addActorCorrectionPg(conn: Connection, rule: ActorCorrectionRule, now: Date): Promise<ActorCorrection> {
  const parsed = ActorCorrectionRule.parse(rule);
  const { kind, ...fields } = parsed;
  const row = await conn.row<{ id: number }>('INSERT INTO actor_corrections (kind, rule, created_at) VALUES ($1, $2, $3) RETURNING id', [kind, JSON.stringify(fields), now.toISOString()]);
  return { id: row?.id ?? 0, rule: parsed, createdAt: now.toISOString() };
}

/** The rules that fit the schema, oldest first; a row that does not fit is left in place, never applied. */
export async function listActorCorrectionsPg(conn: Connection): Promise<ActorCorrection[]> {
  const rows = await conn.rows<RuleRow>('SELECT id, kind, rule, created_at FROM actor_corrections ORDER BY id');
  return rows.flatMap((r) => {
    const rule = ActorCorrectionRule.safeParse({ ...JSON.parse(r.rule), kind: r.kind });
    return rule.success ? [{ id: r.id, rule: rule.data, createdAt: r.created_at }] : [];
  });
}

export async function deleteActorCorrectionPg(conn: Connection, id: number): Promise<boolean> {
  return (await conn.run('DELETE FROM actor_corrections WHERE id = $1', [id])) > 0;
}

export interface EntryRow {
  id: number;
  name: string;
  type: string;
  aliases: string;
  created_at: string;
}

export function toEntry(r: EntryRow): GazetteerEntry {
  return GazetteerEntry.parse({ id: r.id, name: r.name, type: r.type, aliases: JSON.parse(r.aliases), createdAt: r.created_at });
}

/** Adds a name, or updates the aliases of the entry its name key and type already name (gazetteer.ts's key). */
export async function upsertGazetteerEntryPg(conn: Connection, input: GazetteerInput, now: Date): Promise<GazetteerEntry> {
  const e = GazetteerInput.parse(input);
  const key = nameKey(e.name) || matchKey(e.name);
  const aliases = JSON.stringify([...new Set(e.aliases)]);
  // An update first: an insert that meets its conflict would still take a number from the sequence, and the entries'
  // ids would no longer count as the local store's do. The insert's own ON CONFLICT covers two analysts adding at once.
  const row =
    (await conn.row<EntryRow>('UPDATE gazetteer_entries SET name = $1, aliases = $2 WHERE name_key = $3 AND type = $4 RETURNING id, name, type, aliases, created_at', [
      e.name, aliases, key, e.type,
    ])) ??
    (await conn.row<EntryRow>(
      `INSERT INTO gazetteer_entries (name, name_key, type, aliases, created_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (name_key, type) DO UPDATE SET name = excluded.name, aliases = excluded.aliases
       RETURNING id, name, type, aliases, created_at`,
      [e.name, key, e.type, aliases, now.toISOString()],
    ));
  if (row === null) throw new Error(`the gazetteer entry ${e.name} was not stored`);
  return toEntry(row);
}

export async function listGazetteerEntriesPg(conn: Connection, type?: GazetteerType): Promise<GazetteerEntry[]> {
  const rows =
    type === undefined
      ? await conn.rows<EntryRow>('SELECT id, name, type, aliases, created_at FROM gazetteer_entries ORDER BY id')
      : await conn.rows<EntryRow>('SELECT id, name, type, aliases, created_at FROM gazetteer_entries WHERE type = $1 ORDER BY id', [type]);
  return rows.map(toEntry);
}

export async function deleteGazetteerEntryPg(conn: Connection, id: number): Promise<boolean> {
  return (await conn.run('DELETE FROM gazetteer_entries WHERE id = $1', [id])) > 0;
}

export async function gradeOutletPg(conn: Connection, input: OutletGradeInput, now: Date): Promise<void> {
  const { outlet, grade } = OutletGradeInput.parse(input);
  // The grade is keyed as this build keys: the stored ones must be too, and the stamp must say so (as the workspace's
  // gradeOutlet), or a build finding its own stamp would never rekey a grade another build keyed. A role that may not
  // rekey may not grade either (GradeNeedsRekeyError says why).
  if (await rekeyStaleOutletGradesPg(conn)) throw new GradeNeedsRekeyError();
  if (grade === null) {
    await ungradeOutletPg(conn, outletKey(outlet));
    return;
  }
  await conn.run(
    `INSERT INTO outlet_grades (outlet_key, outlet, grade, graded_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (outlet_key) DO UPDATE SET outlet = excluded.outlet, grade = excluded.grade, graded_at = excluded.graded_at`,
    [outletKey(outlet), outlet, grade, now.toISOString()],
  );
}

export async function listOutletGradesPg(conn: Connection, staleKeys = false): Promise<OutletGrade[]> {
  return (await storedOutletGradesPg(conn, staleKeys)).flatMap((r) => {
    const parsed = OutletGrade.safeParse({ outlet: r.outlet, grade: r.grade, gradedAt: r.gradedAt });
    return parsed.success ? [parsed.data] : [];
  });
}
