/** Hijri (Umm al-Qura) → Gregorian through @tabby_ai/hijri-converter, which covers 1343–1500 AH. */
import { hijriToGregorian } from '@tabby_ai/hijri-converter';
import { addDays, isValidYmd, type Ymd } from './calendar.ts';

/** The Gregorian day of a Hijri date, or null when the date does not exist or is out of the table. */
export function hijriDay(year: number, month: number, day: number): Ymd | null {
  try {
    const g = hijriToGregorian({ year, month, day });
    return isValidYmd(g) ? { year: g.year, month: g.month, day: g.day } : null;
  } catch {
    return null;
  }
}

/** The Gregorian days a whole Hijri month covers (29 or 30 days). */
export function hijriMonthSpan(year: number, month: number): { start: Ymd; end: Ymd } | null {
  const start = hijriDay(year, month, 1);
  if (start === null) return null;
  const last = hijriDay(year, month, 30) ?? hijriDay(year, month, 29);
  return { start, end: last ?? addDays(start, 28) };
}
