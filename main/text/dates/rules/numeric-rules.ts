// Numeric dates: ISO year-month-day, day/month/year (and month/day/year when only that reads), numeric Hijri.
import { isValidYmd, isoDay } from '../calendar.ts';
import { hijriDay } from '../hijri.ts';
import { NB, NE, E } from '../patterns.ts';
import { blocked, groups, rx, span, type Rule } from './rule-kit.ts';

// ——— numeric dates ———

export const isoDate: Rule = {
  name: 'iso',
  pattern: rx(`${NB}(?<y>\\d{4})(?<sep>[-/.])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})(?:t\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:z|[+-]\\d{2}:?\\d{2})?)?${NE}`),
  build(m) {
    const g = groups(m);
    const d = { year: Number(g.y), month: Number(g.m), day: Number(g.d) };
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
    // «7/3/1429 هـ»: a numeric Hijri date, marked by its era and a year in the Hijri range.
    if (g.hera !== undefined) {
      const y = Number(g.y);
      if (y < 1300 || y > 1500) return blocked(m, 'hijri');
      const d = hijriDay(y, mm, dd);
      return d === null ? blocked(m, 'hijri') : { ...span(m), value: isoDay(d), approximate: false, yearBasis: 'explicit', kind: 'hijri' };
    }
    // Arabic writes day/month/year; a second field above 12 can only be an American month/day/year.
    if (mm > 12 && dd <= 12) [dd, mm] = [mm, dd];
    const d = { year: Number(g.y), month: mm, day: dd };
    return isValidYmd(d) ? { ...span(m), value: isoDay(d), approximate: false, yearBasis: 'explicit', kind: 'date' } : blocked(m, 'date');
  },
};
