// Numeric dates: ISO year-month-day, day/month/year (and month/day/year when only that reads), numeric Hijri.
import { isValidYmd, isoDay } from '../calendar.ts';
import { hijriDay } from '../hijri.ts';
import { NB, NE, E } from '../patterns.ts';
import { blocked, groups, rx, span, type Rule } from './rule-kit.ts';

// ——— numeric dates ———

/** «7/3/1429 هـ», «1446/6/5 هـ»: a numeric Hijri date, marked by its era and a year in the Hijri range. */
function numericHijri(m: RegExpExecArray, year: number, month: number, day: number): ReturnType<Rule['build']> {
  if (year < 1300 || year > 1500) return blocked(m, 'hijri');
  const d = hijriDay(year, month, day);
  return d === null ? blocked(m, 'hijri') : { ...span(m), value: isoDay(d), approximate: false, yearBasis: 'explicit', kind: 'hijri' };
}

export const isoDate: Rule = {
  name: 'iso',
  pattern: rx(`${NB}(?<y>\\d{4})(?<sep>[-/.])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})(?:t\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:z|[+-]\\d{2}:?\\d{2})?)?${NE}(?<hera>\\s*ه${E})?`),
  build(m) {
    const g = groups(m);
    const d = { year: Number(g.y), month: Number(g.m), day: Number(g.d) };
    if (g.hera !== undefined) return numericHijri(m, d.year, d.month, d.day);
    // A year-first date in the Hijri range whose era mark was dropped is still no Gregorian date of the 15th century.
    if (d.year >= 1300 && d.year <= 1500) return blocked(m, 'hijri');
    return isValidYmd(d) ? { ...span(m), value: isoDay(d), approximate: false, yearBasis: 'explicit', kind: 'date' } : blocked(m, 'date');
  },
};

export const numericDate: Rule = {
  name: 'numeric',
  // «05 - 12 - 2025»: dashes and slashes may be spaced; dots never are («5. 12»).
  pattern: rx(`${NB}(?<d>\\d{1,2})(?:\\.(?<m>\\d{1,2})\\.|\\s?-\\s?(?<mDash>\\d{1,2})\\s?-\\s?|\\s?\\/\\s?(?<mSlash>\\d{1,2})\\s?\\/\\s?)(?<y>\\d{4})${NE}(?<hera>\\s*ه${E})?`),
  build(m) {
    const g = groups(m);
    let dd = Number(g.d);
    let mm = Number(g.m ?? g.mDash ?? g.mSlash);
    if (g.hera !== undefined) return numericHijri(m, Number(g.y), mm, dd);
    // Arabic writes day/month/year; a second field above 12 can only be an American month/day/year.
    if (mm > 12 && dd <= 12) [dd, mm] = [mm, dd];
    const d = { year: Number(g.y), month: mm, day: dd };
    return isValidYmd(d) ? { ...span(m), value: isoDay(d), approximate: false, yearBasis: 'explicit', kind: 'date' } : blocked(m, 'date');
  },
};
