import type { Brief, BriefSource } from '../model/brief.ts';
import type { SourceReliability } from '../model/grading.ts';

/**
 * The brief with each source carrying the grade `gradeOf` gives its outlet, and none where it gives none (or the
 * source has no outlet), whatever the brief had. Sources already as graded are kept as they are (same object), so an
 * unchanged brief compares equal. Apart from outlet-grades.ts, which matches outlets by their key: a host with no
 * grades (`mawjaz render`) ungrades a brief without loading the outlet list that key is built from.
 */
export function regradeSources(brief: Brief, gradeOf: (outlet: string) => SourceReliability | undefined): Brief {
  let changed = false;
  const sources = brief.sources.map((source): BriefSource => {
    const grade = source.outlet === null ? undefined : gradeOf(source.outlet);
    if (grade === source.reliability) return source;
    changed = true;
    const { reliability: _old, ...rest } = source;
    return grade === undefined ? rest : { ...rest, reliability: grade };
  });
  return changed ? { ...brief, sources } : brief;
}

/** The brief as a workspace that grades no outlet exports it: no source carries a grade. */
export function withoutOutletGrades(brief: Brief): Brief {
  return regradeSources(brief, () => undefined);
}
