import { planOutletRekey, type StoredGrade } from '../outlet-grade-rekey.ts';
import type { Connection } from './connection.ts';
import { holdMigrationLock } from './migration-lock.ts';

/**
 * Rewrites the team library's outlet grades under outletKey as it is now, as the workspace does (outlet-grades.ts's
 * rekeyOutletGrades, the plan of outlet-grade-rekey.ts): two rows of one outlet keep the one graded last, the other
 * kept in outlet_grades_folded with the key it was folded into. Writes nothing when every key is already right. Call
 * inside a transaction: it takes the migrations' advisory lock, so an analyst grading meanwhile waits for it.
 */
export async function rekeyOutletGradesPg(conn: Connection): Promise<void> {
  // The schema's migration lock: two Mawjaz opening the library at once rekey it once.
  await holdMigrationLock(conn);
  const rows = await conn.rows<{ outlet_key: string; outlet: string; grade: string; graded_at: string }>(
    'SELECT outlet_key, outlet, grade, graded_at FROM outlet_grades FOR UPDATE',
  );
  const plan = planOutletRekey(rows.map((r): StoredGrade => ({ outletKey: r.outlet_key, outlet: r.outlet, grade: r.grade, gradedAt: r.graded_at })));
  if (!plan.changed) return;
  for (const { row, into } of plan.folded) {
    await conn.run('INSERT INTO outlet_grades_folded (outlet_key, outlet, grade, graded_at, folded_into) VALUES ($1, $2, $3, $4, $5)', [
      row.outletKey, row.outlet, row.grade, row.gradedAt, into,
    ]);
  }
  await conn.run('DELETE FROM outlet_grades');
  for (const r of plan.kept) {
    await conn.run('INSERT INTO outlet_grades (outlet_key, outlet, grade, graded_at) VALUES ($1, $2, $3, $4)', [r.outletKey, r.outlet, r.grade, r.gradedAt]);
  }
}
