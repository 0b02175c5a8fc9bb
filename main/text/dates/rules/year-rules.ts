// Years: a year after «عام» or a preposition of time, a range of years.
import { isoDay, isoYear } from '../calendar.ts';
import { wordBefore } from '../context-cues.ts';
import { BC, PART, E, year } from '../patterns.ts';
import { groups, partOf, rx, span, yearOf, yearRange, type Rule } from './rule-kit.ts';

// ——— years ———

// Prepositions that make a bare four-digit number a year («في 2013», «منذ 2011»).
const YEAR_PREPOSITIONS = new Set(['في', 'منذ', 'خلال', 'حتي', 'قبل', 'بعد', 'مطلع', 'بدايه', 'نهايه', 'اواخر', 'اوائل', 'منتصف', 'ابان', 'طيله', 'عام', 'العام', 'سنه']);

export const yearAlone: Rule = {
  name: 'year',
  pattern: rx(`${BC}(?:(?<part>${PART})\\s+)?(?:(?<cue>(?:ال)?(?:عام|سنه)|لعام|للعام|لسنه|للسنه|بعام)\\s+)?${year()}${E}`),
  build(m, env) {
    const g = groups(m);
    const { ks, ke } = span(m);
    const era = g.yearEra !== undefined;
    const prev = wordBefore(env.key, ks);
    const prep = YEAR_PREPOSITIONS.has(prev) || YEAR_PREPOSITIONS.has(prev.replace(/^[وف]/u, ''));
    const strong = g.cue !== undefined || era || g.part !== undefined;
    // Without «عام» or the era mark, only a plausible modern year after a preposition reads as a year.
    const y = strong ? yearOf(g) : prep ? yearOf(g, 'year', 1900, 2100) : null;
    if (y == null) return null;
    const part = partOf(g.part);
    return {
      ks, ke, value: isoYear(y), approximate: part !== undefined, yearBasis: 'explicit', kind: 'year',
      ...(part === undefined ? {} : { range: yearRange(y, part) }),
    };
  },
};

export const yearRangeRule: Rule = {
  name: 'year-range',
  pattern: rx(`${BC}(?:(?:من|بين)\\s+(?:(?:ال)?(?:عام|سنه|عامي|سنتي)\\s+)?|(?:ال)?(?:عامي|سنتي)\\s+)${year('y1')}\\s*(?:-|–|—|الي|حتي|و)\\s*(?:(?:ال)?(?:عام|سنه)\\s+)?${year('y2')}${E}`),
  build(m) {
    const g = groups(m);
    const y1 = yearOf(g, 'y1', 1000, 2199);
    const y2 = yearOf(g, 'y2', 1000, 2199);
    if (y1 == null || y2 == null || y2 <= y1) return null;
    return {
      ...span(m), value: isoYear(y1), approximate: false, yearBasis: 'explicit', kind: 'range',
      range: { start: isoDay({ year: y1, month: 1, day: 1 }), end: isoDay({ year: y2, month: 12, day: 31 }) },
    };
  },
};
