import type { TimelineEntry } from '../model/brief.ts';

/** Why an inferred year was taken, in the few words a date cell has room for (TimelineEntry.yearFrom's rules). */
const REASON: Record<NonNullable<TimelineEntry['yearFrom']>['rule'], string> = {
  'same-event': 'من مصدر آخر يؤرّخ الحدث نفسه',
  'same-day': 'من اليوم نفسه مؤرّخاً في مصدر آخر',
  'selection-dates': 'من تواريخ مصادر المختارات',
  'article-date': 'من تاريخ نشر المصدر',
};

/**
 * The words set after a timeline date whose year no citation wrote (dateBasis 'inferred'): «السنة مستنتجة من …»;
 * null for a date as its sources wrote it. Every exporter says it alike, so a reader knows the year is a deduction.
 */
export function yearBasisWords(entry: Pick<TimelineEntry, 'dateBasis' | 'yearFrom'>): string | null {
  if (entry.dateBasis !== 'inferred') return null;
  return entry.yearFrom === undefined ? 'السنة مستنتجة' : `السنة مستنتجة ${REASON[entry.yearFrom.rule]}`;
}
