import { findDates } from '../../text/dates/index.ts';
import { compatibleDates, type DatedValue } from '../timeline/date-order.ts';
import { eventDatesFirst } from '../timeline/since-dates.ts';
import { sinceBefore } from '../../text/dates/since-frame.ts';

/**
 * The dates a sentence gives its event, resolved against its article's date (text/dates), without the
 * starting points «منذ …». A tagger failure gives no dates rather than an error.
 */
export function sentenceDates(text: string, reference: string | null, now: string | undefined): EventDateValue[] {
  let mentions;
  try {
    mentions = findDates(text, { reference, ...(now === undefined ? {} : { now }) });
  } catch {
    return [];
  }
  // «نهاية لأكثر من عقد من الصراع منذ 2011» does not put the event in 2011; «منذ ثلاثة أيام» beside a date of the
  // event's own does not either.
  return eventDatesFirst(text, mentions.filter((m) => !sinceBefore(text, m.start)))
    .map((m) => ({ date: m.value, ...(m.range === undefined ? {} : { range: m.range }), approximate: m.approximate, yearKnown: m.yearBasis === 'explicit' }));
}

/** A sentence's date, and whether its year was written (else the tagger inferred it, or could not). */
export type EventDateValue = DatedValue & { yearKnown?: boolean };

/**
 * Whether two sentences' dates can name one event: overlapping days (timeline/date-order), or, when a year
 * was only inferred, the same month (and the same day when both give an exact one) — a year the tagger
 * guessed never splits an event that another source dates in full.
 */
export function datesAgree(a: EventDateValue, b: EventDateValue): boolean {
  if (compatibleDates(a, b)) return true;
  if (a.yearKnown === true && b.yearKnown === true) return false;
  const md = (v: EventDateValue): [string, string] => {
    const m = /^(?:\d{4}|-)-(\d{2})(?:-(\d{2}))?$/.exec(v.date);
    return [m?.[1] ?? '', v.approximate || v.range !== undefined ? '' : (m?.[2] ?? '')];
  };
  const [ma, da] = md(a);
  const [mb, db] = md(b);
  return ma !== '' && ma === mb && (da === '' || db === '' || da === db);
}

const DAY_MS = 86_400_000;

/** The number of the UTC day an ISO date `YYYY-MM-DD` names, counted from 1970-01-01: one day a step, to compare days. */
export function isoDayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

/**
 * Whether two sentences put one event on days close enough for two sources to disagree on it (18 and 19 August for
 * one launch) rather than tell two events: both exact days, at most `days` apart. Asked only of sentences that tell
 * one sense with many shared words; their disagreement is then a question (questions/date-contradictions).
 */
export function datesNear(a: EventDateValue, b: EventDateValue, days: number): boolean {
  const exact = (v: EventDateValue): number | null =>
    !v.approximate && v.range === undefined && /^\d{4}-\d{2}-\d{2}$/u.test(v.date) ? Date.parse(`${v.date}T00:00:00Z`) : null;
  const x = exact(a);
  const y = exact(b);
  return x !== null && y !== null && Math.abs(x - y) <= days * DAY_MS;
}
