// Months: a part of a month, a month and year, a month alone (with «شهر», a relation, a counted year or a preposition).
import { isoMonth } from '../calendar.ts';
import { namesPayPeriod, tenseAround, wordBefore } from '../context-cues.ts';
import { BC, MONTH, MONTH2, PART, RELATION, YEAR_LINK, E, year, HAS_MONTH_WORD, HAS_YEAR } from '../patterns.ts';
import { resolveMonthYear } from '../resolve.ts';
import { blocked, groups, monthOf, monthRange, partOf, relationOf, relativeYear, rx, span, yearOf, type Rule, OF_YEAR } from './rule-kit.ts';

// ——— months ———

export const monthPart: Rule = {
  name: 'month-part',
  pattern: rx(`${BC}(?<part>${PART})\\s+(?:(?:ال)?شهر\\s+)?(?<month>${MONTH})(?:${MONTH2})?(?:${YEAR_LINK}${year()}|\\s+(?<rel>${RELATION}))?${E}`),
  requires: HAS_MONTH_WORD,
  build(m, env) {
    const g = groups(m);
    const month = monthOf(g);
    const y = yearOf(g);
    const part = partOf(g.part);
    if (month === null || y === null || part === undefined) return blocked(m, 'month');
    const { ks, ke } = span(m);
    const yr = y ?? resolveMonthYear(month, relationOf(g.rel), tenseAround(env.key, ks, ke), env.ref);
    if (yr === null) return null;
    return {
      ks, ke, value: isoMonth(yr, month), approximate: true, range: monthRange(yr, month, part),
      yearBasis: y === undefined ? 'inferred' : 'explicit', kind: 'month',
    };
  },
};

export const monthYear: Rule = {
  name: 'month-year',
  pattern: rx(`${BC}(?:(?:ال)?شهر\\s+)?(?<month>${MONTH})(?:${MONTH2})?${YEAR_LINK}${year()}${E}`),
  requires: HAS_YEAR,
  build(m) {
    const g = groups(m);
    const month = monthOf(g);
    const y = yearOf(g);
    if (month === null || y == null) return blocked(m, 'month');
    return { ...span(m), value: isoMonth(y, month), approximate: false, yearBasis: 'explicit', kind: 'month' };
  },
};

// Words after which a bare month name is a month («في أكتوبر», «منذ مارس», «حتى أيار»).
const MONTH_PREPOSITIONS = new Set(['في', 'منذ', 'خلال', 'حتي', 'قبل', 'بعد', 'طيله', 'ابان']);

export const monthAlone: Rule = {
  name: 'month',
  pattern: rx(`${BC}(?:(?<shahr>(?:ال)?شهر)\\s+)?(?<month>${MONTH})(?:${MONTH2})?(?:${OF_YEAR}|\\s+(?<rel>${RELATION}))?${E}`),
  requires: HAS_MONTH_WORD,
  build(m, env) {
    const g = groups(m);
    const { ks, ke } = span(m);
    // A bare month name is too often something else («مارس» the verb, «نيسان» the car maker, «آب» father):
    // it needs «شهر», a second name, a relation, or a preposition of time before it.
    const prev = wordBefore(env.key, m.index);
    const timePreposition = g.clitic === undefined && (MONTH_PREPOSITIONS.has(prev) || MONTH_PREPOSITIONS.has(prev.replace(/^[وف]/u, '')));
    if (g.shahr === undefined && g.month2 === undefined && g.rel === undefined && g.yrel === undefined && g.ythis === undefined && !timePreposition) return null;
    const month = monthOf(g);
    if (month === null) return blocked(m, 'month');
    const ofYear = relativeYear(g, env.ref);
    if (ofYear === null) return null;
    // «رواتب شهر تشرين الأول ستُصرف»: the month of a pay is the period paid for; its year is the nearest, not the verb's.
    const tense = namesPayPeriod(env.key, m.index) ? null : tenseAround(env.key, ks, ke);
    const yr = ofYear ?? resolveMonthYear(month, relationOf(g.rel), tense, env.ref);
    if (yr === null) return null;
    return { ks, ke, value: isoMonth(yr, month), approximate: false, yearBasis: 'inferred', kind: 'month' };
  },
};
