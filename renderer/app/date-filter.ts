import type { DateReading } from './date-book.ts';

/** Which end of the library's date range a field sets. */
export type DateEnd = 'from' | 'to';

/** What the analyst typed into a date filter, and what was wrong with it, if anything. */
export interface TypedDate {
  text: string;
  problem: 'unreadable' | 'no-year' | null;
}

export const NO_TYPED_DATE: TypedDate = { text: '', problem: null };

/**
 * What a typed date does to the library's filter: the day the range starts or ends on («أغسطس 2024» starts on the
 * 1st and ends on the 31st), '' for an empty field, or a problem (the text is not a date, or has no year) that leaves
 * the filter as it was.
 */
export function filterDay(end: DateEnd, text: string, reading: DateReading | null): { day: string } | { problem: NonNullable<TypedDate['problem']> } {
  if (text.trim() === '') return { day: '' };
  if (reading === null) return { problem: 'unreadable' };
  if (reading.days === null) return { problem: 'no-year' };
  return { day: end === 'from' ? reading.days.start : reading.days.end };
}
