import type { Brief } from '../model/brief.ts';
import type { SourceReliability } from '../model/grading.ts';
import { outletKey } from '../ingest/metadata/outlet-key.ts';
import { regradeSources, withoutOutletGrades } from './source-grades.ts';

/**
 * The brief with each source carrying its outlet's grade from the workspace: the workspace is the memory of grades, so
 * a source whose outlet it does not grade (or a source with no outlet) carries none, whatever the brief had. Sources
 * already as the grades say are kept as they are (same object), so an unchanged brief compares equal.
 */
export function withOutletGrades(brief: Brief, grades: readonly { outlet: string; grade: SourceReliability }[]): Brief {
  // Without grades no source needs its outlet's key, which builds the outlet list on first use: a render or an
  // export from a workspace that grades nothing does not pay for it.
  if (grades.length === 0) return withoutOutletGrades(brief);
  const byKey = new Map(grades.map((g) => [outletKey(g.outlet), g.grade]));
  return regradeSources(brief, (outlet) => byKey.get(outletKey(outlet)));
}
