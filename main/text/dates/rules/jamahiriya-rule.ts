// Libya's Jamahiriya month names, as its papers and their archives printed them (about 1979 to 2011): «الأحد 6
// الكانون 2009», «15 الفاتح 1377 و.ر». The names are common words («الربيع», «الماء», «الصيف») or given names («ناصر»,
// «الفاتح»): a day before one and a year of those years after it are all required, a year of the era counted from the
// Prophet's death (Gregorian year - 632) only with its mark «و.ر».
import { isoDay, isValidYmd } from '../calendar.ts';
import { BC, E, HAS_JAMAHIRIYA_YEAR, JAMAHIRIYA_BY_KEY, JAMAHIRIYA_MONTH, NB, NE, compact } from '../patterns.ts';
import { blocked, groups, rx, span, type Rule } from './rule-kit.ts';

// The era of the Jamahiriya years: 1979 is its 1347.
const ERA_OFFSET = 632;

export const jamahiriya: Rule = {
  name: 'jamahiriya',
  pattern: rx(
    `${BC}${NB}(?<jday>\\d{1,2})${NE}\\s*(?<jmonth>${JAMAHIRIYA_MONTH})\\s*,?\\s*(?:${NB}(?<jyear>19[789]\\d|20(?:0\\d|1[01]))${NE}(?:\\s*م${E})?|${NB}(?<jera>13[4-7]\\d)${NE}\\s*و\\s*\\.?\\s*ر${E}\\.?)`,
  ),
  requires: HAS_JAMAHIRIYA_YEAR,
  build(m) {
    const g = groups(m);
    const month = g.jmonth === undefined ? undefined : JAMAHIRIYA_BY_KEY.get(compact(g.jmonth));
    const year = g.jyear !== undefined ? Number(g.jyear) : g.jera !== undefined ? Number(g.jera) + ERA_OFFSET : NaN;
    if (month === undefined || !(year >= 1979 && year <= 2011)) return null;
    const d = { year, month, day: Number(g.jday) };
    return isValidYmd(d) ? { ...span(m), value: isoDay(d), approximate: false, yearBasis: 'explicit', kind: 'date' } : blocked(m, 'date');
  },
};
