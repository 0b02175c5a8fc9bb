// Numeric dates: ISO year-month-day, day/month/year (and month/day/year when only that reads), numeric Hijri.
import { isValidYmd, isoDay, weekdayOf, type Ymd } from '../calendar.ts';
import { hijriDay } from '../hijri.ts';
import { MONTH, NB, NE, E, HAS_DIGIT, HAS_YEAR, WEEKDAY_PATTERN, weekdayOfWord } from '../patterns.ts';
import { blocked, groups, monthOf, rx, span, type Env, type Rule } from './rule-kit.ts';

// ——— numeric dates ———

/** «7/3/1429 هـ», «1446/6/5 هـ»: a numeric Hijri date, marked by its era and a year in the Hijri range. */
function numericHijri(m: RegExpExecArray, year: number, month: number, day: number): ReturnType<Rule['build']> {
  if (year < 1300 || year > 1500) return blocked(m, 'hijri');
  const d = hijriDay(year, month, day);
  return d === null ? blocked(m, 'hijri') : { ...span(m), value: isoDay(d), approximate: false, yearBasis: 'explicit', kind: 'hijri' };
}

export const isoDate: Rule = {
  name: 'iso',
  // «2026 / 1 / 10»: opinion portals space the slashes of a year-first date, each side alike (dots never are spaced).
  pattern: rx(`${NB}(?<y>\\d{4})(?<sep>[-/.]|\\s[-/]\\s)(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})(?:t\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:z|[+-]\\d{2}:?\\d{2})?)?${NE}(?<hera>\\s*ه${E})?`),
  requires: HAS_YEAR,
  build(m) {
    const g = groups(m);
    const d = { year: Number(g.y), month: Number(g.m), day: Number(g.d) };
    if (g.hera !== undefined) return numericHijri(m, d.year, d.month, d.day);
    // A year-first date in the Hijri range whose era mark was dropped is still no Gregorian date of the 15th century.
    if (d.year >= 1300 && d.year <= 1500) return blocked(m, 'hijri');
    return isValidYmd(d) ? { ...span(m), value: isoDay(d), approximate: false, yearBasis: 'explicit', kind: 'date' } : blocked(m, 'date');
  },
};

