/**
 * «في 15 من الشهر الجاري», «الخامس من الشهر الماضي», «العاشر من الشهر المقبل», «26 من هذا الشهر»: a day of the month named
 * by its relation to the article's month. The month resolves against the reference (the article's
 * date); the year follows the month across a year's turn. Without a reference month there is no date.
 */
import { addMonths, isValidYmd, isoDay } from './calendar.ts';
import { BC, CURRENT, CURRENT_KEYS, E, FUTURE, FUTURE_KEYS, ORDINAL_BY_KEY, PAST, PAST_KEYS, compact, day, HAS_SHAHR } from './patterns.ts';
import { wordBefore } from './context-cues.ts';
import type { Rule } from './rules.ts';

// «الأسبوع الأول من الشهر الجاري», «النصف الثاني من الشهر الماضي»: the ordinal qualifies a part, not a day.
const PART_NOUNS = new Set(['الاسبوع', 'اسبوع', 'النصف', 'الربع', 'الثلث', 'العشر', 'العشره', 'الايام', 'الساعات', 'الجزء', 'المرحله', 'الجوله', 'الدفعه', 'الشطر']);

function shiftOf(word: string): number | null {
  const k = compact(word);
  if (PAST_KEYS.has(k)) return -1;
  if (FUTURE_KEYS.has(k)) return 1;
  if (CURRENT_KEYS.has(k)) return 0;
  return null;
}

export const relativeMonthDay: Rule = {
  name: 'relative-month-day',
  // «26 من هذا الشهر» names the current month with a demonstrative: the same day as «26 من الشهر الجاري».
  pattern: new RegExp(`${BC}${day()}\\s+(?:(?:من\\s+)?(?:ال)?شهر\\s+(?<rel>${PAST}|${FUTURE}|${CURRENT})|من\\s+(?<this>هذا)\\s+الشهر)${E}`, 'gu'),
  requires: HAS_SHAHR,
  build(m, env) {
    const g = (m.groups ?? {}) as Record<string, string | undefined>;
    const dd = g.dayNum !== undefined ? Number(g.dayNum) : g.dayWord === undefined ? null : (ORDINAL_BY_KEY.get(compact(g.dayWord)) ?? null);
    const shift = g.this !== undefined ? 0 : g.rel === undefined ? null : shiftOf(g.rel);
    const p = env.ref.partial;
    if (g.dayWord !== undefined && PART_NOUNS.has(wordBefore(env.key, m.index + (g.clitic?.length ?? 0)))) return null;
    if (dd === null || shift === null || p === null || p.year === null || p.month === null) return null;
    const month = addMonths({ year: p.year, month: p.month, day: 1 }, shift);
    const d = { year: month.year, month: month.month, day: dd };
    if (!isValidYmd(d)) return null;
    const ks = m.index + (g.clitic?.length ?? 0);
    return { ks, ke: m.index + m[0].length, value: isoDay(d), approximate: false, yearBasis: 'inferred', kind: 'date' };
  },
};
