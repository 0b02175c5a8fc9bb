// A day and a month (and a year), with an optional weekday before; a day range within one month; the month first.
import { isValidYmd, isoDay } from '../calendar.ts';
import { tenseAround } from '../context-cues.ts';
import { B, BC, DAY_PART, MONTH, MONTH2, MONTH_BY_KEY, NB, NE, RELATION, WEEKDAY, WEEKDAY_BY_KEY, YEAR_LINK, E, compact, day, year, HAS_MONTH_WORD, HAS_YEAR } from '../patterns.ts';
import { resolveDayMonth, type Tense } from '../resolve.ts';
import { OF_YEAR, blocked, dayOf, groups, monthOf, relationOf, relativeYear, rx, span, yearOf, type Env, type Groups, type Rule } from './rule-kit.ts';

// ——— day + month (+ year), with an optional weekday before ———

const WEEKDAY_PREFIX = `(?:(?<today>اليوم)\\s*,?\\s*)?(?:(?:يوم|${DAY_PART})\\s+)?(?<wd>${WEEKDAY})\\s*,?\\s*(?:(?:ال)?موافق\\s+)?`;
const MONTH_TAIL = `\\s*(?:من\\s+)?(?:(?:ال)?شهر\\s+)?(?<month>${MONTH})(?:${MONTH2})?(?:${YEAR_LINK}${year()}|${OF_YEAR})?(?:\\s+(?<rel>${RELATION}))?${E}`;

/** The clause's tense, read only when it decides the year: none written or counted, no relation word, a dated article. */
function tenseIfNeeded(g: Groups, written: number | undefined, env: Env, ks: number, ke: number): Tense {
  return written === undefined && g.rel === undefined && env.ref.partial?.year != null ? tenseAround(env.key, ks, ke) : null;
}

export const dayMonth: Rule = {
  name: 'day-month',
  // «9. يناير 2026»: German-style pages put a dot after the day; «24, أغسطس 2019», «24 ، أغسطس ، 2019»: themes that
  // print the day in its own field put a comma. Both read only with the year after the month, since a sentence may
  // end on a figure (or list one before a comma) before a month's name opens the next clause.
  pattern: rx(`${BC}(?:${WEEKDAY_PREFIX})?${day()}(?:\\.(?=\\s+${MONTH}\\s*,?\\s*\\d{4})|\\s*,\\s*(?=${MONTH}\\s*,?\\s*\\d{4}))?${MONTH_TAIL}`),
  requires: HAS_MONTH_WORD,
  build(m, env) {
    const g = groups(m);
    const month = monthOf(g);
    const dd = dayOf(g);
    const y = yearOf(g);
    if (month === null || dd === null || y === null) return blocked(m, 'date');
    const ofYear = relativeYear(g, env.ref);
    if (ofYear === null) return null;
    const weekday = g.wd === undefined ? null : (WEEKDAY_BY_KEY.get(compact(g.wd)) ?? null);
    const { ks, ke } = span(m);
    const resolved = resolveDayMonth(month, dd, { year: y ?? ofYear, relation: relationOf(g.rel), weekday, tense: tenseIfNeeded(g, y ?? ofYear, env, ks, ke) }, env.ref);
    if (resolved === null) return blocked(m, 'date');
    // «15 نوفمبر من العام الماضي»: the year is counted from the article's, not printed.
    return { ks, ke, ...resolved, ...(ofYear === undefined ? {} : { yearBasis: 'inferred' as const }), approximate: false, kind: 'date' };
  },
};

export const dayRange: Rule = {
  name: 'day-range',
  pattern: rx(`${BC}(?:(?:من|بين)\\s+)?${day()}\\s*(?:-|–|—|الي|حتي|و)\\s*${day('2')}${MONTH_TAIL}`),
  requires: HAS_MONTH_WORD,
  build(m, env) {
    const g = groups(m);
    const month = monthOf(g);
    const d1 = dayOf(g);
    const d2 = dayOf(g, '2');
    const y = yearOf(g);
    if (month === null || d1 === null || d2 === null || y === null) return blocked(m, 'range');
    if (d2 <= d1) return null;
    const ofYear = relativeYear(g, env.ref);
    if (ofYear === null) return null;
    const { ks, ke } = span(m);
    const opts = { year: y ?? ofYear, relation: relationOf(g.rel), tense: tenseIfNeeded(g, y ?? ofYear, env, ks, ke) };
    const first = resolveDayMonth(month, d1, opts, env.ref);
    const last = resolveDayMonth(month, d2, opts, env.ref);
    if (first === null || last === null) return blocked(m, 'range');
    // Both ends share the month, so they share the year the first one resolved to.
    if (first.yearBasis === 'unknown') return { ks, ke, ...first, approximate: false, kind: 'range' };
    const yr = Number(first.value.slice(0, 4));
    if (!isValidYmd({ year: yr, month, day: d2 })) return blocked(m, 'range');
    return { ks, ke, ...first, ...(ofYear === undefined ? {} : { yearBasis: 'inferred' as const }), approximate: false, kind: 'range', range: { start: first.value, end: isoDay({ year: yr, month, day: d2 }) } };
  },
};

