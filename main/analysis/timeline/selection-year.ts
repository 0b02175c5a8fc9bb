/**
 * The year of a day and month that nothing in its own source dates: the one year that places the day latest, not
 * after a given last day (the selection's latest dated source, the reporting article, the brief's date), provided
 * every dated source of the selection falls within a year of the day so placed — a selection that spans several
 * years says nothing about which one a yearless day belongs to.
 */
import { fullDay, parsePartialDate, toDayNumber } from '../../text/dates/calendar.ts';

/** The day number of a full date ('YYYY-MM-DD'), or null for anything less. */
export function dayOf(value: string | null | undefined): number | null {
  const day = fullDay(parsePartialDate(value));
  return day === null ? null : toDayNumber(day);
}
