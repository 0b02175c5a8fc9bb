/**
 * The Arabic date tagger: finds date expressions and normalises them to partial ISO dates.
 * Design after HeidelTime's Arabic resources and news strategy (notes §3): rules over the
 * normalised text, the longest match wins, and underspecified dates resolve against the
 * article's reference date.
 */
import { normalise, normaliseWithMap } from '../arabic/index.ts';
import { contextTextMemo } from '../arabic/text-memo.ts';
import { isValidMonthDay, isValidYmd, isoDay } from './calendar.ts';
import { referenceOf } from './resolve.ts';
import { relativeMonthDay } from './month-day-relative.ts';
import type { KeyTest } from './patterns.ts';
import { BLOCKED, RULES, candidateDays, type Candidate, type Env, type Rule } from './rules.ts';
import type { DateContext, DateMention } from './types.ts';

// «نحو عام 2010», «حوالي منتصف مارس»: the writer marks the date as approximate.
const APPROXIMATORS = /(?:^|[^\p{L}\p{N}])(?:نحو|حوالي|قرابه|زهاء|تقريبا)\s*$/u;
// «من 28 فبراير إلى 3 مارس»: two mentions joined into one range.
const RANGE_JOIN = /^\s*(?:-|–|—|الي|حتي|و)\s*$/u;
const RANGE_OPEN = /(?:^|[^\p{L}\p{N}])[وف]?(?:من|بين)\s*$/u;

/** Keeps the longest candidates that do not overlap; on equal length the earlier rule (more specific) wins. */
function select(candidates: Array<Candidate & { order: number }>): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.ke - b.ks - (a.ke - a.ks) || a.ks - b.ks || a.order - b.order);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (kept.every((k) => c.ke <= k.ks || c.ks >= k.ke)) kept.push(c);
  }
  return kept.sort((a, b) => a.ks - b.ks);
}

