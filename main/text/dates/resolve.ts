/**
 * Resolution of underspecified dates against the article's reference date (HeidelTime's news
 * strategy, notes §3.3): a day and month without a year, a month with «الماضي/المقبل», a weekday.
 */
import {
  addDays, daysInMonth, fullDay, isValidYmd, isoDay, isoMonth, monthDayOnly, parsePartialDate, toDayNumber, weekdayOf,
  type PartialYmd, type Ymd,
} from './calendar.ts';
import type { DateContext, DateMention } from './types.ts';

export type Relation = 'past' | 'future' | 'current' | null;
/** What the clause around a date reports: the past (a perfect verb), the future (a future cue), or neither. */
export type Tense = 'past' | 'future' | null;

/** How far past the reference a yearless date in a past clause may fall and still be read as the reference year. */
const FUTURE_SLACK_DAYS = 7;
/**
 * A clause that says neither past nor future («وتستمر الحملة إلى غاية 31 مارس», «في أكتوبر») takes the year that
 * puts the date nearest the article: the reference year unless that is more than half a year after it.
 */
const TENSELESS_SLACK_DAYS = 183;
/** How many years back a written weekday may place a yearless date. */
const WEEKDAY_WINDOW_YEARS = 15;

export interface Reference {
  partial: PartialYmd | null;
  /** The reference as a full day, when it is one. */
  day: Ymd | null;
  now: Ymd | null;
}

export function referenceOf(context: DateContext | undefined): Reference {
  const partial = parsePartialDate(context?.reference ?? null);
  return { partial, day: fullDay(partial), now: fullDay(parsePartialDate(context?.now ?? null)) };
}

/** The last day a month-level reference can stand for: «published in March» may be any day of it. */
function referenceEnd(ref: PartialYmd): Ymd | null {
  if (ref.year === null) return null;
  if (ref.month === null) return { year: ref.year, month: 12, day: 31 };
  return { year: ref.year, month: ref.month, day: ref.day ?? daysInMonth(ref.year, ref.month) };
}

function referenceStart(ref: PartialYmd): Ymd | null {
  if (ref.year === null) return null;
  return { year: ref.year, month: ref.month ?? 1, day: ref.day ?? 1 };
}

type Resolved = Pick<DateMention, 'value' | 'yearBasis'>;

/**
 * The year of a written day and month. Order: written year; relation word; the reference year with
 * the tense heuristic (after the reference by more than a week in a past clause, by more than half a year in a
 * clause of no tense → the year before; before the reference in a future clause → the year after), moved to the
 * year next to it when only that one falls on a written weekday; without a dated article, the written weekday; else unknown.
 */
export function resolveDayMonth(
  month: number, day: number, opts: { year?: number | null; relation?: Relation; weekday?: number | null; tense?: Tense }, ref: Reference,
): Resolved | null {
  if (opts.year != null) {
    const d = { year: opts.year, month, day };
    return isValidYmd(d) ? { value: isoDay(d), yearBasis: 'explicit' } : null;
  }
  if (!isValidYmd({ year: 2000, month, day })) return null;
  const inferred = inferYear(month, day, opts.relation ?? null, opts.tense ?? null, ref);
  const year = inferred === null ? weekdayYear(month, day, opts.weekday ?? null, ref) : weekdayNeighbour(inferred, month, day, opts.weekday ?? null);
  if (year !== null && isValidYmd({ year, month, day })) return { value: isoDay({ year, month, day }), yearBasis: 'inferred' };
  return { value: monthDayOnly(month, day), yearBasis: 'unknown' };
}

