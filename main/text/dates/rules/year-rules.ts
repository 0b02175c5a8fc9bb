// Years: a year after «عام» or a preposition of time, a range of years.
import { isRelativePronoun } from '../../arabic/relatives.ts';
import { daysInMonth, isoDay, isoYear } from '../calendar.ts';
import { wordBefore } from '../context-cues.ts';
import { BC, DOCUMENT_KEYS, ISSUE_KEYS, PART, SEASON, SEASON_BY_KEY, E, compact, year, HAS_YEAR } from '../patterns.ts';
import { groups, partOf, rx, span, yearOf, yearRange, type Rule } from './rule-kit.ts';

// ——— years ———

// Prepositions that make a bare four-digit number a year («في 2013», «منذ 2011»).
const YEAR_PREPOSITIONS = new Set(['في', 'منذ', 'خلال', 'حتي', 'قبل', 'بعد', 'مطلع', 'بدايه', 'نهايه', 'اواخر', 'اوائل', 'منتصف', 'ابان', 'طيله', 'عام', 'العام', 'سنه']);

// How far before «لسنة 2009» the document it names may stand: «قانون تعويض المتضررين رقم 20 لسنة 2009».
const DOCUMENT_REACH = 6;

/**
 * Whether a year names a document, plan or agreement rather than dating its clause: its noun right before a bare
 * year («رؤية 2030م»), or within a few words of the clause before a genitive «لسنة / لعام» («قانون … رقم 20 لسنة
 * 2009»), which is how a law's or a decree's year is written. «وقع الاتفاق عام 2015» keeps its date: «عام» dates.
 */
function namesDocument(key: string, ks: number, genitive: boolean): boolean {
  const clause = key.slice(Math.max(0, ks - 120), ks).split(/[.,;:!?()«»"\n]/u).pop() ?? '';
  const words = clause.split(/\s+/u).filter((w) => w !== '');
  const reach = genitive ? words.slice(-DOCUMENT_REACH) : words.slice(-1);
  return reach.some((w) => DOCUMENT_KEYS.has(compact(w.replace(/^[وف]/u, ''))) || DOCUMENT_KEYS.has(compact(w)));
}

/**
 * Whether a year stands in a phrase of a document's issue: after a participle that describes the noun before it
 * («المرسوم الصادر عام 2021», «الاتفاق المؤرخ في 2015») or after a verb of a relative clause («القانون الذي صدر عام
 * 2009»). The year is the document's; the sentence's main clause («قرر المجلس الثلاثاء صرف تعويضات …») keeps its own.
 */
function namesIssue(key: string, ks: number): boolean {
  const clause = key.slice(Math.max(0, ks - 80), ks).split(/[.,;:!?()«»"\n]/u).pop() ?? '';
  const words = clause.split(/\s+/u).filter((w) => w !== '');
  if (words.at(-1) === 'في') words.pop();
  const last = compact(words.at(-1) ?? '');
  if (!ISSUE_KEYS.has(last)) return false;
  return last.startsWith('ال') || isRelativePronoun(compact(words.at(-2) ?? ''));
}

export const yearAlone: Rule = {
  name: 'year',
  pattern: rx(`${BC}(?:(?<part>${PART})\\s+)?(?:(?<cue>(?:ال)?(?:عام|سنه)|لعام|للعام|لسنه|للسنه|بعام)\\s+)?${year()}${E}`),
  requires: HAS_YEAR,
  build(m, env) {
    const g = groups(m);
    const { ks, ke } = span(m);
    const era = g.yearEra !== undefined;
    const prev = wordBefore(env.key, ks);
    const prep = YEAR_PREPOSITIONS.has(prev) || YEAR_PREPOSITIONS.has(prev.replace(/^[وف]/u, ''));
    const strong = g.cue !== undefined || era || g.part !== undefined;
    // «لسنة»: the match may begin after the preposition, which the boundary lets stand apart.
    const genitive = g.cue !== undefined && (/^ل/u.test(g.cue) || env.key[ks - 1] === 'ل');
    if (g.part === undefined && (genitive || g.cue === undefined) && namesDocument(env.key, ks, genitive)) return null;
    if (g.part === undefined && namesIssue(env.key, ks)) return null;
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

/** A season of a year: «صيف 2011», «في شتاء عام 2012»; a range of its months, approximate. */
export const seasonYear: Rule = {
  name: 'season-year',
  pattern: rx(`${BC}(?<season>${SEASON})\\s+(?:(?:ال)?(?:عام|سنه)\\s+)?${year()}${E}`),
  requires: HAS_YEAR,
  build(m) {
    const g = groups(m);
    const months = SEASON_BY_KEY.get(compact(g.season ?? ''));
    const y = yearOf(g, 'year', 1000, 2199);
    if (!months || y == null) return null;
    const [from, to] = months;
    const start = isoDay({ year: from > to ? y - 1 : y, month: from, day: 1 });
    return { ...span(m), value: isoYear(y), approximate: true, yearBasis: 'explicit', kind: 'year', range: { start, end: isoDay({ year: y, month: to, day: daysInMonth(y, to) }) } };
  },
};

export const yearRangeRule: Rule = {
  name: 'year-range',
  pattern: rx(`${BC}(?:(?:من|بين)\\s+(?:(?:ال)?(?:عام|سنه|عامي|سنتي)\\s+)?|(?:ال)?(?:عامي|سنتي)\\s+)${year('y1')}\\s*(?:-|–|—|الي|حتي|و)\\s*(?:(?:ال)?(?:عام|سنه)\\s+)?${year('y2')}${E}`),
  requires: HAS_YEAR,
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
