/**
 * The tagging rules, after HeidelTime's Arabic date rules (re-implemented, not copied): each is a
 * regular expression over the matching key and a builder that checks the context and normalises the
 * value. Builders return null to reject a match (an ambiguous word out of a date context, a date that
 * does not exist, a relative date with nothing to resolve it against).
 */
import { daysInMonth, toDayNumber } from './calendar.ts';
import { isoDate, monthNameShortYear, numericDate, shortYearDate } from './rules/numeric-rules.ts';
import { dayAbbreviatedMonth, dayMonth, dayRange, monthFirst, yearFirstMonth } from './rules/day-month-rules.ts';
import { monthAlone, monthPart, monthYear } from './rules/month-rules.ts';
import { seasonYear, yearAlone, yearRangeRule } from './rules/year-rules.ts';
import { hijri } from './rules/hijri-rule.ts';
import { solarHijri } from './rules/solar-hijri-rule.ts';
import { jamahiriya } from './rules/jamahiriya-rule.ts';
import { relativeDay, weekday } from './rules/day-word-rules.ts';
import { agoUnits, relativeUnit } from './rules/relative-unit-rules.ts';
import { feast } from './rules/feast-rules.ts';
import type { Candidate, Rule } from './rules/rule-kit.ts';

export { BLOCKED, type Candidate, type Env, type Rule } from './rules/rule-kit.ts';

// The rule families, one file each under rules/; this list is the order candidates of equal length are preferred in.
export const RULES: readonly Rule[] = [
  isoDate, numericDate, shortYearDate, monthNameShortYear, dayMonth, dayRange, monthFirst, dayAbbreviatedMonth, yearFirstMonth, monthPart, monthYear, monthAlone,
  seasonYear, yearAlone, yearRangeRule, hijri, solarHijri, jamahiriya, weekday,
  relativeDay, relativeUnit, agoUnits, feast,
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


