// Hijri dates written with a month name: a day, or the whole month as the span of Gregorian days it covers.
import { addDays, isoDay, isoMonth } from '../calendar.ts';
import { hijriDay, hijriMonthSpan } from '../hijri.ts';
import { BC, HIJRI_BY_KEY, HIJRI_MONTH, NB, NE, E, compact, day, HAS_YEAR } from '../patterns.ts';
import { blocked, dayOf, groups, rx, span, type Rule } from './rule-kit.ts';

// ——— Hijri ———

export const hijri: Rule = {
  name: 'hijri',
  // «١٦-جمادى الثانية-١٤٤٧», «16/رجب/1447»: prayer-time sites and stamps set the month's name off by dashes or slashes.
  pattern: rx(`${BC}(?:${day()}\\s*(?:[-/]\\s*)?(?:من\\s+)?)?(?:(?:ال)?شهر\\s+)?(?<hmonth>${HIJRI_MONTH})\\s*(?:,\\s*|من\\s+|[-/]\\s*)?(?:(?:ال)?(?:عام|سنه)\\s+)?${NB}(?<hyear>\\d{4})(?<hera>\\s*ه${E}|\\s+للهجره${E}|\\s+هجريه?${E})?${NE}(?!\\s?م${E})`),
  requires: HAS_YEAR,
  build(m) {
    const g = groups(m);
    const month = g.hmonth === undefined ? undefined : HIJRI_BY_KEY.get(compact(g.hmonth));
    const hy = Number(g.hyear);
    // «رجب» and «رمضان» are also names: without the era mark, only a year in the Hijri range makes a date.
    if (month === undefined || (g.hera === undefined && (hy < 1300 || hy > 1500))) return null;
    const dd = dayOf(g);
    if (dd !== null) {
      const d = hijriDay(hy, month, dd);
      return d === null ? blocked(m, 'hijri') : { ...span(m), value: isoDay(d), approximate: false, yearBasis: 'explicit', kind: 'hijri' };
    }
    const whole = hijriMonthSpan(hy, month);
    if (whole === null) return null;
    const mid = addDays(whole.start, 14);
    return {
      ...span(m), value: isoMonth(mid.year, mid.month), approximate: true, yearBasis: 'explicit', kind: 'hijri',
      range: { start: isoDay(whole.start), end: isoDay(whole.end) },
    };
  },
};
