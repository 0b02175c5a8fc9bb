import { findDates } from '../../text/dates/index.ts';
import { compatibleDates, type DatedValue } from '../timeline/date-order.ts';
import { eventDatesFirst, sinceBefore } from '../timeline/since-dates.ts';

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