// The weekday a numeric date is printed after, in the key: «ثلاثاء, 01/06/2026 - 14:53» (Drupal's default stamp).
const WEEKDAY_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${WEEKDAY_PATTERN})[\\s,،\\-–]*$`, 'u');

/**
 * Day-first unless the weekday printed before the date says otherwise: Drupal's default stamp is month/day/year
 * («ثلاثاء, 01/06/2026» is Tuesday 6 January, not Monday 1 June), which the weekday tells apart when both read.
 */
function dayOrMonthFirst(key: string, start: number, dayFirst: Ymd): Ymd {
  const monthFirst = { year: dayFirst.year, month: dayFirst.day, day: dayFirst.month };
  if (dayFirst.month > 12 || monthFirst.month > 12 || !isValidYmd(monthFirst)) return dayFirst;
  const named = WEEKDAY_BEFORE.exec(key.slice(Math.max(0, start - 16), start))?.[1];
  const wd = named === undefined ? undefined : weekdayOfWord(named);
  if (wd === undefined || (isValidYmd(dayFirst) && weekdayOf(dayFirst) === wd)) return dayFirst;
  return weekdayOf(monthFirst) === wd ? monthFirst : dayFirst;
}

/** Arabic writes day/month/year; a second field above 12 can only be an American month/day/year. */
function dayAndMonth(first: number, second: number): { day: number; month: number } {
  return second > 12 && first <= 12 ? { day: second, month: first } : { day: first, month: second };
}

export const numericDate: Rule = {
  name: 'numeric',
  // «05 - 12 - 2025»: dashes and slashes may be spaced; dots never are («5. 12»).
  pattern: rx(`${NB}(?<d>\\d{1,2})(?:\\.(?<m>\\d{1,2})\\.|\\s?-\\s?(?<mDash>\\d{1,2})\\s?-\\s?|\\s?\\/\\s?(?<mSlash>\\d{1,2})\\s?\\/\\s?)(?<y>\\d{4})${NE}(?<hera>\\s*ه${E})?`),
  requires: HAS_YEAR,
  build(m, env) {
    const g = groups(m);
    const dd = Number(g.d);
    const mm = Number(g.m ?? g.mDash ?? g.mSlash);
    // «الثلاثاء 24 / 7 / 1447»: Gulf pages print the Hijri day in figures without its era mark; a year of the Hijri
    // range is no Gregorian year a page dates anything by.
    if (g.hera !== undefined || (Number(g.y) >= 1300 && Number(g.y) <= 1500)) return numericHijri(m, Number(g.y), mm, dd);
    const d = dayOrMonthFirst(env.key, m.index, { year: Number(g.y), ...dayAndMonth(dd, mm) });
    return isValidYmd(d) ? { ...span(m), value: isoDay(d), approximate: false, yearBasis: 'explicit', kind: 'date' } : blocked(m, 'date');
  },
};

/**
 * The century of a two-digit year: the latest year ending in those digits that is not after the year following the
 * reference date's (else the clock's) — «26» is 2026 in 2026, «98» is 1998. Without either the year is not guessed.
 */
function fullYear(yy: number, env: Env): number | null {
  const refYear = env.ref.partial?.year ?? env.ref.now?.year;
  if (refYear == null) return null;
  const year = Math.floor((refYear + 1) / 100) * 100 + yy;
  return year > refYear + 1 ? year - 100 : year;
}

/**
 * «12/01/26», «09.01.26», «11-1-26»: a day-first numeric date with a two-digit year. Read only when every field fits
 * (a day, a month up to 12) and the separators agree; dots need two-digit day and month, since «1.5.20» is a version,
 * and dashes one two-digit field, since «2-1-26» reads as a score. With slashes a second field above 12 can only be
 * an American month/day/year, as with a four-digit year: WhatsApp's exported stamp «[1/13/26, 9:41 PM]».
 */
export const shortYearDate: Rule = {
  name: 'numeric-short-year',
  pattern: rx(`${NB}(?<d>\\d{1,2})(?<sep>[/.-])(?<m>\\d{1,2})\\k<sep>(?<y>\\d{2})${NE}`),
  requires: HAS_DIGIT,
  build(m, env) {
    const g = groups(m);
    const wide = [(g.d ?? '').length, (g.m ?? '').length].filter((n) => n === 2).length;
    if ((g.sep === '.' && wide < 2) || (g.sep === '-' && wide < 1)) return null;
    const year = fullYear(Number(g.y), env);
    const [first, second] = [Number(g.d), Number(g.m)];
    const d = { year: year ?? 0, ...(g.sep === '/' ? dayAndMonth(first, second) : { day: first, month: second }) };
    return year !== null && isValidYmd(d) ? { ...span(m), value: isoDay(d), approximate: false, yearBasis: 'explicit', kind: 'date' } : null;
  },
};

/**
 * «12-يناير-26», «07-يناير-2026», «05/Dec/25»: a day, a month name and a year of two or four digits held together by
 * dashes or slashes, as CMS stamps print them.
 */
export const monthNameShortYear: Rule = {
  name: 'month-name-short-year',
  pattern: rx(`${NB}(?<dayNum>\\d{1,2})\\s?(?<sep>[/-])\\s?(?<month>${MONTH})\\s?\\k<sep>\\s?(?<y>\\d{4}|\\d{2})${NE}`),
  requires: HAS_DIGIT,
  build(m, env) {
    const g = groups(m);
    const month = monthOf(g);
    if (month === null) return null;
    const year = g.y?.length === 4 ? Number(g.y) : fullYear(Number(g.y), env);
    const d = { year: year ?? 0, month, day: Number(g.dayNum) };
    return year !== null && isValidYmd(d) ? { ...span(m), value: isoDay(d), approximate: false, yearBasis: 'explicit', kind: 'date' } : null;
  },
};
