/**
 * The tagging rules, after HeidelTime's Arabic date rules (re-implemented, not copied): each is a
 * regular expression over the matching key and a builder that checks the context and normalises the
 * value. Builders return null to reject a match (an ambiguous word out of a date context, a date that
 * does not exist, a relative date with nothing to resolve it against).
 */
import {
  addDays, addMonths, daysInMonth, isValidYmd, isoDay, isoMonth, isoYear, toDayNumber, weekdayOf, type Ymd,
} from './calendar.ts';
import { charAfter, charBefore, hasFutureCue, tenseAround, wordAfter, wordBefore } from './context-cues.ts';
import { hijriDay, hijriMonthSpan } from './hijri.ts';
import {
  BC, CURRENT_KEYS, DAY_PART, FUTURE, FUTURE_KEYS, HIJRI_BY_KEY, HIJRI_MONTH, MONTH, MONTH2, MONTH_BY_KEY, NB, NE,
  NUMBER_BY_KEY, NUMBER_WORD, ORDINAL_BY_KEY, PART, PART_BY_KEY, PAST, PAST_KEYS, RELATION, UNIT, UNIT_BY_KEY, WEEKDAY,
  WEEKDAY_BY_KEY, YEAR_LINK, E, compact, day, year,
} from './patterns.ts';
import { resolveDayMonth, resolveMonthYear, resolveWeekday, type Reference, type Relation } from './resolve.ts';
import type { DateMention } from './types.ts';

/**
 * A mention in key offsets, before it is mapped back to the original text. A candidate whose value is
 * BLOCKED was recognised as a date expression that names no real date («30 شباط 2020», «6 مارس/ نيسان»):
 * it still claims its span, so that no shorter reading inside it («شباط 2020») is taken instead.
 */
export type Candidate = Omit<DateMention, 'start' | 'end' | 'text'> & { ks: number; ke: number };

export interface Env {
  key: string;
  ref: Reference;
}

export interface Rule {
  name: string;
  pattern: RegExp;
  build(m: RegExpExecArray, env: Env): Candidate | null;
}

type Groups = Record<string, string | undefined>;

export const BLOCKED = '';

function blocked(m: RegExpExecArray, kind: DateMention['kind']): Candidate {
  return { ...span(m), value: BLOCKED, approximate: false, yearBasis: 'unknown', kind };
}

const groups = (m: RegExpExecArray): Groups => (m.groups ?? {}) as Groups;

function relationOf(word: string | undefined): Relation {
  if (word === undefined) return null;
  const k = compact(word);
  if (PAST_KEYS.has(k)) return 'past';
  if (FUTURE_KEYS.has(k)) return 'future';
  if (CURRENT_KEYS.has(k)) return 'current';
  return null;
}

/** The month of a (possibly double-named) month: both names must agree, or there is no date. */
function monthOf(g: Groups): number | null {
  const first = g.month === undefined ? undefined : MONTH_BY_KEY.get(compact(g.month));
  if (first === undefined) return null;
  if (g.month2 === undefined) return first;
  const second = MONTH_BY_KEY.get(compact(g.month2));
  return second === first ? first : null;
}

function dayOf(g: Groups, suffix = ''): number | null {
  const num = g[`dayNum${suffix}`];
  if (num !== undefined) return Number(num);
  const word = g[`dayWord${suffix}`];
  return word === undefined ? null : (ORDINAL_BY_KEY.get(compact(word)) ?? null);
}

function yearOf(g: Groups, name = 'year', min = 1000, max = 2199): number | null | undefined {
  const y = g[name];
  if (y === undefined) return undefined;
  const n = Number(y);
  return n >= min && n <= max ? n : null;
}

/**
 * The year «من العام الماضي», «من هذا العام» count from the article's: undefined when the expression has none, null
 * when the article's year is unknown.
 */
function relativeYear(g: Groups, ref: Reference): number | null | undefined {
  if (g.yrel === undefined && g.ythis === undefined) return undefined;
  const base = ref.partial?.year ?? null;
  if (base === null) return null;
  const rel = g.ythis !== undefined ? 'current' : relationOf(g.yrel);
  return base + (rel === 'past' ? -1 : rel === 'future' ? 1 : 0);
}

