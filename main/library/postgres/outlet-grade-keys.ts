import { foldedNamesOf, gradesAfterRekey, planOutletRekey, type FoldedGrade, type RekeyPlan, type StoredGrade } from '../outlet-grade-rekey.ts';
import { OUTLET_KEY_STAMP, outletKeyStamp } from '../outlet-key-stamp.ts';
import type { Connection } from './connection.ts';

/**
 * Rewrites the team library's outlet grades under outletKey as it is now, as the workspace does (outlet-grades.ts's
 * rekeyOutletGrades, the plan of outlet-grade-rekey.ts): two rows of one outlet keep the one graded last, the other
 * kept in outlet_grades_folded with the key it was folded into. Call inside a transaction.
 *
 * A plain read decides first, so an opening with nothing to rekey (nearly all) takes no lock: it neither waits for an
 * analyst grading nor makes the next opening wait, and a role that may only read can open the library. When there is
 * something to write, the read that decides is made again under a table lock (SHARE ROW EXCLUSIVE: readers go on,
 * every writer, gradeOutletPg and a second rekey, waits for the commit): a row lock would cover only the rows read,
 * and a grade given between the read and the writes would be lost or left under an old key.
 */
export async function rekeyOutletGradesPg(conn: Connection): Promise<void> {
  if (!(await planned(conn)).changed) return;
  await lockGrades(conn);
  await rekeyLocked(conn);
}

/** The grades' table lock of a rekey (see rekeyOutletGradesPg). */
async function lockGrades(conn: Connection): Promise<void> {
  await conn.run('LOCK TABLE outlet_grades IN SHARE ROW EXCLUSIVE MODE');
}

/** Plans, once, under the grades' table lock, and writes the plan. */
async function rekeyLocked(conn: Connection): Promise<void> {
  const plan = await planned(conn);
  if (plan.changed) await writePlan(conn, plan);
}

/**
 * What a role that may not write answers to a rekey's first statement: it lacks the privilege (42501), or its
 * transactions are read-only (25006: default_transaction_read_only, or a standby server).
 */
const CANNOT_WRITE = new Set(['42501', '25006']);

function cannotWrite(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' && CANNOT_WRITE.has(e.code);
}

/**
 * Rekeys the grades at opening when the library's stamp of the outlet key (outlet-key-stamp.ts) is not this build's,
 * and writes this build's. The stamp is read first without a lock and without building the outlet list; a differing
 * one is read again under the grades' table lock, so two openings rekey once, and the plan is made once, under it.
 * Answers whether the keys stay stale: the role may not write (a read-only analyst), so nothing was rekeyed, and
 * its reads map the stored keys to this build's in memory (listOutletGradesPg) rather than refuse to open.
 */
export async function rekeyStaleOutletGradesPg(conn: Connection): Promise<boolean> {
  if ((await storedStamp(conn)) === outletKeyStamp()) return false;
  try {
    await conn.transaction(async () => {
      await lockGrades(conn);
      if ((await storedStamp(conn)) === outletKeyStamp()) return;
      await rekeyLocked(conn);
      await conn.run('INSERT INTO key_stamps (name, stamp) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET stamp = excluded.stamp', [OUTLET_KEY_STAMP, outletKeyStamp()]);
    });
    return false;
  } catch (e) {
    if (!cannotWrite(e)) throw e;
    return true;
  }
}

/**
 * A grade (or an ungrade) refused because the role may not rekey the grades another build keyed: written under this
 * build's key beside rows under the old ones, it would leave two grades of one outlet, and an ungrade would leave the
 * old-key row for the next rekey to give back. Its code is the server's for a missing privilege, which it is.
 */
export class GradeNeedsRekeyError extends Error {
  readonly code = '42501';

  constructor() {
    super(
      "permission denied to rewrite the outlet grades' keys that another Mawjaz build wrote (outlet_grades_folded, key_stamps): " +
        'nothing was graded; a role that may write them, opening the library with this build, rekeys them first',
    );
    this.name = 'GradeNeedsRekeyError';
  }
}

/**
 * Every graded outlet, by key. With `staleKeys` (a read-only role opened a library another build keyed) the grades
 * as a rekey would leave them (gradesAfterRekey): one grade per outlet as this build keys it, planned at each read,
 * since another analyst may grade or rekey meanwhile.
 */