/** Joins «من X إلى Y» where X and Y are both dated mentions and Y ends after X starts. */
function joinRanges(key: string, cs: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cs.length; i++) {
    const a = cs[i];
    const b = cs[i + 1];
    if (a === undefined) continue;
    if (b !== undefined && a.value !== BLOCKED && b.value !== BLOCKED && a.kind !== 'relative' && b.kind !== 'relative' && a.kind !== 'weekday' && b.kind !== 'weekday'
      && RANGE_JOIN.test(key.slice(a.ke, b.ks)) && RANGE_OPEN.test(key.slice(Math.max(0, a.ks - 6), a.ks))) {
      const da = candidateDays(withYearOf(a, b));
      const db = candidateDays(b);
      if (da !== null && db !== null && db[1] > da[0]) {
        out.push({
          ks: a.ks, ke: b.ke, value: withYearOf(a, b).value, approximate: a.approximate || b.approximate, kind: 'range',
          yearBasis: a.yearBasis === 'explicit' && b.yearBasis === 'explicit' ? 'explicit' : 'inferred',
          range: { start: isoFromDay(da[0]), end: isoFromDay(db[1]) },
        });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** «من 28 فبراير إلى 3 مارس 2024»: the yearless start takes the end's year (the year before if it would come later). */
function withYearOf(a: Candidate, b: Candidate): Candidate {
  const md = /^--(\d{2})-(\d{2})$/.exec(a.value);
  const by = /^(\d{4})/.exec(b.value);
  if (md === null || by === null) return a;
  const month = Number(md[1]);
  const day = Number(md[2]);
  let year = Number(by[1]);
  if (`${md[1]}-${md[2]}` > b.value.slice(5)) year -= 1;
  if (!isValidYmd({ year, month, day })) return a;
  return { ...a, value: isoDay({ year, month, day }), yearBasis: 'inferred' };
}

function isoFromDay(n: number): string {
  const d = new Date(n * 86_400_000);
  return isoDay({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

/** A value is one of the four partial-date forms and names a day that exists. */
export function isPossibleValue(value: string): boolean {
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (m) {
    const month = m[2] === undefined ? 1 : Number(m[2]);
    const day = m[3] === undefined ? 1 : Number(m[3]);
    return isValidYmd({ year: Number(m[1]), month, day });
  }
  m = /^--(\d{2})-(\d{2})$/.exec(value);
  return m !== null && isValidMonthDay(Number(m[1]), Number(m[2]));
}

function mapBack(text: string, map: number[], c: Candidate): { start: number; end: number } | null {
  const start = map[c.ks];
  const lastIndex = map[c.ke - 1];
  if (start === undefined || lastIndex === undefined) return null;
  const last = text.codePointAt(lastIndex) ?? 0;
  let end = lastIndex + (last > 0xffff ? 2 : 1);
  // The key drops hamza, diacritics and tatweel: keep the ones that end the last word («الأربعاء», «غداً», «1446هـ»).
  const limit = map[c.ke] ?? text.length;
  while (end < limit && /[\p{L}\p{M}\u0640]/u.test(text[end] ?? '')) end++;
  return { start, end };
}

// The grammar's rules, then the story rules that need the article's month (kept apart from the grammar).
const ALL_RULES: readonly Rule[] = [...RULES, relativeMonthDay];

/**
 * The non-empty matches of a global `pattern` in `key`, left to right, as `key.matchAll(pattern)` gives them; matchAll
 * copies the pattern (its species constructor) on every call, and the tagger asks twenty rules of every line. The
 * place to search from is kept here, not in the pattern, so a rule's builder that tags a text of its own cannot move it.
 */
function matchesOf(pattern: RegExp, key: string): RegExpExecArray[] {
  // Without the g flag exec ignores lastIndex and this would never end (matchAll threw instead).
  if (!pattern.global) throw new TypeError(`a date rule's pattern needs the g flag: ${String(pattern)}`);
  const out: RegExpExecArray[] = [];
  let from = 0;
  while (from <= key.length) {
    pattern.lastIndex = from;
    const m = pattern.exec(key);
    if (m === null) break;
    from = pattern.lastIndex;
    // An empty match moves on by a code point, as matchAll does (AdvanceStringIndex), and is not a candidate.
    if (m[0].length === 0) from = advance(key, from, pattern.unicode);
    else out.push(m);
  }
  pattern.lastIndex = 0;
  return out;
}

/** The index after the code unit (or, for a unicode pattern, the code point) at `at`. */
function advance(key: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= key.length) return at + 1;
  const code = key.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff && (key.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? at + 2 : at + 1;
}

function tag(text: string, context: DateContext | undefined): DateMention[] {
  // The key alone (normalise's key is normaliseWithMap's): most texts hold no date, and the map back to the text is
  // built only for one that does.
  const key = normalise(text);
  let map: number[] | null = null;
  const env: Env = { key, ref: referenceOf(context) };
  const candidates: Array<Candidate & { order: number }> = [];
  // Rules share their tests (a year, a month name): each runs once per text.
  const passed = new Map<KeyTest, boolean>();
  const passes = (test: KeyTest): boolean => {
    let ok = passed.get(test);
    if (ok === undefined) passed.set(test, (ok = test.test(key)));
    return ok;
  };
  ALL_RULES.forEach((rule, order) => {
    if (rule.requires !== undefined && !passes(rule.requires)) return;
    for (const m of matchesOf(rule.pattern, key)) {
      const c = rule.build(m, env);
      if (c !== null) candidates.push({ ...c, order });
    }
  });
  const mentions: DateMention[] = [];
  for (const c of joinRanges(key, select(candidates))) {
    if (!isPossibleValue(c.value)) continue;
    if (c.range !== undefined && (!isPossibleValue(c.range.start) || !isPossibleValue(c.range.end) || c.range.start > c.range.end)) continue;
    map ??= normaliseWithMap(text).map;
    const at = mapBack(text, map, c);
    if (at === null) continue;
    const approximate = c.approximate || APPROXIMATORS.test(key.slice(Math.max(0, c.ks - 12), c.ks));
    mentions.push({
      start: at.start, end: at.end, text: text.slice(at.start, at.end), value: c.value, approximate,
      ...(c.range === undefined ? {} : { range: c.range }), yearBasis: c.yearBasis, kind: c.kind, ...(c.confirmed === true ? { confirmed: true as const } : {}),
    });
  }
  return mentions;
}

// Every stage (and the cleaner, line by line) tags the same sentences and bodies: remember by text and context.
const TAGGED = contextTextMemo<readonly DateMention[]>(4_000_000);

/**
 * Finds the date expressions of an Arabic text (notes §3, after HeidelTime's Arabic rules and news
 * strategy): Gregorian dates in the three month-naming systems, numeric and ISO dates, written ordinal
 * days, Hijri dates, weekdays, relative days and units, month parts and ranges. Results are sorted by
 * start, never overlap, and every value is a real calendar date. Never throws.
 */
export function findDates(text: string, context?: DateContext): DateMention[] {
  try {
    if (typeof text !== 'string' || text.length === 0) return [];
    // The result depends on the text, the reference date and the clock only (see referenceOf).
    const reference = context?.reference;
    const under = `${reference === undefined || reference === null ? '\u0002' : reference}\u0001${context?.now ?? '\u0002'}`;
    // A copy: callers own the array they get (the mentions themselves are never changed in place).
    return [...TAGGED.get(under, text, () => tag(text, context))];
  } catch {
    return [];
  }
}

