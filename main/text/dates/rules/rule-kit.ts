// The shared parts of the date rules: the candidate and rule types, and the helpers every family builds with.
import { isoDay, daysInMonth, type Ymd } from '../calendar.ts';
import { CURRENT_KEYS, FUTURE_KEYS, MONTH_BY_KEY, ORDINAL_BY_KEY, PART_BY_KEY, PAST_KEYS, RELATION, compact, type KeyTest } from '../patterns.ts';
import type { Reference, Relation } from '../resolve.ts';
import type { DateMention } from '../types.ts';

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
  /**
   * A cheap test that every text the pattern matches in passes (a literal or a class the pattern cannot match
   * without): the tagger runs the pattern only over texts that pass it. Most lines name no year, month or weekday,
   * and a pattern that opens with a lookbehind and optional clitics is tried at every position of the text.
   */
  requires?: KeyTest;
  build(m: RegExpExecArray, env: Env): Candidate | null;
}

export type Groups = Record<string, string | undefined>;

export const BLOCKED = '';

export function blocked(m: RegExpExecArray, kind: DateMention['kind']): Candidate {
  return { ...span(m), value: BLOCKED, approximate: false, yearBasis: 'unknown', kind };
}

export const groups = (m: RegExpExecArray): Groups => (m.groups ?? {}) as Groups;

export function relationOf(word: string | undefined): Relation {
  if (word === undefined) return null;
  const k = compact(word);
  if (PAST_KEYS.has(k)) return 'past';
  if (FUTURE_KEYS.has(k)) return 'future';
  if (CURRENT_KEYS.has(k)) return 'current';
  return null;
}

/** The month of a (possibly double-named) month: both names must agree, or there is no date. */
export function monthOf(g: Groups): number | null {
  const first = g.month === undefined ? undefined : MONTH_BY_KEY.get(compact(g.month));
  if (first === undefined) return null;
  if (g.month2 === undefined) return first;
  const second = MONTH_BY_KEY.get(compact(g.month2));
  return second === first ? first : null;
}

export function dayOf(g: Groups, suffix = ''): number | null {
  const num = g[`dayNum${suffix}`];
  if (num !== undefined) return Number(num);
  const word = g[`dayWord${suffix}`];
  return word === undefined ? null : (ORDINAL_BY_KEY.get(compact(word)) ?? null);
}

export function yearOf(g: Groups, name = 'year', min = 1000, max = 2199): number | null | undefined {
  const y = g[name];
  if (y === undefined) return undefined;
  const n = Number(y);
  return n >= min && n <= max ? n : null;
}

/**
 * The year «من العام الماضي», «من هذا العام» count from the article's: undefined when the expression has none, null
 * when the article's year is unknown.
 */
export function relativeYear(g: Groups, ref: Reference): number | null | undefined {
  if (g.yrel === undefined && g.ythis === undefined) return undefined;
  const base = ref.partial?.year ?? null;
  if (base === null) return null;
  const rel = g.ythis !== undefined ? 'current' : relationOf(g.yrel);
  return base + (rel === 'past' ? -1 : rel === 'future' ? 1 : 0);
}

export const span = (m: RegExpExecArray): { ks: number; ke: number } => ({ ks: m.index + (m.groups?.clitic?.length ?? 0), ke: m.index + m[0].length });
export const rx = (source: string): RegExp => new RegExp(source, 'gu');

const PART_DAYS = { start: [1, 10], mid: [11, 20], end: [21, 31] } as const;
// Parts of a year: thirds, so that «مطلع 2024» and «منتصف 2024» do not claim the same months.
const PART_MONTHS = { start: [1, 4], mid: [5, 8], end: [9, 12] } as const;

export function monthRange(year: number, month: number, part?: 'start' | 'mid' | 'end'): { start: string; end: string } {
  const [from, to] = part === undefined ? [1, 31] : PART_DAYS[part];
  return { start: isoDay({ year, month, day: from }), end: isoDay({ year, month, day: Math.min(to, daysInMonth(year, month)) }) };
}

export function yearRange(year: number, part?: 'start' | 'mid' | 'end'): { start: string; end: string } {
  const [from, to] = part === undefined ? [1, 12] : PART_MONTHS[part];
  return { start: isoDay({ year, month: from, day: 1 }), end: isoDay({ year, month: to, day: daysInMonth(year, to) }) };
}

export function partOf(word: string | undefined): 'start' | 'mid' | 'end' | undefined {
  return word === undefined ? undefined : PART_BY_KEY.get(compact(word));
}

export function dayCandidate(ks: number, ke: number, d: Ymd, kind: DateMention['kind'], approximate = false): Candidate {
  return { ks, ke, value: isoDay(d), approximate, yearBasis: 'inferred', kind };
}

// «… من العام الماضي», «… من هذا العام»: the month's year counted from the article's (day-month and month rules).
export const OF_YEAR = `\\s+(?:من\\s+)?(?:(?:ال)?(?:عام|سنه)\\s+(?<yrel>${RELATION})|(?<ythis>هذا\\s+العام|هذه\\s+السنه))`;