export async function storedOutletGradesPg(conn: Connection, staleKeys: boolean): Promise<StoredGrade[]> {
  if (staleKeys) return gradesAfterRekey(await planned(conn));
  const rows = await conn.rows<GradeRow>('SELECT outlet_key, outlet, grade, graded_at FROM outlet_grades ORDER BY outlet_key COLLATE "C"');
  return rows.map(toStoredGrade);
}

/**
 * Takes the outlet's grade away, and its folded grades (foldedNamesOf), so that no later key gives one back. The
 * grade's delete comes first: its lock waits for a rekey under way, whose folded rows are then read.
 */
export async function ungradeOutletPg(conn: Connection, key: string): Promise<void> {
  await conn.transaction(async () => {
    await conn.run('DELETE FROM outlet_grades WHERE outlet_key = $1', [key]);
    const names = (await conn.rows<{ outlet: string }>('SELECT DISTINCT outlet FROM outlet_grades_folded')).map((r) => r.outlet);
    const folded = foldedNamesOf(key, names);
    if (folded.length > 0) await conn.run('DELETE FROM outlet_grades_folded WHERE outlet = ANY($1::text[])', [folded]);
  });
}

async function storedStamp(conn: Connection): Promise<string | null> {
  return (await conn.row<{ stamp: string }>('SELECT stamp FROM key_stamps WHERE name = $1', [OUTLET_KEY_STAMP]))?.stamp ?? null;
}

interface GradeRow {
  outlet_key: string;
  outlet: string;
  grade: string;
  graded_at: string;
}

function toStoredGrade(r: GradeRow): StoredGrade {
  return { outletKey: r.outlet_key, outlet: r.outlet, grade: r.grade, gradedAt: r.graded_at };
}

async function planned(conn: Connection): Promise<RekeyPlan> {
  const rows = await conn.rows<GradeRow>('SELECT outlet_key, outlet, grade, graded_at FROM outlet_grades');
  const folded = await conn.rows<GradeRow & { folded_into: string }>('SELECT outlet_key, outlet, grade, graded_at, folded_into FROM outlet_grades_folded');
  return planOutletRekey(
    rows.map(toStoredGrade),
    folded.map((r): FoldedGrade => ({ ...toStoredGrade(r), foldedInto: r.folded_into })),
  );
}

/**
 * Touches only the rows the plan moves: the folded rows and those whose key changed are deleted, then the kept rows
 * under a new key are written (all deletes first: one row's new key may be another's old one).
 */
async function writePlan(conn: Connection, plan: RekeyPlan): Promise<void> {
  for (const { row, into } of plan.folded) {
    await conn.run('INSERT INTO outlet_grades_folded (outlet_key, outlet, grade, graded_at, folded_into) VALUES ($1, $2, $3, $4, $5)', [
      row.outletKey, row.outlet, row.grade, row.gradedAt, into,
    ]);
  }
  const gone = new Set([...plan.folded.map((f) => f.row.outletKey), ...[...plan.keys].filter(([from, to]) => from !== to).map(([from]) => from)]);
  if (gone.size > 0) await conn.run('DELETE FROM outlet_grades WHERE outlet_key = ANY($1::text[])', [[...gone]]);
  for (const r of plan.kept) {
    // A kept row already under its key, and kept, is not touched.
    if (plan.keys.get(r.outletKey) === r.outletKey && !gone.has(r.outletKey)) continue;
    await conn.run(
      `INSERT INTO outlet_grades (outlet_key, outlet, grade, graded_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (outlet_key) DO UPDATE SET outlet = excluded.outlet, grade = excluded.grade, graded_at = excluded.graded_at`,
      [r.outletKey, r.outlet, r.grade, r.gradedAt],
    );
  }
  for (const { row, key } of plan.restored) {
    await conn.run('INSERT INTO outlet_grades (outlet_key, outlet, grade, graded_at) VALUES ($1, $2, $3, $4)', [key, row.outlet, row.grade, row.gradedAt]);
    // outlet_grades_folded has no key: one row of the restored one's values goes (two alike are one grade twice).
    await conn.run(
      `DELETE FROM outlet_grades_folded WHERE ctid = (SELECT ctid FROM outlet_grades_folded
         WHERE outlet_key = $1 AND outlet = $2 AND grade = $3 AND graded_at = $4 AND folded_into = $5 LIMIT 1)`,
      [row.outletKey, row.outlet, row.grade, row.gradedAt, row.foldedInto],
    );
  }
}
