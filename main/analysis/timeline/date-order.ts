/**
 * Ordering and comparing partial dates: every dated value covers an interval of days; a yearless
 * '--MM-DD' covers none and sorts after all dated entries (by month and day), since placing it in a
 * guessed year would misstate the chronology.
 */
import { daysInMonth, toDayNumber } from '../../text/dates/calendar.ts';

export interface DatedValue {
  date: string;
  range?: { start: string; end: string } | undefined;
  approximate: boolean;
}

function dayNumber(iso: string, end: boolean): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (m === null) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? (end ? 12 : 1) : Number(m[2]);
  const day = m[3] === undefined ? (end ? daysInMonth(year, month) : 1) : Number(m[3]);
  return toDayNumber({ year, month, day });
}

/** The days a value covers, or null for a yearless date. */
export function interval(v: DatedValue): [number, number] | null {
  const start = dayNumber(v.range?.start ?? v.date, false);
  const end = dayNumber(v.range?.end ?? v.date, true);
  return start === null || end === null ? null : [start, end];
}

/** How precise a value is: 0 = an exact day … 4 = a yearless day. Lower is better. */
export function precision(v: DatedValue): number {
  if (v.date.startsWith('--')) return 4;
  if (v.date.length === 10) return v.approximate || v.range !== undefined ? 1 : 0;
  return v.date.length === 7 ? 2 : 3;
}

/** Two values may name the same event's date: equal, overlapping, or a yearless day that matches a dated one. */
export function compatibleDates(a: DatedValue, b: DatedValue): boolean {
  if (a.date === b.date) return true;
  const ia = interval(a);
  const ib = interval(b);
  if (ia === null || ib === null) {
    const yearless = ia === null ? a : b;
    const other = ia === null ? b : a;
    return other.date.length === 10 && other.date.slice(4) === yearless.date.slice(1);
  }
  return ia[0] <= ib[1] && ib[0] <= ia[1];
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Chronological order: start day, exact before approximate, narrower before wider, then text; yearless last. */
export function compareEntries(a: DatedValue & { text: string }, b: DatedValue & { text: string }): number {
  const ia = interval(a);
  const ib = interval(b);
  if (ia === null || ib === null) {
    if (ia !== ib) return ia === null ? 1 : -1;
    return byText(a.date, b.date) || byText(a.text, b.text);
  }
  return ia[0] - ib[0] || Number(a.approximate) - Number(b.approximate) || ia[1] - ib[1] || byText(a.date, b.date) || byText(a.text, b.text);
}
