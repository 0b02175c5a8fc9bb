import type { TimelineEntry } from '../../model/brief.ts';

const DAY_MS = 86_400_000;

/** Where a timeline entry lies in time, in whole days since 1970-01-01 (UTC), both ends included. */
export interface EntrySpan {
  start: number;
  end: number;
  /** A day is drawn as a mark; a month, a year or an expression's span as a bar. */
  kind: 'day' | 'span';
  /** Approximate (an expression such as «أواخر ديسمبر»): drawn open or hatched, never as a firm date. */
  approximate: boolean;
}

/** Days since the epoch of a UTC calendar day. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** The calendar day (UTC) of a day number. */
export function dayDate(day: number): Date {
  return new Date(day * DAY_MS);
}

function isoDay(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/**
 * The days an entry covers: its range when the timeline gave one, else its partial date as far as it is known
 * (YYYY-MM-DD a day, YYYY-MM the month, YYYY the year). An entry whose year is unknown (--MM-DD) has no place on
 * an axis of years: null.
 */
export function entrySpan(entry: Pick<TimelineEntry, 'date' | 'range' | 'approximate'>): EntrySpan | null {
  const approximate = entry.approximate;
  if (entry.range) {
    const start = isoDay(entry.range.start);
    const end = isoDay(entry.range.end);
    if (start !== null && end !== null && end >= start) return { start, end, kind: start === end ? 'day' : 'span', approximate };
  }
  const day = isoDay(entry.date);
  if (day !== null) return { start: day, end: day, kind: 'day', approximate };
  const month = /^(\d{4})-(\d{2})$/.exec(entry.date);
  if (month) {
    const y = Number(month[1]);
    const m = Number(month[2]);
    return { start: dayNumber(y, m, 1), end: dayNumber(y, m + 1, 1) - 1, kind: 'span', approximate };
  }
  const year = /^(\d{4})$/.exec(entry.date);
  if (year) {
    const y = Number(year[1]);
    return { start: dayNumber(y, 1, 1), end: dayNumber(y + 1, 1, 1) - 1, kind: 'span', approximate };
  }
  return null;
}