const span = (m: RegExpExecArray): { ks: number; ke: number } => ({ ks: m.index + (m.groups?.clitic?.length ?? 0), ke: m.index + m[0].length });
const rx = (source: string): RegExp => new RegExp(source, 'gu');

const PART_DAYS = { start: [1, 10], mid: [11, 20], end: [21, 31] } as const;
// Parts of a year: thirds, so that «مطلع 2024» and «منتصف 2024» do not claim the same months.
const PART_MONTHS = { start: [1, 4], mid: [5, 8], end: [9, 12] } as const;

function monthRange(year: number, month: number, part?: 'start' | 'mid' | 'end'): { start: string; end: string } {
  const [from, to] = part === undefined ? [1, 31] : PART_DAYS[part];
  return { start: isoDay({ year, month, day: from }), end: isoDay({ year, month, day: Math.min(to, daysInMonth(year, month)) }) };
}

function yearRange(year: number, part?: 'start' | 'mid' | 'end'): { start: string; end: string } {
  const [from, to] = part === undefined ? [1, 12] : PART_MONTHS[part];
  return { start: isoDay({ year, month: from, day: 1 }), end: isoDay({ year, month: to, day: daysInMonth(year, to) }) };
}

function partOf(word: string | undefined): 'start' | 'mid' | 'end' | undefined {
  return word === undefined ? undefined : PART_BY_KEY.get(compact(word));
}

function dayCandidate(ks: number, ke: number, d: Ymd, kind: DateMention['kind'], approximate = false): Candidate {
  return { ks, ke, value: isoDay(d), approximate, yearBasis: 'inferred', kind };
}

// ——— numeric dates ———

const isoDate: Rule = {
  name: 'iso',
  pattern: rx(`${NB}(?<y>\\d{4})(?<sep>[-/.])(?<m>\\d{1,2})\\k<sep>(?<d>\\d{1,2})(?:t\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:z|[+-]\\d{2}:?\\d{2})?)?${NE}`),
  build(m) {
    const g = groups(m);
    const d = { year: Number(g.y), month: Number(g.m), day: Number(g.d) };
    return isValidYmd(d) ? { ...span(m), value: isoDay(d), approximate: false, yearBasis: 'explicit', kind: 'date' } : blocked(m, 'date');
  },
};

const numericDate: Rule = {
  name: 'numeric',
  pattern: rx(`${NB}(?<d>\\d{1,2})(?<sep>[-/.])(?<m>\\d{1,2})\\k<sep>(?<y>\\d{4})${NE}(?<hera>\\s*ه${E})?`),
  build(m) {
    const g = groups(m);
    let dd = Number(g.d);
    let mm = Number(g.m);
    // «7/3/1429 هـ»: a numeric Hijri date, marked by its era and a year in the Hijri range.
    if (g.hera !== undefined) {
      const y = Number(g.y);
      if (y < 1300 || y > 1500) return blocked(m, 'hijri');
      const d = hijriDay(y, mm, dd);
      return d === null ? blocked(m, 'hijri') : { ...span(m), value: isoDay(d), approximate: false, yearBasis: 'explicit', kind: 'hijri' };
    }
    // Arabic writes day/month/year; a second field above 12 can only be an American month/day/year.
    if (mm > 12 && dd <= 12) [dd, mm] = [mm, dd];
    const d = { year: Number(g.y), month: mm, day: dd };
    return isValidYmd(d) ? { ...span(m), value: isoDay(d), approximate: false, yearBasis: 'explicit', kind: 'date' } : blocked(m, 'date');
  },
};

// ——— day + month (+ year), with an optional weekday before ———

const WEEKDAY_PREFIX = `(?:(?<today>اليوم)\\s*,?\\s*)?(?:(?:يوم|${DAY_PART})\\s+)?(?<wd>${WEEKDAY})\\s*,?\\s*(?:(?:ال)?موافق\\s+)?`;
// «… من العام الماضي», «… من هذا العام»: the month's year counted from the article's.
const OF_YEAR = `\\s+(?:من\\s+)?(?:(?:ال)?(?:عام|سنه)\\s+(?<yrel>${RELATION})|(?<ythis>هذا\\s+العام|هذه\\s+السنه))`;
const MONTH_TAIL = `\\s*(?:من\\s+)?(?:(?:ال)?شهر\\s+)?(?<month>${MONTH})(?:${MONTH2})?(?:${YEAR_LINK}${year()}|${OF_YEAR})?(?:\\s+(?<rel>${RELATION}))?${E}`;

