import type Database from 'better-sqlite3';
import { z } from 'zod';
import { SourceReliability } from '../model/grading.ts';
import { matchKey } from '../text/arabic/index.ts';
import { statement } from './statement-cache.ts';

/**
 * The reliability the analyst gave each outlet (Admiralty A–F), kept by the workspace so that an outlet is graded once
 * and every brief that cites it carries the grade. Outlets are told apart by their matching key, so «الجزيرة» and
 * «الجزيره», or "Reuters" and "reuters", are one outlet; the name shown is the one last graded.
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

/** The key an outlet's grade is stored under. */
export function outletKey(outlet: string): string {
  return matchKey(outlet);
}

/** Sets (or, with a null grade, removes) an outlet's grade. */
export function gradeOutlet(db: Database.Database, input: OutletGradeInput, now: Date): void {
  const { outlet, grade } = OutletGradeInput.parse(input);
  if (grade === null) {
    statement(db, 'DELETE FROM outlet_grades WHERE outlet_key = ?').run(outletKey(outlet));
    return;
  }
  statement(
    db,
    `INSERT INTO outlet_grades (outlet_key, outlet, grade, graded_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (outlet_key) DO UPDATE SET outlet = excluded.outlet, grade = excluded.grade, graded_at = excluded.graded_at`,
  ).run(outletKey(outlet), outlet, grade, now.toISOString());
}

/** Every graded outlet, by name; a row that does not fit the schema (a grade outside A–F) is skipped. */
export function listOutletGrades(db: Database.Database): OutletGrade[] {
  const rows = statement(db, 'SELECT outlet, grade, graded_at FROM outlet_grades ORDER BY outlet_key').all() as Row[];
  return rows.flatMap((r) => {
    const parsed = OutletGrade.safeParse({ outlet: r.outlet, grade: r.grade, gradedAt: r.graded_at });
    return parsed.success ? [parsed.data] : [];
  });
}
