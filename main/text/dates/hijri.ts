/**
 * Hijri (Umm al-Qura) → Gregorian through the table generated from ICU (arabic-date-tables.ts, 1300–1600 AH), the
 * one arabic-date-words.ts prints Hijri days from, so a Hijri date read is printed back as the same day.
 */
import { UMM_AL_QURA_FIRST_YEAR } from './arabic-date-tables.ts';
import { tableMonthStarts } from './arabic-date-words.ts';
import { addDays, fromDayNumber, type Ymd } from './calendar.ts';

/** The Gregorian day of a Hijri date, or null when the date does not exist or is out of the table. */
export function hijriDay(year: number, month: number, day: number): Ymd | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12) return null;
  const starts = tableMonthStarts();
  const index = (year - UMM_AL_QURA_FIRST_YEAR) * 12 + month - 1;
  const start = starts[index];
  const next = starts[index + 1];
  if (index < 0 || start === undefined || next === undefined || day < 1 || day > next - start) return null;
  return fromDayNumber(start + day - 1);
}

/** The Gregorian days a whole Hijri month covers (29 or 30 days). */
export function hijriMonthSpan(year: number, month: number): { start: Ymd; end: Ymd } | null {
  const start = hijriDay(year, month, 1);
  if (start === null) return null;
  const last = hijriDay(year, month, 30) ?? hijriDay(year, month, 29);
  return { start, end: last ?? addDays(start, 28) };
}