/**
 * «ديسمبر 5, 2025»: WordPress themes print the month first, then the day, a comma and the year (always written); an
 * English theme's ordinal suffix may stay on the day of an Arabic month («يناير 13th, 2026»).
 */
export const monthFirst: Rule = {
  name: 'month-first',
  pattern: rx(`${BC}(?<month>${MONTH})\\s+${NB}(?<dayNum>\\d{1,2})(?:${NE}|(?:st|nd|rd|th)(?![\\p{L}\\p{N}]))\\s*,\\s*${year()}${E}`),
  requires: HAS_YEAR,
  build(m) {
    const g = groups(m);
    const month = monthOf(g);
    const dd = dayOf(g);
    const y = yearOf(g);
    if (month === null || dd === null || y == null) return blocked(m, 'date');
    const d = { year: y, month, day: dd };
    return isValidYmd(d) ? { ...span(m), value: isoDay(d), approximate: false, yearBasis: 'explicit', kind: 'date' } : blocked(m, 'date');
  },
};

// «13 ك2 2026», «١٣ ت١ ٢٠٢٥»: Syrian and Iraqi pages abbreviate the numbered Levantine months to their first letter in
// a stamp (كانون/تشرين and the month's number). A letter and a figure are no month in prose, so the form is read only
// between a day and a printed year, never alone or with one of them.
const ABBREVIATED = new Map([['ك1', 12], ['ك2', 1], ['ت1', 10], ['ت2', 11]]);

export const dayAbbreviatedMonth: Rule = {
  name: 'day-abbreviated-month',
  pattern: rx(`${BC}${NB}(?<dayNum>\\d{1,2})${NE}\\s*(?<abbr>[كت][12])(?![\\p{L}\\p{N}])(?:${MONTH2})?\\s*,?\\s*${year()}${E}`),
  requires: /[كت][12]/u,
  build(m) {
    const g = groups(m);
    const month = ABBREVIATED.get(g.abbr ?? '');
    const second = g.month2 === undefined ? month : MONTH_BY_KEY.get(compact(g.month2));
    const y = yearOf(g);
    const d = { year: y ?? 0, month: month ?? 0, day: Number(g.dayNum) };
    if (month === undefined || second !== month || y == null || !isValidYmd(d)) return blocked(m, 'date');
    return { ...span(m), value: isoDay(d), approximate: false, yearBasis: 'explicit', kind: 'date' };
  },
};

/**
 * «2026 كانون الثاني 12 14:20», «2026 يناير 12»: a CMS that prints its stamp in the order of an ISO date, the month by
 * its name. The day closes the date: the line ends there, or a clock, a bar or a dash follows, as in a stamp; a figure
 * after a month in prose counts something («… 2026 يناير 12 قتيلا» is not read).
 */
export const yearFirstMonth: Rule = {
  name: 'year-first-month',
  pattern: rx(`${B}(?<year>\\d{4})\\s*,?\\s+(?<month>${MONTH})(?:${MONTH2})?\\s*,?\\s+${NB}(?<dayNum>\\d{1,2})(?![\\p{N}\\p{L}])(?=\\s*(?:$|[|｜·،,\\-–—]|\\d{1,2}:\\d{2}(?!\\d)))`),
  requires: HAS_YEAR,
  build(m) {
    const g = groups(m);
    const month = monthOf(g);
    const second = g.month2 === undefined ? month : (MONTH_BY_KEY.get(compact(g.month2)) ?? null);
    const d = { year: Number(g.year), month: month ?? 0, day: Number(g.dayNum) };
    if (month === null || second !== month || !isValidYmd(d)) return blocked(m, 'date');
    return { ...span(m), value: isoDay(d), approximate: false, yearBasis: 'explicit', kind: 'date' };
  },
};
