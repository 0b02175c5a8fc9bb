// Relative weeks, months and years («الشهر الماضي», «هذا العام») and counts back («منذ ثلاثة أيام»).
import { addDays, addMonths, isoDay, isoMonth, isoYear, weekdayOf, type Ymd } from '../calendar.ts';
import { BC, NUMBER_BY_KEY, NUMBER_WORD, PART, RELATION, UNIT, UNIT_BY_KEY, E, compact } from '../patterns.ts';
import { type Reference } from '../resolve.ts';
import { dayCandidate, groups, monthRange, partOf, relationOf, rx, span, yearRange, type Candidate, type Rule } from './rule-kit.ts';

// ——— relative units ———

function unitOf(word: string): 'week' | 'month' | 'year' | null {
  const k = compact(word).replace(/^ال/u, '');
  if (k === 'اسبوع') return 'week';
  if (k === 'شهر') return 'month';
  if (k === 'عام' || k === 'سنه') return 'year';
  return null;
}

// The day an Arab newsroom's week starts on, JavaScript's numbering (0 = Sunday). Sunday is the first working day of
// most Arab states (Egypt, Saudi Arabia and the Gulf, Iraq, Syria, Jordan, Libya, Algeria, Sudan, Yemen); their
// calendars print the week from Saturday (CLDR's firstDay), but the week their news speaks of, «مطلع الأسبوع» the days
// work resumes, starts on Sunday. Morocco, Tunisia, Mauritania, Lebanon and the Emirates work from Monday: a week from
// Sunday still holds their Monday and Tuesday in its first three days. An ISO week (from Monday) counted Sunday as the
// last day of the week before, where most of these newsrooms count it the first of the new one. The week is not
// reckoned per outlet: an article record carries no country.
const WEEK_FIRST_DAY = 0;

/** The week (Sunday–Saturday, WEEK_FIRST_DAY) that contains a day. */
function weekOf(d: Ymd): { start: Ymd; end: Ymd } {
  const back = (weekdayOf(d) - WEEK_FIRST_DAY + 7) % 7;
  const start = addDays(d, -back);
  return { start, end: addDays(start, 6) };
}

// A part of a week, as days of its week (weekOf: Sunday first): «مطلع الأسبوع» its first three (Sunday–Tuesday),
// «منتصف» Tuesday–Thursday, «نهاية» the last three (Thursday–Saturday, the Friday and Saturday of most Arab weekends).
const WEEK_PARTS: Readonly<Record<'start' | 'mid' | 'end', readonly [number, number]>> = { start: [0, 2], mid: [2, 4], end: [4, 6] };

function unitCandidate(ks: number, ke: number, unit: 'week' | 'month' | 'year', shift: number, ref: Reference, part?: 'start' | 'mid' | 'end'): Candidate | null {
  const p = ref.partial;
  if (unit === 'week') {
    if (ref.day === null) return null;
    const w = weekOf(addDays(ref.day, 7 * shift));
    const [from, to] = part === undefined ? [0, 6] : WEEK_PARTS[part];
    const start = addDays(w.start, from);
    return { ks, ke, value: isoDay(start), approximate: true, range: { start: isoDay(start), end: isoDay(addDays(w.start, to)) }, yearBasis: 'inferred', kind: 'relative' };
  }
  if (unit === 'month') {
    if (p === null || p.year === null || p.month === null) return null;
    const d = addMonths({ year: p.year, month: p.month, day: 1 }, shift);
    return { ks, ke, value: isoMonth(d.year, d.month), approximate: true, range: monthRange(d.year, d.month, part), yearBasis: 'inferred', kind: 'relative' };
  }
  if (p === null || p.year === null) return null;
  const y = p.year + shift;
  return { ks, ke, value: isoYear(y), approximate: true, range: yearRange(y, part), yearBasis: 'inferred', kind: 'relative' };
}

export const relativeUnit: Rule = {
  name: 'relative-unit',
  // «مطلع الأسبوع», «نهاية الشهر»: a part of the unit with the article and no relation is a part of the current one.
  pattern: rx(`${BC}(?:(?<part>${PART})\\s+)?(?:(?<unit>(?:ال)?(?:اسبوع|شهر|عام|سنه))\\s+(?<rel>${RELATION})|(?:هذا|هذه)\\s+(?<unit2>(?:ال)?(?:اسبوع|شهر|عام|سنه))|(?<part3>${PART})\\s+(?<unit3>ال(?:اسبوع|شهر|عام|سنه)))${E}`),
  requires: /اسبوع|شهر|عام|سنه/u,
  build(m, env) {
    const g = groups(m);
    const unit = unitOf(g.unit ?? g.unit2 ?? g.unit3 ?? '');
    if (unit === null) return null;
    const rel = g.unit2 !== undefined || g.unit3 !== undefined ? 'current' : relationOf(g.rel);
    const shift = rel === 'past' ? -1 : rel === 'future' ? 1 : 0;
    const { ks, ke } = span(m);
    return unitCandidate(ks, ke, unit, shift, env.ref, partOf(g.part ?? g.part3));
  },
};

export const agoUnits: Rule = {
  name: 'ago',
  pattern: rx(`${BC}(?<prep>منذ|قبل)\\s+(?:(?<n>\\d{1,3}|${NUMBER_WORD})\\s+(?<unit>${UNIT})|(?<unit1>${UNIT})(?:\\s+(?:واحد|واحده))?)${E}`),
  requires: /منذ|قبل/u,
  build(m, env) {
    const g = groups(m);
    const { ks, ke } = span(m);
    // «قبل يوم من الانتخابات» counts from another event, «منذ عام 2011» is a year: not from the article's date.
    if (/^\s*(?:من|علي|\d)/u.test(env.key.slice(ke, ke + 6))) return null;
    const unitWord = g.unit ?? g.unit1;
    const info = unitWord === undefined ? undefined : UNIT_BY_KEY.get(compact(unitWord));
    if (info === undefined) return null;
    let n: number;
    if (g.n !== undefined) n = /^\d+$/u.test(g.n) ? Number(g.n) : (NUMBER_BY_KEY.get(compact(g.n)) ?? NaN);
    else if (info.dual) n = 2;
    else if (['يوم', 'اسبوع', 'شهر', 'عام', 'سنه'].includes(compact(unitWord ?? ''))) n = 1;
    else return null; // «منذ سنوات»: no count, no date
    if (!Number.isFinite(n) || n < 1) return null;
    if (info.unit === 'day') return env.ref.day === null ? null : dayCandidate(ks, ke, addDays(env.ref.day, -n), 'relative');
    if (info.unit === 'week') return env.ref.day === null ? null : dayCandidate(ks, ke, addDays(env.ref.day, -7 * n), 'relative', true);
    return unitCandidate(ks, ke, info.unit, -n, env.ref);
  },
};
