// Solar Hijri dates, as Iran's Arabic services print them beside (or instead of) the Gregorian day: «٢٣ دی ١٤٠٤».
import { isoDay } from '../calendar.ts';
import { solarHijriDay } from '../solar-hijri.ts';
import { BC, E, HAS_SOLAR_YEAR, NB, NE, SOLAR_BY_KEY, SOLAR_MONTH, compact } from '../patterns.ts';
import { blocked, groups, rx, span, type Rule } from './rule-kit.ts';

export const solarHijri: Rule = {
  name: 'solar-hijri',
  // A day, the month and a year of the solar era (13xx, 14xx): «مهر», «تير» and «دي» are words too, so all three
  // are required; an era mark («هـ.ش», «ش») may follow.
  pattern: rx(`${BC}${NB}(?<sday>\\d{1,2})${NE}\\s*(?<smonth>${SOLAR_MONTH})\\s*,?\\s*${NB}(?<syear>1[34]\\d{2})${NE}(?:\\s*ه?\\s*\\.?\\s*ش${E})?`),
  requires: HAS_SOLAR_YEAR,
  build(m) {
    const g = groups(m);
    const month = g.smonth === undefined ? undefined : SOLAR_BY_KEY.get(compact(g.smonth));
    if (month === undefined) return null;
    const d = solarHijriDay(Number(g.syear), month, Number(g.sday));
    // Kind 'hijri': a Gregorian date printed beside it wins, as it does over the lunar Hijri day.
    return d === null ? blocked(m, 'hijri') : { ...span(m), value: isoDay(d), approximate: false, yearBasis: 'explicit', kind: 'hijri' };
  },
};