const dayMonth: Rule = {
  name: 'day-month',
  pattern: rx(`${BC}(?:${WEEKDAY_PREFIX})?${day()}${MONTH_TAIL}`),
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
    const resolved = resolveDayMonth(month, dd, { year: y ?? ofYear, relation: relationOf(g.rel), weekday, tense: tenseAround(env.key, ks, ke) }, env.ref);
    if (resolved === null) return blocked(m, 'date');
    // «15 نوفمبر من العام الماضي»: the year is counted from the article's, not printed.
    return { ks, ke, ...resolved, ...(ofYear === undefined ? {} : { yearBasis: 'inferred' as const }), approximate: false, kind: 'date' };
  },
};

const dayRange: Rule = {
  name: 'day-range',
  pattern: rx(`${BC}(?:(?:من|بين)\\s+)?${day()}\\s*(?:-|–|—|الي|حتي|و)\\s*${day('2')}${MONTH_TAIL}`),
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
    const opts = { year: y ?? ofYear, relation: relationOf(g.rel), tense: tenseAround(env.key, ks, ke) };
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

// ——— months ———

const monthPart: Rule = {
  name: 'month-part',
  pattern: rx(`${BC}(?<part>${PART})\\s+(?:(?:ال)?شهر\\s+)?(?<month>${MONTH})(?:${MONTH2})?(?:${YEAR_LINK}${year()}|\\s+(?<rel>${RELATION}))?${E}`),
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

const monthYear: Rule = {
  name: 'month-year',
  pattern: rx(`${BC}(?:(?:ال)?شهر\\s+)?(?<month>${MONTH})(?:${MONTH2})?${YEAR_LINK}${year()}${E}`),
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

const monthAlone: Rule = {
  name: 'month',
  pattern: rx(`${BC}(?:(?<shahr>(?:ال)?شهر)\\s+)?(?<month>${MONTH})(?:${MONTH2})?(?:${OF_YEAR}|\\s+(?<rel>${RELATION}))?${E}`),
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
    const yr = ofYear ?? resolveMonthYear(month, relationOf(g.rel), tenseAround(env.key, ks, ke), env.ref);
    if (yr === null) return null;
    return { ks, ke, value: isoMonth(yr, month), approximate: false, yearBasis: 'inferred', kind: 'month' };
  },
};

// ——— years ———

// Prepositions that make a bare four-digit number a year («في 2013», «منذ 2011»).
const YEAR_PREPOSITIONS = new Set(['في', 'منذ', 'خلال', 'حتي', 'قبل', 'بعد', 'مطلع', 'بدايه', 'نهايه', 'اواخر', 'اوائل', 'منتصف', 'ابان', 'طيله', 'عام', 'العام', 'سنه']);

const yearAlone: Rule = {
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

const yearRangeRule: Rule = {
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

// ——— Hijri ———

const hijri: Rule = {
  name: 'hijri',
  pattern: rx(`${BC}(?:${day()}\\s*(?:من\\s+)?)?(?:(?:ال)?شهر\\s+)?(?<hmonth>${HIJRI_MONTH})\\s*(?:,\\s*|من\\s+)?(?:(?:ال)?(?:عام|سنه)\\s+)?${NB}(?<hyear>\\d{4})(?<hera>\\s*ه${E}|\\s+للهجره${E}|\\s+هجريه?${E})?${NE}(?!\\s?م${E})`),
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

// ——— weekdays ———

const weekday: Rule = {
  name: 'weekday',
  pattern: rx(`${BC}(?:(?<today>اليوم)\\s*,?\\s*)?(?:(?<pre>يوم|${DAY_PART})\\s+(?:يوم\\s+)?)?(?<wd>${WEEKDAY})(?:\\s+(?<rel>${PAST}|${FUTURE}))?${E}`),
  build(m, env) {
    const g = groups(m);
    const { ks, ke } = span(m);
    const wd = g.wd === undefined ? undefined : WEEKDAY_BY_KEY.get(compact(g.wd));
    if (wd === undefined) return null;
    // «الاثنين» is also "both", «الجمعة» the prayer, «الأحد» "the one": a weekday needs a date context —
    // «يوم», «اليوم», a part of the day, «الماضي/المقبل», or a comma-delimited (dateline) position.
    const before = charBefore(env.key, ks);
    const delimited = (before === ',' || before === '\n' || before === '' || before === '-') && charAfter(env.key, ke) === ',';
    if (g.today === undefined && g.pre === undefined && g.rel === undefined && !delimited) return null;
    const d = resolveWeekday(wd, relationOf(g.rel), hasFutureCue(env.key, ks, ke), g.today !== undefined, env.ref);
    return d === null ? null : dayCandidate(ks, ke, d, 'weekday');
  },
};

// ——— relative day words ———

const OUTLET_NEXT = new Set(['السابع', 'التالي', 'الذي', 'نفسه', 'ذاته', 'الثاني', 'الاول', 'الاخير', 'الوطني', 'العالمي', 'الدولي']);
const TODAY_AFTER = new Set(['ان', 'انه', 'انها', 'ايضا']);
// «X اليوم» after a medium («قناة روسيا اليوم», «صحيفة ...») or a country («مصر اليوم», «العراق اليوم») is
// far more often a title or "nowadays" than "today": a precision-first tagger leaves it.
const MEDIA = /(?:^|\s)(?:قناه|صحيفه|جريده|موقع|وكاله|شبكه|مجله|تلفزيون|اذاعه|راديو|برنامج|منصه|نشره)\s+(?:\S+\s+){0,2}$/u;
const COUNTRIES = new Set(['روسيا', 'مصر', 'العراق', 'سوريا', 'سوريه', 'لبنان', 'فلسطين', 'الاردن', 'الكويت', 'السودان', 'اليمن', 'ليبيا', 'تونس',
  'الجزائر', 'المغرب', 'عمان', 'قطر', 'البحرين', 'السعوديه', 'الامارات', 'تركيا', 'ايران', 'امريكا', 'اميركا', 'فرنسا', 'الصين', 'اسرائيل', 'العالم', 'الخليج']);

function todayAccepted(key: string, ks: number, ke: number): boolean {
  const prev = wordBefore(key, ks);
  const next = wordAfter(key, ke);
  if (OUTLET_NEXT.has(next) || COUNTRIES.has(prev) || MEDIA.test(key.slice(Math.max(0, ks - 60), ks))) return false;
  const before = charBefore(key, ks);
  if (new RegExp(`^${DAY_PART}$`, 'u').test(prev) || prev === 'حتي' || prev === 'منذ') return true;
  // «في وقت سابق اليوم», «في وقت لاحق من اليوم»
  if (/(?:سابق|لاحق)(?:\s+من)?\s*$/u.test(key.slice(Math.max(0, ks - 12), ks))) return true;
  // «قال ...، اليوم، إن»: set off by commas.
  if (before === ',' && charAfter(key, ke) === ',') return true;
  // «أعلنت الوزارة اليوم أن ...»: a verb of saying, then «اليوم», then its complement; a name followed
  // by «اليوم» («مصر اليوم», «روسيا اليوم») is not followed by «أن».
  return TODAY_AFTER.has(next) && before !== ',' && /\p{L}/u.test(prev);
}

const relativeDay: Rule = {
  name: 'relative-day',
  pattern: rx(`${BC}(?<w>اول\\s+امس|امس\\s+الاول|البارحه|الامس|امس|بعد\\s+غد|غدا|غد|الغد|اليوم)${E}`),
  build(m, env) {
    const g = groups(m);
    const { ks, ke } = span(m);
    const w = compact(g.w ?? '');
    const prev = wordBefore(env.key, ks);
    const dayPartBefore = new RegExp(`^(?:يوم|${DAY_PART})$`, 'u').test(prev);
    let offset: number;
    if (w === 'اولامس' || w === 'امسالاول') offset = -2;
    else if (w === 'امس' || w === 'الامس' || w === 'البارحه') offset = -1;
    else if (w === 'بعدغد') offset = 2;
    else if (w === 'اليوم') {
      if (!todayAccepted(env.key, ks, ke)) return null;
      offset = 0;
    } else if (w === 'غدا') {
      // «غدا» is also the verb "became": accept it in a future clause, after a part of the day, or at a clause end.
      const after = charAfter(env.key, ke);
      if (!dayPartBefore && !hasFutureCue(env.key, ks, ke) && !/^[.,;:!?؟\n]?$/u.test(after) && !WEEKDAY_BY_KEY.has(wordAfter(env.key, ke))) return null;
      offset = 1;
    } else {
      // «الغد» and «غد» alone are outlet names or "the future"; «يوم الغد», «صباح غد» are tomorrow.
      if (!dayPartBefore) return null;
      offset = 1;
    }
    return env.ref.day === null ? null : dayCandidate(ks, ke, addDays(env.ref.day, offset), 'relative');
  },
};

// ——— relative units ———

function unitOf(word: string): 'week' | 'month' | 'year' | null {
  const k = compact(word).replace(/^ال/u, '');
  if (k === 'اسبوع') return 'week';
  if (k === 'شهر') return 'month';
  if (k === 'عام' || k === 'سنه') return 'year';
  return null;
}

/** The ISO week (Monday–Sunday) that contains a day. */
function weekOf(d: Ymd): { start: Ymd; end: Ymd } {
  const back = (weekdayOf(d) + 6) % 7;
  const start = addDays(d, -back);
  return { start, end: addDays(start, 6) };
}

function unitCandidate(ks: number, ke: number, unit: 'week' | 'month' | 'year', shift: number, ref: Reference, part?: 'start' | 'mid' | 'end'): Candidate | null {
  const p = ref.partial;
  if (unit === 'week') {
    if (ref.day === null) return null;
    const w = weekOf(addDays(ref.day, 7 * shift));
    return { ks, ke, value: isoDay(w.start), approximate: true, range: { start: isoDay(w.start), end: isoDay(w.end) }, yearBasis: 'inferred', kind: 'relative' };
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

const relativeUnit: Rule = {
  name: 'relative-unit',
  pattern: rx(`${BC}(?:(?<part>${PART})\\s+)?(?:(?<unit>(?:ال)?(?:اسبوع|شهر|عام|سنه))\\s+(?<rel>${RELATION})|(?:هذا|هذه)\\s+(?<unit2>(?:ال)?(?:اسبوع|شهر|عام|سنه)))${E}`),
  build(m, env) {
    const g = groups(m);
    const unit = unitOf(g.unit ?? g.unit2 ?? '');
    if (unit === null) return null;
    const rel = g.unit2 !== undefined ? 'current' : relationOf(g.rel);
    const shift = rel === 'past' ? -1 : rel === 'future' ? 1 : 0;
    const { ks, ke } = span(m);
    return unitCandidate(ks, ke, unit, shift, env.ref, unit === 'week' ? undefined : partOf(g.part));
  },
};

const agoUnits: Rule = {
  name: 'ago',
  pattern: rx(`${BC}(?<prep>منذ|قبل)\\s+(?:(?<n>\\d{1,3}|${NUMBER_WORD})\\s+(?<unit>${UNIT})|(?<unit1>${UNIT})(?:\\s+(?:واحد|واحده))?)${E}`),
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

export const RULES: readonly Rule[] = [
  isoDate, numericDate, dayMonth, dayRange, monthPart, monthYear, monthAlone, yearAlone, yearRangeRule, hijri, weekday,
  relativeDay, relativeUnit, agoUnits,
];

/** Day numbers of a candidate's span, for range checks and ordering. */
export function candidateDays(c: Candidate): [number, number] | null {
  const r = c.range;
  if (r !== undefined) return [dayNumberOf(r.start), dayNumberOf(r.end)];
  const v = c.value;
  if (v.startsWith('--')) return null;
  const [y, mo, d] = v.split('-').map(Number);
  if (y === undefined) return null;
  if (mo === undefined) return [toDayNumber({ year: y, month: 1, day: 1 }), toDayNumber({ year: y, month: 12, day: 31 })];
  if (d === undefined) return [toDayNumber({ year: y, month: mo, day: 1 }), toDayNumber({ year: y, month: mo, day: daysInMonth(y, mo) })];
  const n = toDayNumber({ year: y, month: mo, day: d });
  return [n, n];
}

function dayNumberOf(iso: string): number {
  const [y = 0, mo = 1, d = 1] = iso.split('-').map(Number);
  return toDayNumber({ year: y, month: mo, day: d });
}