function inferYear(month: number, day: number, relation: Relation, tense: Tense, ref: Reference): number | null {
  const p = ref.partial;
  if (p === null || p.year === null) return null;
  const end = referenceEnd(p);
  const start = referenceStart(p);
  if (end === null || start === null) return null;
  // A leap day resolves within the reference year when it can, otherwise it stays yearless.
  const at = (y: number): number => toDayNumber({ year: y, month, day: Math.min(day, daysInMonth(y, month)) });
  let year = p.year;
  if (relation === 'past') {
    if (at(year) >= toDayNumber(start)) year -= 1;
  } else if (relation === 'future') {
    if (at(year) <= toDayNumber(end)) year += 1;
  } else if (relation === 'current') {
    // «11 من شباط الحالي»: the reference's own year.
  } else if (p.month === null) {
    // A year-only reference gives the year and nothing to compare with.
  } else if (tense === 'future') {
    if (at(year) < toDayNumber(start)) year += 1;
  } else if (at(year) > toDayNumber(end) + (tense === 'past' ? FUTURE_SLACK_DAYS : TENSELESS_SLACK_DAYS)) {
    year -= 1;
  }
  return year;
}

/**
 * The written weekday corrects a year the clause's tense guessed: «مساء الخميس 15 أكتوبر» in a clause that also
 * speaks of something to come («قبل الانتخابات المقررة») is the Thursday a day before the article, not a date a
 * year ahead that falls on a Friday. The year before or after is taken when it, and not the guessed one, falls
 * on the weekday (at most one of the two can); otherwise the guess stands and the story checks flag the weekday.
 */
function weekdayNeighbour(year: number, month: number, day: number, weekday: number | null): number {
  const falls = (y: number): boolean => isValidYmd({ year: y, month, day }) && weekdayOf({ year: y, month, day }) === weekday;
  if (weekday === null || falls(year)) return year;
  if (falls(year - 1)) return year - 1;
  return falls(year + 1) ? year + 1 : year;
}

/** The latest year, not after `now` and within the window, whose month-day falls on the weekday. */
function weekdayYear(month: number, day: number, weekday: number | null, ref: Reference): number | null {
  if (weekday === null || ref.now === null) return null;
  const nowDay = toDayNumber(ref.now);
  for (let year = ref.now.year; year >= ref.now.year - WEEKDAY_WINDOW_YEARS; year--) {
    const d = { year, month, day };
    if (!isValidYmd(d) || toDayNumber(d) > nowDay) continue;
    if (weekdayOf(d) === weekday) return year;
  }
  return null;
}

/**
 * The year of a month written without one («ديسمبر الماضي», «شهر مارس», «في أكتوبر»): by its relation word, else by
 * the tense (a past clause: not after the article's month; a future one: not before it; neither: the nearest, so a
 * month up to half a year ahead keeps the article's year).
 */
export function resolveMonthYear(month: number, relation: Relation, tense: Tense, ref: Reference): number | null {
  const p = ref.partial;
  if (p === null || p.year === null) return null;
  if (p.month === null) return relation === null || relation === 'current' ? p.year : null;
  switch (relation) {
    case 'past':
      return month < p.month ? p.year : p.year - 1;
    case 'future':
      return month > p.month ? p.year : p.year + 1;
    case 'current':
      return p.year;
    default:
      if (tense === 'future') return month < p.month ? p.year + 1 : p.year;
      if (tense === 'past') return month > p.month ? p.year - 1 : p.year;
      return month - p.month > 6 ? p.year - 1 : p.year;
  }
}

/** The weekday nearest the reference day: before it («الماضي», or a past clause), after it («المقبل», a future clause). */
export function resolveWeekday(weekday: number, relation: Relation, future: boolean, today: boolean, ref: Reference): Ymd | null {
  if (ref.day === null) return null;
  const refDay = weekdayOf(ref.day);
  const back = (refDay - weekday + 7) % 7;
  const ahead = (weekday - refDay + 7) % 7;
  if (relation === 'past') return addDays(ref.day, -(back === 0 ? 7 : back));
  if (relation === 'future') return addDays(ref.day, ahead === 0 ? 7 : ahead);
  if (today || !future) return addDays(ref.day, -back);
  return addDays(ref.day, ahead);
}

export { isoDay, isoMonth };
