/**
 * The year of a day and month that nothing in its own source dates: the one year that places the day latest, not
 * after a given last day (the selection's latest dated source, the reporting article, the brief's date), provided
 * every dated source of the selection falls within a year of the day so placed — a selection that spans several
 * years says nothing about which one a yearless day belongs to.
 */
import { fullDay, isValidYmd, parsePartialDate, toDayNumber, type Ymd } from '../../text/dates/calendar.ts';

/** A year either side: 366 days, so that a leap day never decides. */
export const ONE_YEAR = 366;

/** The day number of a full date ('YYYY-MM-DD'), or null for anything less. */
export function dayOf(value: string | null | undefined): number | null {
  const day = fullDay(parsePartialDate(value));
  return day === null ? null : toDayNumber(day);
}

/** The latest day of `days`, or null when there is none. */
export function latestDay(days: readonly number[]): number | null {
  return days.length === 0 ? null : Math.max(...days);
}

/**
 * The day `month`-`day` in the year that puts it latest, not after `last` (a full day); null when no such day is
 * within a year of every one of `datedDays` (the publication days of the selection's dated sources).
 */
export function yearNotAfter(month: number, day: number, last: Ymd, datedDays: readonly number[]): Ymd | null {
  const lastNumber = toDayNumber(last);
  for (const year of [last.year, last.year - 1, last.year - 2, last.year - 3, last.year - 4]) {
    const candidate = { year, month, day };
    // 29 February: the latest leap year not after `last`, within the four years that always hold one.
    if (!isValidYmd(candidate)) continue;
    const n = toDayNumber(candidate);
    if (n > lastNumber) continue;
    return datedDays.every((d) => Math.abs(d - n) <= ONE_YEAR) ? candidate : null;
  }
  return null;
}
