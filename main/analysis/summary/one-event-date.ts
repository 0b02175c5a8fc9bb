/**
 * The one date of an event the summary grouped (issue 14: an event's date is when it happened): the best-supported
 * of its sentences' dates (events.ts eventDate: the date most sources agree with, then the most precise, then one
 * whose year is written over one resolved from a weekday or the article's date), and where its year came from when
 * a source of the event wrote the day without it. The point and the timeline entry of the event both read it
 * (timeline/event-dates-agree.ts), so they never name two days or two bases for one event.
 */
import type { YearSource } from '../../model/brief.ts';
import { datesAgree, type EventDateValue } from './event-dates.ts';
import { eventDate } from './events.ts';

/** One source's sentence of the event and the dates it gives it. */
export interface SourceDates {
  sourceId: string;
  dates: readonly EventDateValue[];
}

export interface OneEventDate {
  value: EventDateValue;
  /** Set when a source of the event wrote the day without its year and the year is another source's. */
  yearFrom?: YearSource;
}

const YEARLESS = /^--\d{2}-\d{2}$/u;

/** The event's date with the basis of its year, or undefined when no sentence of it gives a date. */
export function oneEventDate(told: readonly SourceDates[]): OneEventDate | undefined {
  const chosen = eventDate(told.map((t) => t.dates));
  if (chosen === undefined) return undefined;
  // A day only written without a year takes the year of the same day another source of the event writes in full.
  const value = YEARLESS.test(chosen.date)
    ? (told.flatMap((t) => t.dates).find((d) => d.date.length === 10 && !YEARLESS.test(d.date) && d.date.slice(4) === chosen.date.slice(1)) ?? chosen)
    : chosen;
  const writer = told.find((t) => t.dates.includes(value));
  if (writer === undefined || YEARLESS.test(value.date)) return { value };
  // The year is another source's when some source of the event wrote this day without one (as the timeline says of it).
  const borrowed = told.some((t) => t.sourceId !== writer.sourceId && t.dates.some((d) => YEARLESS.test(d.date) && datesAgree(d, value)));
  return borrowed ? { value, yearFrom: { rule: 'same-event', sourceId: writer.sourceId } } : { value };
}
