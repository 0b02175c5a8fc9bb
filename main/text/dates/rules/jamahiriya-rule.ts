// Libya's Jamahiriya month names, as its papers and their archives printed them (about 1979 to 2011): «الأحد 6
// الكانون 2009», «15 الفاتح 1377 و.ر». The names are common words («الربيع», «الماء», «الصيف») or given names («ناصر»,
// «الفاتح»): a day before one and a year of those years after it are all required, a year of the era counted from the
// Prophet's death (Gregorian year - 632) only with its mark «و.ر».
import { isoDay, isValidYmd } from '../calendar.ts';
import { BC, E, HAS_JAMAHIRIYA_YEAR, JAMAHIRIYA_BY_KEY, JAMAHIRIYA_MONTH, NB, NE, compact, isWeekdayName } from '../patterns.ts';
import { blocked, groups, rx, span, type Rule } from './rule-kit.ts';

// The era of the Jamahiriya years: 1979 is its 1347.
const ERA_OFFSET = 632;
// The months whose names are common words or names: in a sentence, «فاز الهلال 2 الفاتح 2011» is a score and «القانون
// رقم 3 الحرث 2007» a law's number. Such a month is read only with more than a figure before it and a year after it: a
// weekday, a publication label, the era's mark, or the date opening its line (a stamp).
const COMMON_WORD_MONTHS = new Set(['الربيع', 'الطير', 'الماء', 'الصيف', 'ناصر', 'الفاتح', 'التمور', 'الحرث'].map(compact));
const LABEL_BEFORE = /(?:^|\s)(?:نشر(?:\s+في)?|بتاريخ|تاريخ(?:\s+النشر)?)\s*[:：]?\s*$/u;

/** Whether what stands before the day on its line makes the date a stamp's: nothing, a weekday or a label. */
function stampedBefore(m: RegExpExecArray): boolean {
  const before = (m.input.slice(0, m.index).split('\n').at(-1) ?? '').replace(/[\s،,|\-–—]+$/u, '');
  return before === '' || isWeekdayName(before.split(/\s+/u).at(-1) ?? '') || LABEL_BEFORE.test(before);
}

export const jamahiriya: Rule = {
  name: 'jamahiriya',
  pattern: rx(
    `${BC}${NB}(?<jday>\\d{1,2})${NE}\\s+(?<jmonth>${JAMAHIRIYA_MONTH})(?:\\s*,\\s*|\\s+)(?:${NB}(?<jyear>19[789]\\d|20(?:0\\d|1[01]))${NE}(?:\\s*م${E})?|${NB}(?<jera>13[4-7]\\d)${NE}\\s*و\\s*\\.?\\s*ر${E}\\.?)`,
  ),
  requires: HAS_JAMAHIRIYA_YEAR,
  build(m) {
    const g = groups(m);
    const month = g.jmonth === undefined ? undefined : JAMAHIRIYA_BY_KEY.get(compact(g.jmonth));
    const year = g.jyear !== undefined ? Number(g.jyear) : g.jera !== undefined ? Number(g.jera) + ERA_OFFSET : NaN;
    if (month === undefined || !(year >= 1979 && year <= 2011)) return null;
    if (g.jera === undefined && COMMON_WORD_MONTHS.has(compact(g.jmonth ?? '')) && !stampedBefore(m)) return null;
    const d = { year, month, day: Number(g.jday) };
    return isValidYmd(d) ? { ...span(m), value: isoDay(d), approximate: false, yearBasis: 'explicit', kind: 'date' } : blocked(m, 'date');
  },
};
